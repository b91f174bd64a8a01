/**
 * Run by shapes.test.ts in a child `node --allow-natives-syntax --expose-gc`: forces methods of
 * the engine's per-run classes to be optimized during a run, drops every result, makes two full
 * collections and prints whether each method is still optimized, as JSON.
 */
import { runModel } from '../../../src/engine';
import { UnitCharger } from '../../../src/engine/calc/unitCharge';
import { AmountStep } from '../../../src/engine/money';
import { rowBlocks } from '../../../src/engine/output';
import { Row, TableReader } from '../../../src/engine/read/tableReader';
import { InvoiceTexts } from '../../../src/engine/report/invoiceText';
import { exampleTables } from '../../../src/example';

declare const gc: () => void;
// V8's natives, only parsed with --allow-natives-syntax (hence new Function).
const status = new Function('f', 'return %GetOptimizationStatus(f)') as (f: unknown) => number;
const prepare = new Function('f', '%PrepareFunctionForOptimization(f)') as (f: unknown) => void;
const optimizeNextCall = new Function('f', '%OptimizeFunctionOnNextCall(f)') as (f: unknown) => void;
/** V8's OptimizationStatus bit for code optimized by TurboFan. */
const TURBOFANNED = 1 << 6;

const methods: Record<string, unknown> = {
  'AmountStep#toNumber': AmountStep.prototype.toNumber,
  'AmountStep#units': AmountStep.prototype.units,
  'TableReader#rowAt': TableReader.prototype.rowAt,
  'Row#textAt': Row.prototype.textAt,
  'UnitCharger#units': UnitCharger.prototype.units,
  'InvoiceTexts#heads': InvoiceTexts.prototype.heads,
};

const tables = exampleTables();
function run(): void {
  const result = runModel(tables);
  for (const table of result.outputs) for (const block of rowBlocks(table)) void block;
}

for (const f of Object.values(methods)) prepare(f);
run();
run();
for (const f of Object.values(methods)) optimizeNextCall(f);
run();
const optimized = (): Record<string, boolean> => Object.fromEntries(Object.entries(methods).map(([name, f]) => [name, (status(f) & TURBOFANNED) !== 0]));
const before = optimized();
gc();
gc();
const after = optimized();
process.stdout.write(JSON.stringify({ before, after }));

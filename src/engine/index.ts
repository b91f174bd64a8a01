import type { RawTable } from './cells';
import { calculate, type Calculation, type Progress } from './calc/calculate';
import type { OutputTable } from './output';
import type { Problem } from './problems';
import { Locator } from './read/locator';
import { readModel } from './read/readModel';
import { allocationTable, customerSummary } from './report/allocation';
import { checkList, serviceCatalogue } from './report/catalogue';
import { deviationPivot } from './report/deviationPivot';
import { followUp } from './calc/followUp';
import { followUpTables } from './report/followUp';
import { settlementTables } from './report/settlement';
import { settle } from './calc/settlement';
import { invoiceBasis } from './report/invoiceBasis';
import { keyFigures } from './report/keyFigures';
import { lastYearTables } from './report/lastYear';
import { priceList } from './report/priceList';
import { priceStructure } from './report/priceStructure';
import { reconciliation } from './report/reconciliation';
import { scenarioComparison } from './report/scenarioComparison';
import { scenarioPrices } from './report/scenarioPrices';
import { traceTable } from './report/trace';
import { versionComparison } from './report/versionComparison';
import { decidedInputs } from './versions/inputs';
import { readDecidedVersions } from './versions/readVersions';
import { snapshot } from './versions/version';

export interface RunOptions {
  onProgress?: Progress;
}

export interface RunResult {
  /** True when the workbook had no errors and every output was calculated. */
  ok: boolean;
  problems: Problem[];
  /** Every output table when ok; only Kontroller otherwise. */
  outputs: OutputTable[];
  /** The calculation behind the outputs, when ok. */
  calculation: Calculation | null;
}

/**
 * The engine's one entry point: reads the input tables, validates them, calculates and builds
 * the output tables of the workbook contract. Pure: same tables in, same result out.
 */
export function runModel(tables: readonly RawTable[], options: RunOptions = {}): RunResult {
  const progress = options.onProgress ?? (() => {});
  progress('Läser tabellerna', 0);
  const { model, problems } = readModel(tables);
  const decided = readDecidedVersions(tables, model.settings, problems);
  if (problems.hasErrors) return failed(problems.items);
  const locate = new Locator(tables);
  const calc = calculate(model, problems, locate, progress);
  const yearSoFar = problems.hasErrors ? null : followUp(calc, problems, locate);
  calc.followUp = yearSoFar;
  calc.settlement = yearSoFar === null ? null : settle(calc, yearSoFar);
  if (problems.hasErrors) return failed(problems.items);
  const outputs = [
    priceList(calc),
    allocationTable(calc),
    customerSummary(calc),
    deviationPivot(calc),
    reconciliation(calc, problems, locate),
    priceStructure(calc),
    scenarioComparison(calc),
    scenarioPrices(calc),
    serviceCatalogue(model),
    invoiceBasis(calc, problems),
    keyFigures(calc),
    traceTable(calc, problems),
    ...lastYearTables(calc, problems),
    ...followUpTables(calc, yearSoFar),
    ...settlementTables(calc),
  ];
  // Versionsjämförelse only where a version was decided; Kontroller stays last.
  if (decided?.chosen) outputs.push(versionComparison(decided.chosen, snapshot(outputs, '', '', decidedInputs(tables))));
  outputs.push(checkList(problems.items));
  progress('Klart', 1);
  return { ok: true, problems: problems.items, outputs, calculation: calc };
}

function failed(problems: Problem[]): RunResult {
  return { ok: false, problems, outputs: [checkList(problems)], calculation: null };
}

export type { RawTable, CellValue, CellError, CellDate, CellFormula, CellMerged } from './cells';
export type { OutputTable, OutputColumn, ColumnFormat, OutputValue } from './output';
export { OUTPUT_TABLE_NAMES, tableToJson } from './output';
export type { Problem } from './problems';
export { traceCharge, traceCustomer } from './calc/trace';
export type { ChargeTrace, TraceCost, TraceDeviation, TraceLine, TracePart } from './calc/trace';
export { customerTraceTable } from './report/trace';
export { closeNames, customerStatement, findCustomer, statementSheetNames, UnknownCustomerError } from './statement';
export type { Statement, StatementComparison, StatementComparisonLine, StatementDeviation, StatementLine, StatementTexts } from './statement';
export { decideVersion, type Decided, type Refused } from './versions/decide';
export { DECISIONS_SHEET, VERSION_COMPARISON } from './versions/sheet';

/**
 * npm run bench:followup: the follow-up (issue 16) on a region with monthly actuals, where the user
 * waits: the engine in memory with twelve months (1,8 million Utfallsvolymer rows, beyond one
 * sheet), and the command line on the region's .xlsx with six months (900 000 rows, within one),
 * each against the same workbook without actuals measured in the same run.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CellValue, RawTable } from '../src/engine/cells';
import { runModel } from '../src/engine';
import { createXlsx } from '../src/workbook/xlsx';
import { SIZES, generate } from './generate';

const region = SIZES.find((s) => s.name === 'region')!;

/** The region with `months` months of actuals: every volume row a twelfth a month, every cost row too. */
function withActuals(tables: RawTable[], months: number): RawTable[] {
  const volumes = tables.find((t) => t.name === 'Volymer')!;
  const costs = tables.find((t) => t.name === 'Kostnader')!;
  const volumeRows: CellValue[][] = [];
  const costRows: CellValue[][] = [];
  for (let m = 1; m <= months; m++) {
    for (const r of volumes.rows) volumeRows.push([r[0] ?? null, r[1] ?? null, m, Math.round((r[2] as number) / 12)]);
    for (const r of costs.rows) costRows.push([r[0] ?? null, m, Math.round((r[2] as number) / 12)]);
  }
  const settings = tables.find((t) => t.name === 'Inställningar')!;
  return [
    ...tables.filter((t) => t !== settings),
    { ...settings, rows: [...settings.rows, ['Uppföljning t.o.m.', months], ['Avräkning', 'Full']] },
    { name: 'Utfall', sheet: 'Utfall', headers: ['Kostnadsobjekt', 'Månad', 'Belopp'], rows: costRows, origin: { row: 1, column: 1 } },
    { name: 'Utfallsvolymer', sheet: 'Utfallsvolymer', headers: ['Kund', 'Tjänst', 'Månad', 'Volym'], rows: volumeRows, origin: { row: 1, column: 1 } },
  ];
}

function engine(label: string, tables: RawTable[]): void {
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const result = runModel(tables);
  const ms = performance.now() - t0;
  const heap = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  const rows = (name: string) => result.outputs.find((o) => o.name === name)?.rows.length ?? 0;
  console.log(JSON.stringify({ label, ok: result.ok, engineMs: Math.round(ms), heapGrowthMB: Math.round(heap), uppfoljning: rows('Uppföljning'), volymuppfoljning: rows('Volymuppföljning'), slutavrakning: rows('Slutavräkning') }));
}

async function cli(label: string, tables: RawTable[], dir: string): Promise<void> {
  const input = join(dir, `${label}.xlsx`);
  if (!existsSync(input)) {
    const wb = createXlsx();
    await wb.writeInputTables(tables);
    writeFileSync(input, await wb.toBuffer());
  }
  const t0 = performance.now();
  const out = execFileSync('/usr/bin/time', ['-f', '%M', process.execPath, 'bin/intaktsmodell.js', 'calculate', input, '--json', join(dir, `${label}.json`), '--quiet'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = performance.now() - t0;
  console.log(JSON.stringify({ label, cliMs: Math.round(ms), out: out.trim().slice(0, 80) }));
}

async function main(): Promise<void> {
  const base = generate(region);
  engine('region', base);
  engine('region + 12 months', withActuals(base, 12));
  engine('region', base);
  engine('region + 12 months', withActuals(base, 12));
  if (process.argv.includes('--cli')) {
    const dir = '/tmp/intaktsmodell-bench/followup';
    mkdirSync(dir, { recursive: true });
    await cli('region', base, dir);
    await cli('region-6-months', withActuals(base, 6), dir);
  }
}

void main();

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RawTable } from '../../src/engine/cells';
import { runCli } from '../../src/cli/cli';
import { exampleTables } from '../../src/example';
import { createXlsx } from '../../src/workbook/xlsx';
import { MemoryIO } from '../cli/memoryIO';
import { miniWorkbook } from '../engine/helpers';
import type { BadInputCase, CaseExpectation } from './case';

/**
 * The bad-input catalogue (issue 12): every case of cases/*.ts through the command line on real
 * bytes. Each must end with its exit code and, for exit 0 and 1, the located Kontroller row; never
 * exit 3 (an exception escaping runCli fails the case).
 */

const CASES: BadInputCase[] = readdirSync(join(__dirname, 'cases'))
  .filter((f) => f.endsWith('.ts'))
  .sort()
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  .flatMap((f) => (require(join(__dirname, 'cases', f)) as { CASES: BadInputCase[] }).CASES);

function baseTables(base: 'mini' | 'example'): RawTable[] {
  return base === 'mini' ? miniWorkbook() : exampleTables();
}

async function xlsxOf(tables: RawTable[]): Promise<Uint8Array> {
  const workbook = createXlsx();
  await workbook.writeInputTables(tables);
  return workbook.toBuffer();
}

async function runCase(c: BadInputCase): Promise<{ code: number; io: MemoryIO }> {
  const io = new MemoryIO();
  let argv = ['calculate', 'IN.xlsx', '--json', 'OUT.json', '--quiet'];
  const input = c.input;
  if (input.kind === 'tables') {
    const tables = baseTables(input.base);
    input.change(tables);
    io.files.set('IN.xlsx', await xlsxOf(tables));
  } else if (input.kind === 'bytes') {
    io.files.set('IN.xlsx', await input.make());
  } else {
    if (input.base) io.files.set('IN.xlsx', await xlsxOf(baseTables(input.base)));
    argv = input.argv;
  }
  const code = await runCli(argv, io);
  return { code, io };
}

function describeRows(rows: Record<string, unknown>[]): string {
  return rows.map((r) => `${r['Nivå']} ${r['Tabell']}:${r['Rad']}:${r['Kolumn']}:${r['Cell']} ${r['Meddelande']}`).join('\n');
}

function matches(row: Record<string, unknown>, e: CaseExpectation): boolean {
  return (
    (e.level === undefined || row['Nivå'] === e.level) &&
    (e.table === undefined || row['Tabell'] === e.table) &&
    (e.row === undefined || (row['Rad'] ?? null) === e.row) &&
    (e.column === undefined || (row['Kolumn'] ?? null) === e.column) &&
    (e.cell === undefined || (row['Cell'] ?? null) === e.cell) &&
    e.message.every((m) => String(row['Meddelande']).includes(m))
  );
}

describe('the bad-input catalogue', () => {
  it('has unique case names', () => {
    const names = CASES.map((c) => c.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { code, io } = await runCase(c);
    const e = c.expect;
    if (code !== e.exit) throw new Error(`exit ${code}, expected ${e.exit}\nstderr: ${io.err}\nstdout: ${io.out.slice(0, 2000)}`);
    if (e.exit === 2) {
      for (const m of e.message) expect(io.err).toContain(m);
      return;
    }
    const rows = (io.json('OUT.json')['Kontroller'] ?? []) as Record<string, unknown>[];
    if (!rows.some((r) => matches(r, e))) {
      throw new Error(`no Kontroller row matches ${JSON.stringify({ ...e })}\nKontroller:\n${describeRows(rows)}`);
    }
  });
});

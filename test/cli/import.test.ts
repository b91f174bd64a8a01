import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawTable } from '../../src/engine/cells';
import { createXlsx, openXlsx } from '../../src/workbook/xlsx';
import { xlsxCheckAvailable, xlsxFindings } from '../workbook/xlsx/xlsx-check';
import { cp1252, CSV, konteringTable, pc8, RULES, SIE3, SIE4 } from '../engine/ledger/files';

/** The built command line (npm run build:cli), run as a user runs it. */
const BIN = join(__dirname, '..', '..', 'bin', 'intaktsmodell.js');

function run(dir: string, args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function workbook(tables: RawTable[]): Promise<Uint8Array> {
  const wb = createXlsx();
  await wb.writeInputTables(tables);
  return wb.toBuffer();
}

async function kostnader(bytes: Uint8Array) {
  const tables = await (await openXlsx(bytes)).readTables();
  return tables.find((t) => t.name === 'Kostnader')!;
}

const TODAY = new Date().toISOString().slice(0, 10);

describe('intaktsmodell import', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-import-'));
    const costs: RawTable = {
      name: 'Kostnader',
      sheet: 'Kostnader',
      headers: ['Kostnadsobjekt', 'Kostnadsslag', 'Belopp', 'Fördelas efter'],
      rows: [
        ['Ekonomi', 'Personal', 100000, null],
        ['Kundtjänst', 'Lokaler', 5000, null],
      ],
    };
    writeFileSync(join(dir, 'in.xlsx'), await workbook([costs, konteringTable(RULES)]));
    writeFileSync(join(dir, 'rapport.csv'), cp1252(CSV.replace('\u2212', '-')));
    writeFileSync(join(dir, 'utfall.se'), pc8(SIE4));
    writeFileSync(join(dir, 'budget.se'), pc8(SIE3));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a CSV export: the summed rows land in Kostnader with their Källa, the user\'s rows stay, the reconciliation is said', async () => {
    const r = run(dir, ['import', 'in.xlsx', '--ledger', 'rapport.csv', '--into', 'Kostnader', '--out', 'ut.xlsx']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      'Läste rapport.csv (CSV (Windows-1252)): 4 rader.',
      'Ingen regel i Kontering: konto 3510, ansvar 200: -5 000 kr (rad 5).',
      // 1 253 766,25 − (−5 000) = 1 258 766,25 (by hand in test/engine/ledger/mapLedger.test.ts).
      'Avstämning: huvudboken 1 253 766,25 kr − utan regel -5 000 kr = importerat 1 258 766,25 kr (3 av 4 rader, summerade till 2 rader i Kostnader). Stämmer.',
      // 5000-5999, 5410 and 7* lose their rows to more specific rules; nothing has 6110.
      'Ingen rad i huvudboken hamnade på Kontering rad 1, 3, 4 och 6.',
      'Skrev ut.xlsx: 2 importerade rader i Kostnader, 0 tidigare importerade ersatta, 2 egna rader kvar.',
      '',
    ]);
    const out = readFileSync(join(dir, 'ut.xlsx'));
    const table = await kostnader(out);
    const mark = `Huvudboksimport: rapport.csv ${TODAY}`;
    expect(table.headers).toEqual(['Kostnadsobjekt', 'Kostnadsslag', 'Belopp', 'Fördelas efter', 'Källa']);
    expect(table.rows).toEqual([
      ['Ekonomi', 'Personal', 100000, null, null],
      ['Kundtjänst', 'Lokaler', 5000, null, null],
      ['IT-pool', 'IT', 8765.5, null, mark],
      ['Lön och pension', 'Personal', 1250000.75, null, mark],
    ]);
    if (xlsxCheckAvailable()) expect(xlsxFindings(out)).toEqual([]);
  });

  test('importing again replaces only the rows the import wrote before; SIE 4 #TRANS with --sie-post', async () => {
    run(dir, ['import', 'in.xlsx', '--ledger', 'rapport.csv', '--into', 'Kostnader', '--out', 'steg1.xlsx']);
    const r = run(dir, ['import', 'steg1.xlsx', '--ledger', 'utfall.se', '--into', 'Kostnader', '--sie-post', 'TRANS', '--out', 'steg2.xlsx']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Avstämning: huvudboken 0 kr − utan regel -46 099,25 kr = importerat 46 099,25 kr (4 av 6 rader, summerade till 3 rader i Kostnader). Stämmer.');
    expect(r.stdout).toContain('Ingen regel i Kontering: konto 2440: -46 099,25 kr (rad 17, 25).');
    expect(r.stdout).toContain('Skrev steg2.xlsx: 3 importerade rader i Kostnader, 2 tidigare importerade ersatta, 2 egna rader kvar.');
    const out = readFileSync(join(dir, 'steg2.xlsx'));
    const mark = `Huvudboksimport: utfall.se ${TODAY}`;
    expect((await kostnader(out)).rows).toEqual([
      ['Ekonomi', 'Personal', 100000, null, null],
      ['Kundtjänst', 'Lokaler', 5000, null, null],
      ['IT-pool', 'IT', 1000.25, null, mark],
      ['Lön och pension', 'Personal', 45000, null, mark],
      ['Ekonomi', 'Övrigt', 99, null, mark],
    ]);
    if (xlsxCheckAvailable()) expect(xlsxFindings(out)).toEqual([]);
  });

  test('a SIE 3 budget is read from #PBUDGET by default, strict passes when every row has a rule', async () => {
    const r = run(dir, ['import', 'in.xlsx', '--ledger', 'budget.se', '--into', 'Kostnader', '--out', 'budget.xlsx', '--strict']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // By hand, with RULES: 5410 Ansvar 100 1 000 on "54*, Ansvar 100" (IT-pool); 5410 Ansvar 200 1 500, January's rest 500
    // and February's 3 000 = 5 000 on "5410" (Lokaler; it beats 5000-5999: one account against 1 000); 7010 50 000 on 7*.
    expect(r.stdout).toContain('Avstämning: huvudboken 56 000 kr − utan regel 0 kr = importerat 56 000 kr (5 av 5 rader, summerade till 3 rader i Kostnader). Stämmer.');
    const mark = `Huvudboksimport: budget.se ${TODAY}`;
    expect((await kostnader(readFileSync(join(dir, 'budget.xlsx')))).rows.slice(2)).toEqual([
      ['Lokaler', 'Lokaler', 5000, null, mark],
      ['IT-pool', 'IT', 1000, null, mark],
      ['Ekonomi', 'Personal', 50000, null, mark],
    ]);
  });

  test('--strict writes nothing when a row has no rule, and says how much', () => {
    const r = run(dir, ['import', 'in.xlsx', '--ledger', 'rapport.csv', '--into', 'Kostnader', '--out', 'strikt.xlsx', '--strict']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('strikt.xlsx skrevs inte: --strict och en rad (-5 000 kr) saknar regel i Kontering.\n');
    expect(existsSync(join(dir, 'strikt.xlsx'))).toBe(false);
  });

  test('an unreadable SIE line: exit 1 naming the line, in English with --lang en, nothing written', () => {
    writeFileSync(join(dir, 'trasig.se'), pc8('#FLAGGA 0\n#FORMAT PC8\n#VER A 1 20270101\n{\n#TRANS 5410 {1 "100"} 12,50\n}\n'));
    const r = run(dir, ['import', 'in.xlsx', '--ledger', 'trasig.se', '--into', 'Kostnader', '--sie-post', 'TRANS', '--out', 'trasig.xlsx', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('Error: trasig.se line 5 cannot be read: #TRANS has the amount "12,50", which is no amount (SIE writes e.g. -1234.50).\n');
    expect(existsSync(join(dir, 'trasig.xlsx'))).toBe(false);
  });

  test('--out may not be IN or the ledger file; --into must be a table the import writes', () => {
    expect(run(dir, ['import', 'in.xlsx', '--ledger', 'rapport.csv', '--into', 'Kostnader', '--out', 'in.xlsx']).code).toBe(2);
    expect(run(dir, ['import', 'in.xlsx', '--ledger', 'rapport.csv', '--into', 'Volymer', '--out', 'x.xlsx']).code).toBe(2);
  });
});

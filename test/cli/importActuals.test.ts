import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runModel } from '../../src/engine';
import type { RawTable } from '../../src/engine/cells';
import { tableToJson } from '../../src/engine/output';
import { createXlsx, openXlsx } from '../../src/workbook/xlsx';
import { xlsxCheckAvailable, xlsxFindings } from '../workbook/xlsx/xlsx-check';
import { ACTUALS_CSV, ACTUALS_SIE, actualsWorkbook, EXPECTED_UTFALL } from '../engine/ledger/actualsFiles';
import { cp1252, pc8 } from '../engine/ledger/files';

/** The built command line (npm run build:cli), run as a user runs it. */
const BIN = join(__dirname, '..', '..', 'bin', 'intaktsmodell.js');

function run(dir: string, args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function tablesOf(bytes: Uint8Array): Promise<RawTable[]> {
  return (await openXlsx(bytes)).readTables();
}

const TODAY = new Date().toISOString().slice(0, 10);

describe('intaktsmodell import --into Utfall', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-actuals-'));
    const wb = createXlsx();
    await wb.writeInputTables(actualsWorkbook());
    writeFileSync(join(dir, 'in.xlsx'), await wb.toBuffer());
    writeFileSync(join(dir, 'huvudbok.se'), pc8(ACTUALS_SIE));
    writeFileSync(join(dir, 'rapport.csv'), cp1252(ACTUALS_CSV));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('SIE 4: the reconciliation per month and in total, the rows in Utfall with their Källa, the user\'s row kept; the follow-up counts them', async () => {
    const r = run(dir, ['import', 'in.xlsx', '--ledger', 'huvudbok.se', '--into', 'Utfall', '--out', 'ut.xlsx']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // Figures by hand in test/engine/ledger/importActuals.test.ts; 1930 and 2440 (the balancing accounts) have no rule.
    expect(r.stdout.split('\n')).toEqual([
      'Läste huvudbok.se (SIE 4 #TRANS): 15 rader.',
      'Ingen regel i Kontering: konto 1930: -1 949 kr (rad 20, 39, 44).',
      'Ingen regel i Kontering: konto 2440: -445,25 kr (rad 26, 32).',
      'Avstämning per månad:',
      '  2021-01: huvudboken 0 kr − utan regel -350 kr = importerat 350 kr (3 rader).',
      '  2021-02: huvudboken -300 kr − utan regel -420,50 kr = importerat 120,50 kr (2 rader).',
      '  2021-03: huvudboken 300 kr − utan regel -624,75 kr = importerat 924,75 kr (8 rader).',
      '  2021-04: huvudboken 0 kr − utan regel -999 kr = importerat 999 kr (2 rader).',
      'Avstämning: huvudboken 0 kr − utan regel -2 394,25 kr = importerat 2 394,25 kr (10 av 15 rader, summerade till 9 rader i Utfall per kostnadsobjekt, kostnadsslag och månad, 4 månader). Stämmer, varje månad och totalt.',
      'Ingen rad i huvudboken hamnade på Kontering rad 6.',
      'Skrev ut.xlsx: 9 importerade rader i Utfall, 0 tidigare importerade ersatta, 1 egna rader kvar.',
      '',
    ]);
    const out = readFileSync(join(dir, 'ut.xlsx'));
    if (xlsxCheckAvailable()) expect(xlsxFindings(out)).toEqual([]);
    const tables = await tablesOf(out);
    const utfall = tables.find((t) => t.name === 'Utfall')!;
    const mark = `Huvudboksimport: huvudbok.se ${TODAY}`;
    expect(utfall.headers).toEqual(['Kostnadsobjekt', 'Kostnadsslag', 'Månad', 'Belopp', 'Källa']);
    expect(utfall.rows).toEqual([['Uppdrag', 'Övrigt', '2021-02', 50, null], ...EXPECTED_UTFALL.map((row) => [...row, mark])]);

    // The copy calculates: Källa is no unknown column, April waits for its month, and the actual cost to date is
    // Kassa 395,25 → 395 + 100 of Betalning = 495, Lev 500 + 200 = 700, Uppdrag 200 + the user's 50 = 250.
    const result = runModel(tables);
    expect(result.problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(result.problems.filter((p) => p.table === 'Utfall').map((p) => p.code)).toEqual(['after-closed-month']);
    const rows = tableToJson(result.outputs.find((o) => o.name === 'Uppföljning')!);
    const actual = (name: string) => rows.find((x) => x['Namn'] === name)?.['Utfall kostnad ack.'];
    expect([actual('Kassa'), actual('Lev'), actual('Uppdrag'), actual('Totalt')]).toEqual([495, 700, 250, 1445]);
  });

  test('importing the CSV export into that copy replaces only the import\'s rows; the revenue row keeps its minus and shows in March\'s reconciliation', async () => {
    run(dir, ['import', 'in.xlsx', '--ledger', 'huvudbok.se', '--into', 'Utfall', '--out', 'steg1.xlsx']);
    const r = run(dir, ['import', 'steg1.xlsx', '--ledger', 'rapport.csv', '--into', 'utfall', '--out', 'steg2.xlsx']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Ingen regel i Kontering: konto 3510, ansvar 410: -1 000 kr (rad 12).');
    expect(r.stdout).toContain('  2021-03: huvudboken -75,25 kr − utan regel -1 000 kr = importerat 924,75 kr (7 rader).');
    expect(r.stdout).toContain('Skrev steg2.xlsx: 9 importerade rader i Utfall, 9 tidigare importerade ersatta, 1 egna rader kvar.');
    const utfall = (await tablesOf(readFileSync(join(dir, 'steg2.xlsx')))).find((t) => t.name === 'Utfall')!;
    expect(utfall.rows).toEqual([['Uppdrag', 'Övrigt', '2021-02', 50, null], ...EXPECTED_UTFALL.map((row) => [...row, `Huvudboksimport: rapport.csv ${TODAY}`])]);
  });

  test('--strict refuses a SIE 4 file whose balancing accounts have no rule; English with --lang en', () => {
    const r = run(dir, ['import', 'in.xlsx', '--ledger', 'huvudbok.se', '--into', 'Utfall', '--out', 'strikt.xlsx', '--strict', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Reconciliation per month:\n  2021-01: ledger 0 kr − without a rule -350 kr = imported 350 kr (3 rows).\n');
    expect(r.stderr).toBe('strikt.xlsx was not written: --strict, and 5 rows (-2 394,25 kr) have no rule in Kontering.\n');
    expect(existsSync(join(dir, 'strikt.xlsx'))).toBe(false);
  });

  test('a transaction outside Budgetår: exit 1 naming the file line, nothing written', () => {
    writeFileSync(join(dir, 'fel-ar.se'), pc8(ACTUALS_SIE.replace('#VER A 4 20210405 "Löner april"', '#VER A 4 20201231 "Periodisering"')));
    const r = run(dir, ['import', 'in.xlsx', '--ledger', 'fel-ar.se', '--into', 'Utfall', '--out', 'fel.xlsx']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('Fel: fel-ar.se rad 43 är bokförd 2020-12, utanför Budgetår 2021; en rad till ligger utanför året (2020-12). Inget skrevs: ta ut exporten för budgetåret, eller rätta Budgetår.\n');
    expect(existsSync(join(dir, 'fel.xlsx'))).toBe(false);
  });
});

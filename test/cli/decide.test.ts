import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { createXlsx, openXlsx } from '../../src/workbook/xlsx';
import { workbook as twoServices } from '../engine/versions/twoServices';
import { xlsxCheckAvailable, xlsxFindings } from '../workbook/xlsx/xlsx-check';

/** The built command line (npm run build:cli), run as a user runs it. */
const BIN = join(__dirname, '..', '..', 'bin', 'intaktsmodell.js');
const TODAY = new Date().toISOString().slice(0, 10);

function run(dir: string, args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function tablesOf(path: string) {
  return (await openXlsx(new Uint8Array(readFileSync(path)))).readTables();
}

/** The worksheet XML of the sheet named `name`. */
async function sheetXml(path: string, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1]!;
  return zip.file(`xl/${target!.replace(/^\/?xl\//, '')}`)!.async('string');
}

describe('intaktsmodell decide', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'decide-'));
    const book = createXlsx();
    await book.writeInputTables(twoServices());
    writeFileSync(join(dir, 'in.xlsx'), await book.toBuffer());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('writes a copy with the version on a protected sheet, says what it saved, and leaves IN as it was', async () => {
    const before = readFileSync(join(dir, 'in.xlsx'));
    const r = run(dir, ['decide', 'in.xlsx', '--label', 'Servicenämnden 2021-11-18', '--out', 'd1.xlsx', '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'in.xlsx')).equals(before)).toBe(true);
    const decided = (await tablesOf(join(dir, 'd1.xlsx'))).find((t) => t.name === 'Beslutade_versioner')!;
    expect(decided.sheet).toBe('Beslutade versioner');
    expect(decided.rows.map((row) => [row[0], row[1], row[3], row[4], row[9]])).toEqual([
      ['Servicenämnden 2021-11-18', TODAY, 'Kassa', null, 1000],
      ['Servicenämnden 2021-11-18', TODAY, 'Lev', null, 2000],
      ['Servicenämnden 2021-11-18', TODAY, 'Kassa', 'A', 750],
      ['Servicenämnden 2021-11-18', TODAY, 'Lev', 'A', 1500],
      ['Servicenämnden 2021-11-18', TODAY, 'Kassa', 'B', 250],
      ['Servicenämnden 2021-11-18', TODAY, 'Lev', 'B', 500],
    ]);
    expect(await sheetXml(join(dir, 'd1.xlsx'), 'Beslutade versioner')).toContain('<sheetProtection sheet="1" objects="1" scenarios="1" autoFilter="0"/>');
    if (xlsxCheckAvailable()) expect(xlsxFindings(readFileSync(join(dir, 'd1.xlsx')))).toEqual([]);
    const loud = run(dir, ['decide', 'in.xlsx', '--label', 'Servicenämnden 2021-11-18', '--out', 'd1b.xlsx']);
    expect(loud.stdout).toContain(
      `Versionen "Servicenämnden 2021-11-18" sparades som beslutad ${TODAY}: 2 tjänster och 4 belopp per kund och tjänst, på bladet Beslutade versioner (den första versionen).\nSkrev d1b.xlsx.\n`,
    );
  });

  test('a second version keeps the first exactly; its label again is refused, exit 1, nothing written', async () => {
    run(dir, ['decide', 'in.xlsx', '--label', 'November', '--out', 'n.xlsx', '-q']);
    const withVersion = await openXlsx(new Uint8Array(readFileSync(join(dir, 'n.xlsx'))));
    const first = (await withVersion.readTables()).find((t) => t.name === 'Beslutade_versioner')!;
    const again = run(dir, ['decide', 'n.xlsx', '--label', 'Andra', '--out', 'n2.xlsx', '--lang', 'en']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`The inputs are the same as when the version "November" was decided (${TODAY}).`);
    const both = (await tablesOf(join(dir, 'n2.xlsx'))).find((t) => t.name === 'Beslutade_versioner')!;
    expect(both.rows.slice(0, first.rows.length)).toEqual(first.rows);
    expect(both.rows.slice(first.rows.length).every((row) => row[0] === 'Andra')).toBe(true);
    if (xlsxCheckAvailable()) expect(xlsxFindings(readFileSync(join(dir, 'n2.xlsx')))).toEqual([]);

    const taken = run(dir, ['decide', 'n2.xlsx', '--label', 'november', '--out', 'n3.xlsx']);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toBe(`Det finns redan en beslutad version "November" (sparad ${TODAY}). En beslutad version ändras aldrig: ge den nya versionen en annan etikett. Inget har sparats.\n`);
    expect(existsSync(join(dir, 'n3.xlsx'))).toBe(false);
  });

  test('calculate writes Versionsjämförelse and copies the decided sheet as it is', async () => {
    run(dir, ['decide', 'in.xlsx', '--label', 'November', '--out', 'nov.xlsx', '-q']);
    const r = run(dir, ['calculate', 'nov.xlsx', '--out', 'calc.xlsx', '--json', 'calc.json', '-q']);
    expect(r.code).toBe(0);
    expect(await sheetXml(join(dir, 'calc.xlsx'), 'Beslutade versioner')).toBe(await sheetXml(join(dir, 'nov.xlsx'), 'Beslutade versioner'));
    const json = JSON.parse(readFileSync(join(dir, 'calc.json'), 'utf8')) as Record<string, Record<string, unknown>[]>;
    expect(json['Versionsjämförelse']![0]).toMatchObject({ Storhet: 'Indata', Status: 'Oförändrad' });
    if (xlsxCheckAvailable()) expect(xlsxFindings(readFileSync(join(dir, 'calc.xlsx')))).toEqual([]);
  });

  test('bad arguments exit 2; a workbook with errors exits 1 and writes nothing', async () => {
    expect(run(dir, ['decide', 'in.xlsx', '--out', 'x.xlsx']).code).toBe(2);
    expect(run(dir, ['decide', 'in.xlsx', '--label', 'X']).code).toBe(2);
    expect(run(dir, ['decide', 'in.xlsx', '--label', 'X', '--out', 'x.csv']).code).toBe(2);
    expect(run(dir, ['decide', 'in.xlsx', '--label', 'X', '--out', './in.xlsx']).code).toBe(2);
    const tables = twoServices();
    tables[2]!.rows.push(['Lev', 'tvåtusen']);
    const broken = createXlsx();
    await broken.writeInputTables(tables);
    writeFileSync(join(dir, 'fel.xlsx'), await broken.toBuffer());
    const r = run(dir, ['decide', 'fel.xlsx', '--label', 'X', '--out', 'y.xlsx']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Fel: Kostnader rad 3, kolumn Belopp/);
    expect(r.stderr).toContain('Arbetsboken har 1 fel; en version kan bara sparas som beslutad när arbetsboken beräknas utan fel. Inget har sparats.');
    expect(existsSync(join(dir, 'y.xlsx'))).toBe(false);
  });
});

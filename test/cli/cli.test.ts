import { OUTPUT_TABLE_NAMES } from '../../src/engine/output';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT_OK, EXIT_USAGE, EXIT_WORKBOOK_ERRORS, runCli } from '../../src/cli/cli';
import type { RawTable } from '../../src/engine/cells';
import { createXlsx, openXlsx } from '../../src/workbook/xlsx';
import { miniWorkbook, table } from '../engine/helpers';
import { MemoryIO } from './memoryIO';
import JSZip from 'jszip';
import { addVbaProject, loadZip, zipBytes } from '../workbook/xlsx/feature-parts';
import { xlsxCheckAvailable, xlsxFindings } from '../workbook/xlsx/xlsx-check';

async function xlsxOf(tables: RawTable[]): Promise<Uint8Array> {
  const wb = createXlsx();
  await wb.writeInputTables(tables);
  return wb.toBuffer();
}

const OUTPUTS = [...OUTPUT_TABLE_NAMES];

describe('intaktsmodell calculate', () => {
  it('prices a workbook, writes OUT.xlsx with every output table and the JSON, and leaves IN unchanged', async () => {
    const io = new MemoryIO();
    const input = await xlsxOf(miniWorkbook());
    const before = Uint8Array.from(input);
    io.files.set('in.xlsx', input);
    const code = await runCli(['calculate', 'in.xlsx', '--out', 'out.xlsx', '--json', 'out.json'], io);
    expect(io.err).toBe('');
    expect(code).toBe(EXIT_OK);
    expect(Buffer.from(io.files.get('in.xlsx') as Uint8Array).equals(Buffer.from(before))).toBe(true);

    const json = io.json('out.json');
    expect(Object.keys(json)).toEqual(OUTPUTS);
    // Worked by hand in test/engine/mini.test.ts: A pays 3 885, B 1 560, C 655.
    expect(json['Kundsammanställning']?.map((r) => [r['Kund'], r['Totalt']])).toEqual([['A', 3885], ['B', 1560], ['C', 655]]);

    const out = await openXlsx(io.files.get('out.xlsx') as Uint8Array);
    const names = (await out.readTables()).map((t) => t.name);
    for (const name of ['Nycklar', 'Tjänster', 'Kostnader', 'Volymer', ...OUTPUTS]) expect(names).toContain(name);
    expect(io.out).toMatch(/Ekonomi/);
  });

  it('exits 1 on workbook errors, writes the JSON with only Kontroller, and no OUT.xlsx', async () => {
    const io = new MemoryIO();
    const tables = miniWorkbook().map((t) => (t.name === 'Volymer' ? table('Volymer', t.headers, [...t.rows, ['A', 'Lev', 'abc']]) : t));
    io.files.set('in.xlsx', await xlsxOf(tables));
    const code = await runCli(['calculate', 'in.xlsx', '--out', 'out.xlsx', '--json', 'out.json'], io);
    expect(code).toBe(EXIT_WORKBOOK_ERRORS);
    expect(io.files.has('out.xlsx')).toBe(false);
    const json = io.json('out.json');
    expect(Object.keys(json)).toEqual(['Kontroller']);
    expect(json['Kontroller']).toContainEqual(
      expect.objectContaining({ Nivå: 'Fel', Tabell: 'Volymer', Rad: 6, Kolumn: 'Volym', Cell: 'Volymer!C7' }),
    );
    expect(io.out).toMatch(/"abc" är inte ett tal/);
  });

  it.each([
    [['calculate'], /missing required argument/],
    [['calculate', 'missing.xlsx'], /kunde inte läsa missing\.xlsx: filen eller mappen finns inte/],
    [['calculate', 'in.xlsx', '--out', 'in.xlsx'], /samma fil som indatafilen/],
    [['calculate', 'in.xlsx', '--out', 'ut.xlsm'], /in\.xlsx har inga makron.*t\.ex\. ut\.xlsx/],
    [['calculate', 'in.xlsx', '--out', 'ut.xls'], /utfilen ut\.xls måste sluta på \.xlsx \(eller \.xlsm när IN har makron\).*Ange t\.ex\. ut\.xlsx/],
    [['frobnicate'], /unknown command/],
    [['calculate', 'in.xlsx', '--bogus'], /unknown option/],
  ])('exits 2 for unusable arguments: %j', async (args, message) => {
    const io = new MemoryIO();
    io.files.set('in.xlsx', await xlsxOf(miniWorkbook()));
    expect(await runCli(args, io)).toBe(EXIT_USAGE);
    expect(io.err).toMatch(message);
  });

  it('with no arguments prints the help on stderr and exits 2; --help and help print it on stdout and exit 0', async () => {
    const none = new MemoryIO();
    expect(await runCli([], none)).toBe(EXIT_USAGE);
    expect(none.out).toBe('');
    expect(none.err).toContain('Usage: intaktsmodell [options] [command]');
    expect(none.err).toContain('  3  oväntat internt fel / unexpected internal error');
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const io = new MemoryIO();
      expect(await runCli(argv, io)).toBe(EXIT_OK);
      expect(io.err).toBe('');
      expect(io.out).toContain('Usage: intaktsmodell [options] [command]');
      expect(io.out).toContain('  2  felaktiga argument eller oläsbar fil / bad arguments or unreadable file\n  3  oväntat internt fel / unexpected internal error\n');
    }
  });

  it('exits 2 for a file that is not a workbook', async () => {
    const io = new MemoryIO();
    io.files.set('in.xlsx', 'det här är ingen arbetsbok');
    expect(await runCli(['calculate', 'in.xlsx'], io)).toBe(EXIT_USAGE);
    expect(io.err).toMatch(/kunde inte läsas som en Excel-arbetsbok/);
  });

  it('reads a workbook written by openpyxl', async () => {
    const io = new MemoryIO();
    io.files.set('in.xlsx', new Uint8Array(readFileSync(join(__dirname, '../fixtures/openpyxl.xlsx'))));
    const code = await runCli(['calculate', 'in.xlsx', '--json', 'out.json'], io);
    const json = io.json('out.json');
    // Whatever the fixture holds, it was read: either priced, or its problems are located.
    if (code === EXIT_OK) expect(json['Prislista']?.length).toBeGreaterThan(0);
    else expect(json['Kontroller']?.length).toBeGreaterThan(0);
  });
});

describe('intaktsmodell calculate: OUT keeps everything IN had', () => {
  // test/fixtures/openpyxl-charts.xlsx is the mini workbook with 2 charts on Nycklar, 1 chartsheet
  // and 2 defined names that are no ranges (Moms = 0.25, Dubbel = Nycklar!$C$2*2); see make-fixtures.py.
  const withCharts = () => new Uint8Array(readFileSync(join(__dirname, '../fixtures/openpyxl-charts.xlsx')));
  const parts = async (bytes: Uint8Array) => {
    const zip = await JSZip.loadAsync(bytes);
    return new Map(await Promise.all(Object.values(zip.files).filter((f) => !f.dir).map(async (f) => [f.name, await f.async('string')] as const)));
  };
  const definedNames = (workbookXml: string) => workbookXml.match(/<definedNames>[\s\S]*<\/definedNames>/)?.[0];

  it('charts, the chartsheet and names that are no ranges are still there, unchanged; nothing is said', async () => {
    const io = new MemoryIO();
    const input = withCharts();
    io.files.set('in.xlsx', Uint8Array.from(input));
    expect(await runCli(['calculate', 'in.xlsx', '--out', 'out.xlsx'], io)).toBe(EXIT_OK);
    expect(io.err).toBe('');
    const before = await parts(input);
    const after = await parts(io.files.get('out.xlsx') as Uint8Array);
    const charts = [...before.keys()].filter((name) => /^xl\/(charts|chartsheets|drawings)\//.test(name));
    expect(charts.length).toBeGreaterThanOrEqual(4);
    for (const name of charts) expect(after.get(name)).toBe(before.get(name));
    expect(definedNames(after.get('xl/workbook.xml')!)).toBe(definedNames(before.get('xl/workbook.xml')!));
    expect(definedNames(after.get('xl/workbook.xml')!)).toContain('Nycklar!$C$2*2');
    expect(Buffer.from(io.files.get('in.xlsx') as Uint8Array).equals(Buffer.from(input))).toBe(true);
  });

  describe('a macro-enabled IN', () => {
    const withMacros = async () => {
      const zip = await loadZip(await xlsxOf(miniWorkbook()));
      await addVbaProject(zip);
      return zipBytes(zip);
    };

    it('as OUT.xlsm keeps its VBA project byte for byte, typed macro-enabled; nothing is said', async () => {
      const io = new MemoryIO();
      const input = await withMacros();
      io.files.set('in.xlsm', input);
      expect(await runCli(['calculate', 'in.xlsm', '--out', 'out.xlsm', '--quiet'], io)).toBe(EXIT_OK);
      expect(io.err).toBe('');
      const after = await JSZip.loadAsync(io.files.get('out.xlsm') as Uint8Array);
      const before = await JSZip.loadAsync(input);
      expect(await after.file('xl/vbaProject.bin')!.async('uint8array')).toEqual(await before.file('xl/vbaProject.bin')!.async('uint8array'));
      expect(await after.file('[Content_Types].xml')!.async('string')).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
      expect(await after.file('xl/_rels/workbook.xml.rels')!.async('string')).toContain('vbaProject.bin');
    });

    it('as OUT.xlsx leaves the VBA project out, types the workbook as a plain one and says so once, also with --quiet', async () => {
      const io = new MemoryIO();
      io.files.set('in.xlsm', await withMacros());
      expect(await runCli(['calculate', 'in.xlsm', '--out', 'out.xlsx', '--quiet'], io)).toBe(EXIT_OK);
      expect(io.err).toBe(
        'Obs: out.xlsx har inte makrona (VBA-projektet) som finns i in.xlsm, eftersom en .xlsx-fil inte kan innehålla makron; allt annat är kvar. Skriv till out.xlsm för att behålla dem.\n',
      );
      const after = await JSZip.loadAsync(io.files.get('out.xlsx') as Uint8Array);
      expect(after.file('xl/vbaProject.bin')).toBeNull();
      const types = await after.file('[Content_Types].xml')!.async('string');
      expect(types).not.toContain('macroEnabled');
      expect(types).toContain('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml');
      expect(await after.file('xl/_rels/workbook.xml.rels')!.async('string')).not.toContain('vbaProject');
      if (xlsxCheckAvailable()) expect(xlsxFindings(io.files.get('out.xlsx') as Uint8Array)).toEqual([]);
    });
  });
});


describe('intaktsmodell template and example', () => {
  it('writes a template whose tables are the contract’s, empty', async () => {
    const io = new MemoryIO();
    expect(await runCli(['template', 'mall.xlsx'], io)).toBe(EXIT_OK);
    const tables = await (await openXlsx(io.files.get('mall.xlsx') as Uint8Array)).readTables();
    expect(tables.map((t) => t.name).sort()).toEqual(
      ['Avvikelser', 'Avvikelsetyper', 'Fakturakolumner', 'Fakturerat', 'Fjolårsbelopp', 'Inställningar', 'Kostnader', 'Månadsprofil', 'Nycklar', 'Paket', 'Pooler', 'Poolutbyte', 'Sammansatta_nycklar', 'Scenarier', 'Tjänster', 'Utfall', 'Utfallsavvikelser', 'Utfallsvolymer', 'Volymer'].sort(),
    );
    expect(tables.find((t) => t.name === 'Tjänster')?.headers).toEqual(expect.arrayContaining(['Tjänst', 'Prismodell', 'Tjänstetyp', 'Nyckel', 'Fast andel']));
    // An empty template is not a valid workbook yet: calculating it says what is missing.
    io.files.set('in.xlsx', io.files.get('mall.xlsx') as Uint8Array);
    expect(await runCli(['calculate', 'in.xlsx', '--json', 'out.json'], io)).toBe(EXIT_WORKBOOK_ERRORS);
    expect(io.json('out.json')['Kontroller']?.map((r) => r['Tabell'])).toEqual(expect.arrayContaining(['Nycklar', 'Tjänster']));
  });

  it('writes the example workbook, which calculates cleanly', async () => {
    const io = new MemoryIO();
    expect(await runCli(['example', 'ex.xlsx'], io)).toBe(EXIT_OK);
    io.files.set('in.xlsx', io.files.get('ex.xlsx') as Uint8Array);
    expect(await runCli(['calculate', 'in.xlsx', '--json', 'out.json'], io)).toBe(EXIT_OK);
    const json = io.json('out.json');
    expect(json['Kontroller']).toEqual([]);
    const lon = json['Prislista']?.find((r) => r['Tjänst'] === 'Lön bastjänst');
    expect(lon?.['Pris']).toBe(53.5);
  });
});

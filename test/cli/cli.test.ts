import { OUTPUT_TABLE_NAMES } from '../../src/engine/output';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT_OK, EXIT_USAGE, EXIT_WORKBOOK_ERRORS, runCli } from '../../src/cli/cli';
import type { RawTable } from '../../src/engine/cells';
import { createXlsx, openXlsx } from '../../src/workbook/xlsx';
import { miniWorkbook, table } from '../engine/helpers';
import { MemoryIO } from './memoryIO';

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
    [['calculate', 'in.xlsx', '--out', 'ut.xlsm'], /utfilen ut\.xlsm måste sluta på \.xlsx.*Ange t\.ex\. ut\.xlsx/],
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

describe('intaktsmodell calculate: what OUT.xlsx cannot keep of IN', () => {
  // test/fixtures/openpyxl-charts.xlsx is the mini workbook with 2 charts on Nycklar, 1 chartsheet
  // and 2 defined names that are no ranges (Moms = 0.25, Dubbel = Nycklar!$C$2*2); see make-fixtures.py.
  const WARNING =
    'Obs: out.xlsx saknar 2 diagram, 1 diagramblad och 2 namn som inte är enkla cellområden (konstanter, formler, hela kolumner …) som finns i in.xlsx. ' +
    'Programbiblioteket som skriver filen (exceljs) kan inte skriva tillbaka det innehållet. ' +
    'in.xlsx är oförändrad och resultatbladen i out.xlsx är kompletta. ' +
    'Vill du ha resultatbladen i din egen arbetsbok med allt kvar: öppna den i Excel och beräkna med tillägget ' +
    'Intäktsmodell, som skriver direkt i arbetsboken.\n';
  const withCharts = () => new Uint8Array(readFileSync(join(__dirname, '../fixtures/openpyxl-charts.xlsx')));

  it('warns once on stderr, in Swedish, last, after writing OUT.xlsx; exits 0 and leaves IN unchanged', async () => {
    const io = new MemoryIO();
    const printed: string[] = [];
    io.stdout = (text) => void printed.push(text);
    io.stderr = (text) => {
      printed.push(text);
      io.err += text;
    };
    const input = withCharts();
    io.files.set('in.xlsx', Uint8Array.from(input));
    expect(await runCli(['calculate', 'in.xlsx', '--out', 'out.xlsx'], io)).toBe(EXIT_OK);
    expect(io.err).toBe(WARNING);
    expect(printed.slice(-2)).toEqual(['Skrev out.xlsx.\n', WARNING]);
    expect(io.files.has('out.xlsx')).toBe(true);
    expect(Buffer.from(io.files.get('in.xlsx') as Uint8Array).equals(Buffer.from(input))).toBe(true);
  });

  it('warns with --quiet too', async () => {
    const io = new MemoryIO();
    io.files.set('in.xlsx', withCharts());
    expect(await runCli(['calculate', 'in.xlsx', '--out', 'out.xlsx', '--quiet'], io)).toBe(EXIT_OK);
    expect(io.out).toBe('');
    expect(io.err).toBe(WARNING);
  });

  it('says nothing when no OUT.xlsx is written (--json only)', async () => {
    const io = new MemoryIO();
    io.files.set('in.xlsx', withCharts());
    expect(await runCli(['calculate', 'in.xlsx', '--json', 'out.json'], io)).toBe(EXIT_OK);
    expect(io.err).toBe('');
  });

  it('says nothing when the workbook has errors and OUT.xlsx is not written', async () => {
    const io = new MemoryIO();
    io.files.set('in.xlsx', new Uint8Array(readFileSync(join(__dirname, '../fixtures/openpyxl-drawings.xlsx'))));
    expect(await runCli(['calculate', 'in.xlsx', '--out', 'out.xlsx'], io)).toBe(EXIT_WORKBOOK_ERRORS);
    expect(io.files.has('out.xlsx')).toBe(false);
    expect(io.err).toBe('');
  });

  it('says nothing for the example workbook, which loses nothing', async () => {
    const io = new MemoryIO();
    expect(await runCli(['example', 'ex.xlsx'], io)).toBe(EXIT_OK);
    io.files.set('in.xlsx', io.files.get('ex.xlsx') as Uint8Array);
    expect(await runCli(['calculate', 'in.xlsx', '--out', 'out.xlsx'], io)).toBe(EXIT_OK);
    expect(io.files.has('out.xlsx')).toBe(true);
    expect(io.err).toBe('');
  });
});

describe('intaktsmodell template and example', () => {
  it('writes a template whose tables are the contract’s, empty', async () => {
    const io = new MemoryIO();
    expect(await runCli(['template', 'mall.xlsx'], io)).toBe(EXIT_OK);
    const tables = await (await openXlsx(io.files.get('mall.xlsx') as Uint8Array)).readTables();
    expect(tables.map((t) => t.name).sort()).toEqual(
      ['Avvikelser', 'Avvikelsetyper', 'Inställningar', 'Kostnader', 'Månadsprofil', 'Nycklar', 'Paket', 'Pooler', 'Poolutbyte', 'Sammansatta_nycklar', 'Scenarier', 'Tjänster', 'Volymer'].sort(),
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

import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { RawTable } from '../../src/engine/cells';
import { EXIT_OK, EXIT_USAGE, EXIT_WORKBOOK_ERRORS, runCli } from '../../src/cli/cli';
import { createXlsx } from '../../src/workbook/xlsx';
import { miniWorkbook } from '../engine/helpers';
import { MemoryIO } from './memoryIO';

// Excel's limits through the command line (issue 12), on workbooks the catalogue's runner
// cannot make (its args cases take the base workbook unchanged).

function renamed(renames: Record<string, string>): RawTable[] {
  const tables = miniWorkbook();
  for (const t of tables) for (const row of t.rows) row.forEach((v, i) => (row[i] = typeof v === 'string' && v in renames ? renames[v]! : v));
  return tables;
}

async function ioWith(tables: RawTable[]): Promise<MemoryIO> {
  const io = new MemoryIO();
  const workbook = createXlsx();
  await workbook.writeInputTables(tables);
  io.files.set('IN.xlsx', await workbook.toBuffer());
  return io;
}

describe('statement --all with apostrophes and an emoji across character 31', () => {
  const emoji = `${'a'.repeat(18)}😀 Norr`;

  it("writes sheets Excel accepts and print areas quoted as Excel writes them ('O''Brien')", async () => {
    const io = await ioWith(renamed({ A: "O'Brien AB", B: "'Citat'", C: emoji }));
    expect(await runCli(['statement', 'IN.xlsx', '--all', '--out', 'S.xlsx', '--quiet'], io)).toBe(EXIT_OK);
    const bytes = io.files.get('S.xlsx') as Uint8Array;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name).sort()).toEqual(['Kundbesked Citat', "Kundbesked O'Brien AB", `Kundbesked ${'a'.repeat(18)}…`].sort());
    const xml = (await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')!.async('string')).replace(/&apos;/g, "'");
    expect(xml).toMatch(/<definedName name="_xlnm\.Print_Area" localSheetId="\d">'Kundbesked O''Brien AB'!\$A\$1:\$H\$\d+<\/definedName>/);
    expect(xml).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('calculate --out with a text longer than a cell holds', () => {
  it('never exits 3 nor writes a file Excel would cut: a located error or exit 2 naming the limit', async () => {
    const long = 'K'.repeat(40_000);
    const io = await ioWith(renamed({ C: long }));
    const code = await runCli(['calculate', 'IN.xlsx', '--out', 'OUT.xlsx', '--quiet'], io);
    // Exit 2 here (the writer refuses); exit 1 where the reader refuses such a name first.
    expect([EXIT_USAGE, EXIT_WORKBOOK_ERRORS]).toContain(code);
    expect(io.files.has('OUT.xlsx')).toBe(false);
    if (code === EXIT_USAGE) expect(io.err).toMatch(/kolumn Kund: texten "K+…" är 40 000 tecken lång, men en cell i Excel rymmer högst 32 767\. Inget har skrivits\./);
  });
});

describe('calculate --out with a scenario name Excel cannot take as a column name', () => {
  it('a line break: read as a space with a warning on the name (names are cleaned), the columns written without it', async () => {
    const tables = miniWorkbook();
    tables.push({ name: 'Scenarier', sheet: 'Scenarier', headers: ['Scenario', 'Tjänst', 'Prismodell', 'Nyckel'], rows: [['Allt\nfast', 'Lev', 'Fast', 'Omsättning']], origin: { row: 1, column: 1 } });
    const io = await ioWith(tables);
    const code = await runCli(['calculate', 'IN.xlsx', '--out', 'OUT.xlsx', '--json', 'OUT.json', '--quiet'], io);
    expect(code).toBe(EXIT_OK);
    const json = io.json('OUT.json');
    expect(Object.keys(json['Scenariojämförelse']?.[0] ?? {})).toContain('Allt fast förändring kr');
    expect(json['Kontroller']?.some((r) => r['Nivå'] === 'Varning' && r['Cell'] === 'Scenarier!A2')).toBe(true);
    expect(io.files.has('OUT.xlsx')).toBe(true);
  });

  it.each([
    ['300 characters', 'S'.repeat(300), 'är 300 tecken lång; en kolumn i en Excel-tabell får heta högst 255 tecken'],
  ])('%s: a located error, or exit 2 naming Scenariojämförelse, never a file Excel repairs', async (_what, scenario, message) => {
    const tables = miniWorkbook();
    tables.push({ name: 'Scenarier', sheet: 'Scenarier', headers: ['Scenario', 'Tjänst', 'Prismodell', 'Nyckel'], rows: [[scenario, 'Lev', 'Fast', 'Omsättning']], origin: { row: 1, column: 1 } });
    const io = await ioWith(tables);
    const code = await runCli(['calculate', 'IN.xlsx', '--out', 'OUT.xlsx', '--quiet'], io);
    // Exit 2 here (the writers refuse the column); exit 1 where the reader refuses such a name first.
    expect([EXIT_USAGE, EXIT_WORKBOOK_ERRORS]).toContain(code);
    expect(io.files.has('OUT.xlsx')).toBe(false);
    if (code === EXIT_USAGE) {
      expect(io.err).toContain('Utdatatabellen Scenari');
      expect(io.err).toContain(message);
    }
  });
});

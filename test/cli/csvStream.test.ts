import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeToBuffer } from '@fast-csv/format';
import { runCli } from '../../src/cli/cli';
import { csvParts, csvValue } from '../../src/publish/csv';
import { nodeIO } from '../../src/cli/nodeIO';
import { runModel } from '../../src/engine';
import { rowBlocks, type OutputColumn, type OutputValue } from '../../src/engine/output';
import { exampleTables } from '../../src/example';
import { createXlsx, openXlsx } from '../../src/workbook/xlsx';
import { listing, tempDir } from './fsHelpers';
import { MemoryIO } from './memoryIO';

const columns = (...headers: string[]): OutputColumn[] => headers.map((header) => ({ header, format: 'text' }));
const utf8 = (text: string) => new TextEncoder().encode(text);
/** The file as the invoice command's CSV is: a byte order mark, fields joined by ;, every line ended by CRLF. */
const csvFile = (lines: string[][]) => '\ufeff' + lines.map((fields) => fields.join(';') + '\r\n').join('');

/**
 * Awkward values and the field each must become, worked out by hand from the rules: a decimal
 * comma; an apostrophe before text that Excel would run as a formula unless --raw-text; quotes
 * around a field holding ; " CR LF or | (fast-csv's own rule, | included), its quotes doubled;
 * NUL dropped (fast-csv again). Each pair: [value, field, field with --raw-text].
 */
const AWKWARD: [OutputValue, string, string][] = [
  [null, '', ''],
  ['', '', ''],
  ['Östermalm', 'Östermalm', 'Östermalm'],
  ['a;b', '"a;b"', '"a;b"'],
  ['säg "hej"', '"säg ""hej"""', '"säg ""hej"""'],
  ['rad 1\nrad 2', '"rad 1\nrad 2"', '"rad 1\nrad 2"'],
  ['rad 1\r\nrad 2', '"rad 1\r\nrad 2"', '"rad 1\r\nrad 2"'],
  ['a|b', '"a|b"', '"a|b"'],
  ['nu\u0000ll', 'null', 'null'],
  ['=1+1', "'=1+1", '=1+1'],
  ['=A1;B1', `"'=A1;B1"`, '"=A1;B1"'],
  ['+46 8 123', "'+46 8 123", '+46 8 123'],
  ['-5', '-5', '-5'],
  ['-1234,50', '-1234,50', '-1234,50'],
  ['@SUMMA(A1)', "'@SUMMA(A1)", '@SUMMA(A1)'],
  ['\t=1', "'\t=1", '\t=1'],
  ['\r=1', `"'\r=1"`, '"\r=1"'],
  ["'citerad", "'citerad", "'citerad"],
  ['€ – ”citat” 😀', '€ – ”citat” 😀', '€ – ”citat” 😀'],
  [0, '0', '0'],
  [-0, '0', '0'],
  [18788, '18788', '18788'],
  [-1234.5, '-1234,5', '-1234,5'],
  [0.125, '0,125', '0,125'],
  [1e-7, '0,0000001', '0,0000001'],
  [1e20, '100000000000000000000', '100000000000000000000'],
  [-2.5e-9, '-0,0000000025', '-0,0000000025'],
];

describe('the invoice CSV written streaming: the same bytes as before', () => {
  it('writes awkward values as worked out by hand, with and without --raw-text, a block at a time to a real file', async () => {
    const tmp = tempDir();
    try {
      const io = nodeIO({ cwd: tmp.dir });
      // Three blocks of unequal size, the header a formula-like text too.
      const rows = AWKWARD.map(([value], i): OutputValue[] => [`Kund ${i}`, value, i]);
      const blocks = [rows.slice(0, 1), rows.slice(1, 20), rows.slice(20)];
      const cols = columns('Kund', '=Värde', 'Nr');
      for (const raw of [false, true]) {
        await io.writeFile('fu.csv', csvParts(cols, blocks, { rawText: raw }));
        const expected = csvFile([['Kund', raw ? '=Värde' : "'=Värde", 'Nr'], ...AWKWARD.map(([, guarded, plain], i) => [`Kund ${i}`, raw ? plain : guarded, String(i)])]);
        expect(readFileSync(join(tmp.dir, 'fu.csv'))).toEqual(Buffer.from(utf8(expected)));
      }
    } finally {
      tmp.remove();
    }
  });

  it("is byte for byte what fast-csv's stream writes (the writer before streaming) for the same fields", async () => {
    const cols = columns('Kund', 'Värde');
    const rows = AWKWARD.map(([value], i): OutputValue[] => [`Kund ${i}`, value]);
    // What toCsv did: every value through csvValue, every row written to fast-csv's stream.
    const fields = [['Kund', 'Värde'], ...rows.map((row) => row.map((v) => csvValue(v)))];
    const before = await writeToBuffer(fields, { delimiter: ';', rowDelimiter: '\r\n', includeEndRowDelimiter: true, writeBOM: true, quote: '"' });
    expect(Buffer.from(utf8([...csvParts(cols, [rows.slice(0, 7), [], rows.slice(7)])].join('')))).toEqual(before);
  });

  it('invoice --out on the example workbook: every line of Fakturaunderlag, as worked out from the engine’s rows', async () => {
    const wb = createXlsx();
    await wb.writeInputTables(exampleTables());
    const input = await wb.toBuffer();
    const io = new MemoryIO();
    io.files.set('ex.xlsx', input);
    expect(await runCli(['invoice', 'ex.xlsx', '--out', 'fu.csv', '--quiet'], io)).toBe(0);
    const result = runModel(await (await openXlsx(input)).readTables());
    const table = result.outputs.find((t) => t.name === 'Fakturaunderlag');
    if (!table) throw new Error('no Fakturaunderlag');
    const rows = [...rowBlocks(table)].flat();
    expect(rows.length).toBeGreaterThan(6000);
    // The example's fields need none of the guards: whole or decimal amounts, names and texts without ; " or line breaks.
    const field = (v: OutputValue) => (v === null ? '' : typeof v === 'number' ? String(v).replace('.', ',') : v);
    for (const row of rows) for (const v of row) expect(typeof v === 'string' ? /^[=+\-@\t\r]|[;"\r\n|]/.test(v) : false).toBe(false);
    // The file without Fakturakolumner: the sheet's first five columns (the example's sheet adds
    // Moms and Brutto for its companies; the file names them only when Fakturakolumner does).
    const five = <T,>(list: readonly T[]): T[] => list.slice(0, 5);
    const expected = csvFile([five(table.columns.map((c) => c.header)), ...rows.map((row) => five(row).map(field))]);
    expect(io.bytes('fu.csv')).toEqual(utf8(expected));
  });

  it('a row that throws while the CSV is written leaves no file at the target and no temporary file, and the old file as it was', async () => {
    const tmp = tempDir();
    try {
      const io = nodeIO({ cwd: tmp.dir });
      const cols = columns('Kund', 'Belopp');
      function* blocks(): Generator<OutputValue[][]> {
        // Well past the writer's first 64 KB write, so a temporary file exists when it fails.
        yield Array.from({ length: 20_000 }, (_, i) => [`kund ${i}`, i]);
        throw new Error('rad 20 001 kunde inte göras');
      }
      await expect(io.writeFile('new.csv', csvParts(cols, blocks()))).rejects.toThrow('rad 20 001');
      expect(listing(tmp.dir)).toEqual([]);
      writeFileSync(join(tmp.dir, 'old.csv'), 'förra körningen');
      await expect(io.writeFile('old.csv', csvParts(cols, blocks()))).rejects.toThrow('rad 20 001');
      // A value that cannot be written (no finite number) fails the same way, mid-block.
      const nan = [Array.from({ length: 20_000 }, (_, i): OutputValue[] => [`kund ${i}`, i === 19_999 ? Number.NaN : i])];
      await expect(io.writeFile('old.csv', csvParts(cols, nan))).rejects.toThrow(RangeError);
      expect(listing(tmp.dir)).toEqual(['old.csv']);
      expect(readFileSync(join(tmp.dir, 'old.csv'), 'utf8')).toBe('förra körningen');
    } finally {
      tmp.remove();
    }
  });
});

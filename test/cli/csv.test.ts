import { csvParts, csvValue, type CsvOptions } from '../../src/publish/csv';
import type { OutputColumn, OutputValue } from '../../src/engine/output';
import { readCsv, swedishNumber } from './csvReader';

/** The bytes of the CSV parts of rows given as one block, UTF-8 as the atomic writer writes them. */
const toCsv = (cols: readonly OutputColumn[], rows: readonly OutputValue[][], options?: CsvOptions) => new TextEncoder().encode([...csvParts(cols, [rows], options)].join(''));

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
const columns = (...headers: string[]): OutputColumn[] => headers.map((header) => ({ header, format: 'text' }));

describe('csvValue: one cell as Swedish Excel reads it', () => {
  it.each<[OutputValue, string]>([
    [null, ''],
    ['', ''],
    ['Östermalm', 'Östermalm'],
    [0, '0'],
    [18788, '18788'],
    [-1234, '-1234'],
    [1234567890123, '1234567890123'],
    [12.5, '12,5'],
    [0.125, '0,125'],
    [-0.5, '-0,5'],
    [1e-7, '0,0000001'],
    [9007199254740991, '9007199254740991'],
  ])('%j -> %j', (value, text) => {
    expect(csvValue(value)).toBe(text);
  });

  it('refuses what is no finite number', () => {
    expect(() => csvValue(Number.NaN)).toThrow(RangeError);
    expect(() => csvValue(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('csvValue: text that Excel would run as a formula (CSV injection)', () => {
  it.each<[string, string]>([
    ['=1+1', "'=1+1"],
    ['=cmd|\' /C calc\'!A0', "'=cmd|' /C calc'!A0"],
    ['+SUMMA(A1:A9)', "'+SUMMA(A1:A9)"],
    ['-2+3', "'-2+3"],
    ['-', "'-"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['Kassa, fast avgift', 'Kassa, fast avgift'],
    ['a=b', 'a=b'],
    [' =1', ' =1'],
    ["'redan citerad", "'redan citerad"],
  ])('text %j is written %j', (value, text) => {
    expect(csvValue(value)).toBe(text);
  });

  it.each<[OutputValue, string]>([
    [-1234.5, '-1234,5'],
    [-0.01, '-0,01'],
    ['-1234,50', '-1234,50'],
    ['+46', '+46'],
    ['-12.5', '-12.5'],
  ])('a plain number %j stays %j', (value, text) => {
    expect(csvValue(value)).toBe(text);
  });

  it('writes text as it is with rawText', () => {
    for (const text of ['=1+1', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) expect(csvValue(text, { rawText: true })).toBe(text);
  });

  it('guards every field of a row, and quotes a guarded field holding ; as any other', async () => {
    const text = decode(toCsv(columns('Kund', 'Belopp', 'Text'), [['=A1;B1', -5, '@x']])).slice(1);
    expect(text).toBe(`Kund;Belopp;Text\r\n"'=A1;B1";-5;'@x\r\n`);
  });
});

describe('csvParts', () => {
  it('writes a UTF-8 byte order mark, ; between fields and CRLF after every line, the last too', async () => {
    const bytes = toCsv(columns('Kund', 'Belopp'), [['Åby', 100], ['Älvsjö', 12.5]]);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decode(bytes)).toBe('\ufeffKund;Belopp\r\nÅby;100\r\nÄlvsjö;12,5\r\n');
  });

  it('quotes a field holding ; " or a line break, doubling its quotes, and leaves commas alone', async () => {
    const rows: OutputValue[][] = [
      ['a;b', 'say "hej"'],
      ['rad 1\nrad 2', 'rad 1\r\nrad 2'],
      ['Lev, 8,33 faktura à 13 kr, januari 2021', null],
    ];
    const text = decode(toCsv(columns('x', 'y'), rows)).slice(1);
    expect(text).toBe('x;y\r\n"a;b";"say ""hej"""\r\n"rad 1\nrad 2";"rad 1\r\nrad 2"\r\nLev, 8,33 faktura à 13 kr, januari 2021;\r\n');
  });

  it('round-trips through an independent reader, any text (with --raw-text) and any number', async () => {
    const texts = ['', ' ', ';', '"', '""', 'å;ä"ö', 'Skärholmen stadsdelsförvaltning', '=SUMMA(A1)', 'a|b', 'tab\there', '€ – ”citat”', '\t=1', '@x', '-x;y'];
    const numbers = [0, 1, -1, 0.01, 123456789.25, -98765.4321];
    const rows: OutputValue[][] = texts.flatMap((t) => numbers.map((n) => [t, n]));
    const read = readCsv(decode(toCsv(columns('Text', 'Tal'), rows, { rawText: true })).slice(1));
    expect(read[0]).toEqual(['Text', 'Tal']);
    expect(read.slice(1).map(([t, n]) => [t, swedishNumber(n ?? '')])).toEqual(rows);
  });

  it('writes many rows a block at a time, a part per row, making each block only when the rows before it are written', () => {
    const made = { blocks: 0 };
    function* blocks(): Generator<OutputValue[][]> {
      for (let b = 0; b < 50; b++) {
        made.blocks++;
        yield Array.from({ length: 1000 }, (_, i) => [`Kund ${b * 1000 + i}`, b * 1000 + i]);
      }
    }
    const parts: string[] = [];
    for (const part of csvParts(columns('Kund', 'Belopp'), blocks())) {
      parts.push(part);
      // The header part, then a part per row: a block is made only once every row before it is out, never a block ahead.
      expect(made.blocks).toBeLessThanOrEqual(Math.floor((parts.length - 2) / 1000) + 1);
    }
    expect(parts).toHaveLength(1 + 50_000 + 1);
    const read = readCsv(parts.join('').slice(1));
    expect(read).toHaveLength(50_001);
    expect(read[50_000]).toEqual(['Kund 49999', '49999']);
  });
});

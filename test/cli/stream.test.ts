import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/cli';
import { tablesJson } from '../../src/cli/jsonStream';
import { nodeIO } from '../../src/cli/nodeIO';
import { runModel } from '../../src/engine';
import { StreamedTable, tableToJson, type OutputTable, type OutputValue } from '../../src/engine/output';
import { customerTraceTable } from '../../src/engine/report/trace';
import { exampleTables } from '../../src/example';
import { createXlsx, openXlsx } from '../../src/workbook/xlsx';
import { listing, tempDir } from './fsHelpers';
import { MemoryIO } from './memoryIO';

/** What calculate --json wrote before it was streamed: one string of the whole document. */
function wholeJson(tables: readonly OutputTable[]): string {
  const json: Record<string, unknown> = {};
  for (const table of tables) json[table.name] = tableToJson(table);
  return JSON.stringify(json, null, 2) + '\n';
}

const streamed = (tables: readonly OutputTable[]) => [...tablesJson(tables.map((t) => [t.name, t] as const))].join('');

const plain = (name: string, headers: string[], rows: OutputValue[][]): OutputTable => ({ name, columns: headers.map((header) => ({ header, format: 'text' })), rows });

/** A streamed table whose rows are made in blocks of `size`, counting the blocks made. */
function streamedTable(name: string, headers: string[], rows: OutputValue[][], size: number, made: { blocks: number }): StreamedTable {
  return new StreamedTable(name, headers.map((header) => ({ header, format: 'text' })), rows.length, function* () {
    for (let i = 0; i < rows.length; i += size) {
      made.blocks++;
      yield rows.slice(i, i + size);
    }
  });
}

let example: Promise<Uint8Array> | undefined;
function exampleXlsx(): Promise<Uint8Array> {
  example ??= (async () => {
    const wb = createXlsx();
    await wb.writeInputTables(exampleTables());
    return wb.toBuffer();
  })();
  return example;
}

describe('tablesJson: JSON.stringify(…, null, 2) of the output tables, made in parts', () => {
  it('is byte for byte JSON.stringify on awkward tables: integer-like, repeated and escaped keys, odd values, empty tables', () => {
    const tables: OutputTable[] = [
      plain('Vanlig', ['Kund', 'Belopp', 'Andel'], [['Åby', 100, 0.125], ['Älvsjö "city"', -0, 1e-7], ['\u0000\t\n\u2028\ud800', 1e21, null], ['x', Number.NaN]]),
      plain('Nycklar som tal', ['Tjänst', '2021', '10', '1', '01', '-1'], [['a', 1, 2, 3, 4, 5]]),
      plain('Samma rubrik', ['A', 'B', 'A'], [[1, 2, 3]]),
      plain('Tom', ['A'], []),
      plain('Inga kolumner', [], [[], []]),
      plain('"citat" \\ och \u007f', ['__proto__', 'constructor', 'toString'], [[null, 'c', 't'], ['p', 'c', 't']]),
      plain('2', ['x'], [['tabell med talnamn']]),
      plain('Vanlig', ['Senare'], [['samma namn ersätter, på första platsen']]),
    ];
    expect(streamed(tables)).toBe(wholeJson(tables));
    expect(streamed([])).toBe(wholeJson([]));
    expect(streamed([plain('Tom', [], [])])).toBe(wholeJson([plain('Tom', [], [])]));
  });

  it("makes a streamed table's rows a block at a time and keeps none of them", () => {
    const rows: OutputValue[][] = Array.from({ length: 10_000 }, (_, i) => [`kund ${i}`, i * 1.5, i % 7 === 0 ? null : 'text']);
    const made = { blocks: 0 };
    const table = streamedTable('Fakturaunderlag', ['Kund', 'Belopp', 'Text'], rows, 1000, made);
    const parts = tablesJson([['Fakturaunderlag', table]]);
    let text = '';
    let written = 0;
    for (const part of parts) {
      text += part;
      if (part.endsWith('}')) written++;
      // Only the block being written is made: never all ten ahead.
      if (made.blocks > Math.floor(written / 1000) + 1) throw new Error(`${made.blocks} blocks made after ${written} rows`);
    }
    expect(made.blocks).toBe(10);
    expect(table.stream).toBeDefined();
    expect((table as unknown as { made: unknown }).made).toBeNull();
    expect(text).toBe(wholeJson([streamedTable('Fakturaunderlag', ['Kund', 'Belopp', 'Text'], rows, 1000, { blocks: 0 })]));
  });
});

describe('calculate --json and trace --json are written streaming, and are what JSON.stringify wrote', () => {
  it('calculate --json on the example workbook: the same bytes as JSON.stringify of every output table', async () => {
    const input = await exampleXlsx();
    const io = new MemoryIO();
    io.files.set('ex.xlsx', input);
    expect(await runCli(['calculate', 'ex.xlsx', '--json', 'ex.json', '--quiet'], io)).toBe(0);
    const result = runModel(await (await openXlsx(input)).readTables());
    const expected = wholeJson(result.outputs);
    expect(expected.length).toBeGreaterThan(1_000_000);
    expect(io.files.get('ex.json')).toBe(expected);
  });

  it('trace --json on the example workbook: the same bytes as JSON.stringify of Spårning, and of none', async () => {
    const input = await exampleXlsx();
    const io = new MemoryIO();
    io.files.set('ex.xlsx', input);
    const customer = 'Södermalm stadsdelsförvaltning';
    expect(await runCli(['trace', 'ex.xlsx', '--customer', customer, '--json', 'sp.json'], io)).toBe(0);
    const result = runModel(await (await openXlsx(input)).readTables());
    const table = customerTraceTable(result.calculation!, customer);
    expect(table).not.toBeNull();
    expect(io.files.get('sp.json')).toBe(JSON.stringify({ Spårning: tableToJson(table!) }, null, 2) + '\n');
    expect(JSON.stringify({ Spårning: [] }, null, 2) + '\n').toBe([...tablesJson([['Spårning', plain('Spårning', [], [])]])].join(''));
  });

  it('a row that throws while the JSON is written leaves no file at the target and no temporary file', async () => {
    const tmp = tempDir();
    try {
      const rows: OutputValue[][] = Array.from({ length: 20_000 }, (_, i) => [`kund ${i}`, i]);
      const failing = new StreamedTable('Fakturaunderlag', [{ header: 'Kund', format: 'text' }, { header: 'Belopp', format: 'kr' }], rows.length, function* () {
        yield rows.slice(0, 10_000);
        throw new Error('rad 10 001 kunde inte göras');
      });
      const io = nodeIO({ cwd: tmp.dir });
      const tables = [plain('Prislista', ['Tjänst'], [['a']]), failing];
      await expect(io.writeFile('new.json', tablesJson(tables.map((t) => [t.name, t] as const)))).rejects.toThrow('rad 10 001');
      expect(listing(tmp.dir)).toEqual([]);
      writeFileSync(join(tmp.dir, 'old.json'), 'förra körningen');
      await expect(io.writeFile('old.json', tablesJson(tables.map((t) => [t.name, t] as const)))).rejects.toThrow('rad 10 001');
      expect(readFileSync(join(tmp.dir, 'old.json'), 'utf8')).toBe('förra körningen');
      expect(listing(tmp.dir)).toEqual(['old.json']);
    } finally {
      tmp.remove();
    }
  });
});

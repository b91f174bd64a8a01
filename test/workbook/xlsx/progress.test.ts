/**
 * The adapter's own progress: opening by the packed bytes checked and the table sheets read,
 * writing by the output rows written. The task pane's worker shows these fractions.
 */
import { exampleTables } from '../../../src/example';
import { StreamedTable, type OutputValue } from '../../../src/engine/output';
import { createXlsx, openXlsx } from '../../../src/workbook/xlsx';

const increasing = (fractions: number[]) => fractions.every((f, i) => i === 0 || f >= fractions[i - 1]!);

async function exampleBytes(): Promise<Uint8Array> {
  const workbook = createXlsx();
  await workbook.writeInputTables(exampleTables());
  return workbook.toBuffer();
}

describe('progress', () => {
  it('opening: from 0 to 1, never back, in steps (a part or a sheet at a time)', async () => {
    const fractions: number[] = [];
    const reading: boolean[] = [];
    await openXlsx(await exampleBytes(), {
      onProgress: (f, r) => {
        fractions.push(f);
        reading.push(r);
      },
    });
    // The parts checked first, then the table sheets read (the pane shows "Läser tabellerna" from there).
    const firstRead = reading.indexOf(true);
    expect(firstRead).toBeGreaterThan(10);
    expect(reading.slice(firstRead).every(Boolean)).toBe(true);
    expect(fractions[0]).toBe(0);
    expect(fractions.at(-1)).toBe(1);
    expect(increasing(fractions)).toBe(true);
    // By packed bytes, a step per part the guard checks and per table sheet read: the example has 20-odd input sheets and more parts.
    expect(new Set(fractions).size).toBeGreaterThan(40);
  });

  it('writing: the share of the output rows written, every 2 000 rows, then 1', async () => {
    const rows = 10_000;
    const block = (start: number): OutputValue[][] => Array.from({ length: 1_000 }, (_, i) => [`Kund ${start + i}`, start + i]);
    const table = new StreamedTable('Fakturaunderlag', [{ header: 'Kund', format: 'text' }, { header: 'Belopp', format: 'kr' }], rows, function* () {
      for (let start = 0; start < rows; start += 1_000) yield block(start);
    });
    const workbook = await openXlsx(await exampleBytes());
    await workbook.writeOutputs([table]);
    const fractions: number[] = [];
    const written = await workbook.toBuffer({ onProgress: (f) => fractions.push(f) });
    // 10 000 rows reported at every 2 000th: 0.2 … 1, after the 0 at the start, and 1 at the end.
    expect(fractions).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1, 1]);
    const read = await (await openXlsx(written)).readTables();
    expect(read.find((t) => t.name === 'Fakturaunderlag')!.rows).toHaveLength(rows);
  });
});

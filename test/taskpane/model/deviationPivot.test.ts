import { runModel } from '../../../src/engine';
import type { OutputTable } from '../../../src/engine/output';
import { exampleTables } from '../../../src/example';
import { amountIn, pivotModel, shownPivotLines } from '../../../src/taskpane/model/deviationPivot';

const pivot: OutputTable = {
  name: 'Avvikelsepivot',
  columns: ['Kund', 'Sen inrapportering', 'Felaktig kontering', 'Totalt'].map((header, i) => ({ header, format: i === 0 ? 'text' : 'kr' })),
  rows: [
    ['Södermalm', 12_000, null, 12_000],
    ['Älvsjö', 3_000, 5_000, 8_000],
    ['Bromma', null, 9_500, 9_500],
    ['Totalt', 15_000, 14_500, 29_500],
  ],
};

describe('the deviation pivot on screen', () => {
  it('reads the types from the columns, each customer per type, the Totalt row apart, and the row on the sheet', () => {
    const model = pivotModel([pivot]);
    expect(model.types).toEqual(['Sen inrapportering', 'Felaktig kontering']);
    expect(model.lines.map((l) => [l.customer, l.byType, l.total])).toEqual([
      ['Södermalm', [12_000, 0], 12_000],
      ['Älvsjö', [3_000, 5_000], 8_000],
      ['Bromma', [0, 9_500], 9_500],
    ]);
    expect(model.total).toEqual({ byType: [15_000, 14_500], total: 29_500 });
    expect(model.lines[2]!.address).toBe("'Avvikelsepivot'!A4:D4");
  });

  it('shows one type’s customers only, sorted by its amount or by name, and filters by name', () => {
    const model = pivotModel([pivot]);
    const shown = (...args: Parameters<typeof shownPivotLines> extends [unknown, ...infer R] ? R : never) =>
      shownPivotLines(model, ...args).map((l) => l.customer);
    expect(shown('', null, 'amount', 'descending')).toEqual(['Södermalm', 'Bromma', 'Älvsjö']);
    expect(shown('', 1, 'amount', 'descending')).toEqual(['Bromma', 'Älvsjö']);
    expect(shown('', 0, 'customer', 'ascending')).toEqual(['Södermalm', 'Älvsjö']);
    expect(shown('', null, 'customer', 'descending')).toEqual(['Älvsjö', 'Södermalm', 'Bromma']);
    expect(shown('alvs', null, 'customer', 'ascending')).toEqual(['Älvsjö']);
    expect(amountIn(model.lines[1]!, 1)).toBe(5_000);
    expect(amountIn(model.lines[1]!, null)).toBe(8_000);
  });

  it('on the example: per customer the types add up to its total, and the customers to the Totalt row', () => {
    const model = pivotModel(runModel(exampleTables()).outputs);
    expect(model.types.length).toBeGreaterThan(0);
    for (const line of model.lines) expect(line.byType.reduce((a, b) => a + b, 0)).toBe(line.total);
    expect(model.lines.reduce((sum, l) => sum + l.total, 0)).toBe(model.total!.total);
  });
});

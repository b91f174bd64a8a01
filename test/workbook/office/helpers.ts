import type { RawTable } from '../../../src/engine/cells';
import { runModel } from '../../../src/engine';
import type { OutputTable } from '../../../src/engine/output';
import { exampleTables } from '../../../src/example';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { FakeExcel, seedTables } from './fake-excel';

/** A fake Excel holding these input tables, and the adapter over it. */
export function excelWith(tables: readonly RawTable[], apiVersion = '1.17'): { excel: FakeExcel; workbook: OfficeWorkbook } {
  const excel = new FakeExcel();
  excel.apiVersion = apiVersion;
  seedTables(excel, tables);
  excel.resetStats();
  return { excel, workbook: new OfficeWorkbook(excel.host()) };
}

/** The example workbook's input tables, each on its sheet at A1 (the example gives no origin). */
export function example(): RawTable[] {
  return exampleTables().map((t) => ({ ...t, origin: t.origin ?? { row: 1, column: 1 } }));
}

export function outputsOf(tables: readonly RawTable[]): OutputTable[] {
  const result = runModel(tables);
  if (!result.ok) throw new Error(`the workbook has errors: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return result.outputs;
}

const table = (name: string, headers: string[], rows: RawTable['rows']): RawTable => ({
  name,
  sheet: name,
  headers,
  rows,
  origin: { row: 1, column: 1 },
});

/**
 * A valid workbook with about `volumeRows` volume rows: customers × unit-priced services, a
 * keyed service, and deviations for a few customers. Outputs grow with customers × services.
 */
export function scaledWorkbook(volumeRows: number): RawTable[] {
  const customers = volumeRows <= 100 ? 5 : 100;
  const services = Math.max(1, Math.ceil(volumeRows / customers));
  const kund = (i: number) => `Kund ${String(i + 1).padStart(4, '0')}`;
  const tjanst = (j: number) => `Tjänst ${String(j + 1).padStart(4, '0')}`;
  const volumes: RawTable['rows'] = [];
  for (let j = 0; j < services; j++) {
    for (let i = 0; i < customers && volumes.length < volumeRows; i++) volumes.push([kund(i), tjanst(j), 1 + ((i * 7 + j * 13) % 50)]);
  }
  return [
    table('Nycklar', ['Kund', 'Kundtyp', 'Omsättning'], Array.from({ length: customers }, (_, i) => [kund(i), i % 3 === 0 ? 'Bolag' : 'Stadsdelsförvaltning', 100 + i])),
    table('Tjänster', ['Tjänst', 'Verksamhetsområde', 'Tjänstetyp', 'Prismodell', 'Nyckel', 'Enhet'], [
      ['Kassa', 'Ekonomi', 'Bastjänst', 'Fast', 'Omsättning', null],
      ...Array.from({ length: services }, (_, j) => [tjanst(j), j % 2 === 0 ? 'Ekonomi' : 'Lön', 'Bastjänst', 'Styck', null, 'st']),
    ]),
    table('Kostnader', ['Kostnadsobjekt', 'Belopp'], [['Kassa', 50_000], ...Array.from({ length: services }, (_, j) => [tjanst(j), 10_000 + 100 * j])]),
    table('Volymer', ['Kund', 'Tjänst', 'Volym'], volumes),
    table('Avvikelsetyper', ['Avvikelse', 'Tjänst', 'Kostnad per styck'], [
      ['Påminnelse', tjanst(0), 50],
      ['Makulering', tjanst(0), 120],
    ]),
    table('Avvikelser', ['Kund', 'Tjänst', 'Avvikelse', 'Antal'], [
      [kund(0), tjanst(0), 'Påminnelse', 3],
      [kund(1), tjanst(0), 'Makulering', 2],
      [kund(1), tjanst(0), 'Påminnelse', 1],
    ]),
  ];
}

/** The same tables with every cell equal to `from` replaced by `to` (a customer renamed everywhere). */
export function renameEverywhere(tables: readonly RawTable[], renames: Record<string, string>): RawTable[] {
  return tables.map((t) => ({ ...t, rows: t.rows.map((row) => row.map((v) => (typeof v === 'string' && v in renames ? renames[v]! : v))) }));
}

/** Each sheet's snapshot, by name. */
export function sheetSnapshots(excel: FakeExcel, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, excel.sheetSnapshot(n)]));
}

import type { CellValue, RawTable } from '../../../src/engine/cells';
import { decideVersion, runModel, type Decided } from '../../../src/engine';
import { renderMessage } from '../../../src/engine/messages/catalog';
import { DECISIONS_SHEET } from '../../../src/engine/versions/sheet';
import { table } from '../helpers';

/**
 * Two customers, two services, figures by hand:
 * - Kassa (Fast, Anställda 30 and 10): 1 000 kr → A 750, B 250; 25 kr per key unit.
 * - Lev (Styck): 2 000 kr over 150 + 50 = 200 invoices → 10,00 kr; A 1 500, B 500.
 */
export function workbook(change: { levPrice?: number; dropBLev?: boolean; addDirect?: boolean } = {}): RawTable[] {
  const services: CellValue[][] = [
    ['Kassa', 'Ekonomi', 'Bastjänst', 'Fast', 'Anställda', null, null, null],
    ['Lev', 'Ekonomi', 'Bastjänst', 'Styck', null, null, 'faktura', change.levPrice ?? null],
  ];
  const costs: CellValue[][] = [
    ['Kassa', 1000],
    ['Lev', 2000],
  ];
  if (change.addDirect) {
    services.push(['Rådgivning', 'Ekonomi', 'Uppdrag', 'Direkt', null, 'A', null, null]);
    costs.push(['Rådgivning', 300]);
  }
  return [
    table('Nycklar', ['Kund', 'Anställda'], [
      ['A', 30],
      ['B', 10],
    ]),
    table('Tjänster', ['Tjänst', 'Verksamhetsområde', 'Tjänstetyp', 'Prismodell', 'Nyckel', 'Betalare', 'Enhet', 'Fastställt pris'], services),
    table('Kostnader', ['Kostnadsobjekt', 'Belopp'], costs),
    table('Volymer', ['Kund', 'Tjänst', 'Volym'], change.dropBLev ? [['A', 'Lev', 150]] : [
      ['A', 'Lev', 150],
      ['B', 'Lev', 50],
    ]),
  ];
}


/** The workbook as it reads after the decided sheet was written: its table among the others. */
export function withDecisions(tables: RawTable[], decided: Decided): RawTable[] {
  const sheet: RawTable = {
    name: 'Beslutade_versioner',
    sheet: DECISIONS_SHEET,
    headers: decided.table.columns.map((c) => c.header),
    rows: decided.table.rows.map((r) => [...r]),
    origin: { row: 1, column: 1 },
  };
  return [...tables.filter((t) => t.name !== 'Beslutade_versioner'), sheet];
}

export function decide(tables: RawTable[], label: string, date = '2021-11-18'): Decided {
  const result = decideVersion(tables, runModel(tables), label, date);
  if (!result.ok) throw new Error(renderMessage(result.reason, 'sv'));
  return result;
}


import type { RawTable } from '../../../src/engine/cells';
import { miniWorkbook, table } from '../helpers';

/**
 * The mini workbook (figures worked by hand in test/engine/mini.test.ts) with last year's prices,
 * descriptions and a budget year: Lev 13,00 kr per faktura against 12,50 (+4,0 %), Kundres 125 kr
 * per tim against 130 (125 / 130 − 1 = −3,846 % → −3,8 %), Kassa 1 350 kr by Omsättning 1 000
 * (1,35 kr per enhet), Uppdrag paid whole by A.
 */
export function publishedMini(): RawTable[] {
  const extra: Record<string, [number | null, string | null, string | null]> = {
    Kassa: [null, 'Kassaflöde och likviditet för förvaltningar', null],
    Lev: [12.5, 'Leverantörsfakturor: skanning, kontering och attestflöde', 'Betalning i tid för 99 %'],
    Kundres: [130, 'Kundreskontra och påminnelser', null],
    Uppdrag: [null, null, null],
  };
  return miniWorkbook().map((t) => {
    if (t.name !== 'Tjänster') return t;
    return table('Tjänster', [...t.headers, 'Fjolårspris', 'Beskrivning', 'SLA'], t.rows.map((r) => [...r, ...(extra[r[0] as string] ?? [null, null, null])]));
  }).concat([table('Inställningar', ['Parameter', 'Värde'], [['Budgetår', 2022]])]);
}

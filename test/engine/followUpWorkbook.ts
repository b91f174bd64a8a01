import type { CellValue, RawTable } from '../../src/engine/cells';
import { table } from './helpers';

/**
 * Kassa (Fast by Anställda 30 : 60) 1 200, Lev (Styck, 320 invoices) 2 400, Uppdrag (Direkt to
 * A) 600, and 1 200 on the process Betalning spread by direct cost 1 200 : 2 400, i.e. Kassa
 * 400 and Lev 800. Full cost: Kassa 1 600, Lev 3 200 (price 10,00), Uppdrag 600.
 * Charges: Kassa A 533,33 -> 533, B 1 066,67 -> 1 067; Lev A 1 200, B 2 000; Uppdrag A 600.
 */
export function followUpWorkbook(actualRows: CellValue[][] = ACTUAL_COSTS): RawTable[] {
  return [
    table('Inställningar', ['Parameter', 'Värde'], [
      ['Budgetår', 2021],
      ['Uppföljning t.o.m.', 3],
    ]),
    table('Nycklar', ['Kund', 'Anställda'], [
      ['A', 30],
      ['B', 60],
    ]),
    table('Tjänster', ['Tjänst', 'Verksamhetsområde', 'Process', 'Tjänstetyp', 'Prismodell', 'Nyckel', 'Betalare'], [
      ['Kassa', 'Ekonomi', 'Betalning', 'Bastjänst', 'Fast', 'Anställda', null],
      ['Lev', 'Ekonomi', 'Betalning', 'Bastjänst', 'Styck', null, null],
      ['Uppdrag', 'Upphandling', null, 'Uppdrag', 'Direkt', null, 'A'],
    ]),
    table('Kostnader', ['Kostnadsobjekt', 'Belopp'], [
      ['Kassa', 1200],
      ['Lev', 2400],
      ['Uppdrag', 600],
      ['Betalning', 1200],
    ]),
    table('Volymer', ['Kund', 'Tjänst', 'Volym'], [
      ['A', 'Lev', 120],
      ['B', 'Lev', 200],
    ]),
    table('Utfall', ['Kostnadsobjekt', 'Månad', 'Belopp'], actualRows),
    table('Utfallsvolymer', ['Kund', 'Tjänst', 'Månad', 'Volym'], [
      ['A', 'Lev', 1, 10],
      ['A', 'Lev', 2, 10],
      ['A', 'Lev', '2021-03', 10],
      ['B', 'Lev', 'januari', 15],
      ['B', 'Lev', 2, 15],
      ['B', 'Lev', 3, 10],
    ]),
  ];
}

/** Kassa 350, Lev 750, Betalning 300 (spread 1 : 2 as its budget: Kassa 100, Lev 200), Uppdrag 200; April not yet closed. */
const ACTUAL_COSTS: CellValue[][] = [
  ['Kassa', 1, 100],
  ['Kassa', 2, 100],
  ['Kassa', 3, 150],
  ['Lev', 1, 250],
  ['Lev', 2, 250],
  ['Lev', 3, 250],
  ['Betalning', 2, 300],
  ['Uppdrag', 'februari', 200],
  ['Lev', 4, 999],
];


/**
 * followUpWorkbook's services with lower actual costs, March closed, Budget resten av året:
 * Kassa 300 + 1 600 · 9/12 = 1 500 against revenue 1 600: +100; Lev 600 + 2 400 = 3 000 against
 * 3 099: +99; Uppdrag 100 + 450 = 550 against 600: +50. The year's result +249; revenue 5 299.
 * Invoiced to date: Kassa A 135, B 267; Lev A 300, B 400; Uppdrag A 150.
 */
export const SURPLUS: CellValue[][] = [
  ['Kassa', 1, 100],
  ['Kassa', 2, 100],
  ['Kassa', 3, 100],
  ['Lev', 1, 200],
  ['Lev', 2, 200],
  ['Lev', 3, 200],
  ['Uppdrag', 2, 100],
];

/**
 * Fakturerat for January to March: Lev A 350 and B 400, Uppdrag A 150 and B 20 (Kassa nothing).
 * follow-up.test.ts's and follow-up-rules.test.ts's invoiced revenue.
 */
export const INVOICED_TO_MARCH: CellValue[][] = [
  ['A', 'Lev', 1, 100],
  ['A', 'Lev', 2, 100],
  ['A', 'Lev', 3, 150],
  ['B', 'Lev', 1, 150],
  ['B', 'Lev', 2, 150],
  ['B', 'Lev', 3, 100],
  ['A', 'Uppdrag', 1, 50],
  ['A', 'Uppdrag', 2, 50],
  ['A', 'Uppdrag', 3, 50],
  ['B', 'Uppdrag', 2, 20],
];

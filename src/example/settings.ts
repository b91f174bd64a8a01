import type { CellValue, RawTable } from '../engine/cells';
import type { PriceCapMethod, SettingName } from '../engine/schema';
import { contractHeaders, rawTable } from './table';

const SETTINGS: ReadonlyArray<readonly [SettingName, CellValue]> = [
  ['Budgetår', 2021],
  // Region Stockholm allows at most +1.5 % a year (4.3).
  ['Pristak', 0.015],
  ['Beloppsavrundning', 1],
  // Prices Minuter in Avvikelsetyper; about the full cost of an hour in Ekonomi and Lön.
  ['Timkostnad', 600],
  // The report's recommendation 4: a higher fee for whoever causes the extra work.
  ['Avvikelsemetod', 'Händelsekostnad'],
  ['Avvikelsevikt', 0.5],
  ['Tröskel', 0.05],
  // Phase-in: a customer's compared charges may move at most 10 % against last year's. Only
  // Fastighetskontoret (+12.3 %) is held; the other customers of its services carry the 54 202 kr.
  ['Övergångstak', 0.1],
  // Common pools that serve each other are solved exactly; the example has one pool only.
  ['Poolmetod', 'Ömsesidig'],
  // Spårning is written whatever its length (3 308 rows here; left blank it is written up to 100 000).
  ['Spårning', 'Ja'],
  // The year followed to the end of June (Utfall, Utfallsvolymer, Utfallsavvikelser: src/example/actuals.ts).
  ['Uppföljning t.o.m.', 6],
  ['Prognosmetod', 'Budget resten av året'],
  // The cap flags the services above it (Över pristak); `example --pristaksmetod Begränsa`
  // writes the example charging them at the cap instead (settingsTable). Last, so the rows
  // above keep their places.
  ['Pristaksmetod', 'Flagga'],
  // The result fund: 5 MSEK brought in, at most 1 % of the year's revenue kept (2,6 MSEK), the rest
  // returned to the customers (Slutavräkning) under the self-cost principle.
  ['Resultatfond IB', 5_000_000],
  ['Resultatfondstak', 0.01],
  ['Avräkning', 'Över tak'],
  // Blank: Versionsjämförelse, once a version is decided, compares with the latest. New settings go last, so the rows above keep their places.
  ['Jämför med version', null],
  // The city's companies are legal entities of their own: their invoice lines bear VAT (the default, written out).
  ['Momspliktiga kundtyper', 'Bolag'],
];

/** Inställningar; `capMethod` is the example's Pristaksmetod (Flagga unless asked). */
export function settingsTable(capMethod: PriceCapMethod = 'Flagga'): RawTable {
  return rawTable(
    'Inställningar',
    contractHeaders('Inställningar'),
    SETTINGS.map(([parameter, value]) => ({ Parameter: parameter, Värde: parameter === 'Pristaksmetod' ? capMethod : value })),
  );
}

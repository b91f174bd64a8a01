import type { RawTable } from '../engine/cells';
import { contractHeaders, rawTable } from './table';

const CUSTOMER = 'Södermalm stadsdelsförvaltning';

/**
 * What Södermalm was invoiced last year, service by service: the comparison the report's
 * customer dialogue (chapter 10) needs. The report has no invoice figures, so these are made up
 * to be plausible and are the example's own: the unit-priced services' amounts are last year's
 * price × last year's volume (as in Tjänster and Volymer) plus last year's deviation charges, the
 * keyed services' amounts 1–4 % below this year's. Without them Kundbesked compared Kundreskontra
 * (+46 %) and Tilläggshantering lön (+56 %) with price × volume alone, rises that are last
 * year's deviation charges missing from the base, and could not compare the keyed services at
 * all. Only Södermalm is here: the other customers are compared by price × volume, as before.
 */
const AMOUNTS: readonly [service: string, amount: number, deviations?: number][] = [
  ['Leverantörsreskontra', 1_531_110 + 75_000, 75_000],
  ['Kundreskontra', 1_168_920 + 480_000, 480_000],
  ['Hyresadministration', 928_512],
  ['Kassa och bank', 283_000],
  ['Systemförvaltning ekonomi', 566_000],
  ['Avgiftsadministration', 640_000],
  ['Utökad hyresadministration', 303_450],
  ['Lön bastjänst', 2_123_736],
  ['Tilläggshantering lön', 570_500 + 300_000, 300_000],
  ['Hedersbelöningar', 207_060],
  ['Systemadministration lön', 75_900],
  ['Utbildning lön', 13_750],
  ['Äldre direkt', 3_090_000],
  ['Funktionshinder', 551_000],
  ['Förskola/skola', 985_000],
  ['Stockholm Direkt', 188_000],
  ['Förskola/skola tilläggstjänst', 348_610],
  ['E-handel', 530_000],
  ['Upphandlingstjänster', 603_500],
  ['Anslutning av lokala avtal', 343_200],
  ['Utbildning e-handel och inköp', 27_000],
  ['Lokalplaneringsstöd', 959_200],
  ['Utbildning lokalfrågor', 33_000],
  ['Rekrytering medarbetare', 576_000],
  ['Chefsrekrytering', 132_000],
];

export function lastYearAmountsTable(): RawTable {
  return rawTable(
    'Fjolårsbelopp',
    contractHeaders('Fjolårsbelopp'),
    AMOUNTS.map(([service, amount, deviations]) => ({ Kund: CUSTOMER, Tjänst: service, Belopp: amount, 'Varav avvikelser': deviations })),
  );
}

import type { RawTable } from '../engine/cells';
import { DIRECT_COST_DRIVER } from '../engine/schema';
import { AREA, COMMON_POOL, FTE_DRIVER } from './areas';
import { contractHeaders, rawTable } from './table';

/** Kostnadsobjekt, Kostnadsslag, Belopp (kr), Fördelas efter (for rows not on a service). */
type CostRow = readonly [string, string, number, string?];

// Budget 2021. Each area's full cost (its rows plus its share of the pool by FTE) is the
// report's revenue for the area, since a self-cost model recovers exactly its cost:
//   Ekonomi 79.30, Lön och pension 52.60, Kontaktcenter 52.20, Upphandling och inköp 47.00,
//   Lokalplanering 11.80, Rekrytering 14.00 MSEK; 256.9 MSEK in all (SF 2020: 259.2, 2.4).
// The areas' own rows (Ekonomi 65.1, Lön 42.9, Kontaktcenter 40.0 MSEK) sit close to the
// report's 2020 costs without premises and IT (63.7, 42.7, 41.3: 6.2, 7.2, 8.2).
// Direct rows are rounded to thousands, so full costs land within 500 kr of the targets.

/** Premises, IT and management, booked centrally (2.4), spread over every service by FTE. */
const COMMON: readonly CostRow[] = [
  [COMMON_POOL, 'Lokaler', 18_000_000, FTE_DRIVER],
  [COMMON_POOL, 'IT', 20_000_000, FTE_DRIVER],
  [COMMON_POOL, 'Personal', 10_000_000, FTE_DRIVER],
];

/** Area and process rows: management and shared systems of one area. */
const SHARED: readonly CostRow[] = [
  [AREA.ekonomi, 'Personal', 3_200_000, FTE_DRIVER],
  ['Reskontra', 'System', 2_400_000, FTE_DRIVER],
  [AREA.lon, 'Personal', 2_600_000, FTE_DRIVER],
  ['Löneadministration', 'System', 1_500_000, FTE_DRIVER],
  [AREA.kontaktcenter, 'System', 3_000_000, FTE_DRIVER],
  [AREA.upphandling, 'Personal', 1_800_000, DIRECT_COST_DRIVER],
  [AREA.rekrytering, 'Övrigt', 600_000, FTE_DRIVER],
];

/** Rows on the services: staff, and the services' own systems. */
const DIRECT: readonly CostRow[] = [
  // Ekonomi: target full costs Leverantörsreskontra 23.4, Kundreskontra 17.6,
  // Hyresadministration 9.4 (50.4, 6.1); Kassa och bank 5.4, Systemförvaltning 9.7,
  // Avgiftsadministration 6.2 (21.3); add-ons 4.6 + 1.4 + package 1.6 (7.6).
  ['Leverantörsreskontra', 'Personal', 15_719_000],
  ['Leverantörsreskontra', 'System', 1_200_000],
  ['Kundreskontra', 'Personal', 12_739_000],
  ['Hyresadministration', 'Personal', 7_093_000],
  ['Hyresadministration', 'System', 300_000],
  ['Kassa och bank', 'Personal', 4_305_000],
  ['Systemförvaltning ekonomi', 'Personal', 5_558_000],
  ['Systemförvaltning ekonomi', 'System', 2_500_000],
  ['Avgiftsadministration', 'Personal', 4_340_000],
  ['Avgiftsadministration', 'System', 400_000],
  ['Löpande redovisning', 'Personal', 3_323_000],
  ['Utökad hyresadministration', 'Personal', 973_000],
  ['Ekonomipaket bolag', 'Personal', 1_053_000],
  // Lön och pension (7.3): Lön bastjänst 34.70 (= 53.50 × 648 600), Tilläggshantering 13.0 +
  // Hedersbelöningar 3.6 (16.6), add-ons 0.8 + 0.5 (1.3).
  ['Lön bastjänst', 'Personal', 25_276_000],
  ['Lön bastjänst', 'System', 900_000],
  ['Tilläggshantering lön', 'Personal', 9_590_000],
  ['Hedersbelöningar', 'Personal', 2_321_000],
  ['Systemadministration lön', 'Personal', 422_000],
  ['Utbildning lön', 'Personal', 311_000],
  // Kontaktcenter (Figure 20): Äldre direkt 14.87, Funktionshinder 3.99, Förskola/skola 9.38,
  // E-tjänstsupport 0.80, Stockholm Direkt 1.79; add-ons 4.3, 3.0, 3.3, 2.0, 2.0, 4.5, 2.27.
  ['Äldre direkt', 'Personal', 10_604_000],
  ['Funktionshinder', 'Personal', 2_877_000],
  ['Förskola/skola', 'Personal', 6_598_000],
  ['E-tjänstsupport', 'Personal', 522_000],
  ['Stockholm Direkt', 'Personal', 1_234_000],
  ['Förskola/skola tilläggstjänst', 'Personal', 3_002_000],
  ['Godman, överförmyndare', 'Personal', 2_073_000],
  ['Webb och kommunikation', 'Personal', 2_373_000],
  ['Support vårdnadshavare skolplattformen', 'Personal', 1_444_000],
  ['Parkering rörelsehindrade', 'Personal', 1_444_000],
  ['Boendeparkering', 'Personal', 3_202_000],
  ['Övriga tilläggstjänster KC', 'Personal', 1_621_000],
  // Upphandling och inköp (9.1): central procurement 23.0, e-commerce 9.0, procurement services
  // 9.2 (~20 % of revenue), contract database 0.32, connection 4.88, training 0.6.
  ['Central upphandling och avtalsförvaltning', 'Personal', 18_535_000],
  ['E-handel', 'Personal', 5_809_000],
  ['E-handel', 'System', 1_500_000],
  ['Upphandlingstjänster', 'Personal', 7_215_000],
  ['Avtalsdatabas', 'Personal', 234_000],
  ['Anslutning av lokala avtal', 'Personal', 3_804_000],
  ['Utbildning e-handel och inköp', 'Personal', 359_000],
  // Lokalplanering (9.2): planning support 9.9, LOIS 1.5, training 0.4.
  ['Lokalplaneringsstöd', 'Personal', 8_336_000],
  ['LOIS systemförvaltning', 'Personal', 602_000],
  ['LOIS systemförvaltning', 'System', 600_000],
  ['Utbildning lokalfrågor', 'Personal', 326_000],
  // Rekrytering (9.3): recruitments 10.45, manager recruitments 3.3, references 0.25.
  ['Rekrytering medarbetare', 'Personal', 8_372_000],
  ['Chefsrekrytering', 'Personal', 2_639_000],
  ['Referenstagning', 'Personal', 156_000],
];

export function costsTable(): RawTable {
  return rawTable(
    'Kostnader',
    contractHeaders('Kostnader'),
    [...DIRECT, ...SHARED, ...COMMON].map(([object, kind, amount, driver]) => ({
      Kostnadsobjekt: object,
      Kostnadsslag: kind,
      Belopp: amount,
      'Fördelas efter': driver,
    })),
  );
}

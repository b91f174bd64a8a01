import type { RawTable } from '../engine/cells';
import { contractHeaders, rawTable } from './table';

/**
 * Ekonomi's staircase for the companies (6.1): a yearly price per volume band. The volume is
 * the company's invoices a year (volumes/ekonomi.ts). Bands touch: each starts where the
 * previous ends (a volume on a boundary would be ambiguous; none of the example's is), the
 * last has no ceiling. The eight companies pay 1.64 MSEK against a cost of 1.60: the
 * self-cost check shows the package's small over-recovery. Prices are not in the report.
 */
const BANDS: ReadonlyArray<readonly [from: number, to: number | null, price: number]> = [
  [0, 10_000, 120_000],
  [10_000, 25_000, 180_000],
  [25_000, 50_000, 240_000],
  [50_000, null, 320_000],
];

export function packagesTable(): RawTable {
  return rawTable(
    'Paket',
    contractHeaders('Paket'),
    BANDS.map(([from, to, price]) => ({ Tjänst: 'Ekonomipaket bolag', 'Från volym': from, 'Till volym': to, Pris: price })),
  );
}

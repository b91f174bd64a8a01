import type { CellValue, RawTable } from '../engine/cells';
import { AREA } from './areas';
import { contractHeaders, rawTable } from './table';

/** The example follows the year to the end of June (Inställningar: Uppföljning t.o.m. 6). */
export const CLOSED_MONTHS = 6;

/**
 * Volumes run a few per cent under budget in Ekonomi and Lön, as the report describes (2.4,
 * "vikande volymer"); the other areas' as budgeted.
 */
const VOLUME_PACE = new Map<string, number>([
  [AREA.ekonomi, 0.96],
  [AREA.lon, 0.97],
]);

/** One cost overrun: Systemförvaltning ekonomi's system costs twice the budget from April (an upgrade). */
const OVERRUN = { object: 'Systemförvaltning ekonomi', costType: 'System', from: 4, factor: 2 };

const column = (t: RawTable, header: string) => t.headers.indexOf(header);

/**
 * Month `month`'s whole part of a yearly figure spread evenly: the rounded running total less the
 * month before's, so the months to date sum to the rounded share of the year (a service of 6 a
 * year has 3 by June, not 6 twelfths each rounded up).
 */
function monthPart(yearly: number, month: number): number {
  return Math.round((yearly * month) / 12) - Math.round((yearly * (month - 1)) / 12);
}

/** Utfall: every Kostnader row booked a twelfth a month (monthPart, whole kronor), with the one overrun. */
export function actualCostsTable(costs: RawTable): RawTable {
  const [object, type, amount] = ['Kostnadsobjekt', 'Kostnadsslag', 'Belopp'].map((h) => column(costs, h)) as [number, number, number];
  const rows: Record<string, CellValue>[] = [];
  for (let month = 1; month <= CLOSED_MONTHS; month++) {
    for (const r of costs.rows) {
      const overrun = r[object] === OVERRUN.object && r[type] === OVERRUN.costType && month >= OVERRUN.from;
      const monthly = monthPart(r[amount] as number, month) * (overrun ? OVERRUN.factor : 1);
      rows.push({ Kostnadsobjekt: r[object] as string, Kostnadsslag: r[type] as string, Månad: `2021-${String(month).padStart(2, '0')}`, Belopp: monthly });
    }
  }
  return rawTable('Utfall', contractHeaders('Utfall'), rows);
}

/** Utfallsvolymer: every Volymer row a twelfth a month at its area's pace, whole units. */
export function actualVolumesTable(volumes: RawTable, services: RawTable): RawTable {
  const areaOf = serviceAreas(services);
  const [customer, service, volume] = ['Kund', 'Tjänst', 'Volym'].map((h) => column(volumes, h)) as [number, number, number];
  const rows: Record<string, CellValue>[] = [];
  for (let month = 1; month <= CLOSED_MONTHS; month++) {
    for (const r of volumes.rows) {
      const pace = VOLUME_PACE.get(areaOf.get(r[service] as string) ?? '') ?? 1;
      rows.push({ Kund: r[customer] as string, Tjänst: r[service] as string, Månad: month, Volym: monthPart((r[volume] as number) * pace, month) });
    }
  }
  return rawTable('Utfallsvolymer', contractHeaders('Utfallsvolymer'), rows);
}

/** Utfallsavvikelser: every Avvikelser row a twelfth a month, whole events. */
export function actualDeviationsTable(deviations: RawTable): RawTable {
  const [customer, service, type, count] = ['Kund', 'Tjänst', 'Avvikelse', 'Antal'].map((h) => column(deviations, h)) as [number, number, number, number];
  const rows: Record<string, CellValue>[] = [];
  for (let month = 1; month <= CLOSED_MONTHS; month++) {
    for (const r of deviations.rows) {
      rows.push({ Kund: r[customer] as string, Tjänst: r[service] as string, Avvikelse: r[type] as string, Månad: month, Antal: monthPart(r[count] as number, month) });
    }
  }
  return rawTable('Utfallsavvikelser', contractHeaders('Utfallsavvikelser'), rows);
}

function serviceAreas(services: RawTable): Map<string, string> {
  const [service, area] = [column(services, 'Tjänst'), column(services, 'Verksamhetsområde')];
  return new Map(services.rows.map((r) => [r[service] as string, r[area] as string]));
}

/** Fakturerat, empty: the example's revenue to date is worked out from its actuals (an empty table counts as not given). */
export function invoicedTable(): RawTable {
  return rawTable('Fakturerat', contractHeaders('Fakturerat'), []);
}

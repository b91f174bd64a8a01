import type { OutputTable } from '../../engine/output';
import { textMatcher } from '../keyFigures/keyFigures';
import { numberOf, rowsOf, textOf } from '../summary/outputs';
import { byName, sheetRowAddress, sortedBy, type SortDirection } from './sheetRows';

/** A service as the pane's price list shows it: its price, or for a keyed service its price per key unit, and its amount. */
export interface PriceListLine {
  area: string;
  service: string;
  model: string;
  unit: string;
  /** The allocation key of a Fast or Blandad service. */
  key: string | null;
  /** The unit price (Styck, Tim, Blandad's rörliga del). */
  price: number | null;
  /** A keyed service's keyed amount per unit of its key (Pris per nyckelenhet). */
  perKeyUnit: number | null;
  /** Självkostnad and Intäkt, whole kronor. */
  selfCost: number;
  revenue: number;
  change: number | null;
  overCap: boolean;
  /** The unit price before Pristaksmetod Begränsa held it at the cap (price is then the cap); null when it did not. */
  uncappedPrice: number | null;
  /** Avtalat belopp: the agreed sum a Fast or Direkt service charges; null without one. */
  agreedAmount: number | null;
  /** Att finansiera: what a decided price, agreed sum or the cap leaves uncovered; null when nothing. */
  toFinance: number | null;
  /** Its row on the Prislista sheet, for "select it in Excel". */
  address: string;
}

export type PriceListSort = 'order' | 'service' | 'selfCost' | 'change';

/** Prislista's rows as the pane's lines, in Tjänster order. */
export function priceListLines(outputs: readonly OutputTable[]): PriceListLine[] {
  const table = outputs.find((o) => o.name === 'Prislista');
  if (!table) return [];
  return rowsOf(outputs, 'Prislista').map((r, i) => ({
    area: textOf(r, 'Verksamhetsområde'),
    service: textOf(r, 'Tjänst'),
    model: textOf(r, 'Prismodell'),
    unit: textOf(r, 'Enhet'),
    key: textOf(r, 'Nyckel') || null,
    price: numberOf(r, 'Pris'),
    perKeyUnit: numberOf(r, 'Pris per nyckelenhet'),
    selfCost: numberOf(r, 'Självkostnad') ?? 0,
    revenue: numberOf(r, 'Intäkt') ?? 0,
    change: numberOf(r, 'Förändring'),
    overCap: r['Över pristak'] === 'Ja',
    uncappedPrice: numberOf(r, 'Pris före tak'),
    agreedAmount: numberOf(r, 'Avtalat belopp'),
    toFinance: numberOf(r, 'Att finansiera'),
    address: sheetRowAddress('Prislista', i, table.columns.length),
  }));
}

/**
 * The lines whose service, area or model has every word of `text`, sorted: in Tjänster order,
 * by service name, by self-cost or by change on last year (lines without a change last either way).
 */
export function shownPriceLines(lines: readonly PriceListLine[], text: string, sort: PriceListSort, direction: SortDirection): PriceListLine[] {
  const matches = textMatcher(text);
  const kept = lines.filter((l) => matches(`${l.service} ${l.area} ${l.model}`));
  switch (sort) {
    case 'order':
      return direction === 'ascending' ? kept : [...kept].reverse();
    case 'service':
      return sortedBy(kept, (a, b) => byName(a.service, b.service), direction);
    case 'selfCost':
      return sortedBy(kept, (a, b) => a.selfCost - b.selfCost, direction);
    case 'change': {
      const known = kept.filter((l) => l.change !== null);
      return [...sortedBy(known, (a, b) => a.change! - b.change!, direction), ...kept.filter((l) => l.change === null)];
    }
  }
}

import type { OutputTable } from '../../engine/output';
import { numberOf, rowsOf, textOf, type Row } from '../summary/outputs';

/** An area's (or the whole organisation's) revenue and the two shares the report follows. */
export interface AreaFigures {
  area: string;
  revenue: number;
  /** Andel nycklade priser (recommendation 1); null when the area has no revenue. */
  keyedShare: number | null;
  /** Andel avvikelsepåslag (recommendation 4); null when the area has no revenue. */
  surchargeShare: number | null;
}

export interface ServiceFigures {
  area: string;
  service: string;
  costPerUnit: number;
  /** "kr/faktura", as Nyckeltal's Enhet. */
  unit: string;
  /** Kostnadsförändring mot fjolårspris; null without a Fjolårspris. */
  change: number | null;
}

export interface CustomerFigures {
  customer: string;
  total: number;
  /** Avgift per anställd; null without the key Anställda. */
  perEmployee: number | null;
  /** Avgift som andel av omsättning; null without the key Omsättning. */
  turnoverShare: number | null;
}

/** Nyckeltal as the pane shows it: areas, the whole, services and customers. */
export interface KeyFigures {
  areas: AreaFigures[];
  /** The Totalt row; null when the table has none. */
  total: AreaFigures | null;
  services: ServiceFigures[];
  customers: CustomerFigures[];
}

/** Reads the long Nyckeltal table (Nivå | Verksamhetsområde | Namn | Nyckeltal | Kronor | Procent | Enhet). */
export function keyFigures(outputs: readonly OutputTable[]): KeyFigures {
  const rows = rowsOf(outputs, 'Nyckeltal');
  const level = (name: string) => rows.filter((r) => r['Nivå'] === name);
  const byName = (list: Row[]) => {
    const groups = new Map<string, Row[]>();
    for (const r of list) {
      const name = textOf(r, 'Namn');
      groups.set(name, [...(groups.get(name) ?? []), r]);
    }
    return groups;
  };
  const figure = (group: Row[], name: string, column: 'Kronor' | 'Procent') => numberOf(group.find((r) => r['Nyckeltal'] === name), column);
  const area = (name: string, group: Row[]): AreaFigures => ({
    area: name,
    revenue: figure(group, 'Intäkt', 'Kronor') ?? 0,
    keyedShare: figure(group, 'Andel nycklade priser', 'Procent'),
    surchargeShare: figure(group, 'Andel avvikelsepåslag', 'Procent'),
  });

  const totalGroup = level('Totalt');
  return {
    areas: [...byName(level('Verksamhetsområde'))].map(([name, group]) => area(name, group)),
    total: totalGroup.length > 0 ? area('Totalt', totalGroup) : null,
    services: [...byName(level('Tjänst'))].flatMap(([service, group]) => {
      const cost = group.find((r) => r['Nyckeltal'] === 'Kostnad per enhet');
      const costPerUnit = numberOf(cost, 'Kronor');
      if (costPerUnit === null) return [];
      return [{ area: textOf(cost, 'Verksamhetsområde'), service, costPerUnit, unit: textOf(cost, 'Enhet'), change: figure(group, 'Kostnadsförändring mot fjolårspris', 'Procent') }];
    }),
    customers: [...byName(level('Kund'))].map(([customer, group]) => ({
      customer,
      total: figure(group, 'Avgift totalt', 'Kronor') ?? 0,
      perEmployee: figure(group, 'Avgift per anställd', 'Kronor'),
      turnoverShare: figure(group, 'Avgift som andel av omsättning', 'Procent'),
    })),
  };
}

export interface KeyFigureFilter {
  /** One area, or null for all. */
  area: string | null;
  /** Words a service's or customer's name must contain (case and accents ignored). */
  text: string;
}

/** The figures the filter keeps: areas by area, services by area and name, customers by name. */
export function filterKeyFigures(figures: KeyFigures, filter: KeyFigureFilter): KeyFigures {
  const matches = textMatcher(filter.text);
  const inArea = (area: string) => filter.area === null || area === filter.area;
  return {
    areas: figures.areas.filter((a) => inArea(a.area)),
    total: filter.area === null ? figures.total : null,
    services: figures.services.filter((s) => inArea(s.area) && matches(s.service)),
    customers: figures.customers.filter((c) => matches(c.customer)),
  };
}

/** Every word of the query somewhere in the name; case and accents (å, ä, ö, é) ignored. */
export function textMatcher(query: string): (name: string) => boolean {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('sv-SE');
  const words = fold(query).split(/\s+/).filter(Boolean);
  return (name) => {
    const folded = fold(name);
    return words.every((w) => folded.includes(w));
  };
}

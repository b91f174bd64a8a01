import type { DeviationType } from './model';
import { normalizeName } from './schema';

/**
 * Output column headers made from the user's names (deviation types, scenarios, areas), so that
 * the reader can check them against Excel's rules for a table's column names before anything is
 * written, and the outputs make them the same way.
 */

/** Excel's longest table column name, in characters. */
export const MAX_HEADER_LENGTH = 255;

/** The columns of each output that do not come from a name, which a name must not repeat. */
export const FIXED_HEADERS = {
  Avvikelsepivot: ['Kund', 'Totalt'],
  Kundsammanställning: ['Kund', 'Kundtyp', 'Avvikelsepåslag', 'Totalt', 'Fjolår', 'Mot i fjol'],
  Scenariojämförelse: ['Kund', 'Bas'],
  Scenariopriser: ['Verksamhetsområde', 'Tjänst', 'Enhet', 'Prismodell', 'Nyckel', 'Pris', 'Pris per nyckelenhet', 'Intäkt', 'Volym', 'Delande kunder'],
} as const;

/** Scenariojämförelse's columns of scenario `name`; "över tröskel" only when Tröskel is set. */
export function scenarioComparisonHeaders(name: string, threshold: boolean): string[] {
  const headers = [name, `${name} förändring kr`, `${name} förändring %`];
  if (threshold) headers.push(`${name} över tröskel`);
  return headers;
}

/** Scenariopriser's columns of scenario `name`. */
export function scenarioPriceHeaders(name: string): string[] {
  return [`${name} prismodell`, `${name} nyckel`, `${name} pris`, `${name} pris per nyckelenhet`, `${name} intäkt`, `${name} volym`, `${name} delande kunder`];
}

export interface DeviationColumn {
  header: string;
  service: string;
  type: string;
}

/**
 * Avvikelsepivot's deviation columns, in Avvikelsetyper's order of services and types. A type
 * name used by several services (matched as names are: "Påminnelse" and "påminnelse" are one
 * name) gets a column per service, "Påminnelse (Kundreskontra)".
 */
export function deviationColumns(types: ReadonlyMap<string, ReadonlyMap<string, DeviationType>>): DeviationColumn[] {
  const services = new Map<string, number>();
  for (const perService of types.values()) {
    for (const name of perService.keys()) services.set(normalizeName(name), (services.get(normalizeName(name)) ?? 0) + 1);
  }
  const columns: DeviationColumn[] = [];
  for (const [service, perService] of types) {
    for (const name of perService.keys()) {
      const shared = (services.get(normalizeName(name)) ?? 0) > 1;
      columns.push({ header: shared ? `${name} (${service})` : name, service, type: name });
    }
  }
  return columns;
}

import type { Dec } from '../decimal';
import type { Customer, SharerTypes } from '../model';
import { msg } from '../messages/catalog';
import { names } from '../messages/wording';
import { cleanName } from '../names';
import { ALL_CUSTOMERS, normalizeName } from '../schema';
import { shown } from './numberRules';
import type { Row } from './tableReader';

/** The largest Volymfaktor: ten times this year's volumes is already beyond any plan. */
const MAX_VOLUME_FACTOR = 10;

/**
 * Four decimals keep a scaled volume exact: a volume of 15 significant digits times a factor of
 * at most 6 (10,0000) has at most 21, and times a price rounded to its step it stays within the
 * engine's 40 digits (decimal.ts), so no charge is rounded before its named point.
 */
const VOLUME_FACTOR_DECIMALS = 4;

/**
 * Scenarier's Kundtyper: a comma (or semicolon) list of customer types of Nycklar, or Alla.
 * Empty is null (unchanged). A type no customer has, or Alla mixed with types, is an error on
 * the cell; the list is then not used (undefined).
 */
export function readSharerTypes(row: Row, customers: readonly Customer[]): SharerTypes | null | undefined {
  const text = row.text('Kundtyper');
  if (text === null) return null;
  const written = text.split(/[,;]/).map(cleanName).filter((t) => t !== '');
  if (written.length === 0) return null;
  const all = written.filter((t) => normalizeName(t) === normalizeName(ALL_CUSTOMERS));
  if (all.length > 0) {
    if (all.length === written.length) return ALL_CUSTOMERS;
    row.report.error('scenario-all-with-types', row.place('Kundtyper'), msg('scenarioAllWithTypes', { at: row.place('Kundtyper'), text }));
    return undefined;
  }
  const known = new Map<string, string>();
  for (const c of customers) if (c.type !== null && !known.has(normalizeName(c.type))) known.set(normalizeName(c.type), c.type);
  const types: string[] = [];
  let ok = true;
  for (const t of written) {
    const type = known.get(normalizeName(t));
    if (type === undefined) {
      row.report.error('unknown-customer-type', row.place('Kundtyper'), msg('scenarioUnknownCustomerType', { at: row.place('Kundtyper'), type: t, known: names([...known.values()]) }));
      ok = false;
    } else if (!types.includes(type)) {
      types.push(type);
    }
  }
  return ok ? types : undefined;
}

/**
 * Scenarier's Volymfaktor: 0 < f ≤ 10 with at most four decimals. Empty is null (unchanged);
 * a value outside is an error on the cell and undefined.
 */
export function readVolumeFactor(row: Row): Dec | null | undefined {
  if (row.isEmpty('Volymfaktor')) return null;
  const factor = row.number('Volymfaktor');
  if (factor === null) return undefined;
  const at = row.place('Volymfaktor');
  const value = shown(factor);
  if (!factor.gt(0)) {
    row.report.error('volume-factor-out-of-range', at, msg('scenarioVolumeFactorNotPositive', { at, value }));
    return undefined;
  }
  if (factor.gt(MAX_VOLUME_FACTOR)) {
    row.report.error('volume-factor-out-of-range', at, msg('scenarioVolumeFactorTooLarge', { at, value }));
    return undefined;
  }
  if (factor.decimalPlaces() > VOLUME_FACTOR_DECIMALS) {
    row.report.error('volume-factor-decimals', at, msg('scenarioVolumeFactorDecimals', { at, value }));
    return undefined;
  }
  return factor;
}

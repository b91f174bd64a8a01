import type { Wording } from './wording';

/**
 * A service's price step as a message names it: its amount (Swedish format), whether the
 * Prissteg cell gave it or the default did, and the cell's address.
 */
export interface PriceStep {
  readonly step: string;
  readonly given: boolean;
  readonly cell: string | null;
}

/** "prissteget 10 kr (Tjänster!J3)", or "standardprissteget 0,01 kr (kolumnen Prissteg är tom)". */
export function priceStepText(s: PriceStep, w: Wording): string {
  if (w.lang === 'sv') {
    if (!s.given) return `standardprissteget ${s.step} kr (kolumnen Prissteg är tom)`;
    return `prissteget ${s.step} kr${s.cell ? ` (${s.cell})` : ''}`;
  }
  if (!s.given) return `the default price step of ${s.step} kr (the column Prissteg is empty)`;
  return `the price step of ${s.step} kr${s.cell ? ` (${s.cell})` : ''}`;
}

/**
 * The unit a service's volume is counted in: the workbook's Enhet when given (as written),
 * else hours for Tim and pieces for the other models.
 */
export interface VolumeUnit {
  readonly unit: string | null;
  readonly hourly: boolean;
}

/** After a number: "12 tim", "12 st" / "12 h", "12 pcs"; the workbook's own unit as written. */
export function unitAfterNumber(u: VolumeUnit, w: Wording): string {
  if (u.unit !== null) return u.unit;
  if (w.lang === 'sv') return u.hourly ? 'tim' : 'st';
  return u.hourly ? 'h' : 'pcs';
}

/** After "per": "per timme", "per styck" / "per hour", "per piece"; the workbook's own unit as written. */
export function unitAfterPer(u: VolumeUnit, w: Wording): string {
  if (u.unit !== null) return u.unit;
  if (w.lang === 'sv') return u.hourly ? 'timme' : 'styck';
  return u.hourly ? 'hour' : 'piece';
}

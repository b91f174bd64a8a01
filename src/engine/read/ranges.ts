import type { NumberRules } from './numberRules';

/**
 * The documented range of every input number (docs/arbetsbok.md, "Ranges of the input
 * numbers"), chosen so that nothing the engine forms from values inside them leaves its exact
 * range: rounded amounts are whole numbers of Beloppsavrundning below 2^53 ≈ 9·10^15 (money.ts),
 * everything before rounding is decimal.js at 40 significant digits (decimal.ts).
 */

/** The largest sum of kronor a workbook may form from its inputs (the sums' limits, calc/amountLimits.ts). */
export const AMOUNT_LIMIT = 1e13;

/** Below this size a number other than 0 is taken for a mistake: no value of the contract is meant that small. */
const SMALLEST = 1e-6;

/** Belopp in Kostnader: kronor, negative allowed. */
export const AMOUNT: NumberRules = { below: AMOUNT_LIMIT, smallest: SMALLEST };
/** Avtalat belopp in Tjänster: a yearly sum in kronor, never negative. */
export const AGREED_AMOUNT: NumberRules = { min: 0, below: AMOUNT_LIMIT, smallest: SMALLEST };
/** Volym, Fjolårsvolym, Antal, key values, drivers, package band limits. */
export const QUANTITY: NumberRules = { min: 0, below: 1e12, smallest: SMALLEST };
/** Prices and standard costs per unit: Fastställt pris, Fjolårspris, Paket Pris, Kostnad per styck. */
export const UNIT_PRICE: NumberRules = { min: 0, below: 1e9, smallest: SMALLEST };
/** Shares and weights: Fast andel, Vikt, Andel (Månadsprofil, Poolutbyte), Avvikelsevikt. */
export const SHARE: NumberRules = { min: 0, max: 1 };
/** Minuter per deviation event. */
export const MINUTES: NumberRules = { min: 0, below: 1e6, smallest: SMALLEST };
/** Timkostnad, kronor per hour. */
export const HOURLY_COST: NumberRules = { min: 0, below: 1e6, smallest: SMALLEST };
/** Prissteg. */
export const PRICE_STEP: NumberRules = { min: 0.0001, max: 1e6 };
/** Beloppsavrundning: from one öre to a million kronor. */
export const AMOUNT_STEP: NumberRules = { min: 0.01, max: 1e6 };
/** Pristak, Tröskel, Övergångstak: fractions (0.015 = 1,5 %) up to 1 000 %. */
export const CHANGE_FRACTION: NumberRules = { min: 0, max: 10 };
/** Resultatfondstak: kronor (1 or more), or below 1 a fraction of the year's revenue; not negative. */
export const FUND_CAP: NumberRules = { min: 0, below: AMOUNT_LIMIT, smallest: SMALLEST };

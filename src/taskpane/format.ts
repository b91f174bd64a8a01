/** Swedish number formats for the pane, in both languages: amounts are kronor either way. */
const whole = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const price = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const plain = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 4 });
const percent = new Intl.NumberFormat('sv-SE', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 2 });
const signedPercent = new Intl.NumberFormat('sv-SE', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
const signedWhole = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0, signDisplay: 'exceptZero' });

/** Whole kronor: "1 234 567 kr". */
export const kr = (value: number): string => `${whole.format(value)} kr`;
/** A signed change in whole kronor: "+12 345 kr", "−678 kr". */
export const krChange = (value: number): string => `${signedWhole.format(value)} kr`;
/** A unit price: "15,03 kr". */
export const unitPrice = (value: number): string => `${price.format(value)} kr`;
/** A figure with two decimals: "15,03". */
export const decimal2 = (value: number): string => price.format(value);
/** A fraction as a percentage: 0.015 -> "1,5 %". */
export const pct = (fraction: number): string => percent.format(fraction);
/** A signed change as a percentage: "+2,8 %". */
export const pctChange = (fraction: number): string => signedPercent.format(fraction);
/** A plain number: "0,5", "1 500". */
export const num = (value: number): string => plain.format(value);
const millions = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
/** Millions of kronor with one decimal, for a chart's narrow labels: 79 691 185 -> "79,7 mkr". */
export const mkr = (value: number): string => `${millions.format(value / 1_000_000)} mkr`;

import type { ColumnFormat } from '../../engine/output';

/**
 * Excel number formats per column meaning. The codes are locale-neutral: Swedish Excel shows
 * `#,##0` as "1 234" and `0.00%` as "36,47%".
 */
export const NUMBER_FORMATS = {
  kr: '#,##0',
  price: '#,##0.00',
  percent: '0.00%',
  integer: '#,##0',
  decimal: '#,##0.##',
  text: '@',
} as const;

/**
 * The format for one cell. A plain quantity gets decimals only when it has them: `#,##0.##`
 * alone would show whole numbers with a dangling separator ("12 000,").
 */
export function numberFormatFor(format: ColumnFormat, value: unknown): string {
  switch (format) {
    case 'kr':
      return NUMBER_FORMATS.kr;
    case 'price':
      return NUMBER_FORMATS.price;
    case 'percent':
      return NUMBER_FORMATS.percent;
    case 'number':
      return typeof value === 'number' && !Number.isInteger(value) ? NUMBER_FORMATS.decimal : NUMBER_FORMATS.integer;
    case 'text':
      return NUMBER_FORMATS.text;
  }
}

/**
 * The name of next year's workbook beside this year's: `Intäktsmodell 2021.xlsx` becomes
 * `Intäktsmodell 2022.xlsx` (this year's number replaced), `budget.xlsx` `budget 2022.xlsx`;
 * `.xlsm` for a workbook with macros.
 */
export function nextYearFileName(name: string, year: number | null, macros: boolean): string {
  const base = name.replace(/\.(xlsx|xlsm|xls)$/i, '').trim() || 'Intäktsmodell';
  const extension = macros ? '.xlsm' : '.xlsx';
  if (year === null) return `${base} nästa år${extension}`;
  const thisYear = String(year - 1);
  const replaced = base.replace(new RegExp(`(^|\\D)${thisYear}(?!\\d)`), (_, before: string) => `${before}${year}`);
  return `${replaced === base ? `${base} ${year}` : replaced}${extension}`;
}

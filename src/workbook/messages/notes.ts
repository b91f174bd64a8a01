import { phrase } from '../../engine/messages/wording';

/** What the office adapter left out while writing, and why (WriteReport's and StatementsReport's notes). */
export const notePhrases = {
  headersNotFrozen: phrase(
    (_: Record<string, never>) => 'Rubrikraderna låstes inte: Excel-versionen saknar stöd för det (ExcelApi 1.7).',
    () => 'The header rows were not frozen: this version of Excel does not support it (ExcelApi 1.7).',
  ),
  chartsNotMade: phrase(
    (_: Record<string, never>) => 'Diagrammen skapades inte: Excel-versionen saknar stöd för dem (ExcelApi 1.7). Tabellerna är skrivna.',
    () => 'The charts were not created: this version of Excel does not support them (ExcelApi 1.7). The tables are written.',
  ),
  pivotNotSupported: phrase(
    (_: Record<string, never>) =>
      'Pivottabellen över avvikelserna skapades inte: Excel-versionen saknar stöd för pivottabeller (ExcelApi 1.8). Tabellen Avvikelsepivot är skriven.',
    () => 'The PivotTable of the deviations was not created: this version of Excel does not support PivotTables (ExcelApi 1.8). The table Avvikelsepivot is written.',
  ),
  pivotSheetNotOwned: phrase(
    (a: { sheet: string }) => `Pivottabellen skapades inte: bladet "${a.sheet}" finns redan men skapades inte av Intäktsmodell.`,
    (a) => `The PivotTable was not created: the sheet "${a.sheet}" already exists but was not created by Intäktsmodell.`,
  ),
  pivotNameTaken: phrase(
    (a: { name: string; sheet: string | null }) =>
      `Pivottabellen skapades inte: namnet "${a.name}" används redan i arbetsboken${a.sheet === null ? '' : ` (på bladet "${a.sheet}")`}.`,
    (a) => `The PivotTable was not created: the name "${a.name}" is already used in the workbook${a.sheet === null ? '' : ` (on the sheet "${a.sheet}")`}.`,
  ),
  pageLayoutNotSet: phrase(
    (_: Record<string, never>) => 'Utskriftsformatet (A4 stående, en sida bred, sidfot) sattes inte: Excel-versionen saknar stöd för det (ExcelApi 1.9). Bladen är skrivna.',
    () => 'The print layout (A4 portrait, one page wide, footer) was not set: this version of Excel does not support it (ExcelApi 1.9). The sheets are written.',
  ),
  gridlinesShown: phrase(
    (_: Record<string, never>) => 'Stödlinjerna doldes inte: Excel-versionen saknar stöd för det (ExcelApi 1.8).',
    () => 'The gridlines were not hidden: this version of Excel does not support it (ExcelApi 1.8).',
  ),
};

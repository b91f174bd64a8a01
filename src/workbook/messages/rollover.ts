import { phrase } from '../../engine/messages/wording';

/**
 * Why next year's workbook could not be written as a copy of this year's (xlsx/rollover/): each
 * names the table and the cell, and nothing is written.
 */
export const rolloverPhrases = {
  rolloverTableMissing: phrase(
    (a: { table: string }) => `Tabellen ${a.table} finns inte i arbetsboken som en Excel-tabell; nästa års arbetsbok skrevs inte.`,
    (a) => `The table ${a.table} is not in the workbook as an Excel table; next year's workbook was not written.`,
  ),
  rolloverTotalsRow: phrase(
    (a: { table: string }) => `Tabellen ${a.table} har en summarad; ta bort den (Tabelldesign > Summarad) och gör om; nästa års arbetsbok skrevs inte.`,
    (a) => `The table ${a.table} has a totals row; turn it off (Table Design > Total Row) and try again; next year's workbook was not written.`,
  ),
  rolloverNoHeaderRow: phrase(
    (a: { table: string }) => `Tabellen ${a.table} har ingen rubrikrad; slå på den (Tabelldesign > Rubrikrad) och gör om; nästa års arbetsbok skrevs inte.`,
    (a) => `The table ${a.table} has no header row; turn it on (Table Design > Header Row) and try again; next year's workbook was not written.`,
  ),
  rolloverCellInTheWay: phrase(
    (a: { table: string; cell: string }) =>
      `Tabellen ${a.table} behöver växa i nästa års arbetsbok, men cellen ${a.cell} under eller bredvid den är inte tom; flytta det som står där och gör om.`,
    (a) => `The table ${a.table} has to grow in next year's workbook, but the cell ${a.cell} below or beside it is not empty; move what is there and try again.`,
  ),
  rolloverFormulaMoved: phrase(
    (a: { table: string; cell: string }) =>
      `Tabellen ${a.table}: cellen ${a.cell} har en formel och skulle flyttas upp när en rad ovanför tas bort i nästa års arbetsbok; ersätt formeln med dess värde eller flytta raden och gör om.`,
    (a) =>
      `The table ${a.table}: the cell ${a.cell} holds a formula and would move up when a row above it is removed in next year's workbook; replace the formula by its value or move the row, and try again.`,
  ),
  rolloverSharedFormula: phrase(
    (a: { table: string; cell: string }) =>
      `Tabellen ${a.table}: cellen ${a.cell} har en formel som delas med celler som ändras eller tas bort i nästa års arbetsbok; ersätt formlerna med deras värden och gör om.`,
    (a) =>
      `The table ${a.table}: the cell ${a.cell} holds a formula shared with cells that change or go in next year's workbook; replace the formulas by their values and try again.`,
  ),
  rolloverSheetTaken: phrase(
    (a: { sheet: string; table: string }) =>
      `Arbetsboken har redan ett blad som heter "${a.sheet}" men ingen tabell ${a.table}; byt namn på bladet och gör om; nästa års arbetsbok skrevs inte.`,
    (a) => `The workbook already has a sheet named "${a.sheet}" but no table ${a.table}; rename the sheet and try again; next year's workbook was not written.`,
  ),
};

/** What stops the pane from making next year's workbook inside Excel (office/document-file.ts). */
export const rolloverExcelPhrases = {
  rolloverNoNewWorkbook: phrase(
    (a: { version: string }) =>
      `Den här Excel-versionen kan inte öppna en ny arbetsbok från tillägget (ExcelApi ${a.version} och läsning av filen krävs). ` +
      'Skapa nästa års arbetsbok på kommandoraden (intaktsmodell rollover ARBETSBOK.xlsx --out NASTA_AR.xlsx) eller på webbsidan Intäktsmodell: öppna filen där och välj Skapa nästa års arbetsbok.',
    (a) =>
      `This version of Excel cannot open a new workbook from the add-in (ExcelApi ${a.version} and reading the file are needed). ` +
      'Create next year\'s workbook on the command line (intaktsmodell rollover WORKBOOK.xlsx --out NEXT_YEAR.xlsx) or on the Intäktsmodell web page: open the file there and choose Create next year\'s workbook.',
  ),
  rolloverFileUnreadable: phrase(
    (a: { detail: string }) => `Excel lämnade inte ut arbetsbokens fil: ${a.detail}`,
    (a) => `Excel did not hand over the workbook's file: ${a.detail}`,
  ),
};

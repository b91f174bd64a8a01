import { phrase } from '../../engine/messages/wording';

const quotedList = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');

/** The adapters' refusals, found before anything is changed (office/refusals.ts, port.ts, xlsx/errors.ts). */
export const refusalPhrases = {
  workbookProtected: phrase(
    (_: Record<string, never>) =>
      'Arbetsbokens struktur är skyddad, så Intäktsmodell kan inte lägga till eller byta ut blad. ' +
      'Ta bort skyddet (Granska > Skydda arbetsbok) och kör igen; inget har skrivits.',
    () =>
      'The workbook’s structure is protected, so Intäktsmodell cannot add or replace sheets. ' +
      'Remove the protection (Review > Protect Workbook) and run again; nothing has been written.',
  ),
  sheetProtected: phrase(
    (a: { sheets: string[] }) =>
      `Bladet ${quotedList(a.sheets)} är skyddat. Ta bort bladskyddet (Granska > Ta bort bladskydd) och kör igen; inget har skrivits.`,
    (a) =>
      `The sheet ${quotedList(a.sheets)} is protected. Remove the protection (Review > Unprotect Sheet) and run again; nothing has been written.`,
  ),
  sheetExists: phrase(
    (a: { sheets: string[] }) =>
      `Arbetsboken har redan ${a.sheets.length === 1 ? 'bladet' : 'bladen'} ${quotedList(a.sheets)}. ` +
      'Infoga mallen eller exemplet i en tom arbetsbok, eller byt namn på bladen; inget har skrivits.',
    (a) =>
      `The workbook already has the ${a.sheets.length === 1 ? 'sheet' : 'sheets'} ${quotedList(a.sheets)}. ` +
      'Insert the template or the example into an empty workbook, or rename the sheets; nothing has been written.',
  ),
  readOnlyWorkbook: phrase(
    (_: Record<string, never>) =>
      'Arbetsboken är öppnad för visning (skrivskyddad), så Intäktsmodell kan inte skriva i den. ' +
      'Välj Redigering (Redigera arbetsbok) i Excel, eller spara en egen kopia, och kör igen; inget har skrivits.',
    () =>
      'The workbook is open for viewing (read-only), so Intäktsmodell cannot write to it. ' +
      'Choose Editing (Edit Workbook) in Excel, or save a copy of your own, and run again; nothing has been written.',
  ),
  sheetNameClash: phrase(
    (a: { clashes: { name: string; sheet: string }[] }) =>
      a.clashes.map((c) => `Namnet "${c.name}" är definierat på bladet "${c.sheet}"`).join('; ') +
      ', och en tabell får inte heta som ett namn i arbetsboken. Byt namn på det eller ta bort det ' +
      '(Formler > Namnhanteraren) och kör igen; inget har skrivits.',
    (a) =>
      a.clashes.map((c) => `The name "${c.name}" is defined on the sheet "${c.sheet}"`).join('; ') +
      ', and a table may not be named like a name in the workbook. Rename or delete it ' +
      '(Formulas > Name Manager) and run again; nothing has been written.',
  ),
  sheetNotOwned: phrase(
    (a: { sheets: string[] }) =>
      `Bladet ${quotedList(a.sheets)} finns redan men skapades inte av Intäktsmodell. ` +
      'Byt namn på eller ta bort bladet och kör igen; inget har skrivits.',
    (a) =>
      `The sheet ${quotedList(a.sheets)} already exists but was not created by Intäktsmodell. ` +
      'Rename or delete the sheet and run again; nothing has been written.',
  ),
  tableNameTaken: phrase(
    (a: { names: string[] }) =>
      `Namnet ${quotedList(a.names)} används redan av en tabell eller ett namn i arbetsboken ` +
      'utanför Intäktsmodells blad. Byt namn på den och kör igen; inget har skrivits.',
    (a) =>
      `The name ${quotedList(a.names)} is already used by a table or a name in the workbook ` +
      'outside Intäktsmodell’s sheets. Rename it and run again; nothing has been written.',
  ),
  excelTooOld: phrase(
    (a: { version: string }) =>
      `Den här Excel-versionen saknar funktioner som Intäktsmodell behöver (ExcelApi ${a.version}). ` +
      'Använd Excel för Microsoft 365, Excel 2019 eller senare, eller Excel på webben.',
    (a) =>
      `This version of Excel lacks features Intäktsmodell needs (ExcelApi ${a.version}). ` +
      'Use Excel for Microsoft 365, Excel 2019 or later, or Excel on the web.',
  ),
};

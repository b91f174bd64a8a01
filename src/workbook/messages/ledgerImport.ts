import { phrase } from '../../engine/messages/wording';

/** The office-js adapter's own refusals when it writes imported ledger rows (office/write-imported-rows.ts). */
export const ledgerImportPhrases = {
  importNeedsTableResize: phrase(
    (a: { table: string; version: string }) =>
      `Den här Excel-versionen kan inte ändra storlek på tabellen ${a.table} (ExcelApi ${a.version} behövs). ` +
      'Importera med webbsidan eller kommandot intaktsmodell import i stället; inget har skrivits.',
    (a) =>
      `This version of Excel cannot resize the table ${a.table} (ExcelApi ${a.version} is needed). ` +
      'Import with the web page or the command intaktsmodell import instead; nothing has been written.',
  ),
  importTableAtSheetEdge: phrase(
    (a: { table: string; sheet: string }) =>
      `Tabellen ${a.table} når bladet ${a.sheet}s sista rad eller kolumn och kan inte växa; flytta den och importera igen.`,
    (a) => `The table ${a.table} reaches the last row or column of the sheet ${a.sheet} and cannot grow; move it and import again.`,
  ),
};

/// <reference types="office-js" />
import { isOfficeError } from './errors';

/**
 * Removes the sheets of these names that exist, after a failed write. Two syncs: office-js can
 * only delete a sheet it knows to exist. A failure here is never swallowed: it is attached to
 * the original error (`cleanupError`) and named in the message the user sees.
 */
export async function removeSheets(context: Excel.RequestContext, names: readonly string[], original: unknown): Promise<void> {
  try {
    const sheets = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name).load('name'));
    await context.sync();
    for (const sheet of sheets) if (!sheet.isNullObject) sheet.delete();
    await context.sync();
  } catch (cleanupError) {
    if (!(original instanceof Error)) return;
    const note =
      `Intäktsmodell kunde inte heller ta bort sina tillfälliga blad (${names.join(', ')}); ` +
      'ta bort dem som finns kvar för hand.';
    Object.assign(original, { cleanupError, cleanupSheets: [...names] });
    // An Excel error gets its Swedish message later (describeExcelError), which adds the note.
    if (!isOfficeError(original)) original.message += ` ${note}`;
  }
}

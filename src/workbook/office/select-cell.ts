/// <reference types="office-js" />
import { parseSheetAddress, rangeAddress } from './address';

/** "Gå till cellen": activates the sheet and selects the cell of a check-list message. One sync. */
export async function selectCell(context: Excel.RequestContext, address: string): Promise<void> {
  const { sheet, range } = parseSheetAddress(address);
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(rangeAddress(range)).select();
  await context.sync();
}

import type { PublishedPriceList } from '../../engine/publish/priceList';
import { PRICE_LIST_WIDTHS, priceListPage } from '../price-list-layout';
import { loadExceljs } from './exceljs-module';
import { addPrintSheet } from './print-sheet';
import { finishPackage } from './written-package';

/** The sheet's name: the price list's title ("Prislista 2021"), which Excel's 31 characters always hold. */
export function priceListSheetName(list: PublishedPriceList): string {
  return list.title;
}

/**
 * The published price list as a new workbook with one printable A4 sheet (Excel and LibreOffice
 * print it or save it as PDF as it stands), as .xlsx bytes.
 */
export async function priceListXlsx(list: PublishedPriceList): Promise<Uint8Array> {
  const ExcelJS = await loadExceljs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Intäktsmodell';
  workbook.title = list.label === '' ? list.title : `${list.title}, ${list.label}`;
  addPrintSheet(workbook, priceListPage(list), priceListSheetName(list), PRICE_LIST_WIDTHS);
  const buffer: unknown = await workbook.xlsx.writeBuffer();
  const bytes = ArrayBuffer.isView(buffer) ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) : new Uint8Array(buffer as ArrayBuffer);
  return finishPackage(workbook, bytes, 'all');
}

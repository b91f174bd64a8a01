import ExcelJS from 'exceljs';
import { XlsxWorkbook } from './xlsx-workbook';

/** An empty workbook, for the template and the example workbook. */
export function createXlsx(): XlsxWorkbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Intäktsmodell';
  return new XlsxWorkbook({ model: workbook });
}

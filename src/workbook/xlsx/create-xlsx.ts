import { emptyPackage } from './empty-package';
import { XlsxWorkbook } from './xlsx-workbook';

/** A new workbook without sheets, for the template, the example workbook and the invoice basis. */
export function createXlsx(): XlsxWorkbook {
  return new XlsxWorkbook(emptyPackage());
}

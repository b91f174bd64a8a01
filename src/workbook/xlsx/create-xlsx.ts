import { loadExceljs } from './exceljs-module';
import { XlsxWorkbook } from './xlsx-workbook';

/** An empty workbook, for the template and the example workbook. */
export function createXlsx(): XlsxWorkbook {
  return new XlsxWorkbook({
    model: async () => {
      const ExcelJS = await loadExceljs();
      const workbook = new ExcelJS.Workbook();
      workbook.creator = 'Intäktsmodell';
      return workbook;
    },
  });
}

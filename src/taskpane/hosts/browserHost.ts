import type { BrowserHost, FileWorkbook } from './host';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The standalone host over the xlsx adapter. The adapter (and ExcelJS with it, most of the
 * download) is loaded on first use, so the pane inside Excel never fetches it.
 */
export function browserHost(): BrowserHost {
  const adapter = () => import(/* webpackChunkName: "xlsx" */ '../../workbook/xlsx');
  return {
    kind: 'browser',
    async open(bytes) {
      const { openXlsx } = await adapter();
      const workbook = await openXlsx(bytes);
      const file: FileWorkbook = {
        readTables: () => workbook.readTables(),
        writeOutputs: async (outputs) => {
          await workbook.writeOutputs(outputs);
          return [];
        },
        toBytes: () => workbook.toBuffer(),
      };
      return file;
    },
    async build(tables) {
      const { createXlsx } = await adapter();
      const workbook = createXlsx();
      await workbook.writeInputTables(tables);
      return workbook.toBuffer();
    },
    async statementsXlsx(statements) {
      const { statementsXlsx } = await adapter();
      return statementsXlsx(statements);
    },
    download(bytes, fileName) {
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      // The browser has started the download by the next task; the URL can go after a while.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
  };
}

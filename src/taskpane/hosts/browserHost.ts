import { WorkerClient, type WorkerLike } from '../worker/client';
import type { BrowserHost, FileWorkbook } from './host';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The standalone host: the file is opened, calculated and written in a worker (one at a time,
 * made by `createWorker`: paneWorker.ts in the page, one in the same thread in tests), so the
 * page never waits on it. The template and the example, small, are built here; the xlsx
 * adapter for them is loaded on first use, so the pane inside Excel never fetches it.
 */
export function browserHost(createWorker: () => WorkerLike): BrowserHost {
  const adapter = () => import(/* webpackChunkName: "xlsx" */ '../../workbook/xlsx');
  const worker = new WorkerClient(createWorker);
  return {
    kind: 'browser',
    async open(blob, onProgress) {
      const opened = await worker.open(blob, onProgress);
      const file: FileWorkbook = {
        run: async (progress) => {
          const data = await worker.calculate(progress);
          return {
            data,
            notes: [],
            details: data.calculated
              ? {
                  customer: (customer) => worker.customer(customer),
                  statements: (customers) => worker.statements(customers),
                  statementsXlsx: (customers) => worker.statementsXlsx(customers),
                }
              : null,
          };
        },
        cancel: () => worker.cancel(),
        download: (progress) => worker.download(progress),
        ledger: {
          preview: (request) => worker.ledgerPreview(request),
          write: async (plan) => {
            const { written, replaced, kept } = await worker.writeImported(plan);
            return { written, replaced, kept };
          },
        },
        macros: opened.macros,
      };
      return file;
    },
    cancelOpen: () => worker.cancel(),
    async build(tables) {
      const { createXlsx } = await adapter();
      const workbook = createXlsx();
      await workbook.writeInputTables(tables);
      return workbook.toBuffer();
    },
    download(file, fileName) {
      const url = URL.createObjectURL(file instanceof Blob ? file : new Blob([file as BlobPart], { type: XLSX_TYPE }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      // The browser has started the download by the next task; the URL can go after a while.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
  };
}

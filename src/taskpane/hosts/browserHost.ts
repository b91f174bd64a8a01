import { WorkerClient, type WorkerLike } from '../worker/client';
import { downloadFile } from './downloadFile';
import type { BrowserHost, FileWorkbook } from './host';
import { nextYearFileName } from './nextYearFileName';
import { decisionDay } from './decisionDay';

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
  const host: BrowserHost = {
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
                  publish: {
                    priceList: (format, label) => worker.priceListFile(format, label),
                    statementsPdf: (customers) => worker.statementsPdf(customers),
                    invoiceCsv: (settlement) => worker.invoiceCsv(settlement),
                  },
                }
              : null,
          };
        },
        cancel: () => worker.cancel(),
        nextYear: async (progress) => {
          const made = await worker.rollover(undefined, progress);
          if (!made.ok) return { kind: 'errors', errors: made.errors };
          const fileName = nextYearFileName((blob as Partial<File>).name ?? '', made.year, made.macros);
          host.download(made.file, fileName);
          return { kind: 'created', year: made.year, tables: made.tables, changed: made.changed, leftOut: made.leftOut, formulasToValues: made.formulasToValues, fileName };
        },
        download: (progress) => worker.download(progress),
        decide: async (label, onProgress) => {
          const answer = await worker.decide(label, decisionDay(), undefined, onProgress);
          return answer.ok ? { ok: true, messages: answer.messages } : { ok: false, reason: answer.reason, problems: answer.problems };
        },
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
    download: downloadFile,
    async savePublished(file) {
      downloadFile(file.bytes, file.name);
      return 'downloaded';
    },
  };
  return host;
}

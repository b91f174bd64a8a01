import type { RunResult } from '../../engine';
import { rowBlocks } from '../../engine/output';
import type { GzipStream } from '../../workbook/xlsx';
import { UnknownCustomerError } from '../../engine/statement/customers';
import { errorMessage } from '../hooks/errorMessage';
import { TextError, textOf } from '../messages/errorText';
import { paneMsg } from '../messages/pane';
import { calculateForPane, customerDetail, statementsOf } from './engineRun';
import type { OpenFile } from './fileRun';
import { decideTables, plainDecided } from './decideRun';
import { ROWS_PER_MESSAGE, type Answers, type PaneRunData, type Phase, type Request, type Response } from './protocol';
import { invoiceCsvFile, priceListOf, priceListPdf, statementsPdf, type LoadPdfTools } from './publishFiles';

export type Post = (response: Response, transfer?: Transferable[]) => void;

/**
 * Where writing starts in a calculate's fraction: checking the outputs before they are written
 * (one pass over their rows) took about 45 % of Beräkna on a city (engine 260 ms, checks 200 ms).
 * Opening and downloading report the adapter's own fractions; the engine its own steps.
 */
const WRITE_FROM = 0.55;
/** The least change of fraction worth a message within a phase and step. */
const MIN_STEP = 0.01;

/**
 * The file's part (the xlsx adapter, most of the worker's code) is a chunk of its own, loaded on
 * the first file: a worker that is only given tables (Excel's, later) never fetches it.
 */
const fileRun = () => import(/* webpackChunkName: "worker-xlsx" */ './fileRun');
/** The import from the ledger (ledgerRun.ts), loaded when the pane first imports. */
const ledgerRun = () => import(/* webpackChunkName: "worker-ledger" */ './ledgerRun');

/** pdfmake and its fonts (~1 MB), a chunk of their own, loaded on the first PDF (pdfTools.ts). */
const browserPdfTools: LoadPdfTools = async () => (await import(/* webpackChunkName: "worker-pdf" */ './pdfTools')).loadPdfTools();

/**
 * The worker's state (the opened file, the last run) and its answer to each request. Runs
 * anywhere: worker.ts wires it to the worker's messages, the tests call it directly. `gzip`
 * compresses the download's new parts (worker.ts: in a worker of its own); `pdfTools` loads
 * pdfmake and the fonts for the PDFs (the browser's by default; the tests pass Node's).
 */
export function workerHandlers(options: { gzip?: GzipStream; pdfTools?: LoadPdfTools } = {}): (request: Request, post: Post) => Promise<void> {
  const pdfTools = options.pdfTools ?? browserPdfTools;
  let file: OpenFile | null = null;
  let last: RunResult | null = null;

  const lastRun = (): RunResult => {
    if (!last) throw new TextError(paneMsg('notCalculated', {}));
    return last;
  };

  return async (request, post) => {
    const { id } = request;
    // A message per percent at most: the adapter reports a part at a time, a big workbook hundreds.
    let shown: { phase: Phase; fraction: number; step?: string } | null = null;
    const progress = (phase: Phase, fraction: number, step?: string) => {
      if (shown && shown.phase === phase && shown.step === step && fraction < 1 && fraction - shown.fraction < MIN_STEP) return;
      shown = { phase, fraction, step };
      post(step === undefined ? { id, kind: 'progress', phase, fraction } : { id, kind: 'progress', phase, fraction, step });
    };
    const done = <K extends keyof Answers>(kind: K, answer: Answers[K], transfer: Transferable[] = []) =>
      post({ id, kind: 'done', request: kind, answer } as Response, transfer);
    try {
      switch (request.kind) {
        case 'open': {
          progress('opening', 0);
          file = null;
          last = null;
          const { openFile } = await fileRun();
          file = await openFile(new Uint8Array(request.bytes), (fraction, reading) => progress(reading ? 'reading' : 'opening', fraction));
          done('open', file.opened);
          break;
        }
        case 'calculate': {
          const tables = request.tables ?? file?.tables;
          if (!tables) throw new TextError(paneMsg('noWorkbookOpen', {}));
          const writeTo = request.tables ? null : file;
          const share = writeTo ? WRITE_FROM : 1;
          last = null;
          const run = calculateForPane(tables, (step, fraction) => progress('calculating', fraction * share, step));
          if (writeTo && run.result.outputs.length > 0) {
            progress('writing', WRITE_FROM);
            const { writeOutputs } = await fileRun();
            await writeOutputs(writeTo, run.result.outputs);
          }
          last = run.result;
          done('calculate', inBlocks(run.data, (table, rows) => post({ id, kind: 'rows', table, rows })));
          break;
        }
        case 'download': {
          if (!file) throw new TextError(paneMsg('noWorkbookOpen', {}));
          lastRun();
          progress('packing', 0);
          const { resultFile } = await fileRun();
          done('download', await resultFile(file, (fraction) => progress('packing', fraction), options.gzip));
          break;
        }
        case 'rollover': {
          const bytes = request.bytes ? new Uint8Array(request.bytes) : file?.bytes;
          if (!bytes) throw new TextError(paneMsg('noWorkbookOpen', {}));
          progress('reading', 0);
          const { nextYearFile } = await fileRun();
          done('rollover', await nextYearFile(bytes, (fraction) => progress(fraction < 0.3 ? 'reading' : fraction < 0.9 ? 'calculating' : 'packing', fraction), options.gzip));
          break;
        }
        case 'customer':
          done('customer', customerDetail(lastRun(), request.customer));
          break;
        case 'statements':
          done('statements', statementsOf(lastRun(), request.customers));
          break;
        case 'keptRows': {
          const table = lastRun().outputs.find((o) => o.name === request.table);
          if (!table) throw new TextError(paneMsg('noOutputTable', { table: request.table }));
          // Made a block at a time and sent on, as for the download: the worker keeps none of them.
          for (const block of rowBlocks(table)) {
            for (let i = 0; i < block.length; i += ROWS_PER_MESSAGE) post({ id, kind: 'rows', table: table.name, rows: block.slice(i, i + ROWS_PER_MESSAGE) });
          }
          done('keptRows', { name: table.name, columns: table.columns, rows: [] });
          break;
        }
        case 'decide': {
          const tables = request.tables ?? file?.tables;
          if (!tables) throw new TextError(paneMsg('noWorkbookOpen', {}));
          const decided = decideTables(tables, request.label, request.date, (step, fraction) => progress('calculating', fraction * WRITE_FROM, step));
          if (!decided.ok) {
            done('decide', decided);
            break;
          }
          if (request.tables || !file) {
            done('decide', { ok: true, messages: decided.messages, table: plainDecided(decided.table) });
            break;
          }
          progress('writing', WRITE_FROM);
          const { writeDecision } = await import(/* webpackChunkName: "worker-xlsx" */ './decideFile');
          done('decide', { ok: true, messages: decided.messages, table: null, file: await writeDecision(file, decided.table, options.gzip) });
          break;
        }
        case 'ledgerPreview': {
          const given = request.tables ?? file?.tables;
          if (!given) throw new TextError(paneMsg('noWorkbookOpen', {}));
          const { ledgerPreview } = await ledgerRun();
          const { fileName, bytes, target, siePost, date } = request;
          done('ledgerPreview', await ledgerPreview({ fileName, bytes, target, date, ...(siePost ? { siePost } : {}) }, given));
          break;
        }
        case 'writeImported': {
          if (!file) throw new TextError(paneMsg('noWorkbookOpen', {}));
          const { writeImported } = await ledgerRun();
          const written = await writeImported(file, request.plan, options.gzip);
          // The file changed under the last run: its results stay on screen, Beräkna makes new ones.
          file = written.file;
          last = null;
          done('writeImported', written.answer);
          break;
        }
        case 'statementsXlsx': {
          const { statementsFile } = await fileRun();
          done('statementsXlsx', await statementsFile(statementsOf(lastRun(), request.customers)));
          break;
        }
        case 'priceListFile': {
          if (request.format === 'pdf') {
            done('priceListFile', await priceListPdf(lastRun(), request.label, pdfTools));
          } else {
            const list = priceListOf(lastRun(), request.label);
            const { priceListFile } = await fileRun();
            done('priceListFile', await priceListFile(list));
          }
          break;
        }
        case 'statementsPdf':
          done('statementsPdf', await statementsPdf(lastRun(), request.customers, pdfTools));
          break;
        case 'invoiceCsv':
          progress('writing', 0);
          done('invoiceCsv', invoiceCsvFile(lastRun(), request.settlement));
          break;
      }
    } catch (error) {
      const text = error instanceof UnknownCustomerError ? paneMsg('statementUnknownCustomer', { customer: error.customer, closeNames: [...error.closeNames] }) : textOf(error);
      post({ id, kind: 'failed', message: errorMessage(error, 'sv'), ...(text ? { text } : {}) });
    }
  };
}

/** Sends the rows of the tables longer than a message's share ahead, block by block; the data without them. */
function inBlocks(data: PaneRunData, send: (table: string, rows: PaneRunData['outputs'][number]['rows']) => void): PaneRunData {
  const outputs = data.outputs.map((output) => {
    if (output.rows.length <= ROWS_PER_MESSAGE) return output;
    for (let i = 0; i < output.rows.length; i += ROWS_PER_MESSAGE) send(output.name, output.rows.slice(i, i + ROWS_PER_MESSAGE));
    return { ...output, rows: [] };
  });
  return { ...data, outputs };
}

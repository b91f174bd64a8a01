import { errorMessage } from '../../src/taskpane/hooks/errorMessage';
import { stringsOf } from '../../src/taskpane/i18n/language';
import { shownError } from '../../src/taskpane/i18n/shown';
import { TextError } from '../../src/taskpane/messages/errorText';
import { paneMsg } from '../../src/taskpane/messages/pane';
import { WorkerClient, type WorkerLike } from '../../src/taskpane/worker/client';
import { inProcessWorker } from './worker/inProcessWorker';

const failure = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e);

describe('errors as the pane shows them', () => {
  it('the pane’s own, in the language asked for; `message` stays Swedish for the logs', () => {
    const error = new TextError(paneMsg('noOutputTable', { table: 'Fakturaunderlag' }));
    expect(error.message).toBe('Körningen har ingen utdatatabell Fakturaunderlag.');
    expect(errorMessage(error, 'sv')).toBe('Körningen har ingen utdatatabell Fakturaunderlag.');
    expect(errorMessage(error, 'en')).toBe('The run has no output table Fakturaunderlag.');
  });

  it('a programming error or a thrown string says what it says, in either language', () => {
    expect(errorMessage(new RangeError('allocate: weights sum to zero'), 'en')).toBe('allocate: weights sum to zero');
    expect(errorMessage('trasig', 'sv')).toBe('trasig');
    // A `text` that names no message is no message.
    expect(errorMessage(Object.assign(new Error('ord'), { text: { id: 'nothingOfOurs', args: {} } }), 'en')).toBe('ord');
  });

  it('a failure kept to show follows the language switch without being redone', () => {
    const shown = shownError(new TextError(paneMsg('noWorkbookOpen', {})));
    expect(shown(stringsOf('en'))).toBe('No workbook is open.');
    expect(shown(stringsOf('sv'))).toBe('Ingen arbetsbok är öppnad.');
  });

  it('an adapter’s error crosses from the worker with its message, shown in English or Swedish', async () => {
    const client = new WorkerClient(() => inProcessWorker());
    const error = await failure(client.open(new Blob([new Uint8Array([1, 2, 3, 4])])));
    expect(errorMessage(error, 'en')).toBe('The file could not be read as an Excel workbook (.xlsx): the file is not an .xlsx file or is damaged.');
    expect(errorMessage(error, 'sv')).toBe('Filen kunde inte läsas som en Excel-arbetsbok (.xlsx): filen är inte en .xlsx-fil eller är skadad.');
  });

  it('a worker that cannot start, with and without the browser’s word for why', async () => {
    const broken = (message: string): WorkerLike => {
      const worker: WorkerLike = {
        onmessage: null,
        onerror: null,
        postMessage() {
          queueMicrotask(() => worker.onerror?.({ message, preventDefault() {} } as ErrorEvent));
        },
        terminate() {},
      };
      return worker;
    };
    const silent = await failure(new WorkerClient(() => broken('')).open(new Blob([])));
    expect(errorMessage(silent, 'en')).toBe('The calculation in the background could not be started.');
    expect(errorMessage(silent, 'sv')).toBe('Beräkningen i bakgrunden kunde inte startas.');
    const said = await failure(new WorkerClient(() => broken('Script error')).open(new Blob([])));
    expect(errorMessage(said, 'en')).toBe('The calculation in the background could not be started: Script error');
    expect(errorMessage(said, 'sv')).toBe('Script error');
  });
});

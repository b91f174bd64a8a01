/// <reference lib="webworker" />
/**
 * The pane's worker (bundled by webpack from `new Worker(new URL('./worker.ts', import.meta.url))`):
 * reading, calculating and writing happen here, off the page's main thread. Requests are
 * handled one after another, in the order they came.
 */
import type { GzipStream } from '../../workbook/xlsx';
import type { FromGzip } from './gzipProtocol';
import { RemoteGzip } from './gzipStreams';
import { workerHandlers, type Post } from './handlers';
import type { Request } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/**
 * The download's compressing, in a worker of its own (gzipWorker.ts), started on the first
 * download: a browser's CompressionStream works on the thread that feeds it, so here it would
 * take turns with making the sheets' rows. A browser without workers in workers keeps it here.
 */
let remote: RemoteGzip | null = null;
const gzip: GzipStream | undefined =
  typeof Worker === 'function'
    ? () => {
        if (remote === null) {
          const worker = new Worker(new URL('./gzipWorker.ts', import.meta.url), { name: 'gzip' });
          const started = new RemoteGzip((message, transfer = []) => worker.postMessage(message, transfer));
          worker.onmessage = (event: MessageEvent<FromGzip>) => started.receive(event.data);
          worker.onerror = (event) => started.failAll(event.message || null);
          remote = started;
        }
        return remote.gzip();
      }
    : undefined;
const handle = workerHandlers({ gzip });
const post: Post = (response, transfer = []) => scope.postMessage(response, transfer);
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event: MessageEvent<Request>) => {
  const request = event.data;
  queue = queue.then(() => handle(request, post));
};

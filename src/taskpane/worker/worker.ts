/// <reference lib="webworker" />
/**
 * The pane's worker (bundled by webpack from `new Worker(new URL('./worker.ts', import.meta.url))`):
 * reading, calculating and writing happen here, off the page's main thread. Requests are
 * handled one after another, in the order they came.
 */
import { workerHandlers, type Post } from './handlers';
import type { Request } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = workerHandlers();
const post: Post = (response, transfer = []) => scope.postMessage(response, transfer);
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event: MessageEvent<Request>) => {
  const request = event.data;
  queue = queue.then(() => handle(request, post));
};

import type { WorkerLike } from '../../../src/taskpane/worker/client';
import { workerHandlers } from '../../../src/taskpane/worker/handlers';
import type { Request, Response } from '../../../src/taskpane/worker/protocol';
import { nodePdfTools } from './nodePdfTools';

/**
 * The worker's handlers behind a Worker's interface, in this thread: every message goes
 * through structuredClone (with its transfer list) both ways, as between a page and a real
 * worker, so what cannot cross fails here too. terminate() drops the answers still to come.
 */
export function inProcessWorker(log: Request[] = []): WorkerLike {
  // pdfmake's browser build, as the pane's worker runs it, with the fonts read from disk rather than fetched.
  const handle = workerHandlers({ pdfTools: nodePdfTools });
  let terminated = false;
  let queue = Promise.resolve();
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message, transfer) {
      const request = structuredClone(message, { transfer }) as Request;
      log.push(request);
      queue = queue.then(() =>
        handle(request, (response, back = []) => {
          const data = structuredClone(response, { transfer: back }) as Response;
          if (!terminated) worker.onmessage?.({ data } as MessageEvent<Response>);
        }),
      );
    },
    terminate() {
      terminated = true;
    },
  };
  return worker;
}

import type { WorkerLike } from '../worker/client';

/**
 * The pane's worker: webpack sees this `new Worker(new URL(…, import.meta.url))` and bundles
 * worker.ts (with the engine and the xlsx adapter) as a script of its own.
 */
export function paneWorker(): WorkerLike {
  return new Worker(new URL('../worker/worker.ts', import.meta.url), { name: 'worker' }) as unknown as WorkerLike;
}

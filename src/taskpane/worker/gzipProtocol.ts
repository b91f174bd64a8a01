/** Messages between the pane's worker and its gzip worker (gzipWorker.ts), one stream per id. */
export type ToGzip =
  | { id: number; kind: 'chunk'; bytes: Uint8Array }
  | { id: number; kind: 'end' }
  | { id: number; kind: 'abort' };

export type FromGzip =
  /**
   * A chunk has been taken by the compressor: the writer may hand over another. `bytes` is the
   * chunk's buffer handed back (the compressor took a copy), for the writer to fill again.
   */
  | { id: number; kind: 'taken'; bytes?: Uint8Array }
  | { id: number; kind: 'out'; bytes: Uint8Array }
  | { id: number; kind: 'done' }
  | { id: number; kind: 'failed'; message: string };

import type { GzipStream } from '../../workbook/xlsx';
import type { FromGzip, ToGzip } from './gzipProtocol';
import { TextError } from '../messages/errorText';
import { paneMsg } from '../messages/pane';

type Send<T> = (message: T, transfer?: Transferable[]) => void;

/**
 * The gzip worker's side: a compressor per stream id, each chunk acknowledged ('taken') once
 * the compressor has accepted it, the compressed bytes sent back as they come. The compressor is
 * given a copy of each chunk, and the chunk's buffer goes back with its 'taken' to be filled again:
 * a fresh buffer costs the first write of every page of it (in Chromium some 0,3 ms per 64 KiB,
 * measured), which this thread, waiting most of the time, pays instead of the pane's worker.
 */
export function compressWith(send: Send<FromGzip>, gzip: GzipStream = () => new CompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>) {
  const writers = new Map<number, WritableStreamDefaultWriter<Uint8Array>>();
  const fail = (id: number, error: unknown) => {
    writers.delete(id);
    send({ id, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  };
  return (message: ToGzip): void => {
    const { id } = message;
    let writer = writers.get(id);
    if (writer === undefined) {
      if (message.kind !== 'chunk' && message.kind !== 'end') return;
      const { readable, writable } = gzip();
      writer = writable.getWriter();
      writers.set(id, writer);
      void (async () => {
        const reader = readable.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          send({ id, kind: 'out', bytes: value }, [value.buffer]);
        }
        writers.delete(id);
        send({ id, kind: 'done' });
      })().catch((error: unknown) => fail(id, error));
    }
    switch (message.kind) {
      case 'chunk': {
        const { bytes } = message;
        const copy = new Uint8Array(bytes.length);
        copy.set(bytes);
        writer.write(copy).then(
          () => send({ id, kind: 'taken', bytes }, [bytes.buffer]),
          (error: unknown) => fail(id, error),
        );
        break;
      }
      case 'end':
        writer.close().catch((error: unknown) => fail(id, error));
        break;
      case 'abort':
        writers.delete(id);
        writer.abort().catch(() => undefined);
        break;
    }
  };
}

/**
 * Pieces the gzip worker may hold, sent and not yet taken into its compressor, before a write
 * waits. A WritableStream hands its sink one write at a time; a sink that waited for each piece to
 * be taken kept one piece in flight, so every 64 KiB waited a round trip between the workers (on a
 * city's download the pane's worker waited 0,8–0,9 s of 2,1 s, the gzip worker compressed 0,76 s
 * of it, measured). Four keep the compressor fed and the pieces waiting there bounded.
 */
export const PIECES_AHEAD = 4;

/**
 * The pane worker's side: a GzipStream whose compressing happens in the gzip worker. A write
 * hands its bytes over (transferred, not copied) and is done at once while fewer than
 * PIECES_AHEAD pieces wait there, else when the oldest has been taken. A failure there fails the
 * reading side and every write from then on.
 */
export class RemoteGzip {
  private next = 1;
  /** Buffers the gzip worker has handed back, to be filled again (spare()). */
  private readonly spares: Uint8Array[] = [];
  private readonly streams = new Map<number, { taken: () => void; output: ReadableStreamDefaultController<Uint8Array>; failed: (error: Error) => void }>();

  constructor(private readonly send: Send<ToGzip>) {}

  /** Hand every message from the gzip worker here. */
  receive(message: FromGzip): void {
    const stream = this.streams.get(message.id);
    if (stream === undefined) return;
    switch (message.kind) {
      case 'taken':
        if (message.bytes && this.spares.length < MAX_SPARES) this.spares.push(new Uint8Array(message.bytes.buffer));
        stream.taken();
        break;
      case 'out':
        stream.output.enqueue(message.bytes);
        break;
      case 'done':
        this.streams.delete(message.id);
        stream.output.close();
        break;
      case 'failed':
        this.fail(message.id, message.message);
        break;
    }
  }

  /** The gzip worker failed as a whole (did not load, or crashed; `detail` is the browser's word): every stream under way fails. */
  failAll(detail: string | null): void {
    for (const id of [...this.streams.keys()]) this.fail(id, detail);
  }

  private fail(id: number, detail: string | null): void {
    const stream = this.streams.get(id);
    if (stream === undefined) return;
    this.streams.delete(id);
    stream.failed(new TextError(paneMsg('compressionFailed', { detail })));
  }

  readonly gzip: GzipStream = () => {
    const id = this.next++;
    /** Pieces sent and not yet taken. */
    let ahead = 0;
    /** Writes waiting for a piece to be taken, oldest first. */
    const waiting: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];
    let failure: Error | null = null;
    let output!: ReadableStreamDefaultController<Uint8Array>;
    const readable = new ReadableStream<Uint8Array>({ start: (controller) => void (output = controller) });
    const taken = () => {
      ahead--;
      waiting.shift()?.resolve();
    };
    const failed = (error: Error) => {
      failure = error;
      output.error(error);
      for (const write of waiting.splice(0)) write.reject(error);
    };
    this.streams.set(id, { taken, output, failed });
    const writable = new WritableStream<Uint8Array>({
      write: (bytes) =>
        new Promise<void>((resolve, reject) => {
          if (failure !== null) return reject(failure);
          // The bytes and the buffer they begin (the writer hands over its buffers: GzipStream) travel
          // as they are; a view from further in is copied, so that only its own bytes do.
          const own = bytes.byteOffset === 0 ? bytes : bytes.slice();
          this.send({ id, kind: 'chunk', bytes: own }, [own.buffer]);
          if (++ahead <= PIECES_AHEAD) resolve();
          else waiting.push({ resolve, reject });
        }),
      close: () => {
        if (failure !== null) throw failure;
        this.send({ id, kind: 'end' });
      },
      abort: () => {
        this.streams.delete(id);
        this.send({ id, kind: 'abort' });
      },
    });
    return { readable, writable, spare: () => this.spares.pop() };
  };
}

/** Buffers kept to be filled again: a few more than the pieces a stream has out at a time. */
const MAX_SPARES = 2 * PIECES_AHEAD + 2;

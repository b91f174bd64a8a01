import fc from 'fast-check';
import { gunzipSync } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import { zipStream } from '../../../src/workbook/xlsx/splice/zip-stream';
import type { FromGzip, ToGzip } from '../../../src/taskpane/worker/gzipProtocol';
import { compressWith, PIECES_AHEAD, RemoteGzip } from '../../../src/taskpane/worker/gzipStreams';
import { errorMessage } from '../../../src/taskpane/hooks/errorMessage';

/** The two sides joined as two workers would be: each message arrives later, its transferred buffers moved. */
function joined(options: { failOn?: number } = {}) {
  let remote!: RemoteGzip;
  const sent: ToGzip[] = [];
  let chunks = 0;
  const later = <T>(deliver: (message: T) => void) => (message: T, transfer: Transferable[] = []) => {
    const moved = structuredClone(message, { transfer });
    setTimeout(() => deliver(moved), 0);
  };
  const gzipSide = compressWith(
    later<FromGzip>((message) => remote.receive(message)),
    options.failOn === undefined
      ? undefined
      : () => {
          const stream = new CompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>;
          const failing = new TransformStream<Uint8Array, Uint8Array>({
            transform: (bytes, controller) => {
              if (++chunks === options.failOn) throw new Error('trasig komprimering');
              controller.enqueue(bytes);
            },
          });
          failing.readable.pipeTo(stream.writable).catch(() => undefined);
          return { writable: failing.writable, readable: stream.readable };
        },
  );
  const deliver = later<ToGzip>(gzipSide);
  remote = new RemoteGzip((message, transfer) => {
    sent.push(message);
    deliver(message, transfer);
  });
  return { remote, sent };
}

async function compressed(remote: RemoteGzip, pieces: Uint8Array[]): Promise<Buffer> {
  const { readable, writable } = remote.gzip();
  const out: Uint8Array[] = [];
  const reading = (async () => {
    const reader = readable.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) out.push(r.value);
  })();
  const writer = writable.getWriter();
  for (const piece of pieces) await writer.write(piece);
  await writer.close();
  await reading;
  return Buffer.concat(out);
}

describe('the download compressed in a worker of its own (RemoteGzip with compressWith)', () => {
  it('gives a gzip member of exactly the bytes written, for several streams at once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.uint8Array({ minLength: 1, maxLength: 3000 }), { maxLength: 6 }), { minLength: 1, maxLength: 3 }), async (streams) => {
        const { remote } = joined();
        const expected = streams.map((pieces) => Buffer.concat(pieces.map((p) => Buffer.from(p))));
        // Copies go in: the written pieces are transferred away.
        const results = await Promise.all(streams.map((pieces) => compressed(remote, pieces.map((p) => p.slice()))));
        results.forEach((result, i) => expect(gunzipSync(result).equals(expected[i]!)).toBe(true));
      }),
      { numRuns: 40 },
    );
  });

  it('hands PIECES_AHEAD pieces over at once, the next only once one was taken, and moves the bytes instead of copying them', async () => {
    const { remote, sent } = joined();
    const { writable, readable } = remote.gzip();
    void readable.pipeTo(new WritableStream());
    const writer = writable.getWriter();
    const pieces = Array.from({ length: PIECES_AHEAD + 2 }, (_, i) => new Uint8Array(1000).fill(i + 1));
    const chunks = () => sent.filter((m) => m.kind === 'chunk').length;
    const writes = pieces.map((p) => writer.write(p));
    // The stream hands its sink one write at a time: the first PIECES_AHEAD are done at once, the next is sent and waits for a 'taken'.
    for (let i = 0; i < 50; i++) await Promise.resolve(); // the gzip side answers in later tasks, never in these
    expect(chunks()).toBe(PIECES_AHEAD + 1);
    await Promise.all(writes);
    expect(chunks()).toBe(PIECES_AHEAD + 2);
    expect(pieces.map((p) => p.byteLength)).toEqual(pieces.map(() => 0));
    await writer.close();
  });

  it('a zip written through it, its buffers filled again as the gzip worker hands them back, holds exactly what was written', async () => {
    const { remote } = joined();
    let reused = 0;
    const gzip = () => {
      const pair = remote.gzip();
      return {
        ...pair,
        spare: () => {
          const buffer = pair.spare!();
          if (buffer) reused++;
          return buffer;
        },
      };
    };
    // ~2,6 MB of rows: some 40 pieces, many more than the buffers kept.
    const rows = Array.from({ length: 60_000 }, (_, i) => `<row r="${i + 1}"><c><v>${(i * 7919) % 100_003}</v></c></row>`);
    const chunks: Uint8Array[] = [];
    for await (const chunk of zipStream([{ name: 'a.xml', date: new Date(2026, 0, 1), content: rows }], gzip)) chunks.push(chunk);
    const zip = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    chunks.reduce((at, c) => (zip.set(c, at), at + c.length), 0);
    expect(strFromU8(unzipSync(zip)['a.xml']!)).toBe(rows.join(''));
    expect(reused).toBeGreaterThan(10);
  });

  it('a failure in the gzip worker fails the stream: the reader sees it, and every write and the close after it', async () => {
    const { remote } = joined({ failOn: 2 });
    const { readable, writable } = remote.gzip();
    const read = readable.pipeTo(new WritableStream());
    const writer = writable.getWriter();
    await writer.write(new Uint8Array(10));
    await writer.write(new Uint8Array(10));
    await expect(read).rejects.toThrow('Komprimeringen misslyckades: trasig komprimering');
    // Once the failure has come back, no write passes, and the stream is done for.
    await expect(writer.write(new Uint8Array(10))).rejects.toThrow('trasig komprimering');
    await expect(writer.close()).rejects.toThrow();
  });

  it('failAll ends every stream under way with the message, in the pane’s language too', async () => {
    const remote = new RemoteGzip(() => undefined);
    const { readable } = remote.gzip();
    const read = readable.pipeTo(new WritableStream());
    remote.failAll(null);
    const error = await read.then(() => null, (e: unknown) => e);
    expect((error as Error).message).toBe('Komprimeringen misslyckades: komprimeringsarbetaren kunde inte starta');
    expect(errorMessage(error, 'en')).toBe('Compression failed: the compression worker could not start');
  });
});

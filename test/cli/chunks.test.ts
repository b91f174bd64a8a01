import fc from 'fast-check';
import { gathered, type OutputChunk } from '../../src/cli/chunks';

const part: fc.Arbitrary<OutputChunk> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }).map((s) => s.replace(/[\ud800-\udfff]/g, '?')),
  fc.uint8Array({ maxLength: 40 }),
);

async function buffersOf(parts: OutputChunk[], size: number, asAsync: boolean): Promise<Buffer[]> {
  const source = asAsync
    ? (async function* () {
        yield* parts;
      })()
    : parts;
  const buffers: Buffer[] = [];
  for await (const buffer of gathered(source, size)) buffers.push(Buffer.from(buffer));
  return buffers;
}

describe('gathered', () => {
  it('gives the parts’ bytes in order (text as UTF-8), in buffers of the size, short by at most a character’s bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(part, { maxLength: 60 }), fc.integer({ min: 4, max: 50 }), fc.boolean(), async (parts, size, asAsync) => {
        const buffers = await buffersOf(parts, size, asAsync);
        const expected = Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
        expect(Buffer.concat(buffers).equals(expected)).toBe(true);
        for (const buffer of buffers) expect(buffer.length).toBeLessThanOrEqual(size);
        for (const buffer of buffers.slice(0, -1)) expect(buffer.length).toBeGreaterThanOrEqual(size - 3);
        for (const buffer of buffers) expect(buffer.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('does not cut a character: every buffer is whole UTF-8 when the parts are text', async () => {
    const text = 'å€😀'.repeat(50);
    const buffers = await buffersOf([text, text], 7, false);
    for (const buffer of buffers) expect(Buffer.from(buffer.toString('utf8'), 'utf8').equals(buffer)).toBe(true);
    expect(Buffer.concat(buffers).toString('utf8')).toBe(text + text);
  });
});

/** zipStream: packed bytes copied with their CRC and size, new content deflated, a zip any reader opens. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import JSZip from 'jszip';
import { zipStream, type ZipPart } from '../../../../src/workbook/xlsx/splice/zip-stream';
import { rawEntry } from '../../../../src/workbook/xlsx/zip-entries';
import { gather, rawEntries } from './spliced';

const SOURCE = zipSync({
  'stored.txt': [strToU8('lagrad, inte packad'), { level: 0 }],
  'packed.xml': [strToU8('<a>'.repeat(10_000)), { level: 6 }],
  'mapp/åäö.bin': [new Uint8Array([0, 1, 2, 255]), { level: 9 }],
});

async function source(): Promise<JSZip> {
  return JSZip.loadAsync(SOURCE);
}

describe('zipStream', () => {
  it('copies packed entries as they are (stored and deflated) and deflates new content given in pieces', async () => {
    const zip = await source();
    const parts: ZipPart[] = Object.values(zip.files).filter((f) => !f.dir).map((f) => ({ name: f.name, date: f.date, raw: rawEntry(f)! }));
    const big = Array.from({ length: 50_000 }, (_, i) => `<row r="${i}"/>`);
    parts.push({ name: 'ny/del.xml', date: new Date(0), content: ['<x>', ...big, new TextEncoder().encode('</x>')] });
    const bytes = await gather(zipStream(parts));

    const copied = await rawEntries(bytes);
    const original = await rawEntries(SOURCE);
    for (const name of ['stored.txt', 'packed.xml', 'mapp/åäö.bin']) {
      const raw = rawEntry(zip.file(name)!)!;
      expect(copied.get(name)).toMatchObject({ crc32: raw.crc32, uncompressedSize: raw.uncompressedSize, method: raw.method });
      expect(Buffer.from(copied.get(name)!.compressed).equals(Buffer.from(raw.compressed))).toBe(true);
      expect(original.get(name)!.method).toBe(name === 'stored.txt' ? 0 : 8);
    }
    const reread = await JSZip.loadAsync(bytes);
    expect(await reread.file('stored.txt')!.async('string')).toBe('lagrad, inte packad');
    expect(await reread.file('mapp/åäö.bin')!.async('uint8array')).toEqual(new Uint8Array([0, 1, 2, 255]));
    expect(await reread.file('ny/del.xml')!.async('string')).toBe(`<x>${big.join('')}</x>`);
    expect(copied.get('ny/del.xml')!.method).toBe(8);

    // Python's zipfile (which the checker needs anyway) reads every record and tests every CRC.
    const dir = mkdtempSync(join(tmpdir(), 'zip-stream-'));
    try {
      writeFileSync(join(dir, 'a.zip'), bytes);
      const script = 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(z.testzip(), len(z.namelist()))';
      expect(execFileSync('/usr/bin/python3', ['-c', script, join(dir, 'a.zip')], { encoding: 'utf8' }).trim()).toBe('None 4');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

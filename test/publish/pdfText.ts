import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A PDF's text as poppler's `pdftotext -layout` extracts it (no-break spaces made plain, so the
 * tests read as the page does) and its page count and page size from `pdfinfo`.
 */
export function pdfText(bytes: Uint8Array): { text: string; pages: number; pageSize: string; fonts: string } {
  const dir = mkdtempSync(join(tmpdir(), 'intaktsmodell-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, bytes);
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    const pageSize = /^Page size:\s+(.*)$/m.exec(info)?.[1] ?? '';
    return { text, pages, pageSize, fonts };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

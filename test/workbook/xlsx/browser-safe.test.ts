/**
 * The xlsx adapter runs in the browser too: it works on Uint8Array buffers and leaves file IO to
 * the command line. This keeps Node's APIs out of it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(__dirname, '..', '..', '..', 'src', 'workbook', 'xlsx');

describe('src/workbook/xlsx', () => {
  const files = readdirSync(DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));

  it.each(files)('%s uses no Node API', (file) => {
    const source = readFileSync(join(DIR, file), 'utf8');
    const imports = [...source.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]!);
    expect(imports.filter((i) => !i.startsWith('.') && !['exceljs', 'jszip', 'fflate', 'saxes'].includes(i))).toEqual([]);
    expect(source).not.toMatch(/\b(Buffer\.|process\.|require\(|__dirname)/);
  });
});

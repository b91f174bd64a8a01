/**
 * The adapter talks to Excel only through the OfficeHost it is given: no Office or Excel globals
 * outside host.ts, no Node APIs, no imports beyond the project's own modules, and never
 * `getItemAt` or positional guesses (tables and sheets are found by name).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(__dirname, '..', '..', '..', 'src', 'workbook', 'office');
const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));

describe('src/workbook/office', () => {
  it.each(files)('%s imports only project modules and uses no Node API', (file) => {
    const source = readFileSync(join(DIR, file), 'utf8');
    const imports = [...source.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]!);
    expect(imports.filter((i) => !i.startsWith('.'))).toEqual([]);
    expect(imports.filter((i) => i.includes('/xlsx/') && !/\/xlsx\/(cell-range|number-formats|ownership|sheet-names|errors)$/.test(i))).toEqual([]);
    expect(source).not.toMatch(/\b(Buffer\.|process\.|require\(|__dirname)/);
    expect(source).not.toMatch(/getItemAt\(|getActiveWorksheet\(\)\.getRange/);
  });

  it.each(files.filter((f) => f !== 'host.ts'))('%s reaches Excel only through the host it is given', (file) => {
    const code = readFileSync(join(DIR, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(/\bExcel\.run\b|\bOffice\.context\b|\bOfficeExtension\.\w+\(/);
  });
});

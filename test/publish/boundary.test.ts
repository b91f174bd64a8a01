import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

// The PDF documents (src/publish) are made for the command line and the browser alike: they may
// import the engine and each other, never Node, ExcelJS, the workbook adapters or pdfmake itself
// (the host passes its pdfmake and the fonts' bytes to renderPdf). The one package allowed is
// fast-csv's formatter, by its own modules (csv.ts): its index would bring Node's stream.
const BROWSER_SAFE_PACKAGES = ['@fast-csv/format/build/src/'];
const PUBLISH = resolve(__dirname, '../../src/publish');
const ENGINE = resolve(__dirname, '../../src/engine');

describe('the publish boundary', () => {
  it('allows no package by its index, only the formatter modules of fast-csv', () => {
    const source = readFileSync(join(PUBLISH, 'csv.ts'), 'utf8');
    expect(source).not.toMatch(/from\s+['"]@fast-csv\/format['"]/);
  });

  const sources = readdirSync(PUBLISH).filter((f) => f.endsWith('.ts')).map((f) => join(PUBLISH, f));

  it.each(sources.map((f) => [f.slice(PUBLISH.length + 1), f]))('%s imports only src/publish and the engine', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    const specs = [...source.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => (m[1] ?? m[2] ?? m[3]) as string);
    const outside = specs.filter((spec) => {
      if (!spec.startsWith('.')) return !BROWSER_SAFE_PACKAGES.some((p) => spec.startsWith(p));
      const target = resolve(dirname(file), spec);
      return !target.startsWith(PUBLISH) && !target.startsWith(ENGINE);
    });
    expect(outside).toEqual([]);
    expect(source).not.toMatch(/\b(process\.|Buffer\.|__dirname|require\()/);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

// The PDF documents (src/publish) are made for the command line and the browser alike: they may
// import the engine and each other, never Node, ExcelJS, the workbook adapters or pdfmake itself
// (the host passes its pdfmake and the fonts' bytes to renderPdf).
const PUBLISH = resolve(__dirname, '../../src/publish');
const ENGINE = resolve(__dirname, '../../src/engine');

describe('the publish boundary', () => {
  const sources = readdirSync(PUBLISH).filter((f) => f.endsWith('.ts')).map((f) => join(PUBLISH, f));

  it.each(sources.map((f) => [f.slice(PUBLISH.length + 1), f]))('%s imports only src/publish and the engine', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    const specs = [...source.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => (m[1] ?? m[2] ?? m[3]) as string);
    const outside = specs.filter((spec) => {
      if (!spec.startsWith('.')) return true;
      const target = resolve(dirname(file), spec);
      return !target.startsWith(PUBLISH) && !target.startsWith(ENGINE);
    });
    expect(outside).toEqual([]);
    expect(source).not.toMatch(/\b(process\.|Buffer\.|__dirname|require\()/);
  });
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// The engine is pure: it may import only its own files and decimal.js. No office-js, React,
// Fluent, ExcelJS or Node APIs (STYLE.md; domain-driven-hexagon's dependency rule as a test).
const ENGINE = resolve(__dirname, '../../src/engine');
const ALLOWED_PACKAGES = new Set(['decimal.js']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function imports(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    found.push((m[1] ?? m[2] ?? m[3]) as string);
  }
  return found;
}

describe('the engine boundary', () => {
  const sources = files(ENGINE);

  it('finds the engine sources', () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  it.each(sources.map((f) => [relative(ENGINE, f), f]))('%s imports only the engine and decimal.js', (_name, file) => {
    const outside = imports(readFileSync(file, 'utf8')).filter((spec) => {
      if (spec.startsWith('.')) return !resolve(dirname(file), spec).startsWith(ENGINE);
      return !ALLOWED_PACKAGES.has(spec);
    });
    expect(outside).toEqual([]);
  });

  it('uses no Excel, Office or Node globals', () => {
    const offenders = sources.filter((f) => /\b(Excel\.run|Office\.context|process\.|require\(|Buffer\.)/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(ENGINE, f))).toEqual([]);
  });
});

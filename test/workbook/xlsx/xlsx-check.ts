import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The team's package checker (ECMA-376 schemas and Excel's structure rules), kept in tools/ so CI runs it. */
const CHECKER = join(__dirname, '..', '..', '..', 'tools', 'xlsx-check', 'check_xlsx.py');
const PYTHON = '/usr/bin/python3';

/**
 * True when the xlsx checker and its lxml can run here. In CI (.ci/run installs python3-lxml) a
 * checker that cannot run is an error, so the schema checks are never skipped there unnoticed.
 */
export function xlsxCheckAvailable(): boolean {
  let available = existsSync(CHECKER) && existsSync(PYTHON);
  if (available) {
    try {
      execFileSync(PYTHON, ['-c', 'import lxml'], { stdio: 'ignore' });
    } catch {
      available = false;
    }
  }
  if (!available && process.env['CI']) throw new Error(`xlsx-check cannot run: ${PYTHON} with lxml and ${CHECKER} are needed (apt-get install python3-lxml)`);
  return available;
}

/** The checker's findings for these bytes (with the schemas), minus the lines marked "(info)"; [] when the package is clean. */
export function xlsxFindings(bytes: Uint8Array): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'xlsx-check-'));
  try {
    const file = join(dir, 'out.xlsx');
    writeFileSync(file, bytes);
    let output: string;
    try {
      output = execFileSync(PYTHON, [CHECKER, file, '--xsd'], { encoding: 'utf8', timeout: 120_000 });
    } catch (error) {
      output = String((error as { stdout?: unknown }).stdout ?? error);
    }
    return output
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.includes('(info)') && !/: \d+ findings?$/.test(l));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CHECKER = '/work/shared/tools/xlsx-check/check_xlsx.py';
const PYTHON = '/usr/bin/python3';

/** True when the shared xlsx checker and its lxml can run here. */
export function xlsxCheckAvailable(): boolean {
  if (!existsSync(CHECKER) || !existsSync(PYTHON)) return false;
  try {
    execFileSync(PYTHON, ['-c', 'import lxml'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
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

import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A lock folder whose owner never wrote its pid was left by a process stopped at once. */
const UNOWNED_STALE_MS = 60_000;

/**
 * A lock between jest's worker processes: a folder made atomically (mkdir), holding its owner's
 * pid. Waits while the owner lives; a lock whose owner is gone is taken over. Resolves to the
 * release.
 */
export async function takeLock(path: string): Promise<() => void> {
  for (;;) {
    try {
      mkdirSync(path);
      writeFileSync(join(path, 'pid'), String(process.pid));
      return () => rmSync(path, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (ownerGone(path)) rmSync(path, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

function ownerGone(path: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(path, 'pid'), 'utf8'));
  } catch {
    // Made and its pid not written yet, or left so long ago that no one is writing it.
    const made = statSync(path, { throwIfNoEntry: false });
    return made !== undefined && Date.now() - made.mtimeMs > UNOWNED_STALE_MS;
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

import { unlinkSync } from 'node:fs';

/**
 * The temporary files of writes under way (atomicWrite.ts), so that a run stopped by a signal
 * can remove them at once: the launcher (main.ts) keeps the list its worker tells it of.
 */
export class TemporaryFiles {
  private readonly paths = new Set<string>();

  add(path: string): void {
    this.paths.add(path);
  }

  delete(path: string): void {
    this.paths.delete(path);
  }

  /** Removes every file still listed, synchronously (a signal handler exits right after). */
  removeAll(): void {
    for (const path of this.paths) {
      try {
        unlinkSync(path);
      } catch {
        // Not created yet, or already renamed into place: nothing to remove.
      }
    }
    this.paths.clear();
  }
}

import type { OutputData } from './chunks';

export type { OutputChunk, OutputData } from './chunks';

/** What the command line needs from its host; nodeIO.ts gives it Node's files, tests their own (test/cli/memoryIO.ts). */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /**
   * What is at `path`, symbolic links followed: its kind, size, identity and real path, or that
   * nothing is there (then `realPath` is where a file written to `path` would be). Throws when
   * it cannot tell (no permission on a folder …).
   */
  stat(path: string): Promise<PathInfo>;
  /** The bytes of the regular file at `path`; throws for anything else, and for more than `limit` bytes. */
  readFile(path: string, limit: number): Promise<Uint8Array>;
  /**
   * Replaces what is at `path` in one step, all or nothing: a failed write leaves the old file (or
   * none) and no temporary file. `data` is the whole output, or its parts in order (an iterable or
   * async iterable), made and written a part at a time so that no whole-document string is built;
   * a part that throws while being made fails the write as a failed disk write does.
   */
  writeFile(path: string, data: OutputData): Promise<void>;
  now(): number;
}

export type PathInfo =
  | { exists: false; realPath: string }
  | {
      exists: true;
      realPath: string;
      /** Equal for two paths exactly when they name the same file (device and inode on a disk). */
      id: string;
      kind: 'file' | 'directory' | 'other';
      size: number;
    };

/** What each command borrows from cli.ts, passed in so the command files do not import it. */
export interface CommandHelpers {
  /** Exit 2 unless IN is a readable regular file and no output is IN, a folder or another output (files.ts). */
  checkFiles(input: string, outputs: readonly { option: string; path: string }[]): Promise<void>;
  readInput(path: string): Promise<Uint8Array>;
  writeOutput(path: string, data: OutputData): Promise<void>;
  /** An error that makes the command line exit 2 with its message. */
  usage(message: string): Error;
}

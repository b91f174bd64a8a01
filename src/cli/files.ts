import type { CliIO, OutputData, PathInfo } from './io';
import { UsageError } from './usageError';

/**
 * The largest IN read: 1 GB (2^30 bytes). A whole country's workbook is about 40 MB, so this only
 * stops what is no workbook (a disk image, a log) before it fills the memory.
 */
export const MAX_INPUT_BYTES = 2 ** 30;

/** An output file and the option that names it, for the messages. */
export interface OutputPath {
  option: string;
  path: string;
}

const megabytes = (bytes: number) => new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 }).format(bytes / 2 ** 20);

/**
 * Refuses, before anything is read or written: an IN that is not a regular file of at most
 * MAX_INPUT_BYTES, an output that is IN (by device and inode, or by real path: a symbolic link,
 * a hard link, `./IN.xlsx`, `dir/../IN.xlsx`, an absolute path) or a folder, and two outputs
 * that are the same file.
 */
export async function checkFiles(io: CliIO, input: string | null, outputs: readonly OutputPath[]): Promise<void> {
  const inputInfo = input === null ? null : await inputFile(io, input);
  const seen: { output: OutputPath; info: PathInfo }[] = [];
  for (const output of outputs) {
    const info = await statFor(io, output.path, 'skriva');
    const named = output.option === '' ? output.path : `${output.path} (${output.option})`;
    if (info.exists && info.kind === 'directory') throw new UsageError(`utfilen ${named} är en mapp; ange ett filnamn.`);
    if (input !== null && inputInfo !== null && sameFile(info, inputInfo)) {
      throw new UsageError(`utfilen ${named} är samma fil som indatafilen ${input}, via en länk eller en annan stavning av sökvägen; IN ändras aldrig. Ange ett annat namn.`);
    }
    const twin = seen.find((s) => sameFile(s.info, info));
    if (twin) throw new UsageError(`${twin.output.option} ${twin.output.path} och ${output.option} ${output.path} är samma fil; ange två olika filer.`);
    seen.push({ output, info });
  }
}

async function inputFile(io: CliIO, path: string): Promise<PathInfo & { exists: true }> {
  const info = await statFor(io, path, 'läsa');
  if (!info.exists) throw new UsageError(`kunde inte läsa ${path}: filen eller mappen finns inte`);
  if (info.kind === 'directory') throw new UsageError(`${path} är en mapp, inte en arbetsbok; ange en .xlsx-fil.`);
  if (info.kind === 'other') {
    throw new UsageError(`${path} är ingen vanlig fil (utan en enhet som /dev/zero, en namngiven pipe eller en socket) och läses inte; ange en .xlsx-fil.`);
  }
  if (info.size > MAX_INPUT_BYTES) {
    throw new UsageError(
      `${path} är ${megabytes(info.size)} MB, större än de ${megabytes(MAX_INPUT_BYTES)} MB som läses (en arbetsbok för ett helt land är omkring 40 MB); är det rätt fil?`,
    );
  }
  return info;
}

function sameFile(a: PathInfo, b: PathInfo): boolean {
  if (a.exists && b.exists && a.id === b.id) return true;
  return a.realPath === b.realPath;
}

async function statFor(io: CliIO, path: string, verb: 'läsa' | 'skriva'): Promise<PathInfo> {
  try {
    return await io.stat(path);
  } catch (error) {
    throw new UsageError(`kunde inte ${verb} ${path}: ${reason(error)}`);
  }
}

/** IN's bytes, or exit 2 saying why not. */
export async function readInput(io: CliIO, path: string): Promise<Uint8Array> {
  try {
    return await io.readFile(path, MAX_INPUT_BYTES);
  } catch (error) {
    throw new UsageError(`kunde inte läsa ${path}: ${reason(error)}`);
  }
}

/** Writes an output in one step (see CliIO.writeFile), or exit 2 saying why not. */
export async function writeOutput(io: CliIO, path: string, data: OutputData): Promise<void> {
  try {
    await io.writeFile(path, data);
  } catch (error) {
    throw new UsageError(`kunde inte skriva ${path}: ${reason(error)}`);
  }
}

/** The Swedish reason for a file error, by its Node error code. */
export function reason(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (code === 'ENOENT') return 'filen eller mappen finns inte';
    if (code === 'EACCES' || code === 'EPERM') return 'behörighet saknas';
    if (code === 'EISDIR') return 'det är en mapp';
    if (code === 'ENOTDIR') return 'en del av sökvägen är ingen mapp';
    if (code === 'ENOSPC') return 'disken är full';
    if (code === 'EROFS') return 'filsystemet är skrivskyddat';
    if (code === 'ELOOP') return 'för många symboliska länkar i rad';
    if (code === 'EFBIG') return `filen är större än de ${megabytes(MAX_INPUT_BYTES)} MB som läses`;
    if (code === 'ENOTREGULAR') return 'ingen vanlig fil';
    if (code === 'EINPUT') return 'det är indatafilen, som aldrig ändras';
  }
  return error instanceof Error ? error.message : String(error);
}

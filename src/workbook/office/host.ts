/// <reference types="office-js" />
import type { OfficeFileHost } from './document-file';

/**
 * What the adapter needs from Office: `Excel.run` and the requirement-set check. Passed in
 * rather than read from globals, so that the composition root wires the real Office and the
 * tests a strict in-memory Excel.
 */
export interface OfficeHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, minVersion: string): boolean;
}

/** The real host: call only after `Office.onReady` reported Excel. */
export function officeHost(): OfficeHost {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, minVersion) => Office.context.requirements.isSetSupported(name, minVersion),
  };
}

/** The real host of whole files (document-file.ts): call only after `Office.onReady` reported Excel. */
export function officeFileHost(): OfficeFileHost {
  return {
    isSetSupported: (name, minVersion) => Office.context.requirements.isSetSupported(name, minVersion),
    platform: () => (Office.context.diagnostics?.platform as unknown as string | undefined) ?? null,
    getCompressedFile: (sliceSize, callback) => Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize }, callback as (result: Office.AsyncResult<Office.File>) => void),
    createWorkbook: (base64) => Excel.createWorkbook(base64),
  };
}

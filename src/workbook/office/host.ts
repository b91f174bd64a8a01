/// <reference types="office-js" />

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

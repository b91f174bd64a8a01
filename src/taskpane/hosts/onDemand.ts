import type { OutputTable, OutputTableName } from '../../engine/output';

/**
 * The outputs Beräkna leaves out in Excel unless "Skriv alltid" is on: the two that grow to tens
 * of thousands of rows (a city's Fakturaunderlag 81 000, Spårning 30 000; the engine streams
 * exactly these), which made up some 17 of the 20 MB a city's recalculation wrote. The pane
 * writes them when asked. The file path (command line, browser download) writes everything.
 */
export const ON_DEMAND_OUTPUTS: readonly OutputTableName[] = ['Fakturaunderlag', 'Spårning'];

export function isOnDemand(name: string): boolean {
  return ON_DEMAND_OUTPUTS.includes(name as OutputTableName);
}

/** A run's outputs split into those Beräkna writes and those kept for later. */
export function splitOutputs(outputs: readonly OutputTable[], writeAll: boolean): { write: OutputTable[]; later: OutputTable[] } {
  if (writeAll) return { write: [...outputs], later: [] };
  return { write: outputs.filter((o) => !isOnDemand(o.name)), later: outputs.filter((o) => isOnDemand(o.name)) };
}

/** Excel compares sheet names without regard to case. */
export function sameSheet(a: string, b: string): boolean {
  return a.toLocaleLowerCase('sv-SE') === b.toLocaleLowerCase('sv-SE');
}

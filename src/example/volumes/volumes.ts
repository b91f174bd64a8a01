/** Kund, Volym (budget 2021), Fjolårsvolym (outcome 2020). */
export type VolumeRow = readonly [customer: string, volume: number, lastYear: number];

export interface ServiceVolumes {
  service: string;
  rows: readonly VolumeRow[];
}

export function volumes(service: string, rows: readonly VolumeRow[]): ServiceVolumes {
  return { service, rows };
}

import { ONE, type Dec } from '../decimal';
import type { PackageBand, Volume } from '../model';
import type { ServiceFacts } from './priceService';

/**
 * A scenario's Volymfaktor: every customer's volume of the service times the factor, exactly
 * (four decimals at most, scenarioColumns.ts). Deviations, Fjolårsvolym and who has rows in
 * Volymer stay as they are. The base's facts are returned as they are for a factor of 1.
 */
export function scaleFacts(facts: ServiceFacts, factor: Dec): ServiceFacts {
  if (factor.eq(ONE)) return facts;
  const volumes = new Map<string, Volume>();
  for (const [customer, v] of facts.volumes) volumes.set(customer, { ...v, volume: v.volume.times(factor) });
  return { ...facts, volumes, totalVolume: facts.totalVolume.times(factor) };
}

/**
 * The band of a scaled volume that the bands' own rule leaves out: one between two whole-number
 * bands (10,45 between 1–10 and 11–20) is past the lower band's Till volym, so it belongs to the
 * next band up, the first whose Till volym holds it. Below the first band's Från volym, or above
 * the last band's Till volym, there is none.
 */
export function scaledBand(bands: readonly PackageBand[], volume: Dec): PackageBand | undefined {
  const first = bands[0];
  if (first === undefined || volume.lt(first.from)) return undefined;
  return bands.find((b) => b.to === null || volume.lte(b.to));
}

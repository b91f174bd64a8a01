import type { RawTable } from '../engine/cells';
import type { PricingModel } from '../engine/schema';
import { AREA } from './areas';
import { KEY } from './customers';
import { contractHeaders, rawTable } from './table';

interface Override {
  scenario: string;
  /** A service, or an area for all its services. */
  target: string;
  model?: PricingModel;
  key?: string;
  fixedShare?: number;
}

// The base is today's model ("Dagens modell"): the services as in Tjänster.

/**
 * Recommendation 1 (6.4): Kundreskontra, Leverantörsreskontra and Hyresadministration as fixed
 * costs keyed out, possibly by turnover alone as Lantmäteriet does; and (7.6) Lön's base price
 * as a fixed cost keyed by employees, with the extra handling folded into it (6.4: "att
 * tilläggshanteringen hanteras via nyckling"): Tilläggshantering lön and Hedersbelöningar keyed
 * by employees too. Deviations are still charged to whoever causes them (recommendation 4).
 * Who shares stays who has volumes today.
 */
const RECOMMENDATION = 'Fasta priser (rekommendation)';

/**
 * Chapter 10: "more and broader fixed prices". Every Ekonomi and Lön service keyed out, by
 * turnover and by employees, and Kontaktcenter's mixed services with a larger fixed share, as
 * already done for Förskola/skola (8.6).
 */
const PER_AREA = 'Fasta priser per område';

const OVERRIDES: readonly Override[] = [
  { scenario: RECOMMENDATION, target: 'Leverantörsreskontra', model: 'Fast', key: KEY.turnover },
  { scenario: RECOMMENDATION, target: 'Kundreskontra', model: 'Fast', key: KEY.turnover },
  { scenario: RECOMMENDATION, target: 'Hyresadministration', model: 'Fast', key: KEY.turnover },
  { scenario: RECOMMENDATION, target: 'Lön bastjänst', model: 'Fast', key: KEY.employees },
  { scenario: RECOMMENDATION, target: 'Tilläggshantering lön', model: 'Fast', key: KEY.employees },
  { scenario: RECOMMENDATION, target: 'Hedersbelöningar', model: 'Fast', key: KEY.employees },
  { scenario: PER_AREA, target: AREA.ekonomi, model: 'Fast', key: KEY.turnover },
  { scenario: PER_AREA, target: AREA.lon, model: 'Fast', key: KEY.employees },
  { scenario: PER_AREA, target: 'Äldre direkt', fixedShare: 0.8 },
  { scenario: PER_AREA, target: 'Funktionshinder', fixedShare: 0.8 },
];

export function scenariosTable(): RawTable {
  return rawTable(
    'Scenarier',
    contractHeaders('Scenarier'),
    OVERRIDES.map((o) => ({
      Scenario: o.scenario,
      Tjänst: o.target,
      Prismodell: o.model,
      Nyckel: o.key,
      'Fast andel': o.fixedShare,
    })),
  );
}

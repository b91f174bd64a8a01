import type { RawTable } from '../engine/cells';
import type { PricingModel } from '../engine/schema';
import { AREA } from './areas';
import { CUSTOMER_TYPE, KEY } from './customers';
import { contractHeaders, rawTable } from './table';

interface Override {
  scenario: string;
  /** A service, or an area for all its services. */
  target: string;
  model?: PricingModel;
  key?: string;
  fixedShare?: number;
  /** Who shares a keyed cost: customer types, or Alla. */
  customerTypes?: string;
  /** Every customer's volume times this. */
  volumeFactor?: number;
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

/**
 * 8.6: "Ett exempel är Äldre direkt där enbart 7 av 13 stadsdelsförvaltningar använder tjänsten
 * idag": the service made mandatory, its keyed part shared by all 13 district administrations
 * (the per-case part is still charged to those with cases).
 */
const MANDATORY = 'Äldre direkt obligatorisk';

/**
 * 8.2: Kontaktcenter's revenue fell by 1,6 MSEK when volumes fell in the pandemic. Every case
 * and hour 5 % fewer: the prices per unit rise to cover the same cost, decided prices do not.
 */
const FALLING = 'Vikande volymer';

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
  { scenario: MANDATORY, target: 'Äldre direkt', customerTypes: CUSTOMER_TYPE.district },
  { scenario: FALLING, target: AREA.kontaktcenter, volumeFactor: 0.95 },
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
      Kundtyper: o.customerTypes,
      Volymfaktor: o.volumeFactor,
    })),
  );
}

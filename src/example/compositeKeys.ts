import type { RawTable } from '../engine/cells';
import { KEY } from './customers';
import { contractHeaders, rawTable } from './table';

/**
 * Stockholm Direkt answers residents who cannot find the right administration (8.1): its cost
 * follows the population served and, for the departments without residents, their size.
 * The report asks for "more common and general keys" for the districts' services (8.6).
 */
export const COMPOSITE_KEY = {
  inhabitantsAndEmployees: 'Invånare/Anställda',
} as const;

const PARTS: ReadonlyArray<readonly [string, string, number]> = [
  [COMPOSITE_KEY.inhabitantsAndEmployees, KEY.inhabitants, 0.6],
  [COMPOSITE_KEY.inhabitantsAndEmployees, KEY.employees, 0.4],
];

export function compositeKeysTable(): RawTable {
  return rawTable(
    'Sammansatta nycklar',
    contractHeaders('Sammansatta nycklar'),
    PARTS.map(([key, part, weight]) => ({ Nyckel: key, Delnyckel: part, Vikt: weight })),
  );
}

import type { RawTable } from '../engine/cells';
import { COMMON_POOL, FTE_DRIVER } from './areas';
import { contractHeaders, rawTable } from './table';

/**
 * Pooler: the example's one common pool, declared, so that a Kostnadsobjekt that is neither a
 * service, a process, an area nor this pool is an error. Its rows in Kostnader name their
 * driver themselves, so the pool's driver here changes no figure.
 */
export function poolsTable(): RawTable {
  return rawTable('Pooler', contractHeaders('Pooler'), [
    { Pool: COMMON_POOL, 'Fördelas efter': FTE_DRIVER, Beskrivning: 'Lokaler, IT och ledning, bokförda centralt (rapporten 2.4).' },
  ]);
}

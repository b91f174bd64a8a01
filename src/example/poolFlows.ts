import type { RawTable } from '../engine/cells';
import { contractHeaders, rawTable } from './table';

/**
 * Poolutbyte. The example books premises, IT and management in one common pool (COMMON_POOL,
 * report 2.4), so no pool serves another and the table is empty, headers only. A workbook that
 * keeps IT and administration apart would write here, e.g., IT → Nämnd och administration 0,2
 * and Nämnd och administration → IT 0,1.
 */
export function poolFlowsTable(): RawTable {
  return rawTable('Poolutbyte', contractHeaders('Poolutbyte'), []);
}

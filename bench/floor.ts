import type { RawTable } from '../src/engine/cells';
import { Dec, decFromCell } from '../src/engine/decimal';

/**
 * The floor: one pass that reads every input number once, as the exact decimal the engine
 * works with (decFromCell), and adds it up with decimal.js. No engine can do less and stay
 * exact, so the engine's time is reported as a multiple of this.
 */
export function floorPass(tables: readonly RawTable[]): { numbers: number; total: Dec } {
  let total = new Dec(0);
  let numbers = 0;
  for (const table of tables) {
    for (const row of table.rows) {
      for (const cell of row) {
        if (typeof cell === 'number') {
          total = total.plus(decFromCell(cell));
          numbers += 1;
        }
      }
    }
  }
  return { numbers, total };
}

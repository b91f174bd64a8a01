import type { CostRow, Model, PoolDeclaration } from '../model';
import { KEY_FIGURE_KEYS } from '../report/keyFigures';
import { normalizeName } from '../schema';
import { MistypedNames, allNames, didYouMean } from './mistypedNames';
import { msg } from '../messages/catalog';
import type { Place } from '../problems';
import type { ExtraColumn, TableReader } from './tableReader';

/**
 * Columns that mean nothing are said, not silently ignored: one warning per column, at its
 * header cell. An extra column of a table whose extra columns have no meaning (all but Nycklar
 * and Tjänster), naming the contract column it probably misspells.
 */
export function reportMeaninglessColumns(table: TableReader): void {
  if (!table.present || table.spec.extraColumns !== undefined) return;
  const headers = table.spec.columns.map((c) => c.header);
  const known = new MistypedNames(headers);
  const others = new Set((table.spec.otherColumns ?? []).map((c) => normalizeName(c.header)));
  for (const extra of table.extras) {
    if (others.has(normalizeName(extra.header))) continue;
    const at = headerCell(table, extra);
    table.report.warning('unused-column', at, msg('meaninglessColumn', { at, hint: didYouMean(known.suggest(extra.header)), columns: allNames(headers) }));
  }
}

/**
 * A key column of Nycklar no service keys by (Tjänster.Nyckel, a Delnyckel of Sammansatta
 * nycklar, Scenarier.Nyckel) and Nyckeltal does not divide by. Read from the valid rows, so
 * called only when the tables read without errors.
 */
export function reportUnusedKeys(table: TableReader, model: Pick<Model, 'services' | 'composites' | 'scenarios'>): void {
  const used = new Set<string>(KEY_FIGURE_KEYS.map(normalizeName));
  for (const s of model.services) if (s.key !== null) used.add(normalizeName(s.key));
  for (const parts of model.composites.values()) for (const p of parts) used.add(normalizeName(p.key));
  for (const scenario of model.scenarios) for (const o of scenario.overrides) if (o.key !== null) used.add(normalizeName(o.key));
  const contract = new MistypedNames(table.spec.columns.map((c) => c.header));
  for (const extra of table.extras) {
    if (used.has(normalizeName(extra.header))) continue;
    const at = headerCell(table, extra);
    table.report.warning('unused-column', at, msg('unusedKey', { at, hint: didYouMean(contract.suggest(extra.header)) }));
  }
}

/**
 * A driver column of Tjänster no cost row is spread by (Kostnader.Fördelas efter, a pool's
 * Fördelas efter in Pooler). Poolutbyte spreads by the pools' own drivers, so it adds none.
 */
export function reportUnusedDrivers(table: TableReader, costs: readonly CostRow[], pools: readonly PoolDeclaration[] | null): void {
  const used = new Set<string>();
  for (const c of costs) if (c.driver !== null) used.add(normalizeName(c.driver));
  for (const p of pools ?? []) if (typeof p.driver === 'string') used.add(normalizeName(p.driver));
  const contract = new MistypedNames(table.spec.columns.map((c) => c.header));
  for (const extra of table.extras) {
    if (used.has(normalizeName(extra.header))) continue;
    const at = headerCell(table, extra);
    table.report.warning('unused-column', at, msg('unusedDriver', { at, hint: didYouMean(contract.suggest(extra.header)) }));
  }
}

/** The column's header cell, where its warning goes: "Nycklar kolumn X (Nycklar!E1)". */
function headerCell(table: TableReader, extra: ExtraColumn): Place {
  return { table: table.name, row: null, column: extra.header, cell: table.address(0, extra.index) };
}

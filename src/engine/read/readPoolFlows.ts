import { Dec, ONE, ZERO } from '../decimal';
import type { CostRow, PoolFlow } from '../model';
import { normalizeName } from '../schema';
import { MistypedNames, didYouMean } from './mistypedNames';
import { msg, type Message } from '../messages/catalog';
import { names } from '../messages/wording';
import type { ServiceLevel } from '../messages/read';
import { NameIndex } from './nameIndex';
import type { PoolDeclarations } from './readPools';
import { isRejected, type Services } from './readServices';
import type { Row, TableReader } from './tableReader';
import { SHARE } from './ranges';

/**
 * Poolutbyte: Från pool | Till pool | Andel. Both names must be common pools of Kostnader (cost
 * objects that are neither a service, a process nor an area); a pool may not give to itself,
 * a pair may appear once, and the shares one pool gives away may sum to at most 1. With Pooler
 * (declared) they must be declared there too, which every pool of Kostnader then is. Whether the
 * flows can be solved (a closed cycle) is checked when the pools are spread (calc/pools.ts).
 */
export function readPoolFlows(table: TableReader, costs: readonly CostRow[], services: Services, declared: PoolDeclarations | null = null): PoolFlow[] {
  const pools = new NameIndex<string>();
  const poolList: string[] = [];
  for (const c of costs) {
    if (c.target.level !== 'pool' || pools.has(c.target.name)) continue;
    pools.set(c.target.name, c.target.name);
    poolList.push(c.target.name);
  }
  const processes = new Set(services.list.map((s) => normalizeName(s.process)));
  const areas = new Set(services.list.map((s) => normalizeName(s.area)));

  const pool = (row: Row, column: string): string | null => {
    const text = row.text(column, true);
    if (text === null) return null;
    const found = pools.get(text);
    if (found !== undefined) return found;
    if (isRejected(services, text)) return null;
    const level: ServiceLevel | null = services.byName.has(text) ? 'service' : processes.has(normalizeName(text)) ? 'process' : areas.has(normalizeName(text)) ? 'area' : null;
    const at = row.place(column);
    const guess = (): Message | null => didYouMean(new MistypedNames(poolList).suggest(text));
    const report = table.report;
    if (level !== null) report.error('unknown-pool', at, msg('flowNotAPool', { at, text, level }));
    else if (declared !== null && !declared.byName.has(text)) report.error('unknown-pool', at, msg('flowNotDeclared', { at, text, hint: guess(), declared: names(declared.list.map((p) => p.name)) }));
    else if (declared !== null) report.error('unknown-pool', at, msg('flowPoolWithoutCosts', { at, text }));
    else report.error('unknown-pool', at, msg('flowUnknownPool', { at, text, hint: guess(), pools: names(poolList) }));
    return null;
  };

  const flows: PoolFlow[] = [];
  const seen = new Map<string, number>();
  const given = new Map<string, { total: Dec; rows: number[]; reported: boolean }>();
  for (const row of table.rows()) {
    const from = pool(row, 'Från pool');
    const to = pool(row, 'Till pool');
    const share = row.number('Andel', true, SHARE);
    if (from === null || to === null || share === null) continue;
    if (normalizeName(from) === normalizeName(to)) {
      table.report.error('pool-to-itself', row.place('Till pool'), msg('poolToItself', { at: row.place('Till pool'), pool: from }));
      continue;
    }
    const pair = `${normalizeName(from)}\u0000${normalizeName(to)}`;
    const earlier = seen.get(pair);
    if (earlier !== undefined) {
      table.report.error('duplicate-pool-flow', row.place('Till pool'), msg('duplicatePoolFlow', { at: row.place('Till pool'), from, to, earlier }));
      continue;
    }
    seen.set(pair, row.rowNumber);
    const g = given.get(normalizeName(from)) ?? { total: ZERO, rows: [], reported: false };
    g.total = g.total.plus(share);
    g.rows.push(row.rowNumber);
    given.set(normalizeName(from), g);
    if (g.total.gt(ONE) && !g.reported) {
      g.reported = true;
      table.report.error('pool-gives-too-much', row.place('Andel'), msg('poolGivesTooMuch', { at: row.place('Andel'), pool: from, percent: percent(g.total), rows: names(g.rows) }));
    }
    flows.push({ from, to, share, row: row.rowNumber });
  }
  return flows;
}

function percent(share: Dec): string {
  return `${share.times(100).toString().replace('.', ',')} %`;
}

import { Dec, ONE, ZERO } from '../decimal';
import type { CostRow, PoolFlow } from '../model';
import { normalizeName } from '../schema';
import { MistypedNames, orList } from './mistypedNames';
import { NameIndex } from './nameIndex';
import type { PoolDeclarations } from './readPools';
import { isRejected, type Services } from './readServices';
import type { Row, TableReader } from './tableReader';
import { nameList } from '../nameList';
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
    const what = services.byName.has(text) ? 'en tjänst' : processes.has(normalizeName(text)) ? 'en process' : areas.has(normalizeName(text)) ? 'ett verksamhetsområde' : null;
    const rule = 'Poolutbyte gäller bara gemensamma pooler: kostnadsobjekt i Kostnader som varken är en tjänst, en process eller ett verksamhetsområde';
    const near = new MistypedNames(poolList).suggest(text);
    const guess = near.length > 0 ? ` Menade du ${orList(near)}?` : '';
    const known = poolList.length > 0 ? ` Poolerna i Kostnader: ${nameList(poolList)}.` : ' Kostnader har inga sådana rader.';
    let message: string;
    if (what !== null) message = `"${text}" är ${what}, inte en gemensam pool. ${rule}.`;
    else if (declared !== null && !declared.byName.has(text)) message = `"${text}" är ingen pool i tabellen Pooler.${guess || ` Poolerna i Pooler: ${nameList(declared.list.map((p) => p.name))}.`}`;
    else if (declared !== null) message = `poolen "${text}" i Pooler har inga rader i Kostnader, så den har inget att ge eller fördela.`;
    else message = `"${text}" är ingen pool i Kostnader. ${rule}.${guess || known}`;
    table.report.error('unknown-pool', row.place(column), `${row.where(column)}: ${message}`);
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
      table.report.error('pool-to-itself', row.place('Till pool'), `${row.where('Till pool')}: poolen ${from} kan inte ge till sig själv; ta bort raden eller ange en annan pool.`);
      continue;
    }
    const pair = `${normalizeName(from)}\u0000${normalizeName(to)}`;
    const earlier = seen.get(pair);
    if (earlier !== undefined) {
      table.report.error('duplicate-pool-flow', row.place('Till pool'), `${row.where('Till pool')}: utbytet från ${from} till ${to} anges redan på rad ${earlier}; slå ihop raderna till en.`);
      continue;
    }
    seen.set(pair, row.rowNumber);
    const g = given.get(normalizeName(from)) ?? { total: ZERO, rows: [], reported: false };
    g.total = g.total.plus(share);
    g.rows.push(row.rowNumber);
    given.set(normalizeName(from), g);
    if (g.total.gt(ONE) && !g.reported) {
      g.reported = true;
      table.report.error('pool-gives-too-much', row.place('Andel'), `${row.where('Andel')}: poolen ${from} ger bort ${percent(g.total)} av sin kostnad (rad ${nameList(g.rows)}), mer än 100 %. Andelarna från en pool får summera till högst 1.`);
    }
    flows.push({ from, to, share, row: row.rowNumber });
  }
  return flows;
}

function percent(share: Dec): string {
  return `${share.times(100).toString().replace('.', ',')} %`;
}

import type { DeviationType, Scenario, Service } from '../model';
import { FIXED_HEADERS, MAX_HEADER_LENGTH, deviationColumns, scenarioComparisonHeaders, scenarioPriceHeaders } from '../outputHeaders';
import { normalizeName, type TableName } from '../schema';
import type { Locator } from './locator';
import type { ProblemList } from './problemList';
import { msg, type Message } from '../messages/catalog';

/** A name of the input that makes columns of an output, and the cell that defines it. */
interface HeaderSource {
  headers: string[];
  table: TableName;
  row: number;
  column: string;
  /** "scenariot "Bas"", for the message. */
  what: Message;
}

/**
 * Names that become output column headers must make valid, distinct column names: at most 255
 * characters, and not the same (as names match) as another column of that output. Either is an
 * error on the cell that defines the name, so nothing is written with a column Excel would
 * repair or two columns merged into one.
 */
export function checkOutputHeaders(
  input: { deviationTypes: ReadonlyMap<string, ReadonlyMap<string, DeviationType>>; scenarios: readonly Scenario[]; services: readonly Service[]; threshold: boolean },
  locate: Locator,
  problems: ProblemList,
): void {
  // One error per cell: a scenario name too long for one output is too long for the other.
  const reported = new Set<string>();
  const check = (output: keyof typeof FIXED_HEADERS, sources: HeaderSource[]): void => {
    const taken = new Map<string, HeaderSource | null>(FIXED_HEADERS[output].map((h) => [normalizeName(h), null]));
    for (const source of sources) {
      const place = locate.place(source.table, source.row, source.column);
      const cell = `${source.table}\u0000${source.row}`;
      if (reported.has(cell)) continue;
      const long = source.headers.find((h) => h.length > MAX_HEADER_LENGTH);
      if (long !== undefined) {
        problems.error('header-too-long', place, msg('headerTooLong', { at: place, what: source.what, header: shorten(long), output, length: long.length, max: MAX_HEADER_LENGTH }));
        reported.add(cell);
        continue;
      }
      for (const header of source.headers) {
        const key = normalizeName(header);
        if (!taken.has(key)) {
          taken.set(key, source);
          continue;
        }
        const other = taken.get(key);
        const from = other ? { what: other.what, at: locate.place(other.table, other.row, other.column) } : null;
        problems.error('header-clash', place, msg('headerClash', { at: place, what: source.what, header, output, other: from }));
        reported.add(cell);
        break;
      }
    }
  };

  const types = new Map<string, DeviationType>();
  for (const [service, perService] of input.deviationTypes) for (const t of perService.values()) types.set(`${service}\u0000${t.name}`, t);
  check(
    'Avvikelsepivot',
    deviationColumns(input.deviationTypes).map((c) => {
      const t = types.get(`${c.service}\u0000${c.type}`) as DeviationType;
      return { headers: [c.header], table: 'Avvikelsetyper', row: t.row, column: 'Avvikelse', what: msg('headerFromDeviation', { type: shorten(c.type), service: shorten(c.service) }) };
    }),
  );

  const areas = new Map<string, Service>();
  for (const s of input.services) if (!areas.has(normalizeName(s.area))) areas.set(normalizeName(s.area), s);
  check(
    'Kundsammanställning',
    [...areas.values()].map((s) => ({ headers: [s.area], table: 'Tjänster', row: s.row, column: 'Verksamhetsområde', what: msg('headerFromArea', { area: shorten(s.area) }) })),
  );

  const scenario = (s: Scenario, headers: string[]): HeaderSource => ({ headers, table: 'Scenarier', row: s.overrides[0]?.row ?? 1, column: 'Scenario', what: msg('headerFromScenario', { name: shorten(s.name) }) });
  check('Scenariojämförelse', input.scenarios.map((s) => scenario(s, scenarioComparisonHeaders(s.name, input.threshold))));
  check('Scenariopriser', input.scenarios.map((s) => scenario(s, scenarioPriceHeaders(s.name))));
}

/** A long name cut for a message: its first 60 characters and "…". */
function shorten(text: string): string {
  return text.length <= 60 ? text : `${text.slice(0, 60)}…`;
}

import type { RawTable } from './cells';
import { TABLES, TABLE_ORDER } from './schema';

/** Example key and driver columns the template offers; users add or rename their own. */
const TEMPLATE_EXTRAS: Partial<Record<string, string[]>> = {
  Nycklar: ['Omsättning', 'Anställda', 'Invånare'],
  Tjänster: ['Årsarbetare'],
};

/** Empty input tables with every contract column, for `intaktsmodell template` and "Skapa mall". */
export function templateTables(): RawTable[] {
  return TABLE_ORDER.map((name) => {
    const spec = TABLES[name];
    const headers = [...spec.columns.map((c) => c.header), ...(TEMPLATE_EXTRAS[name] ?? [])];
    return { name: spec.name, sheet: spec.name, headers, rows: [] };
  });
}

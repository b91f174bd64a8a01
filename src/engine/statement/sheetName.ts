/**
 * Sheet names for customer statements, "Kundbesked <kund>", within Excel's rules: at most 31
 * characters, none of \ / ? * [ ] :, no apostrophe first or last, unique without regard to
 * case. A long name is shortened in steps a reader still recognises: "stadsdelsförvaltning"
 * becomes "sdf" and "förvaltningen" "förv.", then the "sdf" is dropped, then the name is cut
 * with "…"; a name still taken gets " (2)", " (3)" …
 */
export const STATEMENT_SHEET_PREFIX = 'Kundbesked ';
const MAX = 31;

const ABBREVIATIONS: readonly (readonly [RegExp, string])[] = [
  [/\s*stadsdelsförvaltning(en)?$/i, ' sdf'],
  [/förvaltningen$/i, 'förv.'],
  [/\s+aktiebolag$/i, ' AB'],
];

export function statementSheetNames(customers: readonly string[]): Map<string, string> {
  const taken = new Set<string>();
  const out = new Map<string, string>();
  const free = (name: string) => name.length <= MAX && !taken.has(name.toLocaleLowerCase('sv-SE'));
  for (const customer of customers) {
    const clean = customer.replace(/[\\/?*[\]:]/g, '-').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '');
    const abbreviated = ABBREVIATIONS.reduce((s, [pattern, short]) => s.replace(pattern, short), clean);
    const candidates = [clean, abbreviated, abbreviated.replace(/ sdf$/, '')].map((c) => STATEMENT_SHEET_PREFIX + c);
    let name = candidates.find(free);
    if (name === undefined) {
      const cut = (room: number) => (abbreviated.length <= room ? abbreviated : abbreviated.slice(0, room - 1).trimEnd() + '…');
      const base = STATEMENT_SHEET_PREFIX + cut(MAX - STATEMENT_SHEET_PREFIX.length);
      name = base;
      for (let i = 2; !free(name); i++) {
        const suffix = ` (${i})`;
        name = STATEMENT_SHEET_PREFIX + cut(MAX - STATEMENT_SHEET_PREFIX.length - suffix.length) + suffix;
      }
    }
    taken.add(name.toLocaleLowerCase('sv-SE'));
    out.set(customer, name);
  }
  return out;
}

import { shortenText } from '../textLimits';

/**
 * Sheet names for customer statements, "Kundbesked <kund>", within Excel's rules: at most 31
 * characters as Excel counts them (UTF-16 code units: an emoji counts 2), none of \ / ? * [ ] :
 * nor control characters, no apostrophe first or last, unique without regard to case. A long
 * name is shortened in steps a reader still recognises: "stadsdelsförvaltning" becomes "sdf"
 * and "förvaltningen" "förv.", then the "sdf" is dropped, then the name is cut with "…" between
 * two whole characters (never inside an emoji, a letter with its accent or a ZWJ sequence);
 * a name still taken gets " (2)", " (3)" …
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
    const clean = tidy(customer.replace(/[\\/?*[\]:]/g, '-').replace(/\p{Cc}/gu, ' ').replace(/\s+/g, ' '));
    const abbreviated = ABBREVIATIONS.reduce((s, [pattern, short]) => s.replace(pattern, short), clean);
    const candidates = [clean, abbreviated, tidy(abbreviated.replace(/ sdf$/, ''))].map(sheetName);
    let name = candidates.find(free);
    if (name === undefined) {
      const cut = (room: number) => shortenText(abbreviated, room);
      const base = sheetName(cut(MAX - STATEMENT_SHEET_PREFIX.length));
      name = base;
      for (let i = 2; !free(name); i++) {
        const suffix = ` (${i})`;
        name = sheetName(cut(MAX - STATEMENT_SHEET_PREFIX.length - suffix.length) + suffix);
      }
    }
    taken.add(name.toLocaleLowerCase('sv-SE'));
    out.set(customer, name);
  }
  return out;
}

/** Without spaces and apostrophes at either end: Excel refuses a sheet name ending in '. */
function tidy(text: string): string {
  return text.replace(/^[\s']+|[\s']+$/g, '');
}

function sheetName(body: string): string {
  return body === '' ? STATEMENT_SHEET_PREFIX.trimEnd() : STATEMENT_SHEET_PREFIX + body;
}

import { cleanName, cleanedParts, hasLineBreak } from '../names';
import { normalizeName } from '../schema';
import type { Row } from './tableReader';
import { msg } from '../messages/catalog';

/**
 * A name cell as it is shown and matched (names.ts cleanName). A cell that holds only invisible
 * characters is empty: an error when the name is required.
 */
export function nameText(row: Row, header: string, required = false): string | null {
  return cleaned(row, header, required, row.text(header, required));
}

const ALWAYS = (): boolean => true;

/**
 * A name in the table that defines it (Nycklar's Kund, Tjänster's Tjänst …). When cleaning
 * changed it, a warning names the cell and says what was removed, since the outputs show the
 * cleaned name; `once(name)` lets a name that repeats (an area on every service) be warned
 * about once. A name that becomes a column header of `output` has its own warning for a line
 * break, which Excel does not allow in a table's column name.
 */
export function definedName(row: Row, header: string, required = false, once: (name: string) => boolean = ALWAYS, output?: string): string | null {
  const text = row.text(header, required);
  const name = cleaned(row, header, required, text);
  if (text === null || name === null || name === text || !once(name)) return name;
  const at = row.place(header);
  if (output !== undefined && hasLineBreak(text)) {
    row.report.warning('line-break-in-name', at, msg('lineBreakInName', { at, name, output }));
  } else {
    row.report.warning('name-cleaned', at, msg('nameCleaned', { at, parts: cleanedParts(text), name }));
  }
  return name;
}

function cleaned(row: Row, header: string, required: boolean, text: string | null): string | null {
  if (text === null) return null;
  const name = cleanName(text);
  if (name === '') {
    if (required) onlyInvisible(row, header);
    return null;
  }
  return name;
}

/** A `once` for definedName: true the first time it sees a name (as names match), then false. */
export function oncePerName(): (name: string) => boolean {
  const seen = new Set<string>();
  return (name) => {
    const key = normalizeName(name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
}

/** The error of a required name cell that holds only invisible characters. */
export function onlyInvisible(row: Row, header: string): void {
  const at = row.place(header);
  row.report.error('missing-value', at, msg('missingValueInvisible', { at }));
}

import { cleanName, hasLineBreak } from '../names';
import type { Row } from './tableReader';

/**
 * A name cell as it is shown (names.ts cleanName). A cell that holds only invisible characters
 * is empty: an error when the name is required.
 */
export function nameText(row: Row, header: string, required = false): string | null {
  return cleaned(row, header, required, row.text(header, required));
}

/**
 * A name that becomes a column header of `output`. Excel allows no line break in a table's
 * column name; cleanName makes it a space, and a warning names the cell when `warn(name)` says
 * so (the caller warns once per name, on the row whose spelling is shown).
 */
export function headerNameText(row: Row, header: string, output: string, required: boolean, warn: (name: string) => boolean): string | null {
  const text = row.text(header, required);
  const name = cleaned(row, header, required, text);
  if (text !== null && name !== null && hasLineBreak(text) && warn(name)) {
    row.report.warning('line-break-in-name', row.place(header), `${row.where(header)}: namnet "${name}" innehåller en radbrytning. Det blir en kolumnrubrik i ${output}, där Excel inte tillåter radbrytningar, så radbrytningen läses som ett mellanslag.`);
  }
  return name;
}

function cleaned(row: Row, header: string, required: boolean, text: string | null): string | null {
  if (text === null) return null;
  const name = cleanName(text);
  if (name === '') {
    if (required) row.report.error('missing-value', row.place(header), `${row.where(header)} är tom men måste fyllas i (cellen innehåller bara osynliga tecken).`);
    return null;
  }
  return name;
}

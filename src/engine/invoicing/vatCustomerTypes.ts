import { msg } from '../messages/catalog';
import { cleanName } from '../names';
import { normalizeName } from '../schema';
import type { Row } from '../read/tableReader';

/** The word of Momspliktiga kundtyper that means no customer pays VAT. */
export const NO_VAT_TYPES = 'Ingen';

/**
 * Momspliktiga kundtyper's value: customer types separated by commas or semicolons, or Ingen
 * alone. Blank is an error (a missing value); Ingen with types is an error naming the cell.
 * Whether the types exist in Nycklar is checked once Nycklar is read (readInvoicing).
 */
export function vatCustomerTypes(row: Row, column: string): string[] | null {
  const text = row.text(column, true);
  if (text === null) return null;
  const types = text.split(/[,;]/).map(cleanName).filter((t) => t !== '');
  const none = types.filter((t) => normalizeName(t) === normalizeName(NO_VAT_TYPES));
  if (none.length === 0) return types;
  if (none.length === types.length) return [];
  row.report.error('vat-none-with-types', row.place(column), msg('vatNoneWithTypes', { at: row.place(column), text }));
  return null;
}

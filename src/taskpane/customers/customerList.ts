import type { OutputTable } from '../../engine/output';
import { numberOf, rowsOf, textOf } from '../summary/outputs';

export interface CustomerLine {
  customer: string;
  type: string;
  total: number;
  surcharge: number;
}

/** Kundsammanställning's customers, in Nycklar order. */
export function customerList(outputs: readonly OutputTable[]): CustomerLine[] {
  return rowsOf(outputs, 'Kundsammanställning').map((r) => ({
    customer: textOf(r, 'Kund'),
    type: textOf(r, 'Kundtyp'),
    total: numberOf(r, 'Totalt') ?? 0,
    surcharge: numberOf(r, 'Avvikelsepåslag') ?? 0,
  }));
}

/** The selection after toggling one customer. */
export function toggled(selected: ReadonlySet<string>, customer: string, on: boolean): Set<string> {
  const next = new Set(selected);
  if (on) next.add(customer);
  else next.delete(customer);
  return next;
}

/** The header checkbox's state over the customers shown: all, none, or some of them chosen. */
export function selectionState(shown: readonly string[], selected: ReadonlySet<string>): boolean | 'mixed' {
  const chosen = shown.filter((c) => selected.has(c)).length;
  if (chosen === 0) return false;
  return chosen === shown.length ? true : 'mixed';
}

/** The chosen customers in the list's order (Nycklar), so sheets and the file follow it. */
export function chosenInOrder(all: readonly CustomerLine[], selected: ReadonlySet<string>): string[] {
  return all.map((c) => c.customer).filter((c) => selected.has(c));
}

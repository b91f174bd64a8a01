import type { OutputTable } from '../../engine/output';
import { sumKronor } from '../customers/customerTrace';
import { numberOf, rowsOf, textOf } from '../summary/outputs';

export interface PhaseInLine {
  customer: string;
  last: number;
  uncapped: number;
  capped: number;
  /** Justering: Totalt kappat − Totalt okappat. */
  adjustment: number;
  changeUncapped: number | null;
  changeCapped: number | null;
  isCapped: boolean;
}

/** Övergång's customers; available is false when the run has no Övergång table. */
export function phaseInLines(outputs: readonly OutputTable[]): { available: boolean; lines: PhaseInLine[] } {
  const available = outputs.some((o) => o.name === 'Övergång');
  const lines = rowsOf(outputs, 'Övergång').map((r) => ({
    customer: textOf(r, 'Kund'),
    last: numberOf(r, 'Fjolår') ?? 0,
    uncapped: numberOf(r, 'Okappat') ?? 0,
    capped: numberOf(r, 'Kappat') ?? 0,
    adjustment: numberOf(r, 'Justering') ?? 0,
    changeUncapped: numberOf(r, 'Förändring okappat %'),
    changeCapped: numberOf(r, 'Förändring kappat %'),
    isCapped: r['Kappad'] === 'Ja',
  }));
  return { available, lines };
}

/** A customer's change against last year over its rows of Förändringsanalys, split into the three effects. */
export interface CustomerChange {
  customer: string;
  last: number;
  amount: number;
  change: number;
  price: number;
  volume: number;
  deviation: number;
  model: number;
  /** change / last; null when last year's amount is 0. */
  changeShare: number | null;
}

/**
 * Förändringsanalys summed per customer, largest change (either way) first. The effects add up
 * to the change on every row, so they do on the sums too (added in öre).
 */
export function changesByCustomer(outputs: readonly OutputTable[]): { available: boolean; customers: CustomerChange[] } {
  const available = outputs.some((o) => o.name === 'Förändringsanalys');
  const groups = new Map<string, ReturnType<typeof rowsOf>>();
  for (const r of rowsOf(outputs, 'Förändringsanalys')) {
    const name = textOf(r, 'Kund');
    groups.set(name, [...(groups.get(name) ?? []), r]);
  }
  const customers = [...groups].map(([customer, rows]) => {
    const total = (column: string) => sumKronor(rows.map((r) => numberOf(r, column) ?? 0));
    const last = total('Fjolårsbelopp');
    const change = total('Förändring');
    return {
      customer,
      last,
      amount: total('Belopp'),
      change,
      price: total('Priseffekt'),
      volume: total('Volymeffekt'),
      deviation: total('Avvikelseeffekt'),
      model: total('Modell-/nyckeleffekt'),
      changeShare: last === 0 ? null : change / last,
    };
  });
  customers.sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.customer.localeCompare(b.customer, 'sv'));
  return { available, customers };
}

import { Dec, ZERO } from '../decimal';
import type { OutputColumn, OutputTable, OutputValue } from '../output';
import { StreamedTable } from '../output';
import { DEFAULT_LAYOUT, FIELD_FORMAT, type InvoiceField, type LayoutColumn } from './fields';
import type { InvoiceSetup } from './setup';
import { vatRateOf } from './lineVat';
import { VAT_PERCENT } from './vat';

/**
 * The invoice file (`intaktsmodell invoice`, CSV or .xlsx): Fakturaunderlag's or Slutavräkning's
 * lines in Fakturakolumner's layout, or in the five columns Kund, Tjänst, Period, Belopp, Text
 * without it (the lines then pass as they are). A line of the sheet is Kund, Tjänst, Period,
 * Belopp, Text and, when some customer pays VAT, Moms and Brutto; every other field is looked up
 * by the line's customer or service. Moms and Brutto are summed as the lines are made, so the
 * command can say the file's totals.
 */
export class InvoiceFile {
  readonly columns: OutputColumn[];
  /** Fakturakolumner gave the layout; false for the five columns. */
  readonly custom: boolean;
  /** The file names Moms or Brutto: its VAT is worth saying. */
  readonly showsVat: boolean;
  private readonly fields: readonly InvoiceField[];
  private vatSum: Dec = ZERO;
  private grossSum: Dec = ZERO;

  constructor(private readonly setup: InvoiceSetup | undefined) {
    const layout: readonly LayoutColumn[] = setup?.layout ?? DEFAULT_LAYOUT;
    this.custom = setup?.layout != null;
    this.fields = layout.map((c) => c.field);
    this.columns = layout.map((c) => ({ header: c.header, format: FIELD_FORMAT[c.field] }));
    this.showsVat = this.fields.includes('Moms') || this.fields.includes('Brutto');
  }

  /** The VAT and the gross amount of the lines of the last pass of blocks() (Moms and Brutto summed exactly). */
  totals(): { vat: Dec; gross: Dec } {
    return { vat: this.vatSum, gross: this.grossSum };
  }

  /** The file's row of one line of the sheet. */
  row(line: readonly OutputValue[]): OutputValue[] {
    const customer = String(line[0]);
    const service = String(line[1]);
    const net = line[3] as number;
    const vat = (line[5] as number | undefined) ?? 0;
    const gross = (line[6] as number | undefined) ?? net;
    if (this.showsVat) {
      this.vatSum = this.vatSum.plus(vat);
      this.grossSum = this.grossSum.plus(gross);
    }
    const account = this.setup?.customers.get(customer);
    const offer = this.setup?.services.get(service);
    const period = String(line[2] ?? '');
    const out = new Array<OutputValue>(this.fields.length);
    for (let i = 0; i < this.fields.length; i++) {
      switch (this.fields[i] as InvoiceField) {
        case 'Kund': out[i] = line[0] ?? null; break;
        case 'Kundnummer': out[i] = account?.number ?? null; break;
        case 'Motpart': out[i] = account?.counterpart ?? null; break;
        case 'Kundtyp': out[i] = account?.type ?? null; break;
        case 'Tjänst': out[i] = line[1] ?? null; break;
        case 'Verksamhetsområde': out[i] = offer?.area ?? null; break;
        case 'Artikel': out[i] = offer?.article ?? null; break;
        case 'Intäktskonto': out[i] = offer?.revenueAccount ?? null; break;
        case 'Ansvar': out[i] = offer?.responsibility ?? null; break;
        case 'Verksamhet': out[i] = offer?.operation ?? null; break;
        case 'Aktivitet': out[i] = offer?.activity ?? null; break;
        case 'Period': out[i] = line[2] ?? null; break;
        case 'År': out[i] = period.length > 2 ? Number(period.slice(0, 4)) : null; break;
        case 'Månad': out[i] = Number(period.slice(-2)); break;
        case 'Belopp':
        case 'Netto': out[i] = net; break;
        case 'Momssats': out[i] = this.percentOf(customer, service); break;
        case 'Moms': out[i] = vat; break;
        case 'Brutto': out[i] = gross; break;
        case 'Text': out[i] = line[4] ?? null; break;
      }
    }
    return out;
  }

  /**
   * The blocks of lines in the file's layout: as they are for the five columns of a sheet without
   * Moms and Brutto. The totals start again with each pass (an .xlsx writer reads the lines twice).
   */
  *blocks(lines: Iterable<OutputValue[][]>): Generator<OutputValue[][]> {
    this.vatSum = ZERO;
    this.grossSum = ZERO;
    if (!this.custom && this.setup?.vat !== true) {
      yield* lines;
      return;
    }
    for (const block of lines) yield block.map((line) => this.row(line));
  }

  /** The file as one table of the lines, made block by block when written. */
  table(name: string, count: number, lines: () => Iterable<OutputValue[][]>): OutputTable {
    return new StreamedTable(name, this.columns, count, () => this.blocks(lines()));
  }

  /** The line's VAT rate in per cent (25), 0 for a customer who pays none. */
  private percentOf(customer: string, service: string): number {
    const rate = vatRateOf(this.setup, customer, service);
    if (rate === null) return 0;
    return VAT_PERCENT.get(rate) ?? rate.times(100).toNumber();
  }
}

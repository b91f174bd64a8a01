import type { Calculation } from '../calc/calculate';
import { ChargeCursor } from '../calc/chargeCursor';
import { monthlyUnits, profileWeights, type MonthWeights } from '../calc/monthlySplit';
import type { Charge, ServiceResult } from '../calc/results';
import { Dec, ONE } from '../decimal';
import type { ActiveMonths, MonthProfiles } from '../model';
import { AmountStep } from '../money';
import { MONTHS, periodOf } from '../months';
import { BLOCK_ROWS, BlockCutter, streamedRow, type OutputTable, type OutputValue } from '../output';
import type { ProblemList } from '../read/problemList';
import { msg } from '../messages/catalog';
import { keepShape } from '../shapes';
import { outputTable, streamedTable } from './columns';
import { InvoiceTexts } from './invoiceText';
import { quantityText } from './swedishNumbers';
import type { InvoiceSetup } from '../invoicing/setup';
import { VAT_COLUMNS, fillVat, vatRateOf, withVatColumns } from '../invoicing/lineVat';

export const INVOICE_BASIS = 'Fakturaunderlag';

export const INVOICE_BASIS_COLUMNS = [
  ['Kund', 'text'],
  ['Tjänst', 'text'],
  ['Period', 'text'],
  ['Belopp', 'kr'],
  ['Text', 'text'],
] as const;

/** An Excel sheet has 1 048 576 rows; one holds the headers. */
export const MAX_SHEET_ROWS = 1_048_575;

/** The number of invoice lines: twelve per row of Fördelning. */
export function invoiceLineCount(calc: Calculation): number {
  return calc.services.reduce((n, r) => n + r.charges.length, 0) * MONTHS;
}

/**
 * Fakturaunderlag's rows: for every customer (Nycklar order) and service it is charged for
 * (Tjänster order), one line per month of the year, whose amounts sum exactly to its Belopp in
 * Fördelning. Made in blocks of whole charges (at least `size` lines, the last block fewer), so
 * that a writer or the command line can write any number of them without holding them.
 */
export function* invoiceBlocks(calc: Calculation, size = BLOCK_ROWS): Generator<OutputValue[][]> {
  const lines = new InvoiceLines(calc.money, calc.model.monthProfiles, calc.model.invoicing);
  // A block never holds more than size − 1 + twelve lines.
  const blocks = new BlockCutter(size, size - 1 + MONTHS);
  const services = calc.services;
  const charges = new ChargeCursor(services);
  for (const { name, months } of calc.model.customers) {
    for (let s = 0; s < services.length; s++) {
      const charge = charges.take(s, name);
      if (charge === undefined) continue;
      lines.add(name, months, services[s] as ServiceResult, charge, blocks);
      const block = blocks.full();
      if (block) yield block;
    }
  }
  charges.done('Fakturaunderlag');
  const rest = blocks.rest();
  if (rest) yield rest;
}

/** Fakturaunderlag's rows one at a time (invoiceBlocks' rows). */
export function* invoiceLines(calc: Calculation): Generator<OutputValue[]> {
  for (const block of invoiceBlocks(calc)) yield* block;
}

/**
 * The twelve lines of each charge (Kund, Tjänst, Period, Belopp, Text). A class rather than a
 * closure made per run, so that its optimized code outlives a full collection (InvoiceTexts).
 */
class InvoiceLines {
  private readonly periods: string[];
  private readonly profiles = new Map<string, MonthWeights>();
  private readonly texts: InvoiceTexts;

  /** Moms and Brutto after Text when some customer pays VAT (invoicing/lineVat.ts). */
  private readonly width: number;

  constructor(
    private readonly money: AmountStep,
    private readonly monthProfiles: MonthProfiles,
    private readonly invoicing: InvoiceSetup | undefined,
  ) {
    this.width = invoicing?.vat ? INVOICE_BASIS_COLUMNS.length + VAT_COLUMNS.length : INVOICE_BASIS_COLUMNS.length;
    const year = monthProfiles.year;
    this.periods = Array.from({ length: MONTHS }, (_, m) => periodOf(year, m));
    for (const [service, shares] of monthProfiles.byService) this.profiles.set(service, profileWeights(shares));
    this.texts = new InvoiceTexts(money, year);
  }

  /** Adds the charge's twelve lines to rows (nothing in the months the customer is not active). */
  add(customer: string, active: ActiveMonths | null, result: ServiceResult, charge: Charge, rows: BlockCutter): void {
    const service = result.service.name;
    const money = this.money;
    const months = monthlyUnits(charge, result.plan.model, this.profiles.get(service) ?? null, active);
    const heads = this.texts.heads(result, charge, this.monthProfiles.byService.get(service) ?? null, active);
    const vat = this.width > INVOICE_BASIS_COLUMNS.length;
    const rate = vat ? vatRateOf(this.invoicing, customer, service) : null;
    for (let m = 0; m < MONTHS; m++) {
      const row = streamedRow(this.width);
      row[0] = customer;
      row[1] = service;
      row[2] = this.periods[m] as string;
      row[3] = money.toNumber(months[m] as number);
      row[4] = this.texts.line(heads, m);
      if (vat) fillVat(row, 5, money, months[m] as number, rate);
      rows.add(row);
    }
  }
}

keepShape(new InvoiceLines(new AmountStep(ONE), { byService: new Map(), year: null }, undefined));

/**
 * Fakturaunderlag as an output table, streamed: its rows are made when a writer asks for them
 * (output.ts). Beyond what one Excel sheet holds it is written with its
 * headers only and a warning: `intaktsmodell invoice` writes it to CSV whatever its size.
 */
export function invoiceBasis(calc: Calculation, problems: ProblemList): OutputTable {
  const count = invoiceLineCount(calc);
  // Moms and Brutto after Text when some customer pays VAT (invoicing/lineVat.ts).
  const columns = withVatColumns(INVOICE_BASIS_COLUMNS, invoicingOf(calc));
  if (count > MAX_SHEET_ROWS) {
    problems.warning(
      'invoice-basis-too-large',
      { table: '' },
      msg('invoiceBasisTooLarge', { rows: quantityText(new Dec(count)), sheetRows: quantityText(new Dec(MAX_SHEET_ROWS)) }),
    );
    return outputTable(INVOICE_BASIS, columns, []);
  }
  return streamedTable(INVOICE_BASIS, columns, count, () => invoiceBlocks(calc));
}

/** The model's invoicing data; undefined for a calculation made without a model (a test's stand-in). */
function invoicingOf(calc: Calculation): InvoiceSetup | undefined {
  return (calc.model as Calculation['model'] | undefined)?.invoicing;
}

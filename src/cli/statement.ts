import { runModel, type RunResult } from '../engine';
import type { Calculation } from '../engine/calc/calculate';
import { traceCharge, traceCustomer, type ChargeTrace } from '../engine/calc/trace';
import type { OutputTable } from '../engine/output';
import { customerTraceTable } from '../engine/report/trace';
import { closeNames, customerStatement, findCustomer } from '../engine/statement';
import { normalizeName } from '../engine/schema';
import { statementDocument } from '../publish/statementPdf';
import { openXlsx, statementsXlsx } from '../workbook/xlsx';
import type { CliIO, CommandHelpers } from './io';
import { pdfBytes } from './pdf';
import { tablesJson } from './jsonStream';
import { ProgressReporter } from './progress';
import { summaryText } from './summary';
import { traceText } from './traceText';

export interface StatementOptions {
  customer?: string[];
  all?: boolean;
  out?: string;
  pdf?: string;
  quiet?: boolean;
}

/**
 * intaktsmodell statement IN.xlsx --customer NAMN [--customer NAMN …] | --all --out UT.xlsx
 * and/or --pdf UT.pdf: one Kundbesked sheet per customer in a new workbook (never a copy of IN,
 * which holds every customer's figures), and/or the same statements as one PDF, each customer
 * from a new page. Exit codes as calculate; an unknown customer is 2, with the closest names.
 */
export async function statementCommand(input: string, opts: StatementOptions, io: CliIO, helpers: CommandHelpers): Promise<number> {
  const wanted = opts.customer ?? [];
  if (opts.all && wanted.length > 0) throw helpers.usage('ange antingen --customer eller --all, inte båda.');
  if (!opts.all && wanted.length === 0) throw helpers.usage('ange vilken kund med --customer NAMN (flera gånger för flera kunder), eller --all för alla.');
  if (opts.out === undefined && opts.pdf === undefined) throw helpers.usage('ange vart kundbeskeden ska skrivas: --out UT.xlsx (arbetsbok), --pdf UT.pdf, eller båda.');
  if (opts.out !== undefined && /\.pdf$/i.test(opts.out)) {
    throw helpers.usage(`--out skriver kundbeskeden som Excel-arbetsbok; ange en .xlsx-fil i stället för ${opts.out}, eller skriv PDF med --pdf ${opts.out}.`);
  }
  if (opts.out !== undefined && !/\.xlsx$/i.test(opts.out)) throw helpers.usage(`utfilen ${opts.out} ska sluta på .xlsx.`);
  if (opts.pdf !== undefined && !/\.pdf$/i.test(opts.pdf)) throw helpers.usage(`--pdf ${opts.pdf}: filen ska sluta på .pdf.`);
  const outputs = [
    ...(opts.out === undefined ? [] : [{ option: '--out', path: opts.out }]),
    ...(opts.pdf === undefined ? [] : [{ option: '--pdf', path: opts.pdf }]),
  ];
  const written = outputs.map((o) => o.path).join(' och ');
  await helpers.checkFiles(input, outputs);

  const started = io.now();
  const run = await calculated(input, io, helpers, started, opts.quiet);
  if (!run.calc) {
    io.stdout(summaryText(run.result, 0) + '\n');
    io.stdout(`${written} skrevs inte eftersom arbetsboken har fel.\n`);
    return 1;
  }
  const calc = run.calc;
  const names = opts.all ? calc.model.customers.map((c) => c.name) : resolveCustomers(calc, wanted, helpers);
  const statements = names.map((name) => customerStatement(calc, name));
  if (opts.out !== undefined) await helpers.writeOutput(opts.out, await statementsXlsx(statements));
  if (opts.pdf !== undefined) await helpers.writeOutput(opts.pdf, await pdfBytes(statementDocument(statements)));
  run.progress.done();
  if (!opts.quiet) {
    const seconds = ((io.now() - started) / 1000).toFixed(2).replace('.', ',');
    const who = statements.length === 1 ? `kundbesked för ${statements[0]?.customer}` : `kundbesked för ${statements.length} kunder, ${opts.out === undefined ? 'en ny sida per kund' : 'ett blad per kund'}`;
    io.stdout(`Skrev ${who} till ${written} på ${seconds} s.\n`);
  }
  return 0;
}

export interface TraceOptions {
  customer: string;
  service?: string;
  json?: string;
}

/**
 * intaktsmodell trace IN.xlsx --customer NAMN [--service TJÄNST] [--json UT.json]: what a
 * customer's amounts are made of (Spårning), as text on stdout and optionally as JSON rows.
 */
export async function traceCommand(input: string, opts: TraceOptions, io: CliIO, helpers: CommandHelpers): Promise<number> {
  await helpers.checkFiles(input, opts.json === undefined ? [] : [{ option: '--json', path: opts.json }]);
  const started = io.now();
  const run = await calculated(input, io, helpers, started);
  if (!run.calc) {
    io.stdout(summaryText(run.result, 0) + '\n');
    return 1;
  }
  const calc = run.calc;
  const [customer] = resolveCustomers(calc, [opts.customer], helpers) as [string];
  let traces: ChargeTrace[];
  if (opts.service === undefined) {
    traces = traceCustomer(calc, customer);
  } else {
    const service = calc.model.services.find((s) => normalizeName(s.name) === normalizeName(opts.service as string));
    if (!service) {
      const close = closeNames(opts.service, calc.model.services.map((s) => s.name));
      throw helpers.usage(`tjänsten "${opts.service}" finns inte i Tjänster.${close.length ? ` Närmaste namn: ${close.join(', ')}.` : ''}`);
    }
    const trace = traceCharge(calc, customer, service.name);
    traces = trace ? [trace] : [];
  }
  run.progress.done();
  if (opts.json !== undefined) {
    const table = customerTraceTable(calc, customer, opts.service === undefined ? undefined : traces[0]?.service.name ?? opts.service);
    const none: OutputTable = { name: 'Spårning', columns: [], rows: [] };
    await helpers.writeOutput(opts.json, tablesJson([['Spårning', table ?? none]]));
  }
  if (traces.length === 0) {
    io.stdout(`${customer} betalar inget${opts.service === undefined ? '' : ` för ${opts.service}`}.\n`);
    return 0;
  }
  io.stdout(traceText(calc, traces) + '\n');
  return 0;
}

async function calculated(input: string, io: CliIO, helpers: CommandHelpers, started: number, quiet = false): Promise<{ result: RunResult; calc: Calculation | null; progress: ProgressReporter }> {
  const progress = new ProgressReporter(io, started, { quiet });
  progress.report('Läser arbetsboken', 0);
  const workbook = await openXlsx(await helpers.readInput(input), { onProgress: progress.phase('Läser arbetsboken', 0, 0.3) });
  const result = runModel(await workbook.readTables(), { onProgress: (step, fraction) => fraction < 1 && progress.report(step, 0.3 + fraction * 0.65) });
  return { result, calc: result.ok ? result.calculation : null, progress };
}

/** The customers' names as Nycklar spells them, once each; unknown names are a usage error naming the closest. */
function resolveCustomers(calc: Calculation, wanted: readonly string[], helpers: CommandHelpers): string[] {
  const all = calc.model.customers.map((c) => c.name);
  const found: string[] = [];
  const unknown: string[] = [];
  for (const name of wanted) {
    const customer = findCustomer(calc.model, name);
    if (!customer) unknown.push(name);
    else if (!found.includes(customer.name)) found.push(customer.name);
  }
  if (unknown.length > 0) {
    const lines = unknown.map((name) => {
      const close = closeNames(name, all);
      if (close.length > 0) return `kunden "${name}" finns inte i Nycklar. Närmaste namn: ${close.map((c) => `"${c}"`).join(', ')}.`;
      const some = all.slice(0, 10).map((c) => `"${c}"`).join(', ');
      return `kunden "${name}" finns inte i Nycklar, och inget namn liknar det. Kunderna är ${some}${all.length > 10 ? ` … (${all.length} st)` : ''}.`;
    });
    throw helpers.usage(lines.join('\nintaktsmodell: '));
  }
  return found;
}

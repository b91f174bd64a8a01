import { rolloverCommand } from './rollover';
import { Command, CommanderError, Option } from 'commander';
import { runModel, type RunResult } from '../engine';
import { templateTables } from '../engine/template';
import { PRICE_CAP_METHODS, type PriceCapMethod } from '../engine/schema';
import { exampleTables } from '../example';
import { ExcelLimitError } from '../workbook/excel-limits';
import { SheetNotOwnedError } from '../workbook/port';
import { createXlsx, openXlsx, TableNameTakenError, UnreadableWorkbookError } from '../workbook/xlsx';
import { checkFiles, readInput, writeOutput } from './files';
import { importCommand } from './import';
import { decideCommand } from './decide';
import { invoiceCommand } from './invoice';
import { fastGzip } from './gzip';
import { tablesJson } from './jsonStream';
import type { CliIO, CommandHelpers } from './io';
import { ProgressReporter } from './progress';
import { priceListCommand } from './pricelist';
import { statementCommand, traceCommand } from './statement';
import { summaryText } from './summary';
import { UsageError } from './usageError';

export type { CliIO, OutputChunk, OutputData, PathInfo } from './io';

export const EXIT_OK = 0;
export const EXIT_WORKBOOK_ERRORS = 1;
export const EXIT_USAGE = 2;

const HELP_INTRO = `Intäktsmodell: prissätter en serviceorganisations tjänster till självkostnad från namngivna
tabeller i en Excel-arbetsbok (Nycklar, Tjänster, Kostnader, Volymer …) och skriver prislista,
fördelning per kund, avvikelsepivot och avstämning.
Intäktsmodell: prices a shared-service organisation's services at full cost from named tables
in an Excel workbook and writes the price list, the allocation per customer, the deviation
pivot and the self-cost checks.`;

const HELP_EXIT = `
Slutkoder / exit codes:
  0  beräknat / calculated
  1  arbetsboken har fel, se Kontroller / the workbook has errors, see Kontroller
  2  felaktiga argument eller oläsbar fil / bad arguments or unreadable file
  3  oväntat internt fel / unexpected internal error

Exempel / examples:
  intaktsmodell example exempel.xlsx
  intaktsmodell example exempel-pristak.xlsx --pristaksmetod Begränsa
  intaktsmodell calculate exempel.xlsx --out resultat.xlsx --json resultat.json
  intaktsmodell invoice exempel.xlsx --out fakturaunderlag.csv
  intaktsmodell pricelist exempel.xlsx --out prislista.pdf --label "Servicenämnden 2021-11-18"
  intaktsmodell statement exempel.xlsx --customer "Södermalm stadsdelsförvaltning" --out kundbesked.xlsx
  intaktsmodell statement exempel.xlsx --customer "Södermalm stadsdelsförvaltning" --pdf kundbesked.pdf
  intaktsmodell trace exempel.xlsx --customer "Södermalm stadsdelsförvaltning" --service Kundreskontra
  intaktsmodell import arbetsbok.xlsx --ledger budget2027.se --into Kostnader --out ny.xlsx --strict
  intaktsmodell import arbetsbok.xlsx --ledger huvudbok2027.se --into Utfall --out ny.xlsx
  intaktsmodell decide exempel.xlsx --label "Servicenämnden 2021-11-18" --out beslutad.xlsx`;

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  let exitCode = EXIT_OK;
  const program = new Command('intaktsmodell')
    .description('självkostnadspriser från en Excel-arbetsbok / full-cost prices from an Excel workbook')
    .addHelpText('beforeAll', HELP_INTRO + '\n')
    .helpOption('-h, --help', 'visa hjälp / show help')
    .addHelpText('after', HELP_EXIT)
    .helpCommand('help [kommando]', 'visa hjälp för ett kommando / help for a command')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .showHelpAfterError('(intaktsmodell --help visar hjälpen / shows help)');
  const helpers: CommandHelpers = {
    checkFiles: (input, outputs) => checkFiles(io, input, outputs),
    readInput: (path) => readInput(io, path),
    writeOutput: (path, data) => writeOutput(io, path, data),
    usage: (message) => new UsageError(message),
  };

  program
    .command('calculate')
    .description('beräkna arbetsboken IN / price the workbook IN')
    .argument('<IN.xlsx>', 'arbetsboken med indatatabellerna / the workbook with the input tables')
    .addOption(new Option('--out <OUT.xlsx>', 'skriv en kopia av IN med resultatbladen / write a copy of IN with the output sheets'))
    .addOption(new Option('--json <OUT.json>', 'skriv resultattabellerna som JSON / write the output tables as JSON'))
    .addOption(new Option('-q, --quiet', 'ingen sammanfattning och inga förloppsrader; fel och varningar skrivs ändå / no summary and no progress lines; errors and warnings still go out'))
    .action(async (input: string, opts: { out?: string; json?: string; quiet?: boolean }) => {
      exitCode = await calculateCommand(input, opts, io);
    });

  program
    .command('invoice')
    .description(
      'skriv fakturaunderlaget, en rad per kund, tjänst och månad, med kolumnerna i tabellen Fakturakolumner (utan den Kund, Tjänst, Period, Belopp, Text) / ' +
        'write the invoice basis, one line per customer, service and month, with the columns of the table Fakturakolumner (without it Kund, Tjänst, Period, Belopp, Text)',
    )
    .argument('<IN.xlsx>', 'arbetsboken med indatatabellerna / the workbook with the input tables')
    .requiredOption('--out <UT.csv|UT.xlsx>', 'CSV för svensk Excel och ekonomisystem, eller en arbetsbok / CSV for Swedish Excel and ERP imports, or a workbook')
    .addOption(
      new Option(
        '--raw-text',
        'CSV: text som börjar med = + - @, tabb eller CR skrivs som den är, utan skyddande apostrof (bara för ekonomisystem som kräver det; Excel kan köra sådan text som formel) / ' +
          'CSV: write text starting with = + - @, tab or CR as it is, without the protective apostrophe (only for ERP imports that need it; Excel may run such text as a formula)',
      ),
    )
    .addOption(new Option('-q, --quiet', 'ingen sammanfattning och inga förloppsrader; fel och varningar skrivs ändå / no summary and no progress lines; errors and warnings still go out'))
    .addOption(
      new Option(
        '--slutavrakning',
        'skriv slutavräkningens kredit- och debetrader (Slutavräkning) i fakturaunderlagets form i stället / write the settlement\'s credit and debit lines (Slutavräkning) in the invoice basis layout instead',
      ),
    )
    .action(async (input: string, opts: { out: string; rawText?: boolean; quiet?: boolean; slutavrakning?: boolean }) => {
      exitCode = await invoiceCommand(input, opts, io, helpers);
    });

  program
    .command('rollover')
    .description('skriv nästa års arbetsbok: Budgetår + 1, årets priser, volymer och belopp som fjolårets, utfallet tömt / write next year\'s workbook: Budgetår + 1, this year\'s prices, volumes and charges as last year\'s, the actuals emptied')
    .argument('<IN.xlsx>', 'årets arbetsbok; den ändras inte / this year\'s workbook; it is not changed')
    .requiredOption('--out <NASTA_AR.xlsx>', 'nästa års arbetsbok, en ny fil / next year\'s workbook, a new file')
    .addOption(new Option('-q, --quiet', 'ingen sammanfattning och inga förloppsrader; fel och varningar skrivs ändå / no summary and no progress lines; errors and warnings still go out'))
    .action(async (input: string, opts: { out: string; quiet?: boolean }) => {
      exitCode = await rolloverCommand(input, opts, io, helpers);
    });

  program
    .command('template')
    .description('skriv en tom mall med alla indatatabeller / write an empty template with every input table')
    .argument('<OUT.xlsx>', 'filen som skapas / the file to create')
    .action(async (out: string) => {
      exitCode = await writeInputWorkbook(out, 'template', io);
    });

  program
    .command('example')
    .description('skriv exempelarbetsboken (serviceförvaltningen 2021) / write the example workbook')
    .argument('<OUT.xlsx>', 'filen som skapas / the file to create')
    .addOption(
      new Option('--pristaksmetod <METOD>', 'exemplets Pristaksmetod: Flagga (standard) eller Begränsa / the example\'s Pristaksmetod: Flagga (default) or Begränsa')
        .choices(PRICE_CAP_METHODS)
        .default('Flagga'),
    )
    .action(async (out: string, opts: { pristaksmetod: PriceCapMethod }) => {
      exitCode = await writeInputWorkbook(out, 'example', io, opts.pristaksmetod);
    });

  const repeatable = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

  program
    .command('statement')
    .description('skriv kundbesked, ett blad per kund / write customer statements, one sheet per customer')
    .argument('<IN.xlsx>', 'arbetsboken med indatatabellerna / the workbook with the input tables')
    .addOption(new Option('--customer <NAMN>', 'kunden, som i Nycklar; flera gånger för flera kunder / the customer, as in Nycklar; repeat for several').argParser(repeatable))
    .addOption(new Option('--all', 'alla kunder / every customer'))
    .addOption(new Option('--out <UT.xlsx>', 'arbetsboken som skapas med kundbeskeden / the workbook to create with the statements'))
    .addOption(new Option('--pdf <UT.pdf>', 'kundbeskeden som PDF, varje kund från en ny sida / the statements as PDF, each customer from a new page'))
    .addOption(new Option('-q, --quiet', 'ingen sammanfattning och inga förloppsrader; fel och varningar skrivs ändå / no summary and no progress lines; errors and warnings still go out'))
    .action(async (input: string, opts: { customer?: string[]; all?: boolean; out?: string; pdf?: string; quiet?: boolean }) => {
      exitCode = await statementCommand(input, opts, io, helpers);
    });

  program
    .command('pricelist')
    .description('skriv prislistan som kunderna får, per verksamhetsområde / write the price list the customers receive, per area')
    .argument('<IN.xlsx>', 'arbetsboken med indatatabellerna / the workbook with the input tables')
    .requiredOption('--out <UT.pdf|UT.xlsx>', 'PDF, eller en arbetsbok med ett utskriftsblad (A4) / PDF, or a workbook with one printable A4 sheet')
    .addOption(new Option('--label <TEXT>', 'versionsetikett i sidfoten, t.ex. "Servicenämnden 2021-11-18"; annars "Utkast" och dagens datum / version label in the footer; default "Utkast" and today\'s date'))
    .addOption(new Option('-q, --quiet', 'ingen sammanfattning och inga förloppsrader; fel och varningar skrivs ändå / no summary and no progress lines; errors and warnings still go out'))
    .action(async (input: string, opts: { out: string; label?: string; quiet?: boolean }) => {
      exitCode = await priceListCommand(input, opts, io, helpers);
    });

  program
    .command('trace')
    .description('spåra en kunds belopp till kostnadsraderna / trace a customer’s amounts back to the cost rows')
    .argument('<IN.xlsx>', 'arbetsboken med indatatabellerna / the workbook with the input tables')
    .requiredOption('--customer <NAMN>', 'kunden, som i Nycklar / the customer, as in Nycklar')
    .addOption(new Option('--service <TJÄNST>', 'bara denna tjänst / only this service'))
    .addOption(new Option('--json <UT.json>', 'skriv spårningen som JSON / write the trace as JSON'))
    .action(async (input: string, opts: { customer: string; service?: string; json?: string }) => {
      exitCode = await traceCommand(input, opts, io, helpers);
    });

  program
    .command('import')
    .description('importera huvudbokens budget eller utfall via tabellen Kontering / import the ledger’s budget or actuals through the table Kontering')
    .argument('<IN.xlsx>', 'arbetsboken med Kontering och Kostnader eller Utfall / the workbook with Kontering and Kostnader or Utfall')
    .requiredOption('--ledger <FIL>', 'huvudboksexporten: SIE (PC8), CSV (semikolon, decimalkomma) eller en .xlsx med en tabell / the ledger export: SIE, CSV or an .xlsx with a table')
    .requiredOption('--into <TABELL>', 'tabellen som fylls: Kostnader (budget) eller Utfall (per månad) / the table filled: Kostnader (budget) or Utfall (per month)')
    .requiredOption('--out <UT.xlsx>', 'kopian av IN med de importerade raderna / the copy of IN with the imported rows')
    .addOption(new Option('--strict', 'skriv inget om någon rad saknar regel i Kontering / write nothing if a row has no rule in Kontering'))
    .addOption(new Option('--sie-post <POST>', 'SIE-posten som läses (standard PBUDGET för Kostnader, TRANS för Utfall) / the SIE record read (default PBUDGET for Kostnader, TRANS for Utfall)').choices(['PBUDGET', 'PSALDO', 'TRANS']))
    .addOption(new Option('--lang <SPRÅK>', 'meddelandenas språk / the messages’ language').choices(['sv', 'en']).default('sv'))
    .action(async (input: string, opts: { ledger: string; into: string; out: string; strict?: boolean; siePost?: 'PBUDGET' | 'PSALDO' | 'TRANS'; lang?: 'sv' | 'en' }) => {
      exitCode = await importCommand(input, opts, io, helpers);
    });

  program
    .command('decide')
    .description('spara prislistan och kundernas belopp som en beslutad version / save the price list and the customers\' amounts as a decided version')
    .argument('<IN.xlsx>', 'arbetsboken med indatatabellerna; den ändras inte / the workbook with the input tables; it is not changed')
    .requiredOption('--label <TEXT>', 'versionens etikett, t.ex. "Servicenämnden 2021-11-18"; unik i arbetsboken / the version\'s label; unique in the workbook')
    .requiredOption('--out <UT.xlsx>', 'kopian av IN med versionen på bladet Beslutade versioner / the copy of IN with the version on the sheet Beslutade versioner')
    .addOption(new Option('-q, --quiet', 'ingen sammanfattning och inga förloppsrader; fel skrivs ändå / no summary and no progress lines; errors still go out'))
    .addOption(new Option('--lang <SPRÅK>', 'meddelandenas språk / the messages’ language').choices(['sv', 'en']).default('sv'))
    .action(async (input: string, opts: { label: string; out: string; quiet?: boolean; lang?: 'sv' | 'en' }) => {
      exitCode = await decideCommand(input, opts, io, helpers);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // With no arguments at all commander prints the help on stderr as for a usage error: exit 2 (scripts see the mistake).
      if (argv.length === 0) return EXIT_USAGE;
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.help' || error.code === 'commander.version') return EXIT_OK;
      return EXIT_USAGE;
    }
    if (error instanceof UsageError || error instanceof UnreadableWorkbookError || error instanceof ExcelLimitError) {
      io.stderr(`intaktsmodell: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
  return exitCode;
}

async function calculateCommand(input: string, opts: { out?: string; json?: string; quiet?: boolean }, io: CliIO): Promise<number> {
  // OUT is IN's package: .xlsx, or .xlsm for a macro-enabled IN (checked once IN is open); Excel refuses a package under another extension.
  if (opts.out !== undefined && !/\.xls[xm]$/i.test(opts.out)) {
    throw new UsageError(`utfilen ${opts.out} måste sluta på .xlsx (eller .xlsm när IN har makron): resultatet är en kopia av arbetsboken. Ange t.ex. ${opts.out.replace(/\.[^./\\]*$/, '')}.xlsx.`);
  }
  const outputs = [
    ...(opts.out === undefined ? [] : [{ option: '--out', path: opts.out }]),
    ...(opts.json === undefined ? [] : [{ option: '--json', path: opts.json }]),
  ];
  await checkFiles(io, input, outputs);
  const started = io.now();
  const progress = new ProgressReporter(io, started, { quiet: opts.quiet });
  progress.report('Läser arbetsboken', 0);
  const bytes = await readInput(io, input);
  // Reading takes the first 30 % (a country's workbook takes seconds), the engine's steps up to 80 %, writing the rest.
  const workbook = await openXlsx(bytes, { onProgress: progress.phase('Läser arbetsboken', 0, 0.3) });
  const macros = await workbook.hasMacros();
  if (opts.out !== undefined && /\.xlsm$/i.test(opts.out) && !macros) {
    throw new UsageError(`${input} har inga makron, så kopian skrivs som en vanlig arbetsbok: ange en utfil som slutar på .xlsx, t.ex. ${opts.out.replace(/\.[^./\\]*$/, '')}.xlsx (Excel öppnar inte en .xlsx-arbetsbok under namnet .xlsm).`);
  }
  const dropMacros = macros && opts.out !== undefined && /\.xlsx$/i.test(opts.out);
  const tables = await workbook.readTables();
  // The engine's own "Klart" is left to progress.done().
  const result: RunResult = runModel(tables, { onProgress: (step, fraction) => fraction < 1 && progress.report(step, 0.3 + fraction * 0.5) });

  if (opts.json !== undefined) {
    progress.report('Skriver JSON', 0.8);
    // Written as it is made (jsonStream.ts): a country's results pass V8's longest string.
    await writeOutput(io, opts.json, tablesJson(result.outputs.map((table) => [table.name, table] as const)));
  }
  if (result.ok && opts.out !== undefined) {
    progress.report('Skriver resultatbladen', 0.9);
    try {
      await workbook.writeOutputs(result.outputs);
    } catch (error) {
      if (error instanceof SheetNotOwnedError || error instanceof TableNameTakenError) throw new UsageError(error.message);
      throw error;
    }
    await writeOutput(io, opts.out, workbook.toChunks({ dropMacros, gzip: fastGzip, onProgress: progress.phase('Skriver resultatbladen', 0.9, 1) }));
  }
  progress.done();
  if (!opts.quiet) {
    io.stdout(summaryText(result, (io.now() - started) / 1000) + '\n');
    const written = [result.ok ? opts.out : undefined, opts.json].filter((p): p is string => p !== undefined);
    if (written.length) io.stdout(`Skrev ${written.join(' och ')}.\n`);
    if (!result.ok && opts.out !== undefined) io.stdout(`${opts.out} skrevs inte eftersom arbetsboken har fel.\n`);
  }
  if (result.ok && opts.out !== undefined) {
    // Last, after "Skrev OUT.xlsx", and even with --quiet: the user would otherwise find the macros gone from OUT.
    if (dropMacros) {
      io.stderr(
        `Obs: ${opts.out} har inte makrona (VBA-projektet) som finns i ${input}, eftersom en .xlsx-fil inte kan innehålla makron; allt annat är kvar. ` +
          `Skriv till ${opts.out.replace(/\.xlsx$/i, '.xlsm')} för att behålla dem.\n`,
      );
    }
  }
  return result.ok ? EXIT_OK : EXIT_WORKBOOK_ERRORS;
}

async function writeInputWorkbook(out: string, kind: 'template' | 'example', io: CliIO, priceCapMethod: PriceCapMethod = 'Flagga'): Promise<number> {
  await checkFiles(io, null, [{ option: '', path: out }]);
  const workbook = createXlsx();
  await workbook.writeInputTables(kind === 'template' ? templateTables() : exampleTables({ priceCapMethod }));
  await writeOutput(io, out, await workbook.toBuffer());
  io.stdout(kind === 'template' ? `Skrev en tom mall till ${out}.\n` : `Skrev exempelarbetsboken till ${out}.\n`);
  return EXIT_OK;
}

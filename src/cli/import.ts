import { Dec } from '../engine/decimal';
import { importLedger, type LedgerSource } from '../engine/ledger/importLedger';
import { reconciliationMessages } from '../engine/ledger/reconciliationMessages';
import type { SiePost } from '../engine/ledger/sieReader';
import { IMPORT_TARGETS, importMark, isImportMark } from '../engine/ledger/targets';
import { msg, renderMessage, type Language, type Message } from '../engine/messages/catalog';
import { names } from '../engine/messages/wording';
import { kronorText } from '../engine/report/swedishNumbers';
import { openXlsx } from '../workbook/xlsx';
import { ImportWriteError } from '../workbook/xlsx/import/import-error';
import { writeImportedRows } from '../workbook/xlsx/import/write-imported-rows';
import { fastGzip } from './gzip';
import type { CliIO, CommandHelpers } from './io';

export interface ImportOptions {
  ledger: string;
  into: string;
  out: string;
  strict?: boolean;
  siePost?: SiePost;
  lang?: Language;
}

const EXIT_OK = 0;
const EXIT_WORKBOOK_ERRORS = 1;
/** Unmapped combinations listed one by one; the rest are counted in the reconciliation. */
const SHOWN_UNMAPPED = 20;

/**
 * `intaktsmodell import IN.xlsx --ledger FILE --into Kostnader|Utfall --out NY.xlsx [--strict]`: reads
 * a ledger export (SIE, CSV or an xlsx table), puts each row on its Kontering rule, and writes
 * a copy of IN whose table holds the summed rows in place of an earlier import's. Exit 0 when
 * written, 1 when the import has errors or --strict finds rows without a rule (nothing is
 * written), 2 for bad arguments or unreadable files.
 */
export async function importCommand(input: string, opts: ImportOptions, io: CliIO, helpers: CommandHelpers): Promise<number> {
  const lang = opts.lang ?? 'sv';
  const say = (m: Message) => renderMessage(m, lang);
  const target = Object.values(IMPORT_TARGETS).find((t) => t.table.toLocaleLowerCase('sv-SE') === opts.into.trim().toLocaleLowerCase('sv-SE'));
  if (!target) throw helpers.usage(`--into ${opts.into}: importen skriver till ${Object.keys(IMPORT_TARGETS).join(', ')}.`);
  if (!/\.xls[xm]$/i.test(opts.out)) throw helpers.usage(`utfilen ${opts.out} måste sluta på .xlsx (eller .xlsm): den är en kopia av arbetsboken.`);
  await helpers.checkFiles(input, [{ option: '--out', path: opts.out }]);
  await helpers.checkFiles(opts.ledger, [{ option: '--out', path: opts.out }]);

  const workbookBytes = await helpers.readInput(input);
  const workbook = await openXlsx(workbookBytes);
  const macros = await workbook.hasMacros();
  if (/\.xlsx$/i.test(opts.out) && macros) {
    throw helpers.usage(`${input} har makron: skriv kopian till ${opts.out.replace(/\.xlsx$/i, '.xlsm')} så att de finns kvar.`);
  }
  if (/\.xlsm$/i.test(opts.out) && !macros) {
    throw helpers.usage(`${input} har inga makron: skriv kopian till ${opts.out.replace(/\.xlsm$/i, '.xlsx')} (Excel öppnar inte en vanlig arbetsbok under namnet .xlsm).`);
  }
  const tables = await workbook.readTables();
  const ledgerBytes = await helpers.readInput(opts.ledger);
  const fileName = opts.ledger.split(/[\\/]/).pop() as string;
  const source: LedgerSource = isZip(ledgerBytes) ? { tables: await (await openXlsx(ledgerBytes)).readTables() } : { bytes: ledgerBytes };
  const result = importLedger(source, fileName, tables, target, opts.siePost);

  for (const p of result.problems.items) io.stderr(`${p.level === 'error' ? (lang === 'sv' ? 'Fel' : 'Error') : lang === 'sv' ? 'Varning' : 'Warning'}: ${say(p.text)}\n`);
  if (result.file) io.stdout(say(msg('ledgerRead', { file: fileName, kind: result.file.kind, rows: result.file.rows.length })) + '\n');
  const mapping = result.mapping;
  if (result.problems.hasErrors || mapping === null) {
    io.stdout(say(msg('ledgerNotWritten', { out: opts.out })) + '\n');
    return EXIT_WORKBOOK_ERRORS;
  }
  for (const u of mapping.unmapped.slice(0, SHOWN_UNMAPPED)) {
    io.stdout(say(msg('ledgerUnmapped', { konto: u.konto, ansvar: u.ansvar, verksamhet: u.verksamhet, aktivitet: u.aktivitet, amount: kronorText(new Dec(u.amount)), lines: names(u.lines) })) + '\n');
  }
  if (mapping.unmapped.length > SHOWN_UNMAPPED) io.stdout(`… ${mapping.unmapped.length - SHOWN_UNMAPPED} ${lang === 'sv' ? 'till' : 'more'}\n`);
  for (const m of reconciliationMessages(mapping)) io.stdout(say(m) + '\n');
  if (mapping.unusedRules.length > 0) io.stdout(say(msg('ledgerUnusedRules', { rows: names(mapping.unusedRules) })) + '\n');
  const unmappedRows = mapping.rows - mapping.mappedRows;
  if (opts.strict && unmappedRows > 0) {
    io.stderr(say(msg('ledgerStrictRefused', { out: opts.out, rows: unmappedRows, amount: kronorText(new Dec(mapping.unmappedTotal)) })) + '\n');
    return EXIT_WORKBOOK_ERRORS;
  }
  const mark = importMark(fileName, new Date(io.now()).toISOString().slice(0, 10));
  let written;
  try {
    written = await writeImportedRows(
      workbookBytes,
      { table: target.table, markColumn: target.markColumn, isImported: isImportMark, rows: mapping.lines.map((line) => target.cells(line, mark)) },
      fastGzip,
    );
  } catch (error) {
    if (error instanceof ImportWriteError) {
      io.stderr(`${lang === 'sv' ? 'Fel' : 'Error'}: ${say(error.text)}\n`);
      io.stdout(say(msg('ledgerNotWritten', { out: opts.out })) + '\n');
      return EXIT_WORKBOOK_ERRORS;
    }
    throw error;
  }
  await helpers.writeOutput(opts.out, written.chunks);
  io.stdout(say(msg('ledgerWritten', { out: opts.out, table: target.table, written: written.written, replaced: written.replaced, kept: written.kept })) + '\n');
  return EXIT_OK;
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

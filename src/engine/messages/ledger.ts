import { phrase, type Names } from './wording';
import type { Place } from '../problems';

type SieReason =
  | { kind: 'unclosed-quote' | 'unclosed-list' | 'nested-list' | 'stray-brace' | 'control-character' | 'object-list' | 'trans-outside-voucher' | 'brace-without-voucher' | 'voucher-not-closed' }
  | { kind: 'not-a-label'; text: string }
  | { kind: 'voucher-without-brace'; voucherLine: number }
  | { kind: 'label-in-voucher'; label: string }
  | { kind: 'format'; format: string }
  | { kind: 'field'; label: string; field: string }
  | { kind: 'amount'; label: string; text: string };

function sieReasonSv(r: SieReason): string {
  switch (r.kind) {
    case 'unclosed-quote': return 'ett citattecken stängs aldrig';
    case 'unclosed-list': return 'en objektlista { stängs aldrig med }';
    case 'nested-list': return 'en objektlista står inuti en annan';
    case 'stray-brace': return 'en } stänger inget som är öppnat';
    case 'control-character': return 'raden innehåller ett styrtecken';
    case 'object-list': return 'objektlistan ska bestå av par av dimensionsnummer och objekt, varje dimension en gång';
    case 'trans-outside-voucher': return 'en transaktion står utanför en verifikation (#VER följd av { … })';
    case 'brace-without-voucher': return '{ står inte direkt efter en #VER';
    case 'voucher-not-closed': return 'verifikationen som börjar här stängs aldrig med }';
    case 'not-a-label': return `raden börjar inte med en etikett som #TRANS: "${r.text}"`;
    case 'voucher-without-brace': return `verifikationen på rad ${r.voucherLine} följs inte av {`;
    case 'label-in-voucher': return `${r.label} får inte stå inuti en verifikation`;
    case 'format': return `#FORMAT är "${r.format}", men SIE-filer ska vara PC8 (teckentabell 437)`;
    case 'field': return `${r.label} saknar fältet ${r.field} eller har det i fel form`;
    case 'amount': return `${r.label} har beloppet "${r.text}", som inte är ett belopp (SIE skriver t.ex. -1234.50)`;
  }
}

function sieReasonEn(r: SieReason): string {
  switch (r.kind) {
    case 'unclosed-quote': return 'a quotation mark is never closed';
    case 'unclosed-list': return 'an object list { is never closed with }';
    case 'nested-list': return 'an object list stands inside another';
    case 'stray-brace': return 'a } closes nothing that was opened';
    case 'control-character': return 'the line holds a control character';
    case 'object-list': return 'the object list must hold pairs of a dimension number and an object, each dimension once';
    case 'trans-outside-voucher': return 'a transaction stands outside a voucher (#VER followed by { … })';
    case 'brace-without-voucher': return '{ does not follow a #VER';
    case 'voucher-not-closed': return 'the voucher that starts here is never closed with }';
    case 'not-a-label': return `the line does not start with a label such as #TRANS: "${r.text}"`;
    case 'voucher-without-brace': return `the voucher on line ${r.voucherLine} is not followed by {`;
    case 'label-in-voucher': return `${r.label} may not stand inside a voucher`;
    case 'format': return `#FORMAT is "${r.format}", but SIE files are PC8 (code page 437)`;
    case 'field': return `${r.label} lacks its field ${r.field} or has it in the wrong form`;
    case 'amount': return `${r.label} has the amount "${r.text}", which is no amount (SIE writes e.g. -1234.50)`;
  }
}

const FIELD_EN: Record<string, string> = { Konto: 'Konto (account)', Ansvar: 'Ansvar', Verksamhet: 'Verksamhet', Aktivitet: 'Aktivitet', Belopp: 'Belopp (amount)' };

/** The messages of importing a ledger export into the workbook (engine/ledger, the import command). */
export const ledgerPhrases = {
  sieUnreadableLine: phrase(
    (a: { file: string; line: number; reason: SieReason }, _w) => `${a.file} rad ${a.line} kan inte läsas: ${sieReasonSv(a.reason)}.`,
    (a, _w) => `${a.file} line ${a.line} cannot be read: ${sieReasonEn(a.reason)}.`,
  ),
  sieOverlappingBreakdown: phrase(
    (a: { file: string; line: number; other: number; post: string; konto: string; period: string }, _w) =>
      `${a.file} rad ${a.line}: #${a.post} för konto ${a.konto} period ${a.period} delar upp beloppet på andra dimensioner än rad ${a.other}; de två uppdelningarna kan inte läggas ihop.`,
    (a, _w) => `${a.file} line ${a.line}: #${a.post} for account ${a.konto} period ${a.period} breaks the amount down by other dimensions than line ${a.other}; the two breakdowns cannot be added up.`,
  ),
  sieDuplicateTotal: phrase(
    (a: { file: string; line: number; other: number; post: string; konto: string; period: string }, _w) =>
      `${a.file} rad ${a.line}: #${a.post} för konto ${a.konto} period ${a.period} utan objekt finns redan på rad ${a.other}.`,
    (a, _w) => `${a.file} line ${a.line}: #${a.post} for account ${a.konto} period ${a.period} without objects is already on line ${a.other}.`,
  ),
  sieNoPost: phrase(
    (a: { file: string; post: string; found: Names }, w) =>
      `${a.file} har inga #${a.post}-poster för året (årsnr 0).${a.found.names.length > 0 ? ` Den har ${w.list(a.found, true)}: välj med --sie-post.` : ''}`,
    (a, w) => `${a.file} has no #${a.post} records for the year (årsnr 0).${a.found.names.length > 0 ? ` It has ${w.list(a.found, true)}: choose with --sie-post.` : ''}`,
  ),
  ledgerDuplicateColumn: phrase(
    (a: { file: string; field: string; first: string; firstIndex: number; second: string; secondIndex: number }, _w) =>
      `${a.file}: kolumnerna "${a.first}" (kolumn ${a.firstIndex}) och "${a.second}" (kolumn ${a.secondIndex}) betyder båda ${a.field}; ta bort eller byt namn på den ena.`,
    (a, _w) => `${a.file}: the columns "${a.first}" (column ${a.firstIndex}) and "${a.second}" (column ${a.secondIndex}) both mean ${FIELD_EN[a.field] ?? a.field}; remove or rename one of them.`,
  ),
  ledgerMissingColumn: phrase(
    (a: { file: string; field: string; accepted: Names }, w) => `${a.file} saknar en kolumn för ${a.field}; rubriken kan vara ${w.orList(a.accepted)}.`,
    (a, w) => `${a.file} has no column for ${FIELD_EN[a.field] ?? a.field}; its header may be ${w.orList(a.accepted)}.`,
  ),
  ledgerBadCell: phrase(
    (a: { file: string; line: number; field: string; text: string }, _w) =>
      a.text === ''
        ? `${a.file} rad ${a.line}: ${a.field} saknas.`
        : `${a.file} rad ${a.line}: ${a.field} "${a.text}" går inte att läsa${a.field === 'Belopp' ? ' som ett belopp (skriv t.ex. -1 234,50 med decimalkomma)' : ''}.`,
    (a, _w) =>
      a.text === ''
        ? `${a.file} line ${a.line}: ${FIELD_EN[a.field] ?? a.field} is missing.`
        : `${a.file} line ${a.line}: ${FIELD_EN[a.field] ?? a.field} "${a.text}" cannot be read${a.field === 'Belopp' ? ' as an amount (write e.g. -1 234,50 with a decimal comma)' : ''}.`,
  ),
  ledgerEmpty: phrase(
    (a: { file: string }, _w) => `${a.file} är tom: den har ingen rubrikrad.`,
    (a, _w) => `${a.file} is empty: it has no header row.`,
  ),
  ledgerUnclosedQuote: phrase(
    (a: { file: string; line: number }, _w) => `${a.file} rad ${a.line}: ett citattecken som öppnar ett fält stängs aldrig.`,
    (a, _w) => `${a.file} line ${a.line}: a quotation mark that opens a field is never closed.`,
  ),
  ledgerNoTable: phrase(
    (a: { file: string }, _w) => `${a.file} har ingen Excel-tabell med kolumnerna Konto och Belopp; gör exporten till en tabell (Infoga > Tabell) eller spara den som CSV.`,
    (a, _w) => `${a.file} has no Excel table with the columns Konto and Belopp; make the export a table (Insert > Table) or save it as CSV.`,
  ),
  konteringMissing: phrase(
    (_a: Record<string, never>, _w) => 'Tabellen Kontering saknas: den säger vilket kostnadsobjekt och kostnadsslag varje konto (och ansvar, verksamhet, aktivitet) hör till.',
    (_a, _w) => 'The table Kontering is missing: it says which Kostnadsobjekt and Kostnadsslag each account (and Ansvar, Verksamhet, Aktivitet) belongs to.',
  ),
  konteringMissingColumn: phrase(
    (a: { column: string }, _w) => `Tabellen Kontering saknar den obligatoriska kolumnen "${a.column}".`,
    (a, _w) => `The table Kontering lacks the required column "${a.column}".`,
  ),
  konteringNotText: phrase(
    (a: { at: Place }, w) => `${w.where(a.at)} innehåller inte text eller ett tal.`,
    (a, w) => `${w.where(a.at)} holds no text or number.`,
  ),
  konteringBadCondition: phrase(
    (a: { at: Place; text: string; problem: 'range-not-konto' | 'range-reversed' | 'range-digits' | 'star-inside' }, w) =>
      `${w.where(a.at)}: "${a.text}" ${
        a.problem === 'range-not-konto'
          ? 'är ett intervall, men bara Konto tar intervall; skriv ett värde eller ett prefix som 10*'
          : a.problem === 'range-reversed'
            ? 'är ett intervall som börjar efter sitt slut'
            : a.problem === 'range-digits'
              ? 'är ett intervall vars ändar har olika många siffror'
              : 'har * någon annanstans än sist; * står bara sist i ett prefix, som 54*'
      }.`,
    (a, w) =>
      `${w.where(a.at)}: "${a.text}" ${
        a.problem === 'range-not-konto'
          ? 'is a range, but only Konto takes ranges; write a value or a prefix such as 10*'
          : a.problem === 'range-reversed'
            ? 'is a range that starts after its end'
            : a.problem === 'range-digits'
              ? 'is a range whose ends have different numbers of digits'
              : 'has * elsewhere than last; * only ends a prefix, as in 54*'
      }.`,
  ),
  konteringMissingObject: phrase(
    (a: { at: Place }, w) => `${w.where(a.at)} är tom men måste fyllas i: regeln säger vart beloppen går.`,
    (a, w) => `${w.where(a.at)} is empty but must be filled in: the rule says where the amounts go.`,
  ),
  konteringTie: phrase(
    (a: { file: string; line: number; konto: string; first: Place; second: Place; firstRule: string; secondRule: string }, w) =>
      `${a.file} rad ${a.line} (konto ${a.konto}) passar lika väl på två regler: ${w.where(a.first)} med ${a.firstRule || 'alla villkor tomma'} och ${w.where(a.second)} med ${a.secondRule || 'alla villkor tomma'}. Gör den ena mer specifik eller ta bort den.`,
    (a, w) =>
      `${a.file} line ${a.line} (account ${a.konto}) fits two rules equally well: ${w.where(a.first)} with ${a.firstRule || 'every condition blank'} and ${w.where(a.second)} with ${a.secondRule || 'every condition blank'}. Make one of them more specific or remove it.`,
  ),
  ledgerRead: phrase(
    (a: { file: string; kind: string; rows: number }, _w) => `Läste ${a.file} (${a.kind}): ${a.rows === 1 ? 'en rad' : `${a.rows} rader`}.`,
    (a, _w) => `Read ${a.file} (${a.kind}): ${a.rows === 1 ? 'one row' : `${a.rows} rows`}.`,
  ),
  ledgerReconciled: phrase(
    (a: { ledger: string; unmapped: string; imported: string; rows: number; mappedRows: number; lines: number }, _w) =>
      `Avstämning: huvudboken ${a.ledger} kr − utan regel ${a.unmapped} kr = importerat ${a.imported} kr (${a.mappedRows} av ${a.rows} rader, summerade till ${a.lines} rader i Kostnader). Stämmer.`,
    (a, _w) =>
      `Reconciliation: ledger ${a.ledger} kr − without a rule ${a.unmapped} kr = imported ${a.imported} kr (${a.mappedRows} of ${a.rows} rows, summed into ${a.lines} rows of Kostnader). It agrees.`,
  ),
  ledgerUnmapped: phrase(
    (a: { konto: string; ansvar: string; verksamhet: string; aktivitet: string; amount: string; lines: Names }, w) =>
      `Ingen regel i Kontering: konto ${a.konto}${a.ansvar ? `, ansvar ${a.ansvar}` : ''}${a.verksamhet ? `, verksamhet ${a.verksamhet}` : ''}${a.aktivitet ? `, aktivitet ${a.aktivitet}` : ''}: ${a.amount} kr (rad ${w.list(a.lines)}).`,
    (a, w) =>
      `No rule in Kontering: account ${a.konto}${a.ansvar ? `, Ansvar ${a.ansvar}` : ''}${a.verksamhet ? `, Verksamhet ${a.verksamhet}` : ''}${a.aktivitet ? `, Aktivitet ${a.aktivitet}` : ''}: ${a.amount} kr (line ${w.list(a.lines)}).`,
  ),
  ledgerUnusedRules: phrase(
    (a: { rows: Names }, w) => `Ingen rad i huvudboken hamnade på Kontering rad ${w.list(a.rows, true)}.`,
    (a, w) => `No ledger row landed on Kontering row ${w.list(a.rows, true)}.`,
  ),
  ledgerStrictRefused: phrase(
    (a: { out: string; rows: number; amount: string }, _w) => `${a.out} skrevs inte: --strict och ${a.rows === 1 ? 'en rad' : `${a.rows} rader`} (${a.amount} kr) saknar regel i Kontering.`,
    (a, _w) => `${a.out} was not written: --strict, and ${a.rows === 1 ? 'one row' : `${a.rows} rows`} (${a.amount} kr) have no rule in Kontering.`,
  ),
  ledgerNotWritten: phrase(
    (a: { out: string }, _w) => `${a.out} skrevs inte eftersom importen har fel.`,
    (a, _w) => `${a.out} was not written because the import has errors.`,
  ),
  ledgerWritten: phrase(
    (a: { out: string; table: string; written: number; replaced: number; kept: number }, _w) =>
      `Skrev ${a.out}: ${a.written} importerade rader i ${a.table}, ${a.replaced} tidigare importerade ersatta, ${a.kept} egna rader kvar.`,
    (a, _w) => `Wrote ${a.out}: ${a.written} imported rows in ${a.table}, ${a.replaced} rows of an earlier import replaced, ${a.kept} of the user's own rows kept.`,
  ),
  importTableMissing: phrase(
    (a: { table: string }, _w) => `Arbetsboken har ingen tabell ${a.table} att importera till.`,
    (a, _w) => `The workbook has no table ${a.table} to import into.`,
  ),
  importTotalsRow: phrase(
    (a: { table: string }, _w) => `Tabellen ${a.table} har en summarad; ta bort den (Tabelldesign > Summarad) före importen.`,
    (a, _w) => `The table ${a.table} has a totals row; turn it off (Table Design > Total Row) before the import.`,
  ),
  importNoHeaderRow: phrase(
    (a: { table: string }, _w) => `Tabellen ${a.table} har ingen rubrikrad; slå på den (Tabelldesign > Rubrikrad) före importen.`,
    (a, _w) => `The table ${a.table} has no header row; turn it on (Table Design > Header Row) before the import.`,
  ),
  importCellInTheWay: phrase(
    (a: { table: string; cell: string }, _w) => `Tabellen ${a.table} behöver växa, men cellen ${a.cell} under eller bredvid den är inte tom; flytta det som står där.`,
    (a, _w) => `The table ${a.table} has to grow, but the cell ${a.cell} below or beside it is not empty; move what is there.`,
  ),
  importFormulaMoved: phrase(
    (a: { table: string; cell: string }, _w) =>
      `Tabellen ${a.table}: cellen ${a.cell} har en formel och skulle flyttas när tidigare importerade rader tas bort; sortera tabellen så att de importerade raderna (Källa) står sist, eller ersätt formeln med dess värde.`,
    (a, _w) =>
      `The table ${a.table}: the cell ${a.cell} holds a formula and would move when the rows of an earlier import are removed; sort the table so that the imported rows (Källa) come last, or replace the formula by its value.`,
  ),
};

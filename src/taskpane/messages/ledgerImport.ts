import type { Language } from '../../engine/messages/wording';

/** The texts of the pane's import from the ledger (LedgerImport.tsx), in Swedish and English. */
export interface LedgerImportTexts {
  heading: string;
  intro: string;
  chooseFile: string;
  fileLabel: string;
  noFile: string;
  targetLabel: string;
  siePostLabel: string;
  siePostDefault: (post: string) => string;
  siePostNames: Record<'PBUDGET' | 'PSALDO' | 'TRANS', string>;
  strictLabel: string;
  reading: (file: string) => string;
  read: (file: string, kind: string, rows: number) => string;
  errorsTitle: (count: number) => string;
  notWrittenErrors: string;
  warningsTitle: (count: number) => string;
  reconciliationLabel: string;
  ledgerTotal: string;
  unmappedTotal: string;
  importedTotal: string;
  reconciliationRows: (mappedRows: number, rows: number, lines: number, table: string) => string;
  unmappedHeading: (count: number) => string;
  unmappedColumns: { konto: string; ansvar: string; verksamhet: string; aktivitet: string; amount: string; lines: string };
  more: (count: number) => string;
  unusedRules: (rows: string) => string;
  strictRefused: (rows: number, amount: string) => string;
  write: (table: string) => string;
  confirmTitle: (table: string) => string;
  confirm: (rows: number, table: string, replaced: number, kept: number) => string;
  yes: string;
  no: string;
  writing: (table: string) => string;
  written: (written: number, table: string, replaced: number, kept: number) => string;
  writtenExcel: string;
  writtenBrowser: string;
  failedTitle: string;
}

const rows = (n: number) => (n === 1 ? 'en rad' : `${n} rader`);
const rowsEn = (n: number) => (n === 1 ? 'one row' : `${n} rows`);

const sv: LedgerImportTexts = {
  heading: 'Importera från huvudboken',
  intro:
    'Läs budget eller utfall från ekonomisystemets export (SIE, CSV eller xlsx) genom reglerna i tabellen Kontering. ' +
    'Du ser avstämningen först; ingenting skrivs förrän du har svarat ja.',
  chooseFile: 'Välj huvudboksfil …',
  fileLabel: 'Huvudboksfil',
  noFile: 'Ingen fil vald',
  targetLabel: 'Skriv till tabellen',
  siePostLabel: 'SIE-post',
  siePostDefault: (post) => `Standard (#${post})`,
  siePostNames: { PBUDGET: '#PBUDGET (periodbudget)', PSALDO: '#PSALDO (periodsaldo)', TRANS: '#TRANS (transaktioner)' },
  strictLabel: 'Strikt: skriv ingenting om någon rad saknar regel',
  reading: (file) => `Läser ${file} …`,
  read: (file, kind, n) => `Läste ${file} (${kind}): ${rows(n)}.`,
  errorsTitle: (n) => (n === 1 ? 'Ett fel' : `${n} fel`),
  notWrittenErrors: 'Ingenting kan skrivas förrän felen är rättade.',
  warningsTitle: (n) => (n === 1 ? 'En varning' : `${n} varningar`),
  reconciliationLabel: 'Avstämning',
  ledgerTotal: 'Huvudboken',
  unmappedTotal: '− utan regel',
  importedTotal: '= importeras',
  reconciliationRows: (mapped, all, lines, table) => `${mapped} av ${all} rader har en regel och summeras till ${rows(lines)} i ${table}.`,
  unmappedHeading: (n) => (n === 1 ? 'En kombination saknar regel i Kontering' : `${n} kombinationer saknar regel i Kontering`),
  unmappedColumns: { konto: 'Konto', ansvar: 'Ansvar', verksamhet: 'Verksamhet', aktivitet: 'Aktivitet', amount: 'Belopp', lines: 'Rader i filen' },
  more: (n) => `… och ${n} till`,
  unusedRules: (list) => `Ingen rad i huvudboken hamnade på Kontering rad ${list}.`,
  strictRefused: (n, amount) => `Strikt: ingenting skrivs, eftersom ${rows(n)} (${amount}) saknar regel i Kontering.`,
  write: (table) => `Skriv i ${table} …`,
  confirmTitle: (table) => `Skriva i ${table}?`,
  confirm: (n, table, replaced, kept) =>
    `Skriv ${n} ${n === 1 ? 'rad' : 'rader'} i ${table}? ${replaced} tidigare ${replaced === 1 ? 'importerad rad ersätts' : 'importerade rader ersätts'}, dina egna ${kept} ${kept === 1 ? 'rad behålls' : 'rader behålls'}.`,
  yes: 'Ja, skriv',
  no: 'Nej',
  writing: (table) => `Skriver i ${table} …`,
  written: (n, table, replaced, kept) =>
    `Skrev ${n} ${n === 1 ? 'importerad rad' : 'importerade rader'} i ${table}: ${replaced} tidigare ${replaced === 1 ? 'importerad rad ersattes' : 'importerade ersattes'}, ${kept} egna ${kept === 1 ? 'rad behölls' : 'rader behölls'}.`,
  writtenExcel: 'Tryck på Beräkna för att räkna med raderna.',
  writtenBrowser: 'Den öppnade arbetsboken har nu raderna: tryck på Beräkna för att räkna med dem; filen du laddar ned efter det innehåller dem.',
  failedTitle: 'Importen gick inte',
};

const en: LedgerImportTexts = {
  heading: 'Import from the ledger',
  intro:
    'Read the budget or the actuals from the ERP’s export (SIE, CSV or xlsx) through the rules in the table Kontering. ' +
    'You see the reconciliation first; nothing is written until you say yes.',
  chooseFile: 'Choose a ledger file …',
  fileLabel: 'Ledger file',
  noFile: 'No file chosen',
  targetLabel: 'Write into the table',
  siePostLabel: 'SIE record',
  siePostDefault: (post) => `Default (#${post})`,
  siePostNames: { PBUDGET: '#PBUDGET (period budget)', PSALDO: '#PSALDO (period balance)', TRANS: '#TRANS (transactions)' },
  strictLabel: 'Strict: write nothing if any row has no rule',
  reading: (file) => `Reading ${file} …`,
  read: (file, kind, n) => `Read ${file} (${kind}): ${rowsEn(n)}.`,
  errorsTitle: (n) => (n === 1 ? 'One error' : `${n} errors`),
  notWrittenErrors: 'Nothing can be written until the errors are corrected.',
  warningsTitle: (n) => (n === 1 ? 'One warning' : `${n} warnings`),
  reconciliationLabel: 'Reconciliation',
  ledgerTotal: 'Ledger',
  unmappedTotal: '− without a rule',
  importedTotal: '= imported',
  reconciliationRows: (mapped, all, lines, table) => `${mapped} of ${all} rows have a rule and are summed into ${rowsEn(lines)} of ${table}.`,
  unmappedHeading: (n) => (n === 1 ? 'One combination has no rule in Kontering' : `${n} combinations have no rule in Kontering`),
  unmappedColumns: { konto: 'Konto', ansvar: 'Ansvar', verksamhet: 'Verksamhet', aktivitet: 'Aktivitet', amount: 'Belopp', lines: 'Lines in the file' },
  more: (n) => `… and ${n} more`,
  unusedRules: (list) => `No ledger row landed on Kontering row ${list}.`,
  strictRefused: (n, amount) => `Strict: nothing is written, as ${rowsEn(n)} (${amount}) ${n === 1 ? 'has' : 'have'} no rule in Kontering.`,
  write: (table) => `Write into ${table} …`,
  confirmTitle: (table) => `Write into ${table}?`,
  confirm: (n, table, replaced, kept) =>
    `Write ${rowsEn(n)} into ${table}? ${replaced} ${replaced === 1 ? 'row' : 'rows'} of an earlier import ${replaced === 1 ? 'is' : 'are'} replaced, your own ${kept} ${kept === 1 ? 'row is' : 'rows are'} kept.`,
  yes: 'Yes, write',
  no: 'No',
  writing: (table) => `Writing into ${table} …`,
  written: (n, table, replaced, kept) =>
    `Wrote ${n} imported ${n === 1 ? 'row' : 'rows'} into ${table}: ${replaced} ${replaced === 1 ? 'row' : 'rows'} of an earlier import replaced, ${kept} of your own ${kept === 1 ? 'row' : 'rows'} kept.`,
  writtenExcel: 'Press Beräkna to calculate with the rows.',
  writtenBrowser: 'The opened workbook now has the rows: press Beräkna to calculate with them; the file you download after that holds them.',
  failedTitle: 'The import failed',
};

export function ledgerImportTexts(lang: Language): LedgerImportTexts {
  return lang === 'en' ? en : sv;
}

/**
 * An exact amount (a decimal string such as "-1253766.25") in kronor as the pane writes amounts:
 * a space between thousands, a decimal comma, two decimals when it has any, "−" for minus.
 */
export function amountText(amount: string): string {
  const negative = amount.startsWith('-');
  const [int = '0', frac] = (negative ? amount.slice(1) : amount).split('.');
  const digits = int.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  const decimals = frac === undefined || /^0*$/.test(frac) ? '' : `,${frac.replace(/0+$/, '').padEnd(2, '0')}`;
  const zero = /^0*$/.test(int) && decimals === '';
  return `${negative && !zero ? '\u2212' : ''}${digits}${decimals}\u00a0kr`;
}

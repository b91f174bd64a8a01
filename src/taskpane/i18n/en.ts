import { kr, num, pct } from '../format';
import type { PaneSettings } from '../summary/settings';
import type { SettingLine, Strings } from './strings';

/** English for Office in English; the workbook's own words (tables, columns, statuses) stay Swedish. */
export const en: Strings = {
  lang: 'en',
  appTitle: 'Intäktsmodell',
  introExcel: "Prices the services at full cost from the workbook's tables (Nycklar, Tjänster, Kostnader, Volymer …) and writes the output sheets.",
  introBrowser: 'Open a workbook with the input tables (Nycklar, Tjänster, Kostnader, Volymer …), calculate and download the result.',

  openWorkbook: 'Open workbook…',
  fileInputLabel: 'Workbook (.xlsx)',
  dropZoneLabel: 'Drop an .xlsx file here',
  dropHint: 'or drag and drop an .xlsx file here',
  opening: 'Opening the workbook…',
  openedFile: (name) => `Opened: ${name}`,
  notXlsx: (name) => `${name} is not an Excel workbook (.xlsx).`,
  openFailed: 'The workbook could not be opened',

  calculate: 'Calculate',
  calculateHintBrowser: 'Open a workbook first.',
  progressLabel: 'Calculating',
  phaseReading: 'Reading the tables',
  phaseCalculating: 'Calculating prices and allocation',
  phaseWriting: 'Writing the output sheets',
  downloadResult: 'Download the result (.xlsx)',
  resultFileName: (source) => `${source.replace(/\.xls[xm]$/i, '')} result.xlsx`,

  inputTablesLabel: 'Input tables',
  createTemplate: 'Create template',
  insertExample: 'Insert example',
  templateFileName: 'Intäktsmodell template.xlsx',
  exampleFileName: 'Intäktsmodell example.xlsx',
  templateInserted: "The template's empty input tables were added to the workbook.",
  exampleInserted: "The example's input tables were added to the workbook. Press Calculate.",
  templateDownloaded: (file) => `The template was downloaded as ${file}.`,
  exampleDownloaded: (file) => `The example was downloaded as ${file}; open it here to calculate.`,
  actionFailed: 'That did not work',

  runOkTitle: 'Calculation done',
  runOkExcel: 'The output sheets were written to the workbook.',
  runOkBrowser: 'Download the result to get the workbook with the output sheets.',
  runErrorsTitle: 'The workbook has errors',
  runErrors: (n) => `${n === 1 ? 'One error stops' : `${n} errors stop`} the calculation; only the Kontroller sheet was written. Fix and calculate again.`,
  runFailedTitle: 'The calculation could not finish',
  warningsNote: (n) => `${n === 1 ? 'One warning' : `${n} warnings`}, see Checks.`,
  skippedTitle: 'Skipped',

  resultTabsLabel: 'Results',
  tabSummary: 'Summary',
  tabPrices: 'Price list',
  tabDeviations: 'Deviations',
  tabChecks: (n) => `Checks (${n})`,
  tabSettings: 'Settings',

  totalCost: 'Full cost',
  totalRevenue: 'Revenue',
  difference: 'Difference',
  totalsLabel: 'Totals',
  perAreaHeading: 'Revenue per area',
  area: 'Area',
  keyed: 'Keyed',
  unitCharges: 'Unit/hour',
  addOns: 'Add-ons',
  total: 'Total',
  reconciliationHeading: 'Reconciliation',
  reconciliationOk: 'Every process covers its full cost (OK).',
  reconciliationFlagged: (n) => `${n === 1 ? 'One process differs' : `${n} processes differ`} by more than rounding explains:`,
  status: (s) => (s === 'Överdeckning' ? 'Over-recovery' : s === 'Underdeckning' ? 'Under-recovery' : s),

  scenarioHeading: 'Scenarios',
  scenarioLabel: 'Scenario',
  noScenarios: 'The workbook has no scenarios (the Scenarier table).',
  moversCaption: (s) => `Customers whose charge moves most in ${s}`,
  customer: 'Customer',
  base: 'Base',
  change: 'Change',
  overThreshold: (t) => `beyond the ${t} threshold`,

  priceListHeading: 'Price list',
  service: 'Service',
  price: 'Price',
  priceChange: (change) => `${change} on last year`,
  keyedPrice: (model, key) => (key ? `${model}, by ${key}` : model),
  overCap: 'Over price cap',

  pivotHeading: 'Deviation surcharge per customer',
  pivotTotal: 'Total',
  noDeviations: 'No deviations recorded.',

  checksHeading: 'Checks',
  noProblems: 'No errors or warnings.',
  workbookGroup: 'The workbook',
  groupHeading: (table, errors, warnings) => `${table}: ${[errors ? `${errors} ${errors === 1 ? 'error' : 'errors'}` : '', warnings ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : ''].filter(Boolean).join(', ')}`,
  errorTitle: 'Error',
  warningTitle: 'Warning',
  location: (row, column, cell) => [row !== null ? `row ${row}` : '', column ? `column ${column}` : '', cell ?? ''].filter(Boolean).join(' · '),
  moreProblems: (n) => `… and ${n} more; all are on the Kontroller sheet.`,
  goToCell: 'Go to cell',
  goToCellLabel: (cell) => `Go to cell ${cell}`,
  goToCellFailed: (cell) => `Cell ${cell} could not be selected`,

  settingsHeading: 'Settings',
  settingsIntro: 'From the Inställningar table (change them there and calculate again).',
  parameter: 'Parameter',
  value: 'Value',
  effect: 'Effect',
  settingLines,
};

function settingLines(s: PaneSettings): SettingLine[] {
  const std = (name: Parameters<PaneSettings['given']['has']>[0]) => (s.given.has(name) ? '' : ' (default)');
  return [
    {
      parameter: 'Budgetår',
      value: s.budgetYear === null ? 'not given' : String(s.budgetYear),
      effect: s.budgetYear === null ? 'The result names no year.' : `The prices apply to ${s.budgetYear}.`,
    },
    {
      parameter: 'Pristak',
      value: s.priceCap === null ? 'none' : pct(s.priceCap),
      effect: s.priceCap === null ? 'No price is flagged for its increase.' : `Prices raised by more than ${pct(s.priceCap)} over last year's are flagged (Över pristak).`,
    },
    {
      parameter: 'Beloppsavrundning',
      value: `${kr(s.amountStep)}${std('Beloppsavrundning')}`,
      effect: `Each customer's amount is rounded to ${kr(s.amountStep)}.`,
    },
    {
      parameter: 'Timkostnad',
      value: s.hourlyCost === null ? 'not given' : `${kr(s.hourlyCost)}/h`,
      effect: s.hourlyCost === null ? 'Deviation types must give Kostnad per styck.' : `Deviations given in minutes cost ${num(s.hourlyCost / 60)} kr a minute.`,
    },
    {
      parameter: 'Avvikelsemetod',
      value: `${s.deviationMethod}${std('Avvikelsemetod')}`,
      effect:
        s.deviationMethod === 'Händelsekostnad'
          ? 'The customer pays each deviation at its standard cost on top of the price.'
          : 'Deviations weight the customer’s key for keyed costs; unit and hour prices use the event cost.',
    },
    {
      parameter: 'Avvikelsevikt',
      value: `${num(s.deviationWeight)}${std('Avvikelsevikt')}`,
      effect:
        s.deviationMethod === 'Nyckelviktning'
          ? `The key moves ${pct(s.deviationWeight)} of the way towards the customer’s deviation level.`
          : 'Used only with Nyckelviktning.',
    },
    {
      parameter: 'Tröskel',
      value: s.threshold === null ? 'none' : pct(s.threshold),
      effect: s.threshold === null ? 'No scenario change is marked.' : `Customers whose charge changes by more than ${pct(s.threshold)} in a scenario are marked.`,
    },
    {
      parameter: 'Övergångstak',
      value: s.phaseInCap === null ? 'none' : pct(s.phaseInCap),
      effect:
        s.phaseInCap === null
          ? 'No customer is capped; Övergång shows the change on last year with Kappat = Okappat.'
          : `A customer's charge may rise or fall at most ${pct(s.phaseInCap)} on last year's; ${cappedEn(s.cappedCustomers)}, and the other customers of each service carry the difference, so every service still recovers its cost (see the Last year tab).`,
    },
    {
      parameter: 'Poolmetod',
      value: `${s.poolMethod}${std('Poolmetod')}`,
      effect:
        (s.poolMethod === 'Ömsesidig'
          ? 'Common pools that serve each other (Poolutbyte) are solved exactly, all flows at once.'
          : 'Common pools are spread one at a time, the one giving the largest share to other pools first; shares to a pool already spread go to the services.') +
        (s.poolFlows === 0 ? ' The workbook has no Poolutbyte, so the method changes nothing.' : ''),
    },
    {
      parameter: 'Spårning',
      value: s.trace ?? 'not given (default)',
      effect:
        s.trace === 'Ja'
          ? 'The Spårning sheet is written whatever its length (up to the 1,048,575 rows of a sheet).'
          : s.trace === 'Nej'
            ? 'The Spårning sheet is written with its headers only. Click a customer here to see its trace.'
            : `The Spårning sheet is written when it has at most ${num(s.traceLimit)} rows, else headers only and a warning. Clicking a customer always shows its trace.`,
    },
  ];
}

function cappedEn(n: number | null): string {
  if (n === null) return 'customers beyond the cap are held at it';
  if (n === 0) return 'no customer is beyond the cap this year';
  return `${n === 1 ? 'one customer is' : `${n} customers are`} held at the cap`;
}

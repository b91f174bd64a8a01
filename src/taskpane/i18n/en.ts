import { kr, num, pct } from '../format';
import type { PaneSettings } from '../summary/settings';
import type { SettingLine, Strings } from './strings';

/** English for Office in English; the workbook's own words (tables, columns, statuses) stay Swedish. */
export const en: Strings = {
  lang: 'en',
  appTitle: 'Intäktsmodell',
  startFailed: (reason) => `Intäktsmodell could not start: ${reason}`,
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
  phasePacking: 'Making the result file',
  phaseOpening: 'Unpacking the workbook',
  downloadProgressLabel: 'Making the result file',
  cancel: 'Cancel',
  cancelledTitle: 'Cancelled',
  cancelledText: 'Nothing was changed and nothing was downloaded.',
  downloadFailedTitle: 'The result file could not be made',
  downloadResult: 'Download the result (.xlsx)',
  resultFileName: (source, macros) => `${source.replace(/\.xls[xm]$/i, '')} result.${macros ? 'xlsm' : 'xlsx'}`,

  inputTablesLabel: 'Input tables',
  createTemplate: 'Create template',
  insertExample: 'Insert example',
  templateFileName: 'Intäktsmodell template.xlsx',
  exampleFileName: 'Intäktsmodell example.xlsx',
  templateInserted: "The template's empty input tables were added to the workbook.",
  exampleInserted: "The example's input tables were added to the workbook. Press Calculate.",
  templateDownloaded: (file) => `The template was downloaded as ${file}.`,
  exampleDownloaded: (file) => `The example was downloaded as ${file}.`,
  exampleOpened: 'The example is open here, as if you had opened its file. Press Calculate.',
  downloadExample: 'Download the example (.xlsx)',
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
  tabKeyFigures: 'Key figures',
  tabCustomers: 'Customers',
  tabLastYear: 'Last year',
  tabFollowUp: 'Follow-up',

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
  decidedPart: (amount, causes) => `, of which decided ${amount} (${causes})`,
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
  switchLanguage: 'Show the add-in in Swedish',
  priceListFilter: 'Search service, area or pricing model',
  priceAndCost: 'Price and full cost',
  perKeyUnit: (price, key) => `${price} per key unit (${key})`,
  keyedTotal: (amount) => `keyed ${amount}`,
  selfCostLine: (amount) => `full cost ${amount}`,
  showServiceOnSheet: (service) => `Select ${service} on the Prislista sheet`,
  deviationType: 'Deviation type',
  allDeviationTypes: 'All types',
  showCustomerOnSheet: (customer) => `Select ${customer} on the Avvikelsepivot sheet`,
  overCap: 'Over price cap',
  heldAtCap: (price, before) => `Held at the price cap: ${price} instead of ${before}`,
  heldAtCapBadge: 'At price cap',
  agreedAmount: (amount) => `Agreed amount (Avtalat belopp) ${amount}`,
  toFinance: (amount) => `To be financed (Att finansiera) ${amount}`,

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

  loading: 'Loading…',
  keyFiguresHeading: 'Key figures',
  keyFiguresIntro: 'From the Nyckeltal output: how much of the revenue has fixed, keyed prices and how much is deviation surcharges, full cost per unit, and what each customer pays.',
  keyFiguresFilter: 'Filter the key figures',
  allAreas: 'All areas',
  keyFiguresSearch: 'Search service or customer',
  perAreaFigures: 'Per area',
  keyedShare: 'Keyed prices',
  surchargeShare: 'Surcharges',
  areaChartLabel: (area, revenue, keyed, surcharge, total) =>
    `${area}, revenue ${revenue}: keyed prices ${keyed} of revenue${total ? ` (overall ${total.keyed})` : ''}, deviation surcharges ${surcharge}${total ? ` (overall ${total.surcharge})` : ''}.`,
  chartReferenceNote: 'The mark on each bar is the whole organisation (Totalt).',
  perServiceFigures: 'Per service',
  costPerUnit: 'Cost per unit',
  costChange: (change) => `${change} on last year's price`,
  perCustomerFigures: 'Per customer',
  customerTotal: 'Total charge',
  perEmployee: (amount) => `${amount} per employee a year`,
  ofTurnover: (share) => `${share} of turnover`,
  noMatches: 'Nothing matches the filter.',

  customersHeading: 'Customers',
  customersIntro: 'Click a customer to see what each charge is made of, down to the cost rows, and its statement. Tick customers to produce their statements.',
  customerSearch: 'Search customer',
  selectAllCustomers: 'Tick every customer shown',
  selectCustomer: (customer) => `Tick ${customer}`,
  openCustomer: (customer) => `Show ${customer}: charges, trace and statement`,
  statementsButton: (host, n) => (host === 'excel' ? `Write statements (${n})` : `Download statements (${n})`),
  statementsWritten: (sheets) => (sheets.length === 1 ? `The statement is on the sheet ${sheets[0]}.` : `${sheets.length} statements are on the sheets ${sheets[0]} … ${sheets[sheets.length - 1]}.`),
  statementsDownloaded: (n, file) => `${n === 1 ? 'The statement has' : `${n} statements have`} been downloaded as ${file}.`,
  statementsFileName: (customers) => (customers.length === 1 ? `Kundbesked ${customers[0]}.xlsx` : `Kundbesked ${customers.length} kunder.xlsx`),
  statementsFailed: 'The statements could not be written',

  onDemandLabel: 'Invoice basis and trace',
  onDemandIntro: 'Calculate writes the large tables Fakturaunderlag (invoice basis) and Spårning (trace) only when you ask for them.',
  writeOnDemand: (output) => (output === 'Fakturaunderlag' ? 'Write the invoice basis' : output === 'Spårning' ? 'Write the trace' : `Write ${output}`),
  writeAlways: 'Always write the invoice basis and the trace on Calculate',
  staleBadge: 'stale — written before the latest calculation',
  freshBadge: 'up to date',
  onDemandWritten: (output) => `${output} is written from the latest calculation.`,
  onDemandFailed: 'The sheet could not be written',
  staleSheetsTitle: 'Stale sheets',
  staleSheets: (sheets) =>
    sheets.length === 1
      ? `The sheet ${sheets[0]} was written before the latest calculation, from other inputs, and is marked stale. Write it again to bring it up to date.`
      : `The sheets ${listEn(sheets)} were written before the latest calculation, from other inputs, and are marked stale. Write them again to bring them up to date.`,

  close: 'Close',
  customerTabCharges: 'Charges and trace',
  customerTabStatement: 'Statement',
  customerSummary: (type, total, n) => `${type ? `${type} · ` : ''}${total} for ${n === 1 ? 'one service' : `${n} services`}`,
  chargeHeader: (service, amount) => `${service}: ${amount}`,
  chargeBasis: (basis, quantity, share, price) => [basis, quantity ? `basis ${quantity}` : '', share ? `share ${share}` : '', price ? `price ${price}` : ''].filter(Boolean).join(' · '),
  traceTableLabel: (service) => `Trace of ${service}`,
  traceLine: 'Part and origin',
  amount: 'Amount',
  partName: (part) => ({ 'Fast del': 'Fixed part', 'Rörlig del': 'Variable part', Avvikelse: 'Deviations' })[part],
  costLine: (row, object) => (row === null ? 'No cost row (decided price)' : `Cost row ${row}: ${object ?? ''}`),
  costLineDetail: (l) =>
    [l.costLevel, l.costType, l.driver ? `by ${l.driver}` : '', l.via ? `through ${l.via}` : '', l.rowShare ? `${l.rowShare} of the row` : '', l.serviceCost ? `service's cost ${l.serviceCost}` : '']
      .filter(Boolean)
      .join(' · '),
  deviationLine: (type) => type ?? 'Nyckelviktning (other customers’ deviations)',
  deviationDetail: (count, unitCost) => [count ? `${count} events` : '', unitCost ? `at ${unitCost}` : ''].filter(Boolean).join(' '),
  linesSum: 'Sum',
  linesMatch: (charge) => `= ${charge}, the amount in Fördelning`,
  linesDiffer: (charge) => `differs from ${charge} in Fördelning`,
  noCharges: 'The customer pays nothing.',
  statementOneButton: (host) => (host === 'excel' ? 'Write the statement to the workbook' : 'Download the statement (.xlsx)'),
  statementCompared: 'Against last year',
  statementLastYear: (amount, change) => `last year ${amount}, ${change}`,
  statementDeviationsHeading: 'Extra handling (deviations)',
  statementMethodHeading: 'How the amounts are worked out',
  extraHandling: 'of which extra handling',

  lastYearHeading: 'Against last year',
  phaseInHeading: 'Phase-in (Övergång)',
  phaseInNoCap: 'Övergångstak is not set in Inställningar, so no customer is capped. Set e.g. Övergångstak 0.10 to keep each customer’s change within ±10 %.',
  phaseInCapped: (cap, n, carriers) =>
    `Övergångstak ±${cap}: ${n === 0 ? 'no customer is beyond the cap' : `${n === 1 ? 'one customer is' : `${n} customers are`} held at the cap`}${carriers > 0 ? `; ${carriers} other customers carry the difference` : ''}. Every service still recovers its cost.`,
  phaseInTableLabel: 'Customers held at the phase-in cap',
  phaseInChange: (uncapped, capped) => `on last year ${uncapped} uncapped, ${capped} capped`,
  adjustment: 'Adjustment',
  cappedBadge: 'Held at the phase-in cap',
  phaseInUnavailable: 'The run has no Övergång table.',
  changeHeading: 'Change analysis (Förändringsanalys)',
  changeIntro: 'Each customer’s change against last year (the amount invoiced, from Fjolårsbelopp, else last year’s price × volume), split into price, volume, deviation and model/key effects that add up to the whole change.',
  changeTableLabel: 'Change against last year per customer',
  changeEffects: (price, volume, deviation, model) => `price ${price} · volume ${volume} · deviations ${deviation} · model/key ${model}`,
  changeEmpty: 'Förändringsanalys is empty: the workbook has no Fjolårspris to compare with.',

  followUpHeading: 'Follow-up',
  followUpUnavailable:
    "The workbook has no actuals yet. Enter the year's costs in the table Utfall and the volumes in Utfallsvolymer, give the last closed month in the setting Uppföljning t.o.m. and calculate again: budget, actuals and forecast then show here.",
  followUpPeriod: (period, lastMonth, method) =>
    `Actuals ${lastMonth === null ? '' : `January–${MONTHS_EN[lastMonth]} `}(through ${period}). Prognosmetod ${method}: ${
      method === 'Takt' ? 'the actuals so far scaled to twelve months.' : 'the actuals so far plus the budget for the rest of the year.'
    }`,
  followUpTotal: (result, coverage) => `Forecast for the whole year: result ${result}${coverage === null ? '' : `, cost coverage ${coverage}`}.`,
  followUpChartHeading: 'Cost per area',
  followUpChartLegend: (period) =>
    `Budget: the year's budgeted cost. Actual: the cost through ${period}; the mark shows the budget for the same months. Forecast: the year's cost as forecast.`,
  followUpChartLabel: (areas) =>
    `Bar chart of the cost per area. ${areas
      .map((a) => `${a.area}: budget ${a.budget}, actual ${a.actual} against a budget to date of ${a.budgetToDate}, forecast ${a.forecast}.`)
      .join(' ')}`,
  barBudget: 'Budget',
  barActual: 'Actual',
  barForecast: 'Forecast',
  followUpTableLabel: 'Budget, actuals and forecast per area',
  followUpAreaHeader: 'Area',
  costBudgetActualForecast: 'Cost',
  forecastResult: 'Forecast result',
  coverageLine: (coverage) => `coverage ${coverage}`,
  followUpStatus: (status) => (status === 'Underdeckning' ? 'Under-recovery (Underdeckning)' : status === 'Överdeckning' ? 'Over-recovery (Överdeckning)' : status),
  flaggedHeading: 'Services off their cost',
  flaggedNone: "No service's forecast is further from its cost than the threshold.",
  flaggedTableLabel: 'Services whose forecast is off, largest first',
  showFollowUpOnSheet: (service) => `Show ${service} on the Uppföljning sheet`,
  fundHeading: 'Result fund',
  fundTableLabel: "The result fund: opening balance, the year's result, cap, settlement and closing balance",
  fundPost: (post) => FUND_POSTS[post] ?? post,
  settlementSummary: (lines, total) =>
    `The settlement (Slutavräkning) has ${num(lines)} ${lines === 1 ? 'line' : 'lines'}: ${total <= 0 ? `${kr(-total)} is returned to the customers` : `${kr(total)} is charged to the customers`}, in proportion to what each was invoiced for the service.`,
  fallingHeading: 'Falling volumes',
  fallingIntro: 'The services whose volume so far is furthest under budget, all customers together.',
  fallingNone: 'No service has a volume under budget so far.',
  fallingTableLabel: 'Services with falling volumes, largest drop first',
  fallingVolumes: (actual, budget) => `actual ${actual} of budget ${budget}`,

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
      effect:
        s.priceCap === null
          ? 'No price is flagged for its increase.'
          : s.priceCapMethod === 'Begränsa'
            ? `Prices that would rise by more than ${pct(s.priceCap)} over last year's are charged at the cap (Pristaksmetod Begränsa).`
            : `Prices raised by more than ${pct(s.priceCap)} over last year's are flagged (Över pristak).`,
    },
    {
      parameter: 'Pristaksmetod',
      value: `${s.priceCapMethod}${std('Pristaksmetod')}`,
      effect:
        s.priceCapMethod === 'Flagga'
          ? 'A price above the cap is flagged but charged as calculated.'
          : `A price above the cap is charged at the cap, never more; ${s.heldPrices === 1 ? 'one service is' : `${s.heldPrices} services are`} held there (Pris före tak and Att finansiera in Prislista).`,
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
    {
      parameter: 'Uppföljning t.o.m.',
      value: s.followUpMonth === null ? 'not given' : MONTHS_EN[s.followUpMonth] ?? '',
      effect:
        s.followUpMonth === null
          ? 'The workbook has no actuals; Uppföljning and Volymuppföljning are written with their headers only.'
          : `The follow-up counts actuals and budget for January–${MONTHS_EN[s.followUpMonth]}; later months' actuals count once the month is closed.`,
    },
    {
      parameter: 'Prognosmetod',
      value: s.forecastMethod,
      effect:
        s.forecastMethod === 'Takt'
          ? 'The year is forecast as the actuals so far scaled to twelve months, with the fixed fees for the whole year.'
          : 'The year is forecast as the actuals so far plus the budget for the rest of the year.',
    },
    {
      parameter: 'Resultatfond IB',
      value: s.fundOpening === null ? 'not given (0 kr)' : kr(s.fundOpening),
      effect: "The result fund's opening balance; the year's result is added to it (Resultatfond).",
    },
    {
      parameter: 'Resultatfondstak',
      value: s.fundCap === null ? 'not given' : s.fundCap < 1 ? pct(s.fundCap) : kr(s.fundCap),
      effect: s.fundCap === null ? 'The fund has no cap.' : s.fundCap < 1 ? `The fund may hold at most ${pct(s.fundCap)} of the year's revenue.` : `The fund may hold at most ${kr(s.fundCap)}.`,
    },
    {
      parameter: 'Avräkning',
      value: s.settlement,
      effect:
        s.settlement === 'Full'
          ? "The whole year's result is settled with the customers in proportion to what they were invoiced (Slutavräkning)."
          : s.settlement === 'Över tak'
            ? 'What would take the fund above its cap is returned to the customers in proportion to what they were invoiced (Slutavräkning).'
            : "Nothing is settled; the year's result stays in the fund.",
    },
    {
      parameter: 'Jämför med version',
      value: s.compareVersion ?? 'the latest (default)',
      effect:
        s.compareVersion === null
          ? 'Versionsjämförelse compares with the latest decided version (the sheet Beslutade versioner); without decided versions it is not written.'
          : `Versionsjämförelse compares with the decided version "${s.compareVersion}".`,
    },
    {
      parameter: 'Momspliktiga kundtyper',
      value: `${s.vatCustomerTypes.length === 0 ? 'Ingen' : s.vatCustomerTypes.join(', ')}${std('Momspliktiga kundtyper')}`,
      effect:
        s.vatCustomers === 0
          ? 'No customer is invoiced with VAT.'
          : `${s.vatCustomers === 1 ? 'One customer is' : `${s.vatCustomers} customers are`} invoiced with VAT at the service's Momssats: Moms and Brutto on each line of Fakturaunderlag and Slutavräkning.`,
    },
  ];
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function cappedEn(n: number | null): string {
  if (n === null) return 'customers beyond the cap are held at it';
  if (n === 0) return 'no customer is beyond the cap this year';
  return `${n === 1 ? 'one customer is' : `${n} customers are`} held at the cap`;
}

function listEn(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Resultatfond's Post words in English. */
const FUND_POSTS: Record<string, string> = {
  'Ingående balans': 'Opening balance',
  'Årets resultat (prognos)': "The year's result (forecast)",
  'Årets resultat': "The year's result",
  Fondtak: 'Cap',
  'Avräknas med kunderna': 'Settled with the customers',
  'Utgående balans': 'Closing balance',
};

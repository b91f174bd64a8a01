import type { PaneSettings } from '../summary/settings';

/** One row of the settings view: the parameter, its value and what it does to the prices. */
export interface SettingLine {
  parameter: string;
  value: string;
  effect: string;
}

/** Every text the pane shows; one module per language (sv.ts, en.ts) implements it. */
export interface Strings {
  lang: 'sv' | 'en';
  appTitle: string;
  /** The page's only text when the pane could not start, with the reason. */
  startFailed: (reason: string) => string;
  introExcel: string;
  introBrowser: string;

  openWorkbook: string;
  fileInputLabel: string;
  dropZoneLabel: string;
  dropHint: string;
  opening: string;
  openedFile: (name: string) => string;
  notXlsx: (name: string) => string;
  openFailed: string;

  calculate: string;
  calculateHintBrowser: string;
  progressLabel: string;
  phaseReading: string;
  phaseCalculating: string;
  phaseWriting: string;
  /** Making the result file for the download. */
  phasePacking: string;
  /** Opening the workbook's package (before its tables are read). */
  phaseOpening: string;
  downloadProgressLabel: string;
  /** Avbryt: stops the opening, run or download under way. */
  cancel: string;
  cancelledTitle: string;
  cancelledText: string;
  downloadFailedTitle: string;
  downloadResult: string;
  /** The download's name: .xlsm for a macro-enabled file, whose copy keeps its macros. */
  resultFileName: (sourceName: string, macros: boolean) => string;
  /** The download lacks part of the opened file (charts, pivot tables …): the heading and what, why and what to do. */

  inputTablesLabel: string;
  createTemplate: string;
  insertExample: string;
  templateFileName: string;
  exampleFileName: string;
  templateInserted: string;
  exampleInserted: string;
  templateDownloaded: (fileName: string) => string;
  exampleDownloaded: (fileName: string) => string;
  /** The browser: the example is open in the pane. */
  exampleOpened: string;
  downloadExample: string;
  actionFailed: string;

  runOkTitle: string;
  runOkExcel: string;
  runOkBrowser: string;
  runErrorsTitle: string;
  runErrors: (errors: number) => string;
  runFailedTitle: string;
  warningsNote: (warnings: number) => string;
  skippedTitle: string;

  resultTabsLabel: string;
  tabSummary: string;
  tabPrices: string;
  tabDeviations: string;
  tabChecks: (count: number) => string;
  tabSettings: string;
  tabKeyFigures: string;
  tabCustomers: string;
  tabLastYear: string;

  totalCost: string;
  totalRevenue: string;
  difference: string;
  totalsLabel: string;
  perAreaHeading: string;
  area: string;
  keyed: string;
  unitCharges: string;
  addOns: string;
  total: string;
  reconciliationHeading: string;
  reconciliationOk: string;
  reconciliationFlagged: (count: number) => string;
  status: (status: string) => string;

  scenarioHeading: string;
  scenarioLabel: string;
  noScenarios: string;
  moversCaption: (scenario: string) => string;
  customer: string;
  base: string;
  change: string;
  overThreshold: (threshold: string) => string;

  priceListHeading: string;
  service: string;
  price: string;
  priceChange: (change: string) => string;
  keyedPrice: (model: string, key: string | null) => string;
  switchLanguage: string;
  priceListFilter: string;
  priceAndCost: string;
  perKeyUnit: (price: string, key: string) => string;
  keyedTotal: (amount: string) => string;
  selfCostLine: (amount: string) => string;
  showServiceOnSheet: (service: string) => string;
  deviationType: string;
  allDeviationTypes: string;
  showCustomerOnSheet: (customer: string) => string;
  overCap: string;

  pivotHeading: string;
  pivotTotal: string;
  noDeviations: string;

  checksHeading: string;
  noProblems: string;
  workbookGroup: string;
  groupHeading: (table: string, errors: number, warnings: number) => string;
  errorTitle: string;
  warningTitle: string;
  location: (row: number | null, column: string | null, cell: string | null) => string;
  moreProblems: (count: number) => string;
  goToCell: string;
  goToCellLabel: (cell: string) => string;
  goToCellFailed: (cell: string) => string;

  loading: string;
  keyFiguresHeading: string;
  keyFiguresIntro: string;
  keyFiguresFilter: string;
  allAreas: string;
  keyFiguresSearch: string;
  perAreaFigures: string;
  keyedShare: string;
  surchargeShare: string;
  /** The accessible name of an area's chart: every number it shows. */
  areaChartLabel: (area: string, revenue: string, keyed: string, surcharge: string, total: { keyed: string; surcharge: string } | null) => string;
  chartReferenceNote: string;
  perServiceFigures: string;
  costPerUnit: string;
  costChange: (change: string) => string;
  perCustomerFigures: string;
  customerTotal: string;
  perEmployee: (amount: string) => string;
  ofTurnover: (share: string) => string;
  noMatches: string;

  customersHeading: string;
  customersIntro: string;
  customerSearch: string;
  selectAllCustomers: string;
  selectCustomer: (customer: string) => string;
  openCustomer: (customer: string) => string;
  statementsButton: (host: 'excel' | 'browser', count: number) => string;
  statementsWritten: (sheets: string[]) => string;
  statementsDownloaded: (count: number, fileName: string) => string;
  statementsFileName: (customers: string[]) => string;
  statementsFailed: string;

  /** Excel: Fakturaunderlag and Spårning, written when asked (onDemand.ts). */
  onDemandLabel: string;
  onDemandIntro: string;
  /** The button that writes one of them: "Skriv fakturaunderlaget". */
  writeOnDemand: (output: string) => string;
  /** The remembered setting: write them on every Beräkna. */
  writeAlways: string;
  /** The badge of a sheet written before the latest calculation from other inputs. */
  staleBadge: string;
  /** The badge of a sheet written from the latest calculation. */
  freshBadge: string;
  onDemandWritten: (output: string) => string;
  onDemandFailed: string;
  staleSheetsTitle: string;
  /** The add-in's other stale sheets (Kundbesked, an output the run no longer makes). */
  staleSheets: (sheets: string[]) => string;

  close: string;
  customerTabCharges: string;
  customerTabStatement: string;
  customerSummary: (type: string, total: string, services: number) => string;
  chargeHeader: (service: string, amount: string) => string;
  chargeBasis: (basis: string, quantity: string | null, share: string | null, price: string | null) => string;
  traceTableLabel: (service: string) => string;
  traceLine: string;
  amount: string;
  partName: (part: 'Fast del' | 'Rörlig del' | 'Avvikelse') => string;
  costLine: (row: number | null, object: string | null) => string;
  costLineDetail: (line: { costLevel: string | null; costType: string | null; driver: string | null; via: string | null; rowShare: string | null; serviceCost: string | null }) => string;
  deviationLine: (type: string | null) => string;
  deviationDetail: (count: string | null, unitCost: string | null) => string;
  linesSum: string;
  linesMatch: (charge: string) => string;
  linesDiffer: (charge: string) => string;
  noCharges: string;
  statementOneButton: (host: 'excel' | 'browser') => string;
  statementCompared: string;
  statementLastYear: (amount: string, change: string) => string;
  statementDeviationsHeading: string;
  statementMethodHeading: string;
  extraHandling: string;

  lastYearHeading: string;
  phaseInHeading: string;
  phaseInNoCap: string;
  phaseInCapped: (cap: string, count: number, carriers: number) => string;
  phaseInTableLabel: string;
  phaseInChange: (uncapped: string, capped: string) => string;
  adjustment: string;
  cappedBadge: string;
  phaseInUnavailable: string;
  changeHeading: string;
  changeIntro: string;
  changeTableLabel: string;
  changeEffects: (price: string, volume: string, deviation: string, model: string) => string;
  changeEmpty: string;

  settingsHeading: string;
  settingsIntro: string;
  parameter: string;
  value: string;
  effect: string;
  settingLines: (settings: PaneSettings) => SettingLine[];
}

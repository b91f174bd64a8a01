import type { ForecastMethod } from '../../engine/schema';
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
  tabFollowUp: string;

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
  /** ", varav beslutat −64 kr (Pristak)": the part of a process's difference that decisions make. */
  decidedPart: (amount: string, causes: string) => string;
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
  /** "Hållet vid pristaket: 20,70 kr i stället för 21,37 kr". */
  heldAtCap: (price: string, before: string) => string;
  /** The price list's badge for a price held at the cap. */
  heldAtCapBadge: string;
  /** "Avtalat belopp 23 000 000 kr". */
  agreedAmount: (amount: string) => string;
  /** "Att finansiera 416 255 kr". */
  toFinance: (amount: string) => string;

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

  followUpHeading: string;
  /** Without actuals: how to start following up (Utfall, Utfallsvolymer, Uppföljning t.o.m.). */
  followUpUnavailable: string;
  /** "Utfall januari–juni (t.o.m. 2021-06). Prognosmetod …": the period and the forecast method. */
  followUpPeriod: (period: string, lastMonth: number | null, method: ForecastMethod) => string;
  /** The year's forecast result for the whole organisation (Totalt). */
  followUpTotal: (result: string, coverage: string | null) => string;
  followUpChartHeading: string;
  /** What the three bars and the mark on the actual bar stand for. */
  followUpChartLegend: (period: string) => string;
  /** The chart's accessible name: every figure it draws, per area. */
  followUpChartLabel: (areas: readonly { area: string; budget: string; actual: string; budgetToDate: string; forecast: string }[]) => string;
  /** The chart's short bar labels. */
  barBudget: string;
  barActual: string;
  barForecast: string;
  followUpTableLabel: string;
  /** The area column's short header (Verksamhetsområde is too wide beside three amounts). */
  followUpAreaHeader: string;
  costBudgetActualForecast: string;
  forecastResult: string;
  /** "täckningsgrad 98,0 %". */
  coverageLine: (coverage: string) => string;
  /** Underdeckning / Överdeckning as the pane shows them. */
  followUpStatus: (status: string) => string;
  flaggedHeading: string;
  flaggedNone: string;
  flaggedTableLabel: string;
  showFollowUpOnSheet: (service: string) => string;
  fundHeading: string;
  fundTableLabel: string;
  /** A Resultatfond line's Post in the pane's language (the sheet's words are Swedish). */
  fundPost: (post: string) => string;
  /** "134 lines return 476 479 kr to the customers (Slutavräkning)"; lines > 0. */
  settlementSummary: (lines: number, total: number) => string;
  fallingHeading: string;
  fallingIntro: string;
  fallingNone: string;
  fallingTableLabel: string;
  /** "utfall 191 av budget 237". */
  fallingVolumes: (actual: string, budget: string) => string;

  settingsHeading: string;
  settingsIntro: string;
  parameter: string;
  value: string;
  effect: string;
  settingLines: (settings: PaneSettings) => SettingLine[];
}

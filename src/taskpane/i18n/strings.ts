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
  downloadResult: string;
  resultFileName: (sourceName: string) => string;

  inputTablesLabel: string;
  createTemplate: string;
  insertExample: string;
  templateFileName: string;
  exampleFileName: string;
  templateInserted: string;
  exampleInserted: string;
  templateDownloaded: (fileName: string) => string;
  exampleDownloaded: (fileName: string) => string;
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

  settingsHeading: string;
  settingsIntro: string;
  parameter: string;
  value: string;
  effect: string;
  settingLines: (settings: PaneSettings) => SettingLine[];
}

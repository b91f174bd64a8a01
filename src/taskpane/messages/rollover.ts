/** The pane's texts for making next year's workbook (components/RolloverAction.tsx), in Swedish and English. */
export interface RolloverTexts {
  button: string;
  working: string;
  explain: string;
  createdTitle: (year: number | null) => string;
  downloaded: (fileName: string, changed: number, tables: number, leftOut: number) => string;
  openedInExcel: (changed: number, tables: number, leftOut: number) => string;
  errors: (errors: number) => string;
  formulasToValues: (count: number) => string;
  unsupported: string;
  failedTitle: string;
}

const sv: RolloverTexts = {
  button: 'Skapa nästa års arbetsbok',
  working: 'Skapar nästa års arbetsbok',
  explain: 'En kopia av arbetsboken med Budgetår + 1, årets priser, volymer och belopp som fjolårets och utfallet tömt. Den här arbetsboken ändras inte.',
  createdTitle: (year) => (year === null ? 'Nästa års arbetsbok är skapad' : `Arbetsboken för ${year} är skapad`),
  downloaded: (fileName, changed, tables, leftOut) =>
    `${fileName} laddades ner: ${changed} av ${tables} indatatabeller ändrade${leftOut > 0 ? `, årets ${leftOut} utdatablad utelämnade (nästa beräkning skriver dem)` : ''}; allt annat följer med som det var.`,
  openedInExcel: (changed, tables, leftOut) =>
    `Den öppnades som en ny arbetsbok i Excel: ${changed} av ${tables} indatatabeller ändrade${leftOut > 0 ? `, årets ${leftOut} utdatablad utelämnade (nästa beräkning skriver dem)` : ''}. Spara den under ett nytt namn.`,
  formulasToValues: (count) =>
    `${count === 1 ? 'En formel pekade' : `${count} formler pekade`} på årets utdatablad, som inte följer med; ${count === 1 ? 'den har' : 'de har'} sitt senaste värde i stället.`,
  errors: (errors) => `Arbetsboken har ${errors} fel: rätta dem och beräkna igen innan nästa års arbetsbok skapas. Inget har skapats.`,
  unsupported:
    'Den här Excel-versionen kan inte öppna en ny arbetsbok från tillägget (ExcelApi 1.8 och läsning av filen krävs). Skapa nästa års arbetsbok på kommandoraden (intaktsmodell rollover ARBETSBOK.xlsx --out NASTA_AR.xlsx) eller på webbsidan Intäktsmodell: öppna filen där och välj Skapa nästa års arbetsbok.',
  failedTitle: 'Nästa års arbetsbok kunde inte skapas',
};

const en: RolloverTexts = {
  button: "Create next year's workbook",
  working: "Creating next year's workbook",
  explain: "A copy of the workbook with Budgetår + 1, this year's prices, volumes and charges as last year's, and the actuals emptied. This workbook is not changed.",
  createdTitle: (year) => (year === null ? "Next year's workbook is created" : `The workbook for ${year} is created`),
  downloaded: (fileName, changed, tables, leftOut) =>
    `${fileName} was downloaded: ${changed} of ${tables} input tables changed${leftOut > 0 ? `, this year's ${leftOut} output sheets left out (the next calculation writes them)` : ''}; everything else comes along as it was.`,
  openedInExcel: (changed, tables, leftOut) =>
    `It was opened as a new workbook in Excel: ${changed} of ${tables} input tables changed${leftOut > 0 ? `, this year's ${leftOut} output sheets left out (the next calculation writes them)` : ''}. Save it under a new name.`,
  formulasToValues: (count) =>
    `${count === 1 ? 'A formula pointed' : `${count} formulas pointed`} at this year's output sheets, which are left out; ${count === 1 ? 'it holds' : 'they hold'} its last value instead.`,
  errors: (errors) => `The workbook has ${errors} ${errors === 1 ? 'error' : 'errors'}: correct them and calculate again before creating next year's workbook. Nothing has been created.`,
  unsupported:
    "This version of Excel cannot open a new workbook from the add-in (ExcelApi 1.8 and reading the file are needed). Create next year's workbook on the command line (intaktsmodell rollover WORKBOOK.xlsx --out NEXT_YEAR.xlsx) or on the Intäktsmodell web page: open the file there and choose Create next year's workbook.",
  failedTitle: "Next year's workbook could not be created",
};

export function rolloverTexts(lang: 'sv' | 'en'): RolloverTexts {
  return lang === 'sv' ? sv : en;
}

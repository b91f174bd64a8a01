import type { LostFeature, LostFeatureKind } from './lost-on-write';

export type MessageLanguage = 'sv' | 'en';

/** How each kind is named, for one and for several; a single string is named without a count (there is one VBA project). */
const NAMES: Record<MessageLanguage, Record<LostFeatureKind, readonly [string, string] | string>> = {
  sv: {
    chart: ['diagram', 'diagram'],
    chartsheet: ['diagramblad', 'diagramblad'],
    pivotTable: ['pivottabell', 'pivottabeller'],
    slicer: ['utsnitt', 'utsnitt'],
    timeline: ['tidslinje', 'tidslinjer'],
    sparkline: ['miniatyrdiagram', 'miniatyrdiagram'],
    shape: ['form (textruta, pil o.d.)', 'former (textrutor, pilar o.d.)'],
    threadedComment: ['kommentarstråd', 'kommentarstrådar'],
    vbaProject: 'makrona (VBA)',
    externalLink: ['länk till en annan arbetsbok', 'länkar till andra arbetsböcker'],
    connection: ['dataanslutning (fråga)', 'dataanslutningar (frågor)'],
    definedName: ['namn som inte är ett enkelt cellområde (konstant, formel, hel kolumn …)', 'namn som inte är enkla cellområden (konstanter, formler, hela kolumner …)'],
    customProperty: ['anpassad dokumentegenskap', 'anpassade dokumentegenskaper'],
  },
  en: {
    chart: ['chart', 'charts'],
    chartsheet: ['chart sheet', 'chart sheets'],
    pivotTable: ['PivotTable', 'PivotTables'],
    slicer: ['slicer', 'slicers'],
    timeline: ['timeline', 'timelines'],
    sparkline: ['sparkline', 'sparklines'],
    shape: ['shape (text box, arrow or the like)', 'shapes (text boxes, arrows and the like)'],
    threadedComment: ['comment thread', 'comment threads'],
    vbaProject: 'the macros (VBA)',
    externalLink: ['link to another workbook', 'links to other workbooks'],
    connection: ['data connection (query)', 'data connections (queries)'],
    definedName: ['name that is not a plain cell range (a constant, a formula, a whole column …)', 'names that are not plain cell ranges (constants, formulas, whole columns …)'],
    customProperty: ['custom document property', 'custom document properties'],
  },
};

/** "2 diagram, 1 pivottabell och makrona (VBA)" / "2 charts, 1 PivotTable and the macros (VBA)". */
export function lostFeatureList(features: readonly LostFeature[], lang: MessageLanguage): string {
  const items = features.map(({ kind, count }) => {
    const name = NAMES[lang][kind];
    return typeof name === 'string' ? name : `${count} ${count === 1 ? name[0] : name[1]}`;
  });
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'sv' ? 'och' : 'and'} ${items[items.length - 1]}`;
}

/**
 * What the user is told when a copy of their workbook, written through exceljs, lacks part of
 * it: what is missing and where, why, that nothing of theirs was changed, and how to get the
 * results into the workbook whole. `source` and `result` are the file names as the user knows them.
 */
export function lostOnWriteMessage(
  features: readonly LostFeature[],
  files: { source: string; result: string },
  lang: MessageLanguage,
): string {
  const { source, result } = files;
  const list = lostFeatureList(features, lang);
  return lang === 'sv'
    ? `${result} saknar ${list} som finns i ${source}. Programbiblioteket som skriver filen (exceljs) kan inte ` +
        `skriva tillbaka det innehållet. ${source} är oförändrad och resultatbladen i ${result} är kompletta. ` +
        'Vill du ha resultatbladen i din egen arbetsbok med allt kvar: öppna den i Excel och beräkna med tillägget ' +
        'Intäktsmodell, som skriver direkt i arbetsboken.'
    : `${result} lacks ${list} that ${source} has. The library that writes the file (exceljs) cannot write that ` +
        `content back. ${source} is unchanged and the result sheets in ${result} are complete. To have the result ` +
        'sheets in your own workbook with everything kept, open it in Excel and calculate with the Intäktsmodell ' +
        'add-in, which writes straight into the workbook.';
}

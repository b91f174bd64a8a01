import type { SheetEntry } from '../splice/package-facts';
import { attributesOf, withAttribute } from '../xml-text';
import { refersToSheets } from './gone-references';

/**
 * workbook.xml without the sheets `gone`: their `<sheet>`s taken out of the sheet list, the
 * defined names that belong to them (`localSheetId`, such as a print area or a filter) or point
 * at them (`Prislista!$A$1`) taken out, and the sheet positions that the other names and the
 * window's active and first tab hold renumbered, since they count the sheets in order.
 */
export function withoutSheets(xml: string, all: readonly SheetEntry[], gone: readonly SheetEntry[]): string {
  if (gone.length === 0) return xml;
  const goneAt = new Set(gone.map((s) => all.indexOf(s)));
  const renumbered = (i: number): number | null => (goneAt.has(i) ? null : i - [...goneAt].filter((g) => g < i).length);
  let out = xml;
  for (const sheet of gone) out = out.replace(sheet.tag, '');

  const names = gone.map((s) => s.name);
  const pointsAtGone = (formula: string) => refersToSheets(formula, names);
  out = out.replace(/<((?:[\w.-]+:)?)definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1definedName>)/g, (element, _p: string, attrs: string, formula: string | undefined) => {
    const local = attributesOf(`<x${attrs}>`).get('localSheetId');
    if (local !== undefined) {
      const to = renumbered(Number(local));
      if (to === null) return '';
      if (pointsAtGone(formula ?? '')) return '';
      const tag = /^<[^>]*>/.exec(element)![0];
      return withAttribute(tag, 'localSheetId', String(to)) + element.slice(tag.length);
    }
    return pointsAtGone(formula ?? '') ? '' : element;
  });
  // A list of names left empty goes with them.
  out = out.replace(/<((?:[\w.-]+:)?)definedNames\b[^>]*>\s*<\/\1definedNames>/, '');
  out = out.replace(/<(?:[\w.-]+:)?workbookView\b[^>]*>/g, (tag) => {
    let view = tag;
    for (const attribute of ['activeTab', 'firstSheet']) {
      const value = attributesOf(view).get(attribute);
      if (value !== undefined) view = withAttribute(view, attribute, String(renumbered(Number(value)) ?? 0));
    }
    return view;
  });
  return out;
}

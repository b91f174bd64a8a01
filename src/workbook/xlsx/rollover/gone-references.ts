import { cellXmlText } from '../splice/cell-xml-text';
import { decodeXmlEntities } from '../xml-text';

/** Whether a formula's text names one of the sheets (`Prislista!A1`, `'Fördelning'!A1:B2`); names compared as Excel does, without case. */
export function refersToSheets(formula: string, sheets: readonly string[]): boolean {
  const text = decodeXmlEntities(formula).toLocaleLowerCase('sv-SE');
  return sheets.some((sheet) => {
    const name = sheet.toLocaleLowerCase('sv-SE');
    if (text.includes(`'${name.replace(/'/g, "''")}'!`)) return true;
    return new RegExp(`(?:^|[^\\w.'\\u00c0-\\uffff])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}!`, 'u').test(text);
  });
}

const CELL = /<((?:[\w.-]+:)?)c\b([^>]*?)>([\s\S]*?)<\/\1c>/g;
const FORMULA = /<((?:[\w.-]+:)?)f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1f>)/;

/**
 * A worksheet whose formulas that point at the sheets `gone` (this year's outputs, left out of
 * next year's workbook) hold their last value instead: Excel cannot read a reference to a sheet
 * that is not there. The cells that share such a formula go with it. Returns the sheet and the
 * cells changed (`Anteckningar!B2`), or the same text when there were none.
 */
export function withoutGoneReferences(xml: string, gone: readonly string[], sheet: string): { xml: string; cells: string[] } {
  if (gone.length === 0 || !/<(?:[\w.-]+:)?f\b/.test(xml)) return { xml, cells: [] };
  const lower = xml.toLocaleLowerCase('sv-SE');
  if (!gone.some((name) => lower.includes(name.toLocaleLowerCase('sv-SE').replace(/&/g, '&amp;')))) return { xml, cells: [] };
  // Shared formulas whose text (on their first cell) points at a gone sheet: every cell of them goes to its value.
  const sharedGone = new Set<string>();
  for (const m of xml.matchAll(CELL)) {
    const f = FORMULA.exec(m[3]!);
    if (f && /\st="shared"/.test(f[2]!) && /\sref="/.test(f[2]!) && refersToSheets(f[3] ?? '', gone)) sharedGone.add(/\ssi="(\d+)"/.exec(f[2]!)?.[1] ?? '');
  }
  const cells: string[] = [];
  const out = xml.replace(CELL, (whole, p: string, attributes: string, inner: string) => {
    const f = FORMULA.exec(inner);
    if (!f) return whole;
    const shared = /\st="shared"/.test(f[2]!) && sharedGone.has(/\ssi="(\d+)"/.exec(f[2]!)?.[1] ?? '');
    if (!shared && !refersToSheets(f[3] ?? '', gone)) return whole;
    cells.push(`${sheet}!${/\sr="([^"]+)"/.exec(attributes)?.[1] ?? '?'}`);
    const rest = inner.replace(f[0], '');
    const type = /\st="([^"]*)"/.exec(attributes)?.[1];
    if (type === 'str') {
      // A formula's text result becomes plain text (an inline string), never a formula.
      const value = /<(?:[\w.-]+:)?v>([\s\S]*?)<\/(?:[\w.-]+:)?v>/.exec(rest)?.[1] ?? '';
      return `<${p}c${attributes.replace(/\st="str"/, ' t="inlineStr"')}><${p}is><${p}t xml:space="preserve">${cellXmlText(decodeXmlEntities(value))}</${p}t></${p}is></${p}c>`;
    }
    return `<${p}c${attributes}>${rest}</${p}c>`;
  });
  return { xml: out, cells };
}

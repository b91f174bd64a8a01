import { OWNERSHIP_EXPLANATION } from '../ownership-sheet';
import { textElement } from './cell-xml-text';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** The ownership sheet's worksheet: the owned sheets in column A from A1, the explanation in B1. */
export function ownershipSheetXml(owned: readonly string[]): string {
  const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is>${textElement(text)}</is></c>`;
  const rows = [`<row r="1">${owned.length > 0 ? cell('A1', owned[0]!) : ''}${cell('B1', OWNERSHIP_EXPLANATION)}</row>`];
  owned.slice(1).forEach((name, i) => rows.push(`<row r="${i + 2}">${cell(`A${i + 2}`, name)}</row>`));
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData>${rows.join('')}</sheetData></worksheet>`;
}

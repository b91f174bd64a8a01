import type JSZip from 'jszip';
import { OWNERSHIP_SHEET, sameSheetName } from '../ownership-sheet';
import { decodeXmlEntities } from '../xml-text';
import { elementText } from './cell-xml-text';
import type { PackageFacts } from './package-facts';

const CELL = /<(?:[\w.-]+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c>)/g;

/**
 * The sheets listed as the add-in's own in column A of the ownership sheet, from A1 on: as the
 * add-in writes them (inline strings), as Excel saves them (shared strings) or as formula text.
 */
export async function ownedSheetNames(zip: JSZip, facts: PackageFacts): Promise<string[]> {
  const sheet = facts.sheets.find((s) => sameSheetName(s.name, OWNERSHIP_SHEET));
  if (!sheet || sheet.part === '') return [];
  const xml = await zip.file(sheet.part)!.async('string');
  const cells: { row: number; type: string; content: string }[] = [];
  for (const m of xml.matchAll(CELL)) {
    const ref = /\sr="A(\d+)"/.exec(m[1]!);
    if (!ref) continue;
    cells.push({ row: Number(ref[1]), type: /\st="([^"]*)"/.exec(m[1]!)?.[1] ?? 'n', content: m[2] ?? '' });
  }
  const shared = cells.some((c) => c.type === 's') ? await sharedStrings(zip, facts) : [];
  return cells
    .sort((a, b) => a.row - b.row)
    .map((cell) => {
      const value = /<(?:[\w.-]+:)?v>([\s\S]*?)<\/(?:[\w.-]+:)?v>/.exec(cell.content)?.[1];
      if (cell.type === 's') return shared[Number(value)] ?? '';
      if (cell.type === 'inlineStr') return elementText(cell.content);
      if (cell.type === 'str') return decodeXmlEntities(value ?? '');
      return '';
    })
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

async function sharedStrings(zip: JSZip, facts: PackageFacts): Promise<string[]> {
  const part = facts.workbookLink('sharedStrings');
  if (part === undefined) return [];
  const xml = await zip.file(part)!.async('string');
  return [...xml.matchAll(/<(?:[\w.-]+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g)].map((m) => elementText(m[1] ?? ''));
}

import type JSZip from 'jszip';
import { decodeEscapes, streamPart, type SheetNames } from './xml-stream';

/**
 * The shared strings, in order: each `<si>` as its text, or its rich-text runs joined; the
 * phonetic guide Excel keeps for East Asian text (`<rPh>`) is no part of what the cell shows.
 */
export async function readSharedStrings(zip: JSZip, part: string | undefined, sheets: SheetNames): Promise<string[]> {
  if (part === undefined) return [];
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  await streamPart(zip, part, sheets, {
    open(tag) {
      if (tag.local === 'si') current = [];
      else if (tag.local === 'rPh') phonetic++;
      else if (tag.local === 't' && current !== null && phonetic === 0) inText = true;
    },
    text(text) {
      if (inText) current!.push(text);
    },
    close(local) {
      if (local === 't') inText = false;
      else if (local === 'rPh') phonetic--;
      else if (local === 'si' && current !== null) {
        strings.push(decodeEscapes(current.join('')));
        current = null;
      }
    },
  });
  return strings;
}

import type JSZip from 'jszip';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { UnreadableWorkbookError } from '../errors';
import { DAMAGED_FILE, describePart, shortDetail } from '../package-messages';
import { inflateEntry } from '../zip-entries';

/** What a streamed part hands its reader: elements by local name, so any prefix reads the same. */
export interface XmlHandlers {
  open?(tag: SaxesTagNS): void;
  text?(text: string): void;
  close?(tag: SaxesTagNS): void;
}

/** The sheets a message names a part by (`delen … (bladet "Volymer")`). */
export type SheetNames = readonly { name: string; part: string }[];

/** A part's XML is not well formed: the parser's line, column and (English) words. */
class XmlSyntaxError extends Error {}

/**
 * Parses one part of the package with saxes, a chunk at a time as the zip entry inflates, so
 * that no part is ever held whole: memory stays at a chunk plus what the handlers keep. Names
 * are namespace-aware (`<x:worksheet>` is `worksheet`). A part that is no well-formed XML is
 * refused naming the part and its sheet; an error a handler throws passes through as it is.
 */
export async function streamPart(zip: JSZip, part: string, sheets: SheetNames, handlers: XmlHandlers): Promise<void> {
  const entry = zip.file(part);
  if (entry === null) return;
  const parser = new SaxesParser({ xmlns: true, position: true });
  parser.on('error', (error) => {
    // A prefix nobody declared (`r:id` without xmlns:r) is read by its local name, as exceljs did.
    if (/unbound namespace prefix/.test(error.message)) return;
    throw new XmlSyntaxError(error.message);
  });
  if (handlers.open) parser.on('opentag', handlers.open);
  if (handlers.text) parser.on('text', handlers.text);
  if (handlers.close) parser.on('closetag', handlers.close);
  const decoder = new TextDecoder();
  try {
    await inflateEntry(entry, Number.MAX_SAFE_INTEGER, (chunk) => {
      parser.write(decoder.decode(chunk, { stream: true }));
    });
    parser.write(decoder.decode());
    parser.close();
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    const where = /^(\d+):(\d+): ([\s\S]*)$/.exec(error.message);
    const what = where
      ? `är inte giltig XML (rad ${where[1]}, kolumn ${where[2]}: ${shortDetail(where[3]!)})`
      : `är inte giltig XML (${shortDetail(error.message)})`;
    throw new UnreadableWorkbookError(`${describePart(part, sheets)} ${what}. ${DAMAGED_FILE}`, { cause: error });
  }
}

/** An attribute by its local name, whatever its prefix (`r:id`, `ns0:id` …). */
export function attribute(tag: SaxesTagNS, local: string): string | undefined {
  const plain = tag.attributes[local];
  if (plain !== undefined && plain.prefix === '') return plain.value;
  for (const attr of Object.values(tag.attributes)) if (attr.local === local) return attr.value;
  return undefined;
}

/** Excel's escape for characters XML cannot carry in text: `_x000D_` is a carriage return. */
export function decodeEscapes(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

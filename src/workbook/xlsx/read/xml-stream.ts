import type JSZip from 'jszip';
import { SaxesParser, type SaxesTag } from 'saxes';
import { UnreadableWorkbookError } from '../errors';
import { packageReason } from '../../messages/catalog';
import { partRef, shortDetail } from '../package-messages';
import { inflateEntry } from '../zip-entries';

/** An element as a streamed part hands it over: its name without prefix, its attributes as written. */
export interface XmlTag {
  local: string;
  attributes: Record<string, string>;
}

/** What a streamed part hands its reader: elements by local name, so any prefix reads the same. */
export interface XmlHandlers {
  /** An element's start. The tag is one object used again for the next element: keep what it holds, not it. */
  open?(tag: XmlTag): void;
  text?(text: string): void;
  /** An element's end, by its local name. */
  close?(local: string): void;
}

/** `x:worksheet` → `worksheet`. */
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The sheets a message names a part by (`delen … (bladet "Volymer")`). */
export type SheetNames = readonly { name: string; part: string }[];

/** A part's XML is not well formed: the parser's line, column and (English) words. */
class XmlSyntaxError extends Error {}

/** Inflates a part a chunk at a time, as `inflateEntry` does, perhaps checking it on the way (package-guard.ts). */
export type InflatePart = (part: string, onChunk: (chunk: Uint8Array) => void) => Promise<void>;

/**
 * Parses one part of the package with saxes, a chunk at a time as the zip entry inflates, so
 * that no part is ever held whole: memory stays at a chunk plus what the handlers keep.
 * Elements are handed over by local name (`<x:worksheet>` is `worksheet`, as the Open XML SDK
 * writes it); saxes's namespace mode would cost a sixth of the reading time more, and
 * SpreadsheetML's own attributes carry no prefix. A part that is no well-formed XML is refused
 * naming the part and its sheet; an error a handler throws passes through as it is. `inflate`,
 * when given, inflates the part instead of inflateEntry (the guard's checks on the way).
 */
export async function streamPart(zip: JSZip, part: string, sheets: SheetNames, handlers: XmlHandlers, inflate?: InflatePart): Promise<void> {
  const entry = zip.file(part);
  if (entry === null) return;
  const parser = new SaxesParser({ position: true });
  parser.on('error', (error) => {
    throw new XmlSyntaxError(error.message);
  });
  const { open, text, close } = handlers;
  // A sheet has millions of elements: one tag object serves them all.
  const current: XmlTag = { local: '', attributes: {} };
  if (open) {
    parser.on('opentag', (tag: SaxesTag) => {
      current.local = localName(tag.name);
      current.attributes = tag.attributes as Record<string, string>;
      open(current);
    });
  }
  if (text) parser.on('text', text);
  if (close) parser.on('closetag', (tag) => close(localName(tag.name)));
  const decoder = new TextDecoder();
  try {
    const onChunk = (chunk: Uint8Array) => {
      parser.write(decoder.decode(chunk, { stream: true }));
    };
    if (inflate) await inflate(part, onChunk);
    else await inflateEntry(entry, Number.MAX_SAFE_INTEGER, onChunk);
    parser.write(decoder.decode());
    parser.close();
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    const where = /^(\d+):(\d+): ([\s\S]*)$/.exec(error.message);
    const reason = where
      ? { at: partRef(part, sheets), line: Number(where[1]), column: Number(where[2]), detail: shortDetail(where[3]!) }
      : { at: partRef(part, sheets), line: null, column: null, detail: shortDetail(error.message) };
    throw new UnreadableWorkbookError(packageReason('invalidXml', reason), { cause: error });
  }
}

/**
 * An attribute without a prefix, as SpreadsheetML writes its own (`r`, `t`, `s`, `ref` …):
 * such an attribute is in no namespace, whatever prefix its element has.
 */
export function attribute(tag: XmlTag, name: string): string | undefined {
  return tag.attributes[name];
}

/** A relationship id (`r:id`), whatever prefix the writer gave its namespace. */
export function relationshipId(tag: XmlTag): string | undefined {
  for (const name in tag.attributes) if (name.endsWith(':id')) return tag.attributes[name];
  return undefined;
}

/** Excel's escape for characters XML cannot carry in text: `_x000D_` is a carriage return. */
export function decodeEscapes(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

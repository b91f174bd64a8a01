/** Reads written .xlsx packages at the XML level, to check what Excel will see. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures');

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

export async function partText(bytes: Uint8Array, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(part);
  if (!file) throw new Error(`no part ${part}`);
  return file.async('string');
}

export async function partNames(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  return Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name);
}

/** Sheet name → worksheet part, through workbook.xml and its relationships. */
export async function sheetParts(bytes: Uint8Array): Promise<Map<string, { part: string; state: string }>> {
  const workbook = await partText(bytes, 'xl/workbook.xml');
  const rels = await partText(bytes, 'xl/_rels/workbook.xml.rels');
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /Id="([^"]*)"/.exec(m[0])![1]!;
    const target = /Target="([^"]*)"/.exec(m[0])![1]!;
    targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const result = new Map<string, { part: string; state: string }>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = decode(/name="([^"]*)"/.exec(m[0])![1]!);
    const id = /r:id="([^"]*)"/.exec(m[0])![1]!;
    const state = /state="([^"]*)"/.exec(m[0])?.[1] ?? 'visible';
    result.set(name, { part: targets.get(id)!, state });
  }
  return result;
}

export async function sheetXml(bytes: Uint8Array, sheet: string): Promise<string> {
  const parts = await sheetParts(bytes);
  const entry = parts.get(sheet);
  if (!entry) throw new Error(`no sheet ${sheet}`);
  return partText(bytes, entry.part);
}

/** The `<c>` element of one cell, or undefined. */
export function cellElement(sheet: string, address: string): string | undefined {
  const m = new RegExp(`<c r="${address}"(?:[^>]*/>|[^>]*>[\\s\\S]*?</c>)`).exec(sheet);
  return m?.[0];
}

/** The number format code of one cell, resolved through styles.xml. */
export async function numberFormatOf(bytes: Uint8Array, sheet: string, address: string): Promise<string> {
  const cell = cellElement(await sheetXml(bytes, sheet), address);
  if (!cell) throw new Error(`no cell ${sheet}!${address}`);
  const style = Number(/\ss="(\d+)"/.exec(cell)?.[1] ?? 0);
  const styles = await partText(bytes, 'xl/styles.xml');
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1]!;
  const xf = [...cellXfs.matchAll(/<xf\b[^>]*>/g)][style]![0];
  const id = Number(/numFmtId="(\d+)"/.exec(xf)?.[1] ?? 0);
  const builtIn: Record<number, string> = { 0: 'General', 3: '#,##0', 4: '#,##0.00', 10: '0.00%', 49: '@' };
  const custom = new RegExp(`<numFmt numFmtId="${id}" formatCode="([^"]*)"`).exec(styles);
  return custom ? decode(custom[1]!) : builtIn[id] ?? `builtin ${id}`;
}

function decode(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

import { randomBytes } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { exampleTables } from '../../../src/example';
import type { BadInputCase } from '../case';
import {
  deflated,
  repeatedDeflated,
  sheetPartOf,
  withEntry,
  writeZip,
  writtenParts,
  type CraftedEntry,
} from '../../workbook/xlsx/crafted-zip';

/**
 * The .xlsx package as it comes in (issue 12): zip bombs, sheets past Excel's grid, missing,
 * damaged and malformed parts, and zips that are not whole. Each is refused with exit 2 and a
 * Swedish message on stderr that names the part (and its sheet) where there is one. The bytes
 * are the mini workbook (or the example) written by the project, then changed as a zip.
 */

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';

function textOf(entries: CraftedEntry[], name: string): string {
  return new TextDecoder().decode(inflateRawSync(entries.find((e) => e.name === name)!.content!.deflated));
}

/** The mini workbook (sheet Volymer = xl/worksheets/sheet4.xml) with that part replaced. */
async function volymerReplaced(content: (part: string) => CraftedEntry): Promise<Uint8Array> {
  const parts = await writtenParts();
  return writeZip(withEntry(parts, content(await sheetPartOf(parts, 'Volymer'))));
}

async function whole(): Promise<Uint8Array> {
  return writeZip(await writtenParts());
}

/** Sets bits in every central directory record at `offset` (flags 8, method 10). */
function patchCentralRecords(bytes: Uint8Array, offset: number, value: (old: number) => number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 0; at + 4 <= bytes.length; at++) {
    if (view.getUint32(at, true) === 0x02014b50) view.setUint16(at + offset, value(view.getUint16(at + offset, true)), true);
  }
  return bytes;
}

const BOMB_ROW = '<row><c t="s"><v>0</v></c></row>';

export const CASES: BadInputCase[] = [
  {
    name: 'package: zip bomb, 400 MB of one row packed ~400 times, declared',
    input: { kind: 'bytes', make: () => volymerReplaced((name) => ({ name, content: repeatedDeflated(SHEET_HEAD, BOMB_ROW.repeat(20_000), 625, SHEET_TAIL) })) },
    expect: { exit: 2, message: ['delen xl/worksheets/sheet4.xml packas upp från', 'till 400 MB', 'zip-bomb'] },
  },
  {
    name: 'package: zip bomb whose zip declares 2 kB',
    input: {
      kind: 'bytes',
      make: () =>
        volymerReplaced((name) => ({ name, content: repeatedDeflated(SHEET_HEAD, BOMB_ROW.repeat(20_000), 625, SHEET_TAIL), declaredSize: 2_000 })),
    },
    expect: { exit: 2, message: ['delen xl/worksheets/sheet4.xml (bladet "Volymer") packas upp till mer än de 2 kB som zip-arkivet anger'] },
  },
  {
    name: 'package: a part declared as 600 MB',
    input: { kind: 'bytes', make: () => volymerReplaced((name) => ({ name, content: deflated(randomBytes(7_000_000)), declaredSize: 600_000_000 })) },
    expect: { exit: 2, message: ['delen xl/worksheets/sheet4.xml packas upp till 600 MB, mer än gränsen 500 MB för en del.'] },
  },
  {
    name: 'package: three images of 400 MB each, 1,2 GB in all',
    input: {
      kind: 'bytes',
      make: async () => {
        const noise = deflated(randomBytes(5_000_000));
        const extra = [1, 2, 3].map((n) => ({ name: `xl/media/image${n}.png`, content: noise, declaredSize: 400_000_000 }));
        return writeZip([...(await writtenParts()), ...extra]);
      },
    },
    expect: { exit: 2, message: ['arbetsbokens delar packas upp till 1,2 GB, mer än gränsen 1 GB för en arbetsbok.'] },
  },
  {
    name: 'package: twenty parts of 9 MB of spaces each (each under 10 MB, packed ~1 000 times in all)',
    input: {
      kind: 'bytes',
      make: async () => {
        const small = repeatedDeflated('', ' '.repeat(100_000), 90, '');
        const extra = Array.from({ length: 20 }, (_, n) => ({ name: `customXml/item${n + 1}.xml`, content: small }));
        return writeZip([...(await writtenParts()), ...extra]);
      },
    },
    expect: { exit: 2, message: ['arbetsbokens delar packas upp från', 'till 180', 'zip-bomb'] },
  },
  {
    name: 'package: six million rows in Volymer',
    input: {
      kind: 'bytes',
      make: () =>
        volymerReplaced((name) => ({
          name,
          content: repeatedDeflated(SHEET_HEAD, '<row><c><v>1</v></c></row>'.repeat(1000) + `<!--${randomBytes(600).toString('base64')}-->`, 6_000, SHEET_TAIL),
        })),
    },
    expect: { exit: 2, message: ['delen xl/worksheets/sheet4.xml (bladet "Volymer") har rad 1\u00a0048\u00a0577.', 'högst 1\u00a0048\u00a0576 rader'] },
  },
  {
    name: 'package: a row numbered 1 048 577 in Nycklar',
    input: {
      kind: 'bytes',
      make: async () => {
        const parts = await writtenParts();
        const part = await sheetPartOf(parts, 'Nycklar');
        const xml = textOf(parts, part).replace('</sheetData>', '<row r="1048577"><c r="A1048577"><v>1</v></c></row></sheetData>');
        return writeZip(withEntry(parts, { name: part, content: deflated(xml) }));
      },
    },
    expect: { exit: 2, message: ['delen xl/worksheets/sheet1.xml (bladet "Nycklar") har rad 1\u00a0048\u00a0577.'] },
  },
  {
    name: 'package: a cell in column XFE of Volymer',
    input: { kind: 'bytes', make: () => volymerReplaced((name) => ({ name, content: deflated(`${SHEET_HEAD}<row r="5"><c r="XFE5"><v>1</v></c></row>${SHEET_TAIL}`) })) },
    expect: { exit: 2, message: ['(bladet "Volymer") har cellen XFE5.', '16\u00a0384 kolumner (A–XFD)'] },
  },
  {
    name: 'package: a dimension of six million rows',
    input: {
      kind: 'bytes',
      make: () => volymerReplaced((name) => ({ name, content: deflated(SHEET_HEAD.replace('<sheetData>', '<dimension ref="A1:C6000000"/><sheetData>') + SHEET_TAIL) })),
    },
    expect: { exit: 2, message: ['(bladet "Volymer") anger området A1:C6000000.'] },
  },
  {
    name: 'package: the part of sheet Volymer is missing',
    input: {
      kind: 'bytes',
      make: async () => {
        const parts = await writtenParts();
        const part = await sheetPartOf(parts, 'Volymer');
        return writeZip(parts.filter((e) => e.name !== part));
      },
    },
    expect: { exit: 2, message: ['delen xl/worksheets/sheet4.xml, som ska innehålla bladet "Volymer", finns inte i zip-arkivet.', 'Filen är skadad'] },
  },
  {
    name: 'package: the table part of sheet Kostnader is missing (the example)',
    input: {
      kind: 'bytes',
      make: async () => {
        const parts = await writtenParts(exampleTables());
        const part = await sheetPartOf(parts, 'Kostnader');
        const rels = textOf(parts, part.replace('worksheets/', 'worksheets/_rels/') + '.rels');
        const table = `xl/tables/${/Target="\.\.\/tables\/([^"]+)"/.exec(rels)![1]}`;
        return writeZip(parts.filter((e) => e.name !== table));
      },
    },
    expect: { exit: 2, message: ['som ska innehålla en tabell på bladet "Kostnader", finns inte i zip-arkivet.'] },
  },
  {
    name: 'package: the part of sheet Volymer is a folder',
    input: {
      kind: 'bytes',
      make: async () => {
        const parts = await writtenParts();
        const part = await sheetPartOf(parts, 'Volymer');
        return writeZip([...parts.filter((e) => e.name !== part), { name: `${part}/`, dir: true }]);
      },
    },
    expect: { exit: 2, message: ['delen xl/worksheets/sheet4.xml, som ska innehålla bladet "Volymer", är en mapp i zip-arkivet, inte en fil.'] },
  },
  {
    name: 'package: sheet Tjänster has no relationship to its part',
    input: {
      kind: 'bytes',
      make: async () => {
        const parts = await writtenParts();
        const id = /name="Tjänster"[^>]*r:id="([^"]+)"/.exec(textOf(parts, 'xl/workbook.xml'))![1]!;
        const rels = textOf(parts, 'xl/_rels/workbook.xml.rels').replace(new RegExp(`<Relationship Id="${id}"[^>]*/>`), '');
        return writeZip(withEntry(parts, { name: 'xl/_rels/workbook.xml.rels', content: deflated(rels) }));
      },
    },
    expect: { exit: 2, message: ['bladet "Tjänster" saknar sin del: xl/_rels/workbook.xml.rels har ingen relation'] },
  },
  {
    name: 'package: malformed XML in Volymer (a cell not closed)',
    input: { kind: 'bytes', make: () => volymerReplaced((name) => ({ name, content: deflated(`${SHEET_HEAD}\n<row r="2"><c r="A2"><v>1</v></row>${SHEET_TAIL}`) })) },
    expect: { exit: 2, message: ['delen xl/worksheets/sheet4.xml (bladet "Volymer") är inte giltig XML (rad 3, kolumn 35: unexpected close tag.)'] },
  },
  {
    name: 'package: malformed XML in the shared strings (an & not written as &amp;)',
    input: {
      kind: 'bytes',
      make: async () => {
        const parts = await writtenParts();
        const xml = textOf(parts, 'xl/sharedStrings.xml').replace('<t>Lev</t>', '<t>Lev & Co</t>');
        return writeZip(withEntry(parts, { name: 'xl/sharedStrings.xml', content: deflated(xml) }));
      },
    },
    // exceljs's parser takes the rest of the part for an entity's name: every later string would be lost.
    expect: { exit: 2, message: ['delen xl/sharedStrings.xml har ett & som inte är skrivet som &amp; ("…', 'Lev & Co</t>', 'allt efter det skulle gå förlorat.'] },
  },
  {
    name: 'package: sheet Volymer cut short after its first row',
    input: {
      kind: 'bytes',
      make: async () => {
        const parts = await writtenParts();
        const part = await sheetPartOf(parts, 'Volymer');
        const xml = textOf(parts, part);
        return writeZip(withEntry(parts, { name: part, content: deflated(xml.slice(0, xml.indexOf('</row>') + 6)) }));
      },
    },
    expect: { exit: 2, message: ['delen xl/worksheets/sheet4.xml (bladet "Volymer") tar slut mitt i XML-koden (<worksheet> avslutas aldrig)'] },
  },
  {
    name: 'package: a comment never closed in Nycklar (the rest of the sheet would vanish)',
    input: {
      kind: 'bytes',
      make: async () => {
        const parts = await writtenParts();
        const part = await sheetPartOf(parts, 'Nycklar');
        const xml = textOf(parts, part).replace('<sheetData>', '<sheetData><!-- kommentar ');
        return writeZip(withEntry(parts, { name: part, content: deflated(xml) }));
      },
    },
    expect: { exit: 2, message: ['delen xl/worksheets/sheet1.xml (bladet "Nycklar") tar slut inuti en kommentar (<!--) som aldrig avslutas'] },
  },
  {
    name: 'package: sheet Volymer is an empty part',
    input: { kind: 'bytes', make: () => volymerReplaced((name) => ({ name, content: deflated('') })) },
    expect: { exit: 2, message: ['delen xl/worksheets/sheet4.xml (bladet "Volymer") är tom (0 byte).'] },
  },
  {
    name: 'package: the compressed data of Volymer is damaged',
    input: {
      kind: 'bytes',
      make: () =>
        volymerReplaced((name) => {
          const good = deflated(`${SHEET_HEAD}<row r="1"><c r="A1"><v>1</v></c></row>${SHEET_TAIL}`);
          const broken = good.deflated.slice();
          broken[0] = 0b111;
          return { name, content: { ...good, deflated: broken } };
        }),
    },
    expect: { exit: 2, message: ['delen xl/worksheets/sheet4.xml (bladet "Volymer") är skadad; den kan inte packas upp (invalid block type).'] },
  },
  {
    name: 'package: an empty file',
    input: { kind: 'bytes', make: () => new Uint8Array(0) },
    expect: { exit: 2, message: ['filen är tom (0 byte)'] },
  },
  {
    name: 'package: a zip with no entries',
    input: { kind: 'bytes', make: () => writeZip([]) },
    expect: { exit: 2, message: ['zip-arkivet är tomt'] },
  },
  {
    name: 'package: the zip cut off at 70 %',
    input: {
      kind: 'bytes',
      make: async () => {
        const bytes = await whole();
        return bytes.slice(0, Math.floor(bytes.length * 0.7));
      },
    },
    expect: { exit: 2, message: ['filen är avkortad eller skadad'] },
  },
  {
    name: 'package: the zip entries are encrypted',
    input: { kind: 'bytes', make: async () => patchCentralRecords(await whole(), 8, (flags) => flags | 1) },
    expect: { exit: 2, message: ['zip-arkivet är krypterat.'] },
  },
  {
    name: 'package: the zip is packed with LZMA',
    input: { kind: 'bytes', make: async () => patchCentralRecords(await whole(), 10, () => 14) },
    expect: { exit: 2, message: ['packat med en metod som Excel inte använder'] },
  },
];

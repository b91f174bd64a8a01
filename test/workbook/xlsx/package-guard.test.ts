import { randomBytes } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { openXlsx, UnreadableWorkbookError } from '../../../src/workbook/xlsx';
import { loadPackage } from '../../../src/workbook/xlsx/load-package';
import { guardPackage, guardPackageForReading } from '../../../src/workbook/xlsx/package-guard';
import * as zipEntries from '../../../src/workbook/xlsx/zip-entries';
import { miniWorkbook } from '../../engine/helpers';
import {
  countInflated,
  deflated,
  repeatedDeflated,
  sheetPartOf,
  withEntry,
  writeZip,
  writtenParts,
  type CraftedEntry,
} from './crafted-zip';

/** The message openXlsx refuses the bytes with; fails the test when it opens them. */
async function refusal(bytes: Uint8Array): Promise<string> {
  const error = await openXlsx(bytes).then(
    () => new Error('opened'),
    (e: unknown) => e,
  );
  if (!(error instanceof UnreadableWorkbookError)) throw error;
  return error.message;
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';

/** The mini workbook with the sheet Volymer's part replaced. */
async function withVolymer(content: (part: string) => CraftedEntry): Promise<{ bytes: Uint8Array; part: string }> {
  const parts = await writtenParts();
  const part = await sheetPartOf(parts, 'Volymer');
  return { bytes: writeZip(withEntry(parts, content(part))), part };
}

describe('openXlsx refuses zip bombs before inflating them', () => {
  // 400 MB of one repeated row in ~1 MB: the zip bomb of issue 12.
  const bomb = () => repeatedDeflated(SHEET_HEAD, '<row><c t="s"><v>0</v></c></row>'.repeat(20_000), 625, SHEET_TAIL);

  it('by the sizes the zip declares: packed ~400 times', async () => {
    const content = bomb();
    expect(content.size).toBeGreaterThan(400_000_000);
    expect(content.deflated.length).toBeLessThan(1_100_000);
    const { bytes, part } = await withVolymer((name) => ({ name, content }));
    const { outcome, bytes: inflated } = await countInflated(() => refusal(bytes));
    expect(outcome).toEqual({ status: 'fulfilled', value: expect.stringContaining(`delen ${part} packas upp från`) });
    expect(outcome.status === 'fulfilled' && outcome.value).toMatch(/ MB till 400 MB, \d{3} gånger så mycket .*zip-bomb/);
    // Only the other parts of the mini workbook (a few kB each) were inflated.
    expect(inflated).toBeLessThan(1_000_000);
  });

  it('by counting while inflating, when the zip declares a small size', async () => {
    const content = bomb();
    const { bytes, part } = await withVolymer((name) => ({ name, content, declaredSize: 2_000 }));
    const { outcome, bytes: inflated } = await countInflated(() => refusal(bytes));
    expect(outcome).toEqual({
      status: 'fulfilled',
      value: expect.stringContaining(`delen ${part} (bladet "Volymer") packas upp till mer än de 2 kB som zip-arkivet anger`),
    });
    // One 16 KiB step of compressed data is the most inflated past the declared size.
    expect(inflated).toBeLessThan(20_000_000);
  });

  it('by the limit on a part: 500 MB', async () => {
    // 6 MB that do not pack, declared as 600 MB: the ratio (100) is fine, the size is not.
    const { bytes, part } = await withVolymer((name) => ({ name, content: deflated(randomBytes(7_000_000)), declaredSize: 600_000_000 }));
    expect(await refusal(bytes)).toContain(`delen ${part} packas upp till 600 MB, mer än gränsen 500 MB för en del.`);
  });

  it('by the limit on the whole package: 1 GB', async () => {
    const noise = deflated(randomBytes(5_000_000));
    const parts = await writtenParts();
    const extra = [1, 2, 3].map((n) => ({ name: `xl/media/image${n}.png`, content: noise, declaredSize: 400_000_000 }));
    expect(await refusal(writeZip([...parts, ...extra]))).toContain(
      'arbetsbokens delar packas upp till 1,2 GB, mer än gränsen 1 GB för en arbetsbok.',
    );
  });

  it('by the ratio of the whole package, when each part stays under 10 MB', async () => {
    const small = repeatedDeflated('', ' '.repeat(100_000), 90, '');
    const parts = await writtenParts();
    const extra = Array.from({ length: 20 }, (_, n) => ({ name: `customXml/item${n + 1}.xml`, content: small }));
    const { outcome, bytes: inflated } = await countInflated(() => refusal(writeZip([...parts, ...extra])));
    expect(outcome.status === 'fulfilled' && outcome.value).toMatch(/^.*arbetsbokens delar packas upp från \d+ kB till 180,\d MB, .* gånger så mycket/);
    expect(inflated).toBeLessThan(1_000_000);
  });
});

describe('openXlsx refuses sheets past Excel\u2019s grid before loading them', () => {
  it('six million rows: stops after row 1 048 577, long before the end', async () => {
    // Rows without r (the format allows it: each is the row after the one before), 1 000 rows
    // and a comment that does not pack per piece, so the part packs ~60 times, like XML does.
    const unit = '<row><c><v>1</v></c></row>'.repeat(1000) + `<!--${randomBytes(600).toString('base64')}-->`;
    const content = repeatedDeflated(SHEET_HEAD, unit, 6_000, SHEET_TAIL);
    expect(content.size / content.deflated.length).toBeLessThan(100);
    const { bytes, part } = await withVolymer((name) => ({ name, content }));
    const { outcome, bytes: inflated } = await countInflated(() => refusal(bytes));
    expect(outcome).toEqual({
      status: 'fulfilled',
      value: expect.stringContaining(`delen ${part} (bladet "Volymer") har rad 1\u00a0048\u00a0577. Excels blad har högst 1\u00a0048\u00a0576 rader`),
    });
    expect(content.size).toBeGreaterThan(150_000_000);
    expect(inflated).toBeLessThan(50_000_000);
  });

  it.each([
    ['a row numbered 1 048 577', '<row r="1048577"><c r="A1048577"><v>1</v></c></row>', 'har rad 1\u00a0048\u00a0577.'],
    ['a cell past column XFD', '<row r="5"><c r="XFE5"><v>1</v></c></row>', 'har cellen XFE5.'],
    ['a cell numbered past the last row in a row on the grid', '<row r="5"><c r="A2000000"><v>1</v></c></row>', 'har cellen A2000000.'],
  ])('%s', async (_, rows, message) => {
    const { bytes, part } = await withVolymer((name) => ({ name, content: deflated(`${SHEET_HEAD}${rows}${SHEET_TAIL}`) }));
    expect(await refusal(bytes)).toBe(
      `Filen kunde inte läsas som en Excel-arbetsbok (.xlsx): delen ${part} (bladet "Volymer") ${message} ` +
        'Excels blad har högst 1\u00a0048\u00a0576 rader och 16\u00a0384 kolumner (A–XFD); filen är inte sparad av Excel eller är skadad.',
    );
  });

  it('a dimension past the last row, before any row is read', async () => {
    const sheet = SHEET_HEAD.replace('<sheetData>', '<dimension ref="A1:C6000000"/><sheetData>') + SHEET_TAIL;
    const { bytes } = await withVolymer((name) => ({ name, content: deflated(sheet) }));
    expect(await refusal(bytes)).toContain('(bladet "Volymer") anger området A1:C6000000.');
  });

  it('reads a workbook whose sheet has a cell in the very last row and column', async () => {
    const parts = await writtenParts();
    const part = await sheetPartOf(parts, 'Volymer');
    const entry = parts.find((e) => e.name === part)!;
    const xml = textOf(entry);
    const last = '<row r="1048576"><c r="XFD1048576"><v>7</v></c></row></sheetData>';
    const bytes = writeZip(withEntry(parts, { name: part, content: deflated(xml.replace('</sheetData>', last)) }));
    const volymer = (await (await openXlsx(bytes)).readTables()).find((t) => t.name === 'Volymer')!;
    expect(volymer.rows).toEqual(miniWorkbook().find((t) => t.name === 'Volymer')!.rows);
  });
});

describe('openXlsx names the missing or damaged part', () => {
  it('a sheet whose part is missing: exit 2, not "table missing"', async () => {
    const parts = await writtenParts();
    const part = await sheetPartOf(parts, 'Volymer');
    expect(await refusal(writeZip(parts.filter((e) => e.name !== part)))).toBe(
      `Filen kunde inte läsas som en Excel-arbetsbok (.xlsx): delen ${part}, som ska innehålla bladet "Volymer", ` +
        'finns inte i zip-arkivet. Filen är skadad; öppna den i Excel och spara den igen, eller använd en säkerhetskopia.',
    );
  });

  it('a sheet part that is a folder in the zip', async () => {
    const parts = await writtenParts();
    const part = await sheetPartOf(parts, 'Volymer');
    const bytes = writeZip([...parts.filter((e) => e.name !== part), { name: `${part}/`, dir: true }]);
    expect(await refusal(bytes)).toContain(`delen ${part}, som ska innehålla bladet "Volymer", är en mapp i zip-arkivet, inte en fil.`);
  });

  it('a sheet without its relationship', async () => {
    const parts = await writtenParts();
    const rels = parts.find((e) => e.name === 'xl/_rels/workbook.xml.rels')!;
    const text = textOf(rels);
    const id = /name="Volymer"[^>]*r:id="([^"]+)"/.exec(textOf(parts.find((e) => e.name === 'xl/workbook.xml')!))![1]!;
    const without = text.replace(new RegExp(`<Relationship Id="${id}"[^>]*/>`), '');
    expect(without).not.toBe(text);
    const bytes = writeZip(withEntry(parts, { name: rels.name, content: deflated(without) }));
    expect(await refusal(bytes)).toContain(`bladet "Volymer" saknar sin del: xl/_rels/workbook.xml.rels har ingen relation ${id}`);
  });

  it('a table part that is missing, with its sheet', async () => {
    const parts = await writtenParts();
    const part = await sheetPartOf(parts, 'Volymer');
    const rels = textOf(parts.find((e) => e.name === part.replace('worksheets/', 'worksheets/_rels/') + '.rels')!);
    const table = `xl/tables/${/Target="\.\.\/tables\/([^"]+)"/.exec(rels)![1]}`;
    expect(await refusal(writeZip(parts.filter((e) => e.name !== table)))).toContain(
      `delen ${table}, som ska innehålla en tabell på bladet "Volymer", finns inte i zip-arkivet.`,
    );
  });

  it('malformed XML in a sheet: the part, the sheet, line and column, the parser last', async () => {
    const { bytes, part } = await withVolymer((name) => ({
      name,
      content: deflated(`${SHEET_HEAD}\n<row r="2"><c r="A2"><v>1</v></row>${SHEET_TAIL}`),
    }));
    expect(await refusal(bytes)).toBe(
      `Filen kunde inte läsas som en Excel-arbetsbok (.xlsx): delen ${part} (bladet "Volymer") är inte giltig XML ` +
        '(rad 3, kolumn 35: unexpected close tag.). Filen är skadad; öppna den i Excel och spara den igen, eller använd en säkerhetskopia.',
    );
  });

  it('malformed XML in a table part', async () => {
    const parts = await writtenParts();
    const table = '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="2" name="T"><tableColumns count="1"></table>';
    const bytes = writeZip(withEntry(parts, { name: 'xl/tables/table2.xml', content: deflated(table) }));
    expect(await refusal(bytes)).toMatch(/: delen xl\/tables\/table2\.xml är inte giltig XML \(rad 1, kolumn \d+: [^)]+\)\. Filen är skadad/);
  });

  it.each([
    ['a sheet', 'Volymer', (xml: string) => xml.slice(0, xml.indexOf('</row>') + 6), 'worksheet'],
    ['the shared strings', null, (xml: string) => xml.slice(0, -20), 'sst'],
  ])('%s cut short inside a whole zip (exceljs would read it as far as it goes)', async (_, sheet, cut, root) => {
    const parts = await writtenParts();
    const part = sheet ? await sheetPartOf(parts, sheet) : 'xl/sharedStrings.xml';
    const bytes = writeZip(withEntry(parts, { name: part, content: deflated(cut(textOf(parts.find((e) => e.name === part)!))) }));
    expect(await refusal(bytes)).toContain(
      `delen ${part}${sheet ? ` (bladet "${sheet}")` : ''} tar slut mitt i XML-koden (<${root}> avslutas aldrig), så en del av innehållet saknas.`,
    );
  });

  it('an & that starts no reference, in a sheet: quoted with 30 bytes before it and 12 from it', async () => {
    const { bytes, part } = await withVolymer((name) => ({
      name,
      content: deflated(`${SHEET_HEAD}<row r="2"><c r="A2" t="inlineStr"><is><t>Åtgärd AT&T 2024</t></is></c></row>${SHEET_TAIL}`),
    }));
    expect(await refusal(bytes)).toContain(
      `delen ${part} (bladet "Volymer") har ett & som inte är skrivet som &amp; ("…"inlineStr"><is><t>Åtgärd AT&T 2024</t><…"); allt efter det skulle gå förlorat.`,
    );
  });

  it('an empty XML part', async () => {
    const { bytes, part } = await withVolymer((name) => ({ name, content: deflated('') }));
    expect(await refusal(bytes)).toContain(`delen ${part} (bladet "Volymer") är tom (0 byte).`);
  });

  it('a part whose compressed data is damaged', async () => {
    const { bytes, part } = await withVolymer((name) => {
      const good = deflated(`${SHEET_HEAD}<row r="1"><c r="A1"><v>1</v></c></row>${SHEET_TAIL}`);
      const broken = good.deflated.slice();
      broken[0] = 0b111; // the last block, of the reserved block type 3

      return { name, content: { ...good, deflated: broken } };
    });
    expect(await refusal(bytes)).toContain(`delen ${part} (bladet "Volymer") är skadad; den kan inte packas upp (invalid block type).`);
  });

  it('a part shorter than the zip declares', async () => {
    const { bytes, part } = await withVolymer((name) => {
      const content = deflated(`${SHEET_HEAD}${SHEET_TAIL}`);
      return { name, content, declaredSize: content.size + 100 };
    });
    expect(await refusal(bytes)).toContain(`delen ${part} (bladet "Volymer") är skadad; den packas upp till mindre än de 268 byte som zip-arkivet anger.`);
  });
});

describe('guardPackage leaves to openXlsx', () => {
  it('a binary workbook (.xlsb): its workbook part is not XML to check for an &', async () => {
    const rels =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>';
    const bytes = writeZip([
      { name: '_rels/.rels', content: deflated(rels) },
      { name: 'xl/workbook.bin', content: deflated(new Uint8Array([0x83, 0x01, 0x26, 0x20, 0x3c, 0x21])) },
    ]);
    await expect(guardPackage(await loadPackage(bytes))).resolves.toBeUndefined();
  });
});

describe('openXlsx on what is not a whole zip', () => {
  it.each([
    ['an empty file', new Uint8Array(0), 'filen är tom (0 byte) och alltså inte en .xlsx-fil.'],
    ['a zip with no entries', writeZip([]), 'zip-arkivet är tomt; det innehåller ingen arbetsbok.'],
  ])('%s', async (_, bytes, message) => {
    expect(await refusal(bytes)).toBe(`Filen kunde inte läsas som en Excel-arbetsbok (.xlsx): ${message}`);
  });

  it('a zip cut short', async () => {
    const bytes = writeZip(await writtenParts());
    expect(await refusal(bytes.slice(0, Math.floor(bytes.length * 0.7)))).toContain(
      'filen är avkortad eller skadad: zip-arkivets innehållsförteckning saknas eller stämmer inte.',
    );
  });

  it('a zip whose entries are encrypted', async () => {
    const bytes = writeZip(await writtenParts());
    const view = new DataView(bytes.buffer);
    // Set the "encrypted" flag in every central directory record.
    for (let at = 0; at + 4 <= bytes.length; at++) {
      if (view.getUint32(at, true) === 0x02014b50) view.setUint16(at + 8, view.getUint16(at + 8, true) | 1, true);
    }
    expect(await refusal(bytes)).toContain('zip-arkivet är krypterat.');
  });

  it('a zip packed by a method Excel does not use', async () => {
    const bytes = writeZip(await writtenParts());
    const view = new DataView(bytes.buffer);
    for (let at = 0; at + 4 <= bytes.length; at++) {
      if (view.getUint32(at, true) === 0x02014b50) view.setUint16(at + 10, 14, true); // LZMA
    }
    expect(await refusal(bytes)).toContain('packat med en metod som Excel inte använder');
  });
});

function textOf(entry: CraftedEntry): string {
  return new TextDecoder().decode(inflateRawSync(entry.content!.deflated));
}

describe('openXlsx inflates each table sheet once', () => {
  it('for the checks and the reader together; every part is checked', async () => {
    const parts = await writtenParts();
    const inflating = jest.spyOn(zipEntries, 'inflateEntry');
    try {
      await (await openXlsx(writeZip(parts))).readTables();
      const names = inflating.mock.calls.map(([entry]) => entry.name);
      const sheets = parts.map((p) => p.name).filter((name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name));
      expect(sheets).toContain(await sheetPartOf(parts, 'Volymer'));
      expect(sheets.map((sheet) => [sheet, names.filter((name) => name === sheet).length])).toEqual(sheets.map((sheet) => [sheet, 1]));
      // Every part of the package was inflated (checked), none left out; the small ones (the
      // workbook, relationships, table parts, styles, shared strings) are read again by the reader.
      expect([...new Set(names)].sort()).toEqual(parts.map((p) => p.name).sort());
    } finally {
      inflating.mockRestore();
    }
  });

  it('a table sheet the reader did not read is checked by finish(), with the same words', async () => {
    const { bytes, part } = await withVolymer((name) => ({ name, content: deflated(`${SHEET_HEAD}<row r="1048577"><c r="A1048577"><v>1</v></c></row>${SHEET_TAIL}`) }));
    const guarded = await guardPackageForReading(await loadPackage(bytes));
    await expect(guarded.finish()).rejects.toThrow(`delen ${part} (bladet "Volymer") har rad 1\u00a0048\u00a0577.`);
  });

  it('a table sheet read through inflate is refused before its parser sees the chunk with the defect', async () => {
    const { bytes, part } = await withVolymer((name) => ({ name, content: deflated(`${SHEET_HEAD}<row r="2"><c r="A2" t="str"><v>AT&T</v></c></row>${SHEET_TAIL}`) }));
    const guarded = await guardPackageForReading(await loadPackage(bytes));
    const seen: Uint8Array[] = [];
    await expect(guarded.inflate(part, (chunk) => seen.push(chunk))).rejects.toThrow(UnreadableWorkbookError);
    expect(seen).toEqual([]);
    // And opened, the words are the guard's (an & that starts no reference), not the XML parser's.
    expect(await refusal(bytes)).toContain('AT&T');
  });
});

/**
 * OUT is IN's package with the outputs spliced in: every part IN had, apart from the few that
 * must change, is in OUT with the same packed bytes (copied, not packed again), in IN's order;
 * links and content types are consistent; the checker finds in OUT exactly what it finds in IN
 * (the fixtures carry quirks of their own on purpose), nothing new.
 */
import type JSZip from 'jszip';
import { addCharts, addExternalLinks, addPivotTable, addTableSlicers, addThreadedComments, addVbaProject, loadZip, zipBytes } from '../feature-parts';
import { fixture } from '../package-inspection';
import { sampleOutputs } from '../sample-outputs';
import { xlsxCheckAvailable, xlsxFindings } from '../xlsx-check';
import { inconsistencies, orphans } from './package-consistency';
import { contents, rawEntries, spliced } from './spliced';

// libreoffice.xlsx: Nycklar (sheet1, with a note on A1), Tjänster, Volymer, Kostnader, Övrigt (sheet5).
const NYCKLAR = 'xl/worksheets/sheet1.xml';
const OVRIGT = 'xl/worksheets/sheet5.xml';

async function withFeatures(add: (zip: JSZip) => Promise<void>): Promise<Uint8Array> {
  const zip = await loadZip(fixture('libreoffice.xlsx'));
  await add(zip);
  return zipBytes(zip);
}

/** The parts a first run may change in a workbook the add-in has not written to. */
const MUST_CHANGE = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml'];

const cases: [string, () => Promise<Uint8Array>][] = [
  ...['absolute-targets.xlsx', 'excel-style.xlsx', 'libreoffice.xlsx', 'openpyxl-charts.xlsx', 'openpyxl-drawings.xlsx', 'openpyxl-iso-dates.xlsx', 'openpyxl.xlsx'].map(
    (name): [string, () => Promise<Uint8Array>] => [name, async () => fixture(name)],
  ),
  ['charts', () => withFeatures((zip) => addCharts(zip, OVRIGT, 2))],
  [
    'pivot tables',
    () =>
      withFeatures(async (zip) => {
        await addPivotTable(zip, OVRIGT, 1);
        await addPivotTable(zip, OVRIGT, 2);
      }),
  ],
  ['slicers', () => withFeatures((zip) => addTableSlicers(zip, NYCKLAR, ['Kund', 'Kundtyp']))],
  ['a VBA project', () => withFeatures((zip) => addVbaProject(zip))],
  ['threaded comments', () => withFeatures((zip) => addThreadedComments(zip, NYCKLAR, ['A1', 'B2'], 1))],
  ['external links', () => withFeatures((zip) => addExternalLinks(zip, ['file:///C:/Budget/Budget%202025.xlsx', 'Lönekostnader.xlsx']))],
];

describe.each(cases)('splicing the outputs into %s', (_, make) => {
  let input: Uint8Array;
  let output: Uint8Array;
  beforeAll(async () => {
    input = await make();
    output = (await spliced(input, sampleOutputs())).bytes;
  });

  it('carries every other part over with its packed bytes, CRC and size, in IN order, new parts after', async () => {
    const before = await rawEntries(input);
    const after = await rawEntries(output);
    const names = [...after.keys()];
    expect(names.slice(0, before.size)).toEqual([...before.keys()]);
    const beforeContent = await contents(input);
    const afterContent = await contents(output);
    for (const [name, raw] of before) {
      if (MUST_CHANGE.includes(name)) continue;
      const copy = after.get(name)!;
      expect({ name, crc32: copy.crc32, size: copy.uncompressedSize, method: copy.method }).toEqual({ name, crc32: raw.crc32, size: raw.uncompressedSize, method: raw.method });
      expect(Buffer.from(copy.compressed).equals(Buffer.from(raw.compressed))).toBe(true);
      expect(Buffer.from(afterContent.get(name)!).equals(Buffer.from(beforeContent.get(name)!))).toBe(true);
    }
    // Three output sheets with their relationships and tables, and the ownership sheet.
    const added = names.slice(before.size);
    expect(added.filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))).toHaveLength(4);
    expect(added.filter((n) => /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/.test(n))).toHaveLength(3);
    expect(added.filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n))).toHaveLength(3);
    expect(added).toHaveLength(10);
  });

  it('has a target for every link, a content type for every part, no part that nothing leads to unless IN had it', async () => {
    expect(await inconsistencies(output)).toEqual([]);
    expect(await orphans(output)).toEqual(await orphans(input));
  });

  (xlsxCheckAvailable() ? it : it.skip)('gives the checker nothing to find that it does not find in IN', () => {
    expect(xlsxFindings(output)).toEqual(xlsxFindings(input));
  });
});

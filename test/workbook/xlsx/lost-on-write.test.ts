/**
 * What a copy written through exceljs lacks, as XlsxWorkbook.lostOnWrite() reports it. Every
 * kind is checked twice: the report names it with the count the fixture was built with, and the
 * written copy really lacks it (a kind exceljs kept would not be reported).
 */
import type JSZip from 'jszip';
import { exampleTables } from '../../../src/example';
import { createXlsx, openXlsx, type LostFeature } from '../../../src/workbook/xlsx';
import { isPlainRangeList } from '../../../src/workbook/xlsx/defined-names';
import {
  addCharts,
  addConnections,
  addCustomProperties,
  addDefinedName,
  addDrawing,
  addExternalLinks,
  addPivotTable,
  addSparklines,
  addTableSlicers,
  addThreadedComments,
  addTimeline,
  addVbaProject,
  addWaterfallChart,
  loadZip,
  shapeAnchors,
  zipBytes,
} from './feature-parts';
import { fixture, partNames, partText, sheetXml } from './package-inspection';
import { sampleOutputs } from './sample-outputs';

// libreoffice.xlsx: Nycklar (sheet1, with a note on A1), Tjänster, Volymer, Kostnader, Övrigt (sheet5).
const NYCKLAR = 'xl/worksheets/sheet1.xml';
const OVRIGT = 'xl/worksheets/sheet5.xml';

async function withFeatures(add: (zip: JSZip) => Promise<void>, base = 'libreoffice.xlsx'): Promise<Uint8Array> {
  const zip = await loadZip(fixture(base));
  await add(zip);
  return zipBytes(zip);
}

/** Opens the bytes, writes the outputs as the command line does, and returns the report and the copy. */
async function throughExceljs(bytes: Uint8Array): Promise<{ lost: LostFeature[]; written: Uint8Array }> {
  const workbook = await openXlsx(bytes);
  const lost = workbook.lostOnWrite();
  await workbook.writeOutputs(sampleOutputs());
  return { lost, written: await workbook.toBuffer() };
}

const matching = async (bytes: Uint8Array, pattern: RegExp) => (await partNames(bytes)).filter((n) => pattern.test(n));

describe('lostOnWrite: nothing for workbooks exceljs writes back whole', () => {
  it.each(['libreoffice.xlsx', 'openpyxl.xlsx', 'excel-style.xlsx', 'absolute-targets.xlsx', 'openpyxl-iso-dates.xlsx'])('%s', async (name) => {
    expect((await openXlsx(fixture(name))).lostOnWrite()).toEqual([]);
  });

  it('the example workbook as `intaktsmodell example` writes it, and a result written from it', async () => {
    const example = createXlsx();
    await example.writeInputTables(exampleTables());
    expect(example.lostOnWrite()).toEqual([]);
    const { lost, written } = await throughExceljs(await example.toBuffer());
    expect(lost).toEqual([]);
    expect((await openXlsx(written)).lostOnWrite()).toEqual([]);
  });
});

describe('lostOnWrite: charts, chartsheets and names (openpyxl-charts.xlsx)', () => {
  // Built by make-fixtures.py with 2 charts on Nycklar, 1 chartsheet "Diagram", and the names
  // Moms (0.25), Dubbel (Nycklar!$C$2*2) and Kundrader (Nycklar!$A$2:$A$4).
  let lost: LostFeature[];
  let written: Uint8Array;
  beforeAll(async () => {
    ({ lost, written } = await throughExceljs(fixture('openpyxl-charts.xlsx')));
  });

  it('reports 2 charts, 1 chartsheet and 2 names that are not ranges', () => {
    expect(lost).toEqual([
      { kind: 'chart', count: 2 },
      { kind: 'chartsheet', count: 1 },
      { kind: 'definedName', count: 2 },
    ]);
  });

  it('the written copy has no chart, no chartsheet and no sheet "Diagram"', async () => {
    expect(await matching(fixture('openpyxl-charts.xlsx'), /^xl\/(charts|chartsheets)\/[^/]+\.xml$/)).toHaveLength(4);
    expect(await matching(written, /^xl\/(charts|chartsheets)\//)).toEqual([]);
    const workbook = await partText(written, 'xl/workbook.xml');
    expect(workbook).not.toMatch(/name="Diagram"/);
    expect((await partText(written, '[Content_Types].xml'))).not.toMatch(/chart/);
  });

  it('the written copy keeps the range name and has neither Moms nor Dubbel, not even changed', async () => {
    const workbook = await partText(written, 'xl/workbook.xml');
    const names = [...workbook.matchAll(/<definedName name="([^"]*)"[^>]*>([^<]*)</g)].map((m) => [m[1], m[2]]);
    expect(names).toEqual([['Kundrader', 'Nycklar!$A$2:$A$4']]);
  });

  it('a copy read again has nothing more to lose', async () => {
    expect((await openXlsx(written)).lostOnWrite()).toEqual([]);
  });
});

describe('lostOnWrite: the image of openpyxl-drawings.xlsx is kept, its chart is not', () => {
  it('reports 1 chart and no shape', async () => {
    const { lost, written } = await throughExceljs(fixture('openpyxl-drawings.xlsx'));
    expect(lost).toEqual([{ kind: 'chart', count: 1 }]);
    expect(await matching(written, /^xl\/media\//)).toEqual(['xl/media/image1.png']);
    expect(await matching(written, /^xl\/charts\//)).toEqual([]);
  });
});

describe.each<[string, (zip: JSZip) => Promise<void>, LostFeature[], RegExp]>([
  ['3 charts drawn as Excel draws them', (zip) => addCharts(zip, OVRIGT, 3), [{ kind: 'chart', count: 3 }], /^xl\/charts\//],
  ['a waterfall chart (chartEx) with the fallback shape Excel writes for old versions', (zip) => addWaterfallChart(zip, OVRIGT), [{ kind: 'chart', count: 1 }], /^xl\/charts\//],
  ['2 pivot tables', async (zip) => {
    await addPivotTable(zip, OVRIGT, 1);
    await addPivotTable(zip, OVRIGT, 2);
  }, [{ kind: 'pivotTable', count: 2 }], /^xl\/(pivotTables|pivotCache)\//],
  ['3 slicers on Nycklar (with the drawing and the #N/A names Excel writes for their caches)', (zip) => addTableSlicers(zip, NYCKLAR, ['Kund', 'Kundtyp', 'Anställda']), [{ kind: 'slicer', count: 3 }], /^xl\/(slicers|slicerCaches)\//],
  ['1 timeline over a pivot table', async (zip) => {
    await addPivotTable(zip, OVRIGT, 1);
    await addTimeline(zip, OVRIGT, 1);
  }, [{ kind: 'pivotTable', count: 1 }, { kind: 'timeline', count: 1 }], /^xl\/(timelines|timelineCaches)\//],
  ['5 sparklines in 2 groups', (zip) => addSparklines(zip, NYCKLAR, [3, 2]), [{ kind: 'sparkline', count: 5 }], /$^/],
  ['a text box, an arrow and a group of shapes', async (zip) => {
    await addDrawing(zip, OVRIGT, async () => shapeAnchors());
  }, [{ kind: 'shape', count: 3 }], /$^/],
  ['2 comment threads, each with 2 replies', (zip) => addThreadedComments(zip, NYCKLAR, ['A1', 'B2'], 2), [{ kind: 'threadedComment', count: 2 }], /^xl\/(threadedComments|persons)\//],
  ['a VBA project (.xlsm)', addVbaProject, [{ kind: 'vbaProject', count: 1 }], /vbaProject/],
  ['links to 2 other workbooks', (zip) => addExternalLinks(zip, ['file:///C:/Budget/Budget%202025.xlsx', 'Lönekostnader.xlsx']), [{ kind: 'externalLink', count: 2 }], /^xl\/externalLinks\//],
  ['2 data connections (Power Query) and a query table', (zip) => addConnections(zip, NYCKLAR, ['Kunder', 'Tjänster']), [{ kind: 'connection', count: 2 }], /^xl\/(connections\.xml|queryTables\/)/],
  ['2 custom document properties', (zip) => addCustomProperties(zip, { Ansvarig: 'Ekonomi', Diarienummer: 'SF 2025/17' }), [{ kind: 'customProperty', count: 2 }], /^docProps\/custom\.xml$/],
])('lostOnWrite: %s', (_, add, expected, gone) => {
  let input: Uint8Array;
  let lost: LostFeature[];
  let written: Uint8Array;
  beforeAll(async () => {
    input = await withFeatures(add);
    ({ lost, written } = await throughExceljs(input));
  });

  it('is reported with its count', () => {
    expect(lost).toEqual(expected);
  });

  it('is gone from the written copy', async () => {
    if (gone.source !== '$^') {
      expect((await matching(input, gone)).length).toBeGreaterThan(0);
      expect(await matching(written, gone)).toEqual([]);
    }
    const types = await partText(written, '[Content_Types].xml');
    expect(types).not.toMatch(/pivot|slicer|timeline|threadedcomments|person|vbaProject|macroEnabled|externalLink|connections|queryTable|chart|custom-properties/);
    const sheets = await Promise.all(['Nycklar', 'Övrigt'].map((sheet) => sheetXml(written, sheet)));
    for (const xml of sheets) expect(xml).not.toMatch(/sparkline|slicerList|timelineRef|<drawing\b/);
    const drawings = await matching(written, /^xl\/drawings\/drawing\d+\.xml$/);
    expect(drawings).toEqual([]);
  });
});

describe('lostOnWrite: threaded comments leave their notes', () => {
  it('keeps the note Excel writes next to each thread', async () => {
    const { written } = await throughExceljs(await withFeatures((zip) => addThreadedComments(zip, NYCKLAR, ['A1'], 1)));
    const notes = await Promise.all((await matching(written, /^xl\/comments\d*\.xml$/)).map((n) => partText(written, n)));
    expect(notes.join('')).toContain('En rad per kund.');
  });
});

describe('lostOnWrite: several kinds at once, listed in a fixed order', () => {
  it('charts first, names and properties last', async () => {
    const bytes = await withFeatures(async (zip) => {
      await addCustomProperties(zip, { Ansvarig: 'Ekonomi' });
      await addVbaProject(zip);
      await addDefinedName(zip, 'Moms', '0.25');
      await addPivotTable(zip, OVRIGT, 1);
      await addCharts(zip, OVRIGT, 2);
      await addSparklines(zip, NYCKLAR, [1]);
    });
    expect((await openXlsx(bytes)).lostOnWrite()).toEqual([
      { kind: 'chart', count: 2 },
      { kind: 'pivotTable', count: 1 },
      { kind: 'sparkline', count: 1 },
      { kind: 'vbaProject', count: 1 },
      { kind: 'definedName', count: 1 },
      { kind: 'customProperty', count: 1 },
    ]);
  });
});

describe('defined names', () => {
  const kept: [string, string, string?][] = [
    ['Kundrader', 'Nycklar!$A$2:$A$4'],
    ['Union', 'Nycklar!$A$2,Nycklar!$C$2:$C$3'],
    ['Citerad', "'Övrigt'!$B$2"],
    ['_xlnm.Print_Area', 'Nycklar!$A$1:$D$4', ' localSheetId="0"'],
    ['_xlnm.Print_Titles', 'Nycklar!$1:$1', ' localSheetId="0"'],
  ];
  const dropped: [string, string, string?][] = [
    ['Moms', '0.25'],
    ['Dubbel', 'Nycklar!$C$2*2'],
    ['Helkolumn', 'Nycklar!$A:$A'],
    ['Relativ', 'Nycklar!A2'],
    ['Tabellref', 'Nycklar[Kund]'],
    ['Fel', 'Nycklar!#REF!'],
    ['Extern', '[1]Blad1!$A$1'],
    ['Tredimensionell', 'Nycklar:Övrigt!$A$1'],
    ['solver_typ', '1', ' localSheetId="0" hidden="1"'],
  ];
  // Excel's own placeholder for a newer function: dropped too, but nothing the user made.
  const placeholder: [string, string, string] = ['_xlfn.XLOOKUP', '#NAME?', ' hidden="1"'];

  let lost: LostFeature[];
  let workbookXml: string;
  beforeAll(async () => {
    const bytes = await withFeatures(async (zip) => {
      for (const [name, value, attributes] of [...kept, ...dropped, placeholder]) await addDefinedName(zip, name, value.replace(/'/g, '&apos;'), attributes);
    });
    const result = await throughExceljs(bytes);
    lost = result.lost;
    workbookXml = await partText(result.written, 'xl/workbook.xml');
  });

  it('reports the names that are no plain ranges, not Excel’s placeholders', () => {
    expect(lost).toEqual([{ kind: 'definedName', count: dropped.length }]);
  });

  it('writes back the plain ranges and the print settings', () => {
    const written = [...workbookXml.matchAll(/<definedName name="([^"]*)"/g)].map((m) => m[1]);
    expect(written.sort()).toEqual(kept.map(([name]) => name).sort());
  });

  it('tells plain ranges from everything else', () => {
    for (const [, value] of kept.slice(0, 3)) expect(isPlainRangeList(value)).toBe(true);
    for (const [, value] of dropped) expect(isPlainRangeList(value)).toBe(false);
    expect(isPlainRangeList("'Blad, ett'!$A$1,'Blad, ett'!$B$2:$C$3")).toBe(true);
    expect(isPlainRangeList('')).toBe(false);
  });
});

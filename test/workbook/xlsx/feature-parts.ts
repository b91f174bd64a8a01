/**
 * Adds what openpyxl cannot write (charts as Excel draws them, pivot tables, slicers, timelines,
 * sparklines, shapes, threaded comments, a VBA project, links to other workbooks, data
 * connections, custom properties) to a fixture, as Excel writes them: the part, its relationship
 * and its content type, and the element that points at it. Each adder makes exactly the number
 * of objects its caller asks for, so the tests know the counts independently of the code under
 * test.
 */
import JSZip from 'jszip';

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const X15 = 'http://schemas.microsoft.com/office/spreadsheetml/2010/11/main';
const XM = 'http://schemas.microsoft.com/office/excel/2006/main';
const XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

export const CONTENT_TYPES = {
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  chartEx: 'application/vnd.ms-office.chartex+xml',
  customProperties: 'application/vnd.openxmlformats-officedocument.custom-properties+xml',
  pivotTable: 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml',
  pivotCacheDefinition: 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml',
  pivotCacheRecords: 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml',
  slicer: 'application/vnd.ms-excel.slicer+xml',
  slicerCache: 'application/vnd.ms-excel.slicerCache+xml',
  timeline: 'application/vnd.ms-excel.timeline+xml',
  timelineCache: 'application/vnd.ms-excel.timelineCache+xml',
  threadedComments: 'application/vnd.ms-excel.threadedcomments+xml',
  person: 'application/vnd.ms-excel.person+xml',
  vbaProject: 'application/vnd.ms-office.vbaProject',
  macroWorkbook: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  externalLink: 'application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml',
  connections: 'application/vnd.openxmlformats-officedocument.spreadsheetml.connections+xml',
  queryTable: 'application/vnd.openxmlformats-officedocument.spreadsheetml.queryTable+xml',
} as const;

const REL = {
  drawing: `${R}/drawing`,
  chart: `${R}/chart`,
  chartEx: 'http://schemas.microsoft.com/office/2014/relationships/chartEx',
  customProperties: `${R}/custom-properties`,
  pivotTable: `${R}/pivotTable`,
  pivotCacheDefinition: `${R}/pivotCacheDefinition`,
  pivotCacheRecords: `${R}/pivotCacheRecords`,
  slicer: 'http://schemas.microsoft.com/office/2007/relationships/slicer',
  slicerCache: 'http://schemas.microsoft.com/office/2007/relationships/slicerCache',
  timeline: 'http://schemas.microsoft.com/office/2011/relationships/timeline',
  timelineCache: 'http://schemas.microsoft.com/office/2011/relationships/timelineCache',
  threadedComment: 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment',
  person: 'http://schemas.microsoft.com/office/2017/10/relationships/person',
  vbaProject: 'http://schemas.microsoft.com/office/2006/relationships/vbaProject',
  externalLink: `${R}/externalLink`,
  externalLinkPath: `${R}/externalLinkPath`,
  connections: `${R}/connections`,
  queryTable: `${R}/queryTable`,
};

async function text(zip: JSZip, part: string): Promise<string> {
  const file = zip.file(part);
  if (!file) throw new Error(`no part ${part}`);
  return file.async('string');
}

function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Adds a part with its content type Override. */
export async function addPart(zip: JSZip, part: string, content: string | Uint8Array, contentType: string): Promise<void> {
  zip.file(part, content);
  const types = await text(zip, '[Content_Types].xml');
  zip.file('[Content_Types].xml', types.replace('</Types>', `<Override PartName="/${part}" ContentType="${contentType}"/></Types>`));
}

/** Adds a relationship from source (relative target) and returns its id. */
export async function addRelationship(zip: JSZip, source: string, type: string, target: string, external = false): Promise<string> {
  const rels = relsPartOf(source);
  const xml = zip.file(rels)
    ? await text(zip, rels)
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const taken = new Set([...xml.matchAll(/Id="([^"]*)"/g)].map((m) => m[1]));
  let n = 1;
  while (taken.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const mode = external ? ' TargetMode="External"' : '';
  zip.file(rels, xml.replace('</Relationships>', `<Relationship Id="${id}" Type="${type}" Target="${target}"${mode}/></Relationships>`));
  return id;
}

/** Replaces the first match of pattern in a part; throws when there is none. */
async function edit(zip: JSZip, part: string, pattern: RegExp | string, replacement: string | ((match: string) => string)): Promise<void> {
  const xml = await text(zip, part);
  const edited = typeof replacement === 'string' ? xml.replace(pattern, () => replacement) : xml.replace(pattern, replacement);
  if (edited === xml) throw new Error(`${String(pattern)} not found in ${part}`);
  zip.file(part, edited);
}

/** Puts an element into the root's extLst (made if absent), just before the root's end tag. */
async function addExt(zip: JSZip, part: string, root: string, ext: string): Promise<void> {
  const xml = await text(zip, part);
  const edited = xml.includes('</extLst>')
    ? xml.replace(/<\/extLst>(?![\s\S]*<\/extLst>)/, `${ext}</extLst>`)
    : xml.replace(`</${root}>`, `<extLst>${ext}</extLst></${root}>`);
  zip.file(part, edited);
}

/** Adds a workbook-level defined name (creating `<definedNames>` where Excel puts it). */
export async function addDefinedName(zip: JSZip, name: string, value: string, attributes = ''): Promise<void> {
  const element = `<definedName name="${name}"${attributes}>${value}</definedName>`;
  const xml = await text(zip, 'xl/workbook.xml');
  const edited = xml.includes('</definedNames>')
    ? xml.replace('</definedNames>', `${element}</definedNames>`)
    : xml.replace('</sheets>', `</sheets><definedNames>${element}</definedNames>`);
  zip.file('xl/workbook.xml', edited);
}

/** Adds an element to xl/workbook.xml right after `<calcPr …/>`, where pivotCaches and externalReferences go. */
async function afterCalcPr(zip: JSZip, element: string): Promise<void> {
  await edit(zip, 'xl/workbook.xml', /<calcPr\b[^>]*\/>/, (m: string) => `${m}${element}`);
}

/**
 * Pivot table number `n` (1, 2, … once each; also its cache id) on `sheet` over Nycklar!A1:B4,
 * with its cache and records.
 */
export async function addPivotTable(zip: JSZip, sheet: string, n: number): Promise<void> {
  const definition = `xl/pivotCache/pivotCacheDefinition${n}.xml`;
  const records = `xl/pivotCache/pivotCacheRecords${n}.xml`;
  const table = `xl/pivotTables/pivotTable${n}.xml`;
  await addPart(
    zip,
    definition,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${R}" r:id="rId1" refreshedBy="Ekonomi" refreshedDate="45322.5" createdVersion="8" refreshedVersion="8" minRefreshableVersion="3" recordCount="3"><cacheSource type="worksheet"><worksheetSource ref="A1:B4" sheet="Nycklar"/></cacheSource><cacheFields count="2"><cacheField name="Kund" numFmtId="0"><sharedItems/></cacheField><cacheField name="Kundtyp" numFmtId="0"><sharedItems count="3"><s v="Stadsdelsförvaltning"/><s v="Fackförvaltning"/><s v="Bolag"/></sharedItems></cacheField></cacheFields></pivotCacheDefinition>`,
    CONTENT_TYPES.pivotCacheDefinition,
  );
  await addPart(
    zip,
    records,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords xmlns="${MAIN}" xmlns:r="${R}" count="3"><r><s v="Stadsdel Norr"/><x v="0"/></r><r><s v="Skolförvaltningen"/><x v="1"/></r><r><s v="Bostadsbolaget"/><x v="2"/></r></pivotCacheRecords>`,
    CONTENT_TYPES.pivotCacheRecords,
  );
  await addRelationship(zip, definition, REL.pivotCacheRecords, `pivotCacheRecords${n}.xml`);
  await addPart(
    zip,
    table,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotTableDefinition xmlns="${MAIN}" name="Pivottabell${n}" cacheId="${n}" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Värden" updatedVersion="8" minRefreshableVersion="3" createdVersion="8" indent="0" outline="1" outlineData="1" multipleFieldFilters="0"><location ref="H${n * 10}:I${n * 10 + 4}" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField dataField="1" showAll="0"/><pivotField axis="axisRow" showAll="0"><items count="4"><item x="0"/><item x="1"/><item x="2"/><item t="default"/></items></pivotField></pivotFields><rowFields count="1"><field x="1"/></rowFields><rowItems count="4"><i><x/></i><i><x v="1"/></i><i><x v="2"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Antal av Kund" fld="0" subtotal="count" baseField="0" baseItem="0"/></dataFields><pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/></pivotTableDefinition>`,
    CONTENT_TYPES.pivotTable,
  );
  await addRelationship(zip, table, REL.pivotCacheDefinition, `../pivotCache/pivotCacheDefinition${n}.xml`);
  await addRelationship(zip, sheet, REL.pivotTable, `../pivotTables/pivotTable${n}.xml`);
  const id = await addRelationship(zip, 'xl/workbook.xml', REL.pivotCacheDefinition, `pivotCache/pivotCacheDefinition${n}.xml`);
  const xml = await text(zip, 'xl/workbook.xml');
  if (xml.includes('</pivotCaches>')) {
    await edit(zip, 'xl/workbook.xml', '</pivotCaches>', `<pivotCache cacheId="${n}" r:id="${id}"/></pivotCaches>`);
  } else {
    await afterCalcPr(zip, `<pivotCaches><pivotCache cacheId="${n}" r:id="${id}"/></pivotCaches>`);
  }
}

/**
 * Table slicers (Excel 2013 and later) on Nycklar's columns, all in one slicer part on `sheet`
 * with one cache each, and the `#N/A` defined name Excel writes for every slicer cache.
 */
export async function addTableSlicers(zip: JSZip, sheet: string, columns: string[]): Promise<void> {
  const caches: string[] = [];
  for (const [i, column] of columns.entries()) {
    const cache = `Utsnitt_${column}`;
    const part = `xl/slicerCaches/slicerCache${i + 1}.xml`;
    await addPart(
      zip,
      part,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<slicerCacheDefinition xmlns="${X14}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x" xmlns:x="${MAIN}" xmlns:x15="${X15}" name="${cache}" sourceName="${column}"><extLst><x:ext uri="{2F2917AC-EB37-4324-AD4E-5DD8C200BD13}" xmlns:x15="${X15}"><x15:tableSlicerCache tableId="1" column="${i + 1}"/></x:ext></extLst></slicerCacheDefinition>`,
      CONTENT_TYPES.slicerCache,
    );
    const id = await addRelationship(zip, 'xl/workbook.xml', REL.slicerCache, `slicerCaches/slicerCache${i + 1}.xml`);
    caches.push(`<x14:slicerCache r:id="${id}"/>`);
    await addDefinedName(zip, cache, '#N/A');
  }
  await addExt(
    zip,
    'xl/workbook.xml',
    'workbook',
    `<ext uri="{46BE6895-7355-4a93-B00E-2C351335B9C9}" xmlns:x15="${X15}"><x15:slicerCaches xmlns:x14="${X14}">${caches.join('')}</x15:slicerCaches></ext>`,
  );
  const slicers = columns
    .map((column) => `<slicer name="${column}" cache="Utsnitt_${column}" caption="${column}" rowHeight="241300"/>`)
    .join('');
  await addPart(
    zip,
    'xl/slicers/slicer1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<slicers xmlns="${X14}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x xr10" xmlns:x="${MAIN}">${slicers}</slicers>`,
    CONTENT_TYPES.slicer,
  );
  // Each slicer is also drawn, as Excel does it: the anchor with a graphic frame for versions that
  // know slicers, and one with a shape saying so as the fallback for older ones.
  const shape = (i: number) =>
    `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="0" name=""/><xdr:cNvSpPr><a:spLocks noTextEdit="1"/></xdr:cNvSpPr></xdr:nvSpPr><xdr:spPr><a:xfrm><a:off x="${i}" y="0"/><a:ext cx="1828800" cy="2524125"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="sv-SE" sz="1100"/><a:t>Den här formen representerar ett tabellutsnitt.</a:t></a:r></a:p></xdr:txBody></xdr:sp>`;
  await addDrawing(zip, sheet, async () =>
    columns
      .map(
        (column, i) =>
          `<mc:AlternateContent xmlns:mc="${MC}"><mc:Choice xmlns:sle15="http://schemas.microsoft.com/office/drawing/2012/slicer" Requires="sle15">${anchor(
            1 + 6 * i,
            `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${column}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/drawing/2010/slicer"><sle:slicer xmlns:sle="http://schemas.microsoft.com/office/drawing/2010/slicer" name="${column}"/></a:graphicData></a:graphic></xdr:graphicFrame>`,
          )}</mc:Choice><mc:Fallback xmlns="">${anchor(1 + 6 * i, shape(i))}</mc:Fallback></mc:AlternateContent>`,
      )
      .join(''),
  );
  const id = await addRelationship(zip, sheet, REL.slicer, '../slicers/slicer1.xml');
  await addExt(
    zip,
    sheet,
    'worksheet',
    `<ext uri="{3A4CF648-6AED-40f4-86FF-DC5316D8AED3}" xmlns:x14="${X14}"><x14:slicerList xmlns:r="${R}"><x14:slicer r:id="${id}"/></x14:slicerList></ext>`,
  );
}

/** One timeline over the pivot cache `cacheId` on `sheet`, with its cache and `#N/A` name. */
export async function addTimeline(zip: JSZip, sheet: string, cacheId: number): Promise<void> {
  await addPart(
    zip,
    'xl/timelineCaches/timelineCache1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<timelineCacheDefinition xmlns="${X15}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x" xmlns:x="${MAIN}" name="NativeTidslinje_Datum" sourceName="Datum"><pivotTables><pivotTable tabId="1" name="Pivottabell${cacheId}"/></pivotTables><state minimalRefreshVersion="6" lastRefreshVersion="6" pivotCacheId="${cacheId}" filterType="unknown"><bounds startDate="2024-01-01T00:00:00" endDate="2025-01-01T00:00:00"/></state></timelineCacheDefinition>`,
    CONTENT_TYPES.timelineCache,
  );
  const cacheRel = await addRelationship(zip, 'xl/workbook.xml', REL.timelineCache, 'timelineCaches/timelineCache1.xml');
  await addDefinedName(zip, 'NativeTidslinje_Datum', '#N/A');
  await addExt(
    zip,
    'xl/workbook.xml',
    'workbook',
    `<ext uri="{D0CA8CA8-9F24-4464-BF8E-62219DCF47F9}" xmlns:x15="${X15}"><x15:timelineCacheRefs><x15:timelineCacheRef r:id="${cacheRel}"/></x15:timelineCacheRefs></ext>`,
  );
  await addPart(
    zip,
    'xl/timelines/timeline1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<timelines xmlns="${X15}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x" xmlns:x="${MAIN}"><timeline name="Datum" cache="NativeTidslinje_Datum" caption="Datum" level="2" selectionLevel="2" scrollPosition="2024-01-01T00:00:00"/></timelines>`,
    CONTENT_TYPES.timeline,
  );
  const id = await addRelationship(zip, sheet, REL.timeline, '../timelines/timeline1.xml');
  await addExt(
    zip,
    sheet,
    'worksheet',
    `<ext uri="{7E03D99C-DC04-49d9-9315-930204A7B6E9}" xmlns:x15="${X15}"><x15:timelineRefs><x15:timelineRef r:id="${id}"/></x15:timelineRefs></ext>`,
  );
}

/**
 * Sparklines on `sheet`: one group per entry of `groups`, each with that many sparklines (one
 * cell each, in column H from row 2 on).
 */
export async function addSparklines(zip: JSZip, sheet: string, groups: number[]): Promise<void> {
  let row = 2;
  const xml = groups
    .map((count) => {
      const lines = Array.from({ length: count }, () => {
        const line = `<x14:sparkline><xm:f>Nycklar!C${row}:D${row}</xm:f><xm:sqref>H${row}</xm:sqref></x14:sparkline>`;
        row++;
        return line;
      });
      return `<x14:sparklineGroup displayEmptyCellsAs="gap" xr2:uid="{00000000-0003-0000-0000-00000000000${row}}"><x14:colorSeries rgb="FF376092"/><x14:colorNegative rgb="FFD00000"/><x14:colorAxis rgb="FF000000"/><x14:colorMarkers rgb="FFD00000"/><x14:colorFirst rgb="FFD00000"/><x14:colorLast rgb="FFD00000"/><x14:colorHigh rgb="FFD00000"/><x14:colorLow rgb="FFD00000"/><x14:sparklines>${lines.join('')}</x14:sparklines></x14:sparklineGroup>`;
    })
    .join('');
  await addExt(
    zip,
    sheet,
    'worksheet',
    `<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${X14}"><x14:sparklineGroups xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:xm="${XM}">${xml}</x14:sparklineGroups></ext>`,
  );
}

/**
 * Threaded comments on `sheet` at the given cells, each a thread of one comment plus `replies`
 * replies, and the persons part. Excel also writes each thread as a legacy note; the fixture's
 * existing notes stand in for that.
 */
export async function addThreadedComments(zip: JSZip, sheet: string, cells: string[], replies: number): Promise<void> {
  const person = '{A8F6E3D2-1B4C-4E5F-9A7B-0C1D2E3F4A5B}';
  let n = 0;
  const id = () => `{${String(++n).padStart(8, '0')}-0000-4000-8000-000000000000}`;
  const threads = cells
    .map((cell) => {
      const first = id();
      const comments = [
        `<threadedComment ref="${cell}" dT="2024-01-31T09:00:00.00" personId="${person}" id="${first}"><text>Stämmer siffran?</text></threadedComment>`,
      ];
      for (let i = 0; i < replies; i++) {
        comments.push(
          `<threadedComment ref="${cell}" dT="2024-01-31T10:00:00.00" personId="${person}" id="${id()}" parentId="${first}"><text>Ja, enligt bokslutet.</text></threadedComment>`,
        );
      }
      return comments.join('');
    })
    .join('');
  await addPart(
    zip,
    'xl/threadedComments/threadedComment1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${MAIN}">${threads}</ThreadedComments>`,
    CONTENT_TYPES.threadedComments,
  );
  await addRelationship(zip, sheet, REL.threadedComment, '../threadedComments/threadedComment1.xml');
  await addPart(
    zip,
    'xl/persons/person.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${MAIN}"><person displayName="Ekonomi" id="${person}" userId="ekonomi@example.se" providerId="AD"/></personList>`,
    CONTENT_TYPES.person,
  );
  await addRelationship(zip, 'xl/workbook.xml', REL.person, 'persons/person.xml');
}

/** A VBA project, with the workbook's content type made macro-enabled as in an .xlsm. */
export async function addVbaProject(zip: JSZip): Promise<void> {
  // The bytes of a real vbaProject.bin are an OLE compound file; the signature is enough here,
  // since no reader in this project looks inside it.
  const bytes = new Uint8Array(512);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  await addPart(zip, 'xl/vbaProject.bin', bytes, CONTENT_TYPES.vbaProject);
  await addRelationship(zip, 'xl/workbook.xml', REL.vbaProject, 'vbaProject.bin');
  await edit(
    zip,
    '[Content_Types].xml',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
    CONTENT_TYPES.macroWorkbook,
  );
}

/** Links to other workbooks: one externalLink part per file name, with the workbook's references. */
export async function addExternalLinks(zip: JSZip, files: string[]): Promise<void> {
  const references: string[] = [];
  for (const [i, file] of files.entries()) {
    const part = `xl/externalLinks/externalLink${i + 1}.xml`;
    await addPart(
      zip,
      part,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<externalLink xmlns="${MAIN}" xmlns:r="${R}"><externalBook r:id="rId1"><sheetNames><sheetName val="Blad1"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>42</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`,
      CONTENT_TYPES.externalLink,
    );
    await addRelationship(zip, part, REL.externalLinkPath, file, true);
    const id = await addRelationship(zip, 'xl/workbook.xml', REL.externalLink, `externalLinks/externalLink${i + 1}.xml`);
    references.push(`<externalReference r:id="${id}"/>`);
  }
  await afterCalcPr(zip, `<externalReferences>${references.join('')}</externalReferences>`);
}

/** Data connections (Power Query writes one per query), with a query table for the first on the table of `sheet`. */
export async function addConnections(zip: JSZip, sheet: string, names: string[]): Promise<void> {
  const connections = names
    .map(
      (name, i) =>
        `<connection id="${i + 1}" keepAlive="1" name="Fråga - ${name}" description="Anslutning till frågan ${name} i arbetsboken." type="5" refreshedVersion="8" background="1" saveData="1"><dbPr connection="Provider=Microsoft.Mashup.OleDb.1;Data Source=$Workbook$;Location=${name};Extended Properties=&quot;&quot;" command="SELECT * FROM [${name}]"/></connection>`,
    )
    .join('');
  await addPart(
    zip,
    'xl/connections.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<connections xmlns="${MAIN}">${connections}</connections>`,
    CONTENT_TYPES.connections,
  );
  await addRelationship(zip, 'xl/workbook.xml', REL.connections, 'connections.xml');
  await addPart(
    zip,
    'xl/queryTables/queryTable1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<queryTable xmlns="${MAIN}" name="ExternalData_1" connectionId="1" autoFormatId="16" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="0"><queryTableRefresh nextId="3"><queryTableFields count="2"><queryTableField id="1" name="Kund" tableColumnId="1"/><queryTableField id="2" name="Kundtyp" tableColumnId="2"/></queryTableFields></queryTableRefresh></queryTable>`,
    CONTENT_TYPES.queryTable,
  );
  const tableRel = /Target="\.\.\/tables\/(table\d+\.xml)"/.exec(await text(zip, relsPartOf(sheet)));
  if (!tableRel) throw new Error(`${sheet} has no table for the query table`);
  await addRelationship(zip, `xl/tables/${tableRel[1]}`, REL.queryTable, '../queryTables/queryTable1.xml');
}

/** A free part name such as xl/drawings/drawing3.xml. */
function freePart(zip: JSZip, pattern: (n: number) => string): string {
  let n = 1;
  while (zip.file(pattern(n))) n++;
  return pattern(n);
}

/**
 * A new drawing on `sheet` (which has none yet) holding the anchors `anchors` returns; it is
 * given the drawing's part name, so that it can add the drawing's own relationships first.
 */
export async function addDrawing(zip: JSZip, sheet: string, anchors: (drawing: string) => Promise<string>): Promise<string> {
  const drawing = freePart(zip, (n) => `xl/drawings/drawing${n}.xml`);
  const body = await anchors(drawing);
  await addPart(
    zip,
    drawing,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}">${body}</xdr:wsDr>`,
    CONTENT_TYPES.drawing,
  );
  const id = await addRelationship(zip, sheet, REL.drawing, `../drawings/${drawing.slice('xl/drawings/'.length)}`);
  const xml = await text(zip, sheet);
  if (/<drawing\b/.test(xml)) throw new Error(`${sheet} has a drawing already`);
  // Where Excel puts it: before legacyDrawing, tableParts and extLst, after the rest.
  const before = /<(?:legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/.exec(xml)!;
  zip.file(sheet, `${xml.slice(0, before.index)}<drawing r:id="${id}"/>${xml.slice(before.index)}`);
  return drawing;
}

function anchor(row: number, content: string): string {
  return `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row + 4}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${content}<xdr:clientData/></xdr:twoCellAnchor>`;
}

/** `count` charts on `sheet`, each with a chart part of its own, in one new drawing. */
export async function addCharts(zip: JSZip, sheet: string, count: number): Promise<void> {
  await addDrawing(zip, sheet, async (drawing) => {
    const anchors: string[] = [];
    for (let i = 0; i < count; i++) {
      const chart = freePart(zip, (n) => `xl/charts/chart${n}.xml`);
      await addPart(
        zip,
        chart,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>Nycklar!$C$2:$C$4</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`,
        CONTENT_TYPES.chart,
      );
      const id = await addRelationship(zip, drawing, REL.chart, `../charts/${chart.slice('xl/charts/'.length)}`);
      anchors.push(
        anchor(
          1 + 6 * i,
          `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Diagram ${i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${R}" r:id="${id}"/></a:graphicData></a:graphic></xdr:graphicFrame>`,
        ),
      );
    }
    return anchors.join('');
  });
}

/**
 * A waterfall chart (Excel 2016's chartEx), drawn as Excel draws it: the chart for versions that
 * know it, a shape saying it is not available as the fallback for older ones.
 */
export async function addWaterfallChart(zip: JSZip, sheet: string): Promise<void> {
  await addDrawing(zip, sheet, async (drawing) => {
    const chart = freePart(zip, (n) => `xl/charts/chartEx${n}.xml`);
    await addPart(
      zip,
      chart,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cx:chartSpace xmlns:a="${A}" xmlns:r="${R}" xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex"><cx:chartData><cx:data id="0"><cx:strDim type="cat"><cx:f>Kostnader!$A$2:$A$3</cx:f></cx:strDim><cx:numDim type="val"><cx:f>Kostnader!$C$2:$C$3</cx:f></cx:numDim></cx:data></cx:chartData><cx:chart><cx:plotArea><cx:plotAreaRegion><cx:series layoutId="waterfall" uniqueId="{00000000-0001-0000-0000-000000000000}"><cx:dataId val="0"/></cx:series></cx:plotAreaRegion></cx:plotArea></cx:chart></cx:chartSpace>`,
      CONTENT_TYPES.chartEx,
    );
    const id = await addRelationship(zip, drawing, REL.chartEx, `../charts/${chart.slice('xl/charts/'.length)}`);
    const frame = `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Diagram 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/drawing/2014/chartex"><cx:chart xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" r:id="${id}" xmlns:r="${R}"/></a:graphicData></a:graphic></xdr:graphicFrame>`;
    const fallback = `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="0" name=""/><xdr:cNvSpPr><a:spLocks noTextEdit="1"/></xdr:cNvSpPr></xdr:nvSpPr><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="4572000" cy="2743200"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="sv-SE" sz="1100"/><a:t>Diagrammet är inte tillgängligt i din version av Excel.</a:t></a:r></a:p></xdr:txBody></xdr:sp>`;
    return `<mc:AlternateContent xmlns:mc="${MC}"><mc:Choice xmlns:cx1="http://schemas.microsoft.com/office/drawing/2015/9/8/chartex" Requires="cx1">${anchor(1, frame)}</mc:Choice><mc:Fallback>${anchor(1, fallback)}</mc:Fallback></mc:AlternateContent>`;
  });
}

/** A text box, an arrow and a group of two rectangles, as Excel writes them: 3 shapes. */
export function shapeAnchors(): string {
  const rect = (id: number, name: string, text: string, extra = '') =>
    `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="${id}" name="${name}"/><xdr:cNvSpPr${extra}/></xdr:nvSpPr><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1800000" cy="600000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="sv-SE"/><a:t>${text}</a:t></a:r></a:p></xdr:txBody></xdr:sp>`;
  return [
    anchor(1, rect(2, 'Textruta 1', 'Fyll i de gula cellerna.', ' txBox="1"')),
    anchor(
      7,
      `<xdr:cxnSp macro=""><xdr:nvCxnSpPr><xdr:cNvPr id="3" name="Rak pilkoppling 2"/><xdr:cNvCxnSpPr/></xdr:nvCxnSpPr><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="900000" cy="0"/></a:xfrm><a:prstGeom prst="straightConnector1"><a:avLst/></a:prstGeom><a:ln><a:tailEnd type="triangle"/></a:ln></xdr:spPr></xdr:cxnSp>`,
    ),
    anchor(
      13,
      `<xdr:grpSp><xdr:nvGrpSpPr><xdr:cNvPr id="4" name="Grupp 3"/><xdr:cNvGrpSpPr/></xdr:nvGrpSpPr><xdr:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1800000" cy="1200000"/><a:chOff x="0" y="0"/><a:chExt cx="1800000" cy="1200000"/></a:xfrm></xdr:grpSpPr>${rect(5, 'Rektangel 4', 'Steg 1')}${rect(6, 'Rektangel 5', 'Steg 2')}</xdr:grpSp>`,
    ),
  ].join('');
}

/** Custom document properties (File > Properties > Custom), one per entry. */
export async function addCustomProperties(zip: JSZip, properties: Record<string, string>): Promise<void> {
  const items = Object.entries(properties)
    .map(([name, value], i) => `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${name}"><vt:lpwstr>${value}</vt:lpwstr></property>`)
    .join('');
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${items}</Properties>`;
  if (zip.file('docProps/custom.xml')) {
    zip.file('docProps/custom.xml', xml);
    return;
  }
  await addPart(zip, 'docProps/custom.xml', xml, CONTENT_TYPES.customProperties);
  await addRelationship(zip, '', REL.customProperties, 'docProps/custom.xml');
}

export async function loadZip(bytes: Uint8Array): Promise<JSZip> {
  return JSZip.loadAsync(bytes);
}

export async function zipBytes(zip: JSZip): Promise<Uint8Array> {
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

import type JSZip from 'jszip';
import type { DroppedName } from './defined-names';
import { relsPartOf, resolveTarget } from './package-paths';
import { parseRelationships, relationshipKind, type Relationship } from './relationships';
import { attributesOf } from './xml-text';

/**
 * What a workbook has that exceljs 4.4 does not write back, so that a copy of it written by this
 * adapter lacks it. exceljs reads worksheets, their tables, notes, images, styles and names of
 * ranges; every other part of the package is left behind when it writes.
 */
export type LostFeatureKind =
  | 'chart'
  | 'chartsheet'
  | 'pivotTable'
  | 'slicer'
  | 'timeline'
  | 'sparkline'
  | 'shape'
  | 'threadedComment'
  | 'vbaProject'
  | 'externalLink'
  | 'connection'
  | 'definedName'
  | 'customProperty';

/** One kind of lost content and how many of it the workbook has (always at least 1). */
export interface LostFeature {
  kind: LostFeatureKind;
  count: number;
}

/** The kinds in the order they are listed to the user: what is seen first, then what works unseen. */
export const LOST_FEATURE_KINDS: readonly LostFeatureKind[] = [
  'chart',
  'chartsheet',
  'pivotTable',
  'slicer',
  'timeline',
  'sparkline',
  'shape',
  'threadedComment',
  'vbaProject',
  'externalLink',
  'connection',
  'definedName',
  'customProperty',
];

/** Element counts in a part's XML, whatever prefix the writer chose. */
function countElements(xml: string, local: string): number {
  return [...xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${local}(?=[\\s/>])`, 'g'))].length;
}

/** Where findLostFeatures finds what it does not look up itself. */
export interface LostFeatureOptions {
  /** The workbook part, when the package is not normalized (default `xl/workbook.xml`). */
  workbookPart?: string;
  /** Sparklines per worksheet part, counted while the part was inflated (see guardPackage). */
  sparklines?: ReadonlyMap<string, number>;
}

/**
 * Finds, in a package as normalizePackage leaves it (workbook at xl/workbook.xml, targets
 * relative), what exceljs will not write back. Reads only; call it before the drawing parts are
 * patched. `droppedNames` are the defined names dropNamesExceljsLoses took out; the names
 * Excel keeps for slicer and timeline caches (`#N/A`) go with those and are not counted twice,
 * and Excel's hidden `_xlfn.` names for newer functions are its own bookkeeping.
 */
export async function findLostFeatures(
  zip: JSZip,
  droppedNames: readonly DroppedName[] = [],
  options: LostFeatureOptions = {},
): Promise<LostFeature[]> {
  const files = new Map<string, JSZip.JSZipObject>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) files.set(entry.name.replace(/^\/+/, ''), entry);
  const read = async (part: string): Promise<string> => (await files.get(part)?.async('string')) ?? '';
  const relationshipsOf = async (part: string): Promise<{ rel: Relationship; part: string }[]> =>
    parseRelationships(await read(relsPartOf(part)))
      .filter((rel) => !rel.external)
      .map((rel) => ({ rel, part: resolveTarget(part, rel.target) }));
  const ofKind = async (part: string, ...kinds: string[]) =>
    (await relationshipsOf(part)).filter(({ rel }) => kinds.includes(relationshipKind(rel)));

  const counts = new Map<LostFeatureKind, number>();
  const add = (kind: LostFeatureKind, n: number) => counts.set(kind, (counts.get(kind) ?? 0) + n);

  const workbook = options.workbookPart ?? 'xl/workbook.xml';
  const workbookRels = parseRelationships(await read(relsPartOf(workbook)));
  const count = (kind: string) => workbookRels.filter((rel) => relationshipKind(rel) === kind).length;
  add('chartsheet', count('chartsheet'));
  add('vbaProject', count('vbaProject') > 0 ? 1 : 0);
  add('externalLink', count('externalLink'));
  for (const { part } of await ofKind(workbook, 'connections')) add('connection', countElements(await read(part), 'connection'));

  const charts = new Set<string>();
  for (const { part: sheet } of await ofKind(workbook, 'worksheet')) {
    for (const { rel, part } of await relationshipsOf(sheet)) {
      switch (relationshipKind(rel)) {
        case 'drawing':
          for (const chart of await ofKind(part, 'chart', 'chartEx')) charts.add(chart.part);
          add('shape', countShapes(await read(part)));
          break;
        case 'pivotTable':
          add('pivotTable', 1);
          break;
        case 'slicer':
          add('slicer', countElements(await read(part), 'slicer'));
          break;
        case 'timeline':
          add('timeline', countElements(await read(part), 'timeline'));
          break;
        case 'threadedComment':
          add('threadedComment', countThreads(await read(part)));
          break;
      }
    }
    add('sparkline', options.sparklines ? (options.sparklines.get(sheet) ?? 0) : countElements(await read(sheet), 'sparkline'));
  }
  add('chart', charts.size);

  const cacheNames = new Set<string>();
  for (const { part } of await ofKind(workbook, 'slicerCache', 'timelineCache')) {
    const root = /<(?:[\w.-]+:)?(?:slicerCacheDefinition|timelineCacheDefinition)\b[^>]*>/.exec(await read(part));
    const name = root ? attributesOf(root[0]).get('name') : undefined;
    if (name !== undefined) cacheNames.add(name.toLowerCase());
  }
  add(
    'definedName',
    droppedNames.filter(({ name }) => !cacheNames.has(name.toLowerCase()) && !name.toLowerCase().startsWith('_xlfn.')).length,
  );

  for (const { part } of await ofKind('', 'custom-properties')) add('customProperty', countElements(await read(part), 'property'));

  return LOST_FEATURE_KINDS.filter((kind) => (counts.get(kind) ?? 0) > 0).map((kind) => ({ kind, count: counts.get(kind)! }));
}

/**
 * Shapes, text boxes, connectors and groups in a drawing: anchors holding neither a picture
 * (exceljs keeps those) nor a graphic frame (a chart or slicer, counted as such). The fallback
 * Excel writes for older versions (`mc:Fallback`, e.g. "This shape represents a table slicer")
 * is not a shape of its own.
 */
function countShapes(xml: string): number {
  const withoutFallbacks = xml.replace(/<mc:Fallback\b[\s\S]*?<\/mc:Fallback>|<mc:Fallback\b[^>]*\/>/g, '');
  let shapes = 0;
  for (const anchor of withoutFallbacks.matchAll(
    /<((?:[\w.-]+:)?(?:twoCellAnchor|oneCellAnchor|absoluteAnchor))\b[\s\S]*?<\/\1>/g,
  )) {
    const body = anchor[0];
    if (countElements(body, 'pic') > 0 || countElements(body, 'graphicFrame') > 0) continue;
    if (countElements(body, 'sp') + countElements(body, 'grpSp') + countElements(body, 'cxnSp') > 0) shapes++;
  }
  return shapes;
}

/** Threads: threaded comments that are not replies to another. */
function countThreads(xml: string): number {
  return [...xml.matchAll(/<(?:[\w.-]+:)?threadedComment(?=[\s/>])[^>]*>/g)].filter(
    (tag) => !attributesOf(tag[0]).has('parentId'),
  ).length;
}

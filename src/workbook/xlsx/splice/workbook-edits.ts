import { attributesOf, encodeXmlAttribute, withAttribute } from '../xml-text';

/**
 * Edits of the workbook's sheet list, its relationships and the content types, made on the text:
 * every other byte of these parts stays as it was.
 */

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface NewSheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  veryHidden?: boolean;
}

export interface NewRelationship {
  id: string;
  type: string;
  target: string;
}

/**
 * workbook.xml with `sheets` appended to its sheet list (after the existing sheets, so that the
 * `localSheetId` of defined names still points at the same sheets) and the existing ownership
 * sheet's `<sheet>` (`ownershipTag`) made very hidden again.
 */
export function withSheets(xml: string, sheets: readonly NewSheetEntry[], ownershipTag?: string): string {
  let result = xml;
  if (ownershipTag !== undefined) result = result.replace(ownershipTag, () => withAttribute(ownershipTag, 'state', 'veryHidden'));
  if (sheets.length === 0) return result;
  const list = /<([\w.-]+:)?sheets\b[^>]*?(\/?)>/.exec(result);
  if (!list) throw new Error('workbook.xml har ingen bladlista.');
  const prefix = list[1] ?? '';
  const relPrefix = relationshipPrefix(result);
  const namespace = relPrefix === null ? ` xmlns:r="${R}"` : '';
  const elements = sheets
    .map(
      (s) =>
        `<${prefix}sheet name="${encodeXmlAttribute(s.name).replace(/>/g, '&gt;')}" sheetId="${s.sheetId}"${s.veryHidden ? ' state="veryHidden"' : ''}${namespace} ${relPrefix ?? 'r'}:id="${s.relId}"/>`,
    )
    .join('');
  if (list[2] === '/') return result.replace(list[0], () => `${list[0].slice(0, -2)}>${elements}</${prefix}sheets>`);
  return result.replace(new RegExp(`</${prefix}sheets>`), () => `${elements}</${prefix}sheets>`);
}

/** The prefix workbook.xml's root binds to the relationships namespace, or null. */
function relationshipPrefix(xml: string): string | null {
  const root = /<(?:[\w.-]+:)?workbook\b[^>]*>/.exec(xml)?.[0] ?? '';
  for (const [name, value] of attributesOf(root)) {
    if (value === R && name.startsWith('xmlns:')) return name.slice('xmlns:'.length);
  }
  return null;
}

const RELATIONSHIP = /<(?:[\w.-]+:)?Relationship\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?Relationship>)/g;

/** The workbook's relationships with targets changed by id, those of `removedIds` removed, new ones appended. */
export function withRelationships(
  xml: string,
  retarget: ReadonlyMap<string, string>,
  added: readonly NewRelationship[],
  removedIds: ReadonlySet<string> = new Set(),
): string {
  const base = xml === '' ? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>' : xml;
  const prefix = /<([\w.-]+:)?Relationships\b/.exec(base)?.[1] ?? '';
  let result = base.replace(RELATIONSHIP, (element) => {
    const tag = /^<[^>]*>/.exec(element)![0];
    const id = attributesOf(tag).get('Id') ?? '';
    if (removedIds.has(id)) return '';
    const target = retarget.get(id);
    return target === undefined ? element : withAttribute(tag, 'Target', target) + element.slice(tag.length);
  });
  const elements = added.map((rel) => `<${prefix}Relationship Id="${rel.id}" Type="${rel.type}" Target="${encodeXmlAttribute(rel.target)}"/>`).join('');
  if (elements === '') return result;
  const selfClosed = new RegExp(`<${prefix}Relationships\\b[^>]*/>`).exec(result);
  if (selfClosed) return result.replace(selfClosed[0], () => `${selfClosed[0].slice(0, -2)}>${elements}</${prefix}Relationships>`);
  result = result.replace(new RegExp(`</${prefix}Relationships>`), () => `${elements}</${prefix}Relationships>`);
  return result;
}

const OVERRIDE = /<(?:[\w.-]+:)?Override\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?Override>)/g;

/** [Content_Types].xml without the Overrides of removed parts, with Overrides for new parts and a Default for .rels parts. */
export function withContentTypes(xml: string, removed: ReadonlySet<string>, added: readonly { part: string; type: string }[]): string {
  const prefix = /<([\w.-]+:)?Types\b/.exec(xml)?.[1] ?? '';
  const gone = new Set([...removed].map((p) => `/${p}`.toLowerCase()));
  let result = xml.replace(OVERRIDE, (element) => (gone.has((attributesOf(element).get('PartName') ?? '').toLowerCase()) ? '' : element));
  const hasRelsDefault = [...result.matchAll(/<(?:[\w.-]+:)?Default\b[^>]*>/g)].some((m) => attributesOf(m[0]).get('Extension')?.toLowerCase() === 'rels');
  const elements =
    (hasRelsDefault ? '' : `<${prefix}Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`) +
    added.map((a) => `<${prefix}Override PartName="/${encodeXmlAttribute(a.part)}" ContentType="${a.type}"/>`).join('');
  result = result.replace(new RegExp(`</${prefix}Types>`), () => `${elements}</${prefix}Types>`);
  return result;
}

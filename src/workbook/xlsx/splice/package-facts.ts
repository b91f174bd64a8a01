import type JSZip from 'jszip';
import { UnreadableWorkbookError } from '../errors';
import { packageReason } from '../../messages/catalog';
import { relsPartOf, resolveTarget, sourceOfRelsPart } from '../package-paths';
import { parseRelationships, relationshipKind, type Relationship } from '../relationships';
import { attributesOf } from '../xml-text';

/** A `<sheet>` of the workbook's sheet list, as it stands in workbook.xml. */
export interface SheetEntry {
  name: string;
  sheetId: number;
  /** The relationship id (`r:id`) that leads to the sheet's part. */
  relId: string;
  /** The part holding the sheet, or '' when the relationship leads nowhere. */
  part: string;
  /** The start tag as written, to be found again in the text. */
  tag: string;
}

/** A table part of the package with the attributes that must stay unique in the workbook. */
export interface TableEntry {
  part: string;
  id: number;
  name: string;
  displayName: string;
}

/** What the splice needs to know of IN's package; every part name as the zip spells it. */
export interface PackageFacts {
  /** Every file entry, in the zip's order. */
  entries: string[];
  workbookPart: string;
  workbookXml: string;
  workbookRels: Relationship[];
  workbookRelsXml: string;
  contentTypesXml: string;
  sheets: SheetEntry[];
  /** Each source part's internal relationships, targets resolved to part names ('' = the package). */
  links: Map<string, string[]>;
  tables: TableEntry[];
  /** The part of the relationship of this kind from the workbook (`styles`, `sharedStrings`, `calcChain`), if there. */
  workbookLink(kind: string): string | undefined;
}

export const CONTENT_TYPES_PART = '[Content_Types].xml';

/** The package's content types; a package without them Excel does not open, and a copy of it cannot be made right. */
async function contentTypes(zip: JSZip, part: string | undefined): Promise<string> {
  const file = part === undefined ? null : zip.file(part);
  if (!file) {
    throw new UnreadableWorkbookError(packageReason('noContentTypes', {}));
  }
  return file.async('string');
}

/** Reads the package's map: the workbook part, its sheets and relationships, every relationship, every table. */
export async function packageFacts(zip: JSZip): Promise<PackageFacts> {
  const entries = Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name);
  const byLowerName = new Map(entries.map((name) => [name.toLowerCase(), name]));
  const actual = (part: string) => byLowerName.get(part.toLowerCase());
  const read = (part: string) => zip.file(actual(part) ?? part)!.async('string');

  const links = new Map<string, string[]>();
  const relsOf = new Map<string, Relationship[]>();
  for (const relsPart of entries) {
    const source = sourceOfRelsPart(relsPart);
    if (source === null) continue;
    const rels = parseRelationships(await read(relsPart));
    const sourceName = source === '' ? '' : actual(source) ?? source;
    relsOf.set(sourceName, rels);
    links.set(
      sourceName,
      rels.filter((rel) => !rel.external).map((rel) => resolveTarget(sourceName, rel.target)).flatMap((part) => actual(part) ?? []),
    );
  }

  const officeDocument = (relsOf.get('') ?? []).find((rel) => relationshipKind(rel) === 'officeDocument');
  const workbookPart = actual(officeDocument ? resolveTarget('', officeDocument.target) : 'xl/workbook.xml') ?? 'xl/workbook.xml';
  const workbookXml = await read(workbookPart);
  const workbookRels = relsOf.get(workbookPart) ?? [];
  const workbookRelsPart = actual(relsPartOf(workbookPart));
  const workbookRelsXml = workbookRelsPart ? await read(workbookRelsPart) : '';
  const relById = new Map(workbookRels.map((rel) => [rel.id, rel]));
  const target = (rel: Relationship | undefined) => (rel && !rel.external ? actual(resolveTarget(workbookPart, rel.target)) ?? '' : '');

  const sheetList = /<(?:[\w.-]+:)?sheets\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?sheets>/.exec(workbookXml)?.[1] ?? '';
  const sheets = [...sheetList.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)].map((m): SheetEntry => {
    const attributes = attributesOf(m[0]);
    const relId = attributes.get('r:id') ?? [...attributes].find(([key]) => key.endsWith(':id'))?.[1] ?? '';
    return { name: attributes.get('name') ?? '', sheetId: Number(attributes.get('sheetId') ?? 0), relId, part: target(relById.get(relId)), tag: m[0] };
  });

  const tables: TableEntry[] = [];
  for (const [source, rels] of relsOf) {
    for (const rel of rels) {
      if (rel.external || relationshipKind(rel) !== 'table') continue;
      const part = actual(resolveTarget(source, rel.target));
      if (part === undefined || tables.some((t) => t.part === part)) continue;
      const tag = /<(?:[\w.-]+:)?table\b[^>]*>/.exec(await read(part))?.[0] ?? '';
      const attributes = attributesOf(tag);
      tables.push({ part, id: Number(attributes.get('id') ?? 0), name: attributes.get('name') ?? '', displayName: attributes.get('displayName') ?? '' });
    }
  }

  return {
    entries,
    workbookPart,
    workbookXml,
    workbookRels,
    workbookRelsXml,
    contentTypesXml: await contentTypes(zip, actual(CONTENT_TYPES_PART)),
    sheets,
    links,
    tables,
    workbookLink: (kind) => target(workbookRels.find((rel) => relationshipKind(rel) === kind)) || undefined,
  };
}

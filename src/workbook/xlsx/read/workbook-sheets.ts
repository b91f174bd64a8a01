import type JSZip from 'jszip';
import { UnreadableWorkbookError } from '../errors';
import { packageReason } from '../../messages/catalog';
import { relsPartOf, resolveTarget } from '../package-paths';
import { parseRelationships, relationshipKind, type Relationship } from '../relationships';
import { attribute, relationshipId, streamPart } from './xml-stream';

/** A sheet the workbook lists, in its order. */
export interface WorkbookSheet {
  name: string;
  /** The part holding it, resolved through the workbook's relationships. */
  part: string;
  /** `worksheet`, `chartsheet`, `dialogsheet` …: only worksheets hold tables. */
  kind: string;
}

/** What the tables are read with, from the workbook part and its relationships. */
export interface WorkbookFacts {
  workbookPart: string;
  sheets: WorkbookSheet[];
  /** Serial dates count from 1904-01-01 instead of 1899-12-30. */
  date1904: boolean;
  sharedStringsPart?: string;
  stylesPart?: string;
}

/** The internal relationships of a part, with each target resolved to a part name. */
export async function relationshipsOf(zip: JSZip, source: string): Promise<{ rel: Relationship; part: string }[]> {
  const file = zip.file(relsPartOf(source));
  if (file === null) return [];
  return parseRelationships(await file.async('string'))
    .filter((rel) => !rel.external)
    .map((rel) => ({ rel, part: resolveTarget(source, rel.target) }));
}

/**
 * The workbook part (through the package's officeDocument relationship, so any name serves),
 * its sheets in order, whether it counts dates from 1904, and its shared strings and styles.
 * guardPackage has already checked that every sheet's part is there.
 */
export async function readWorkbook(zip: JSZip): Promise<WorkbookFacts> {
  const officeDocument = (await relationshipsOf(zip, '')).find(({ rel }) => relationshipKind(rel) === 'officeDocument');
  const workbookPart = officeDocument?.part ?? 'xl/workbook.xml';
  if (zip.file(workbookPart) === null) {
    throw new UnreadableWorkbookError(packageReason(zip.file('xl/workbook.bin') !== null ? 'binaryWorkbook' : 'noWorkbook', {}));
  }
  const rels = await relationshipsOf(zip, workbookPart);
  const byId = new Map(rels.map((r) => [r.rel.id, r]));
  const partOfKind = (kind: string) => rels.find(({ rel, part }) => relationshipKind(rel) === kind && zip.file(part) !== null)?.part;

  const sheets: WorkbookSheet[] = [];
  let date1904 = false;
  await streamPart(zip, workbookPart, [], {
    open(tag) {
      if (tag.local === 'workbookPr') {
        const value = attribute(tag, 'date1904');
        date1904 = value === '1' || value === 'true';
      } else if (tag.local === 'sheet') {
        const id = relationshipId(tag);
        const target = id === undefined ? undefined : byId.get(id);
        if (target === undefined) return;
        sheets.push({ name: attribute(tag, 'name') ?? '', part: target.part, kind: relationshipKind(target.rel) });
      }
    },
  });
  return { workbookPart, sheets, date1904, sharedStringsPart: partOfKind('sharedStrings'), stylesPart: partOfKind('styles') };
}

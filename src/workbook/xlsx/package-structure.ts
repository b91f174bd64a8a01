import { UnreadableWorkbookError } from './errors';
import { packageReason } from '../messages/catalog';
import { relsPartOf, resolveTarget } from './package-paths';
import { parseRelationships, relationshipKind, type Relationship } from './relationships';
import { attributesOf } from './xml-text';

/** A sheet the workbook lists, with the part that holds it. */
export interface ListedSheet {
  name: string;
  part: string;
  /** The relationship's kind: `worksheet`, `chartsheet`, `dialogsheet` … */
  kind: string;
}

/** What the workbook lists, from its relationships. */
export interface PackageMap {
  sheets: ListedSheet[];
  /**
   * The parts the tables are read from: the workbook, its worksheets, their tables, the shared
   * strings and the styles, and their relationships. exceljs reads whatever a cut-off part holds
   * without a word, so these must end where their XML ends.
   */
  dataParts: Set<string>;
  /** The worksheets that point to at least one table part: the ones the reader streams. */
  tableSheets: Set<string>;
}

/** The part names of a loaded package (no leading slash), and what reads a part as text. */
export interface PackageParts {
  files: ReadonlySet<string>;
  /** Names of directory entries, without their trailing slash. */
  folders: ReadonlySet<string>;
  read(part: string): Promise<string>;
}

/**
 * The sheets the workbook lists, in its order, and the parts holding its data, after checking that each sheet's part and each
 * table part its worksheet points to are in the package. exceljs drops a sheet whose part is
 * missing without a word (the run then reports its tables as missing) and crashes on a missing
 * table part ("Cannot read properties of undefined (reading 'name')"); both are a damaged file.
 * Returns null when the package has no XML workbook part: openXlsx says so in its own words.
 */
export async function mapPackage(parts: PackageParts): Promise<PackageMap | null> {
  const officeDocument = (await relationshipsOf(parts, '')).find((rel) => relationshipKind(rel) === 'officeDocument');
  const workbookPart = officeDocument ? resolveTarget('', officeDocument.target) : 'xl/workbook.xml';
  // A binary workbook (.xlsb, xl/workbook.bin) is no XML to read here: openXlsx refuses it itself.
  if (!parts.files.has(workbookPart) || !/\.xml$/i.test(workbookPart)) return null;
  const workbookRels = new Map((await relationshipsOf(parts, workbookPart)).map((rel) => [rel.id, rel]));
  const dataParts = new Set([workbookPart, relsPartOf(workbookPart)]);
  for (const rel of workbookRels.values()) {
    const part = resolveTarget(workbookPart, rel.target);
    if (!rel.external && ['sharedStrings', 'styles'].includes(relationshipKind(rel)) && parts.files.has(part)) dataParts.add(part);
  }

  const sheets: ListedSheet[] = [];
  for (const tag of (await parts.read(workbookPart)).matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)) {
    const attributes = attributesOf(tag[0]);
    const name = attributes.get('name') ?? '';
    const id = attributes.get('r:id') ?? [...attributes].find(([key]) => key.endsWith(':id'))?.[1];
    const rel = id === undefined ? undefined : workbookRels.get(id);
    if (rel === undefined || rel.external) {
      throw new UnreadableWorkbookError(packageReason('sheetWithoutPart', { sheet: name, rels: relsPartOf(workbookPart), id: id ?? null }));
    }
    const part = resolveTarget(workbookPart, rel.target);
    checkPresent(parts, part, { sheet: name, table: false });
    sheets.push({ name, part, kind: relationshipKind(rel) });
  }

  const tableSheets = new Set<string>();
  for (const sheet of sheets) {
    if (sheet.kind !== 'worksheet') continue;
    dataParts.add(sheet.part).add(relsPartOf(sheet.part));
    for (const rel of await relationshipsOf(parts, sheet.part)) {
      if (rel.external || relationshipKind(rel) !== 'table') continue;
      const table = resolveTarget(sheet.part, rel.target);
      checkPresent(parts, table, { sheet: sheet.name, table: true });
      dataParts.add(table);
      tableSheets.add(sheet.part);
    }
  }
  return { sheets, dataParts, tableSheets };
}

/** `holds`: the sheet, or a table on the sheet, the part should hold. */
function checkPresent(parts: PackageParts, part: string, holds: { sheet: string; table: boolean }): void {
  if (parts.files.has(part)) return;
  throw new UnreadableWorkbookError(packageReason('partMissing', { part, holds, folder: parts.folders.has(part) }));
}

async function relationshipsOf(parts: PackageParts, source: string): Promise<Relationship[]> {
  const relsPart = relsPartOf(source);
  return parts.files.has(relsPart) ? parseRelationships(await parts.read(relsPart)) : [];
}

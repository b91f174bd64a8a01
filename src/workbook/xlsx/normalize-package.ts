import JSZip from 'jszip';
import { UnreadableWorkbookError } from './errors';
import { relativeTarget, relsPartOf, resolveTarget, sourceOfRelsPart } from './package-paths';
import { parseRelationships, relationshipKind, rewriteTargets, type Relationship } from './relationships';

/**
 * Renames the parts exceljs finds by file name to the names Excel itself uses and makes every
 * internal relationship target relative.
 *
 * Why: exceljs 4.4 ignores the package's relationships when it loads parts. It finds worksheets,
 * tables, comments and VML drawings by file-name patterns (`xl/worksheets/sheetN.xml`,
 * `xl/tables/tableN.xml`, `xl/commentsN.xml`, `xl/drawings/vmlDrawingN.vml`) and then looks them
 * up by the literal Target text `../tables/tableN.xml`. openpyxl writes absolute targets
 * (`/xl/tables/table1.xml`, exceljs issue #1468: "Cannot read properties of undefined (reading
 * 'name')") and puts comments in `xl/comments/comment1.xml` with `xl/drawings/commentsDrawing1.vml`
 * ("... (reading 'comments')"); any writer is free to choose other names.
 *
 * `originalNames`, when given, is filled with each new part name's name in the source, so that a
 * message about a part can name it as the user's file does.
 */
export async function normalizePackage(source: JSZip, originalNames?: Map<string, string>): Promise<JSZip> {
  const files = new Map<string, JSZip.JSZipObject>();
  for (const entry of Object.values(source.files)) {
    if (!entry.dir) files.set(entry.name.replace(/^\/+/, ''), entry);
  }
  const relsCache = new Map<string, Relationship[]>();
  const relationshipsOf = async (part: string): Promise<Relationship[]> => {
    const relsPart = relsPartOf(part);
    let rels = relsCache.get(relsPart);
    if (!rels) {
      const file = files.get(relsPart);
      rels = file ? parseRelationships(await file.async('string')) : [];
      relsCache.set(relsPart, rels);
    }
    return rels;
  };

  const renames = new Map<string, string>();
  const rename = (part: string, canonical: string) => {
    if (files.has(part) && !renames.has(part)) renames.set(part, canonical);
  };

  const officeDocument = (await relationshipsOf('')).find((rel) => relationshipKind(rel) === 'officeDocument');
  const workbookPart = officeDocument ? resolveTarget('', officeDocument.target) : 'xl/workbook.xml';
  if (!files.has(workbookPart)) {
    throw new UnreadableWorkbookError(
      files.has('xl/workbook.bin')
        ? 'binära arbetsböcker (.xlsb) stöds inte. Spara som Excel-arbetsbok (.xlsx).'
        : 'den innehåller ingen arbetsbok.',
    );
  }
  rename(workbookPart, 'xl/workbook.xml');

  const counters = new Map<string, number>();
  const next = (kind: string) => {
    const n = (counters.get(kind) ?? 0) + 1;
    counters.set(kind, n);
    return n;
  };
  const worksheets: string[] = [];
  for (const rel of await relationshipsOf(workbookPart)) {
    if (rel.external) continue;
    const part = resolveTarget(workbookPart, rel.target);
    switch (relationshipKind(rel)) {
      case 'worksheet':
        rename(part, `xl/worksheets/sheet${next('sheet')}.xml`);
        worksheets.push(part);
        break;
      case 'styles':
        rename(part, 'xl/styles.xml');
        break;
      case 'sharedStrings':
        rename(part, 'xl/sharedStrings.xml');
        break;
      case 'theme':
        rename(part, `xl/theme/theme${next('theme')}.xml`);
        break;
    }
  }
  for (const sheet of worksheets) {
    for (const rel of await relationshipsOf(sheet)) {
      if (rel.external) continue;
      const part = resolveTarget(sheet, rel.target);
      switch (relationshipKind(rel)) {
        case 'table':
          rename(part, `xl/tables/table${next('table')}.xml`);
          break;
        case 'comments':
          rename(part, `xl/comments${next('comments')}.xml`);
          break;
        case 'vmlDrawing':
          rename(part, `xl/drawings/vmlDrawing${next('vml')}.vml`);
          break;
        case 'drawing':
          rename(part, `xl/drawings/drawing${next('drawing')}.xml`);
          break;
      }
    }
  }

  const newName = (part: string): string => {
    const renamed = renames.get(part);
    if (renamed !== undefined) return renamed;
    const relsSource = sourceOfRelsPart(part);
    if (relsSource !== null && relsSource !== '' && renames.has(relsSource)) {
      return relsPartOf(renames.get(relsSource)!);
    }
    return part;
  };

  const result = new JSZip();
  const taken = new Set<string>();
  // Renamed parts first: an unreferenced leftover that happens to carry a canonical name loses.
  const ordered = [...files.keys()].sort((a, b) => Number(newName(b) !== b) - Number(newName(a) !== a));
  for (const part of ordered) {
    const name = newName(part);
    if (taken.has(name)) continue;
    taken.add(name);
    originalNames?.set(name, part);
    const file = files.get(part)!;
    const relsSource = sourceOfRelsPart(part);
    if (relsSource !== null) {
      const newSource = relsSource === '' ? '' : newName(relsSource);
      const xml = rewriteTargets(await file.async('string'), (target) =>
        relativeTarget(newSource, newName(resolveTarget(relsSource, target))),
      );
      result.file(name, xml);
    } else if (part === '[Content_Types].xml') {
      const xml = (await file.async('string')).replace(/PartName="\/?([^"]*)"/g, (_, partName: string) => {
        return `PartName="/${newName(partName)}"`;
      });
      result.file(name, xml);
    } else {
      result.file(name, await file.async('uint8array'));
    }
  }
  return result;
}

import type JSZip from 'jszip';
import { OWNERSHIP_SHEET, sameSheetName } from '../ownership-sheet';
import { partFolder, relsPartOf, relativeTarget } from '../package-paths';
import { relationshipKind } from '../relationships';
import { ownershipSheetXml } from './ownership-part';
import type { ScannedOutput } from './output-scan';
import { outputSheetRelsXml, outputTableXml } from './output-sheet';
import { CONTENT_TYPES_PART, type PackageFacts, type SheetEntry } from './package-facts';
import { withWorkbookType } from './macros';
import { partsLeftBehind } from './removed-parts';
import { EMPTY_STYLES, withNumberFormats } from './styles-part';
import { withContentTypes, withRelationships, withSheets, type NewRelationship, type NewSheetEntry } from './workbook-edits';

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const CONTENT_TYPE = { worksheet: `${TYPE}.worksheet+xml`, table: `${TYPE}.table+xml`, styles: `${TYPE}.styles+xml` };

/** An output sheet to be written: its parts and the id of its table. */
export interface OutputParts {
  scanned: ScannedOutput;
  sheetPart: string;
  relsPart: string;
  tablePart: string;
  tableXml: string;
  relsXml: string;
}

export interface LayoutOptions {
  /** Leave out the VBA project (and what only it points to) and type the workbook as a plain .xlsx. */
  dropMacros?: boolean;
}

/** How OUT differs from IN: parts whose text changes, parts that go, parts that come (in this order, after IN's). */
export interface PackageLayout {
  changed: Map<string, string>;
  removed: Set<string>;
  outputs: OutputParts[];
  /** Small new parts written whole: the ownership sheet, a styles part if IN had none. */
  added: { part: string; xml: string }[];
  /** The cell format index of each number format code. */
  styleOf: Map<string, number>;
}

/**
 * Works out OUT's package: each output on the sheet of its name (an owned sheet being replaced
 * keeps its place, name and sheetId) or on a new sheet after the existing ones, the ownership
 * sheet rewritten, the replaced sheets' parts and what only they pointed to removed (and the
 * calculation chain, which names cells of sheets that change; Excel rebuilds it), the styles the
 * outputs need added, the workbook's sheet list, relationships and content types edited as text.
 */
export async function packageLayout(
  zip: JSZip,
  facts: PackageFacts,
  owned: readonly string[],
  outputs: readonly ScannedOutput[],
  options: LayoutOptions = {},
): Promise<PackageLayout> {
  const { workbookPart } = facts;
  const folder = partFolder(workbookPart);
  const find = (name: string) => facts.sheets.find((s) => sameSheetName(s.name, name));
  const ownership = find(OWNERSHIP_SHEET);
  const replaced = [...outputs.map((o) => find(o.output.name)), ownership].filter((s): s is SheetEntry => s !== undefined);
  const calcChain = replaced.length > 0 ? facts.workbookLink('calcChain') : undefined;
  const macros = options.dropMacros ? facts.workbookLink('vbaProject') : undefined;
  const dropped = [...replaced.map((s) => s.part).filter((p) => p !== ''), ...(calcChain ? [calcChain] : []), ...(macros ? [macros] : [])];
  const removed = partsLeftBehind(
    facts.links,
    dropped,
    dropped.map((target) => ({ source: workbookPart, target })),
    facts.entries,
  );

  const taken = new Set(facts.entries.filter((e) => !removed.has(e)).map((e) => e.toLowerCase()));
  const fresh = (make: (n: number) => string) => {
    for (let n = 1; ; n++) {
      const part = make(n);
      if (taken.has(part.toLowerCase())) continue;
      taken.add(part.toLowerCase());
      return part;
    }
  };
  const relIds = new Set(facts.workbookRels.map((rel) => rel.id));
  const freshRelId = () => {
    let n = 1;
    while (relIds.has(`rId${n}`)) n++;
    relIds.add(`rId${n}`);
    return `rId${n}`;
  };

  // Styles first: the outputs' cells need the indexes.
  const changed = new Map<string, string>();
  const added: { part: string; xml: string }[] = [];
  const newRels: NewRelationship[] = [];
  const overrides: { part: string; type: string }[] = [];
  const codes = new Set(outputs.flatMap((o) => [...o.formats]));
  const stylesPart = facts.workbookLink('styles');
  const stylesXml = stylesPart ? await zip.file(stylesPart)!.async('string') : EMPTY_STYLES;
  const styles = withNumberFormats(stylesXml, codes);
  if (stylesPart) {
    if (styles.xml !== stylesXml) changed.set(stylesPart, styles.xml);
  } else {
    const part = fresh((n) => `${folder}styles${n === 1 ? '' : n}.xml`);
    added.push({ part, xml: styles.xml });
    newRels.push({ id: freshRelId(), type: `${R}/styles`, target: relativeTarget(workbookPart, part) });
    overrides.push({ part, type: CONTENT_TYPE.styles });
  }

  let tableId = Math.max(0, ...facts.tables.filter((t) => !removed.has(t.part)).map((t) => t.id));
  let sheetId = Math.max(0, ...facts.sheets.map((s) => s.sheetId));
  const retarget = new Map<string, string>();
  const newSheets: NewSheetEntry[] = [];
  const outputParts = outputs.map((scanned): OutputParts => {
    const sheetPart = fresh((n) => `${folder}worksheets/sheet${n}.xml`);
    const tablePart = fresh((n) => `${folder}tables/table${n}.xml`);
    const relsPart = relsPartOf(sheetPart);
    taken.add(relsPart.toLowerCase());
    overrides.push({ part: sheetPart, type: CONTENT_TYPE.worksheet }, { part: tablePart, type: CONTENT_TYPE.table });
    const old = find(scanned.output.name);
    if (old) {
      retarget.set(old.relId, relativeTarget(workbookPart, sheetPart));
    } else {
      const id = freshRelId();
      newRels.push({ id, type: `${R}/worksheet`, target: relativeTarget(workbookPart, sheetPart) });
      newSheets.push({ name: scanned.output.name, sheetId: ++sheetId, relId: id });
    }
    return {
      scanned,
      sheetPart,
      relsPart,
      tablePart,
      tableXml: outputTableXml(scanned, ++tableId),
      relsXml: outputSheetRelsXml(relativeTarget(sheetPart, tablePart)),
    };
  });

  const ownershipPart = fresh((n) => `${folder}worksheets/sheet${n}.xml`);
  const stillThere = owned.filter((name) => find(name) !== undefined);
  const listed = [...stillThere, ...outputs.map((o) => o.output.name).filter((name) => !stillThere.some((s) => sameSheetName(s, name)))];
  added.unshift({ part: ownershipPart, xml: ownershipSheetXml(listed) });
  overrides.push({ part: ownershipPart, type: CONTENT_TYPE.worksheet });
  if (ownership) {
    retarget.set(ownership.relId, relativeTarget(workbookPart, ownershipPart));
  } else {
    const id = freshRelId();
    newRels.push({ id, type: `${R}/worksheet`, target: relativeTarget(workbookPart, ownershipPart) });
    newSheets.push({ name: OWNERSHIP_SHEET, sheetId: ++sheetId, relId: id, veryHidden: true });
  }

  // The workbook's links to the parts dropped with it: the calculation chain, the VBA project.
  const cutKinds = [...(calcChain ? ['calcChain'] : []), ...(macros ? ['vbaProject'] : [])];
  const cutRels = new Set(facts.workbookRels.filter((rel) => !rel.external && cutKinds.includes(relationshipKind(rel))).map((rel) => rel.id));
  changed.set(workbookPart, withSheets(facts.workbookXml, newSheets, ownership?.tag));
  changed.set(relsPartOf(workbookPart), withRelationships(facts.workbookRelsXml, retarget, newRels, cutRels));
  changed.set(CONTENT_TYPES_PART, withWorkbookType(withContentTypes(facts.contentTypesXml, removed, overrides), workbookPart, !options.dropMacros));
  return { changed, removed, outputs: outputParts, added, styleOf: styles.styleOf };
}

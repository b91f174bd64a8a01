import type JSZip from 'jszip';
import type { OutputTable } from '../../../engine/output';
import { SheetNotOwnedError } from '../../port';
import { TableNameTakenError } from '../errors';
import { sameSheetName } from '../ownership-sheet';
import { checkOutputHead } from '../output-checks';
import { decodeXmlEntities } from '../xml-text';
import { scanOutput, type ScannedOutput } from './output-scan';
import { packageFacts, type PackageFacts } from './package-facts';
import { packageLayout, type LayoutOptions, type PackageLayout } from './package-layout';
import { ownedSheetNames } from './owned-sheets';

/** What splicedPackage writes: the outputs, checked and measured, and how OUT's package differs from IN's. */
export interface OutputPlan {
  readonly outputs: readonly ScannedOutput[];
  readonly layout: PackageLayout;
}

/**
 * Every check of writing outputs, before anything is written: sheet names, outputs named twice,
 * column names, each row's shape, numbers Excel cannot store, texts longer than a cell holds
 * (one pass over the rows, a block at a time), then against IN's package: a sheet of an output's
 * name that the add-in does not own (SheetNotOwnedError), an output's table name used by a table
 * or a defined name left in the package (TableNameTakenError). With `earlier`, the plan of an
 * earlier call, its outputs are written too, those of the same sheet name replaced by these.
 */
export async function planOutputs(
  zip: JSZip,
  outputs: readonly OutputTable[],
  earlier?: OutputPlan,
  options: LayoutOptions = {},
): Promise<OutputPlan> {
  const scanned = outputs.map((output, i) => {
    checkOutputHead(outputs, i);
    return scanOutput(output);
  });
  const kept = (earlier?.outputs ?? []).map((e) => scanned.find((s) => sameSheetName(s.output.name, e.output.name)) ?? e);
  const merged = [...kept, ...scanned.filter((s) => !kept.includes(s))];
  merged.forEach((_, i) => checkOutputHead(merged.map((m) => m.output), i));

  const facts = await packageFacts(zip);
  const owned = await ownedSheetNames(zip, facts);
  const isOwned = (name: string) => owned.some((o) => sameSheetName(o, name));
  const foreign = merged.flatMap((s) => facts.sheets.filter((sheet) => sameSheetName(sheet.name, s.output.name) && !isOwned(sheet.name)).map((sheet) => sheet.name));
  if (foreign.length > 0) throw new SheetNotOwnedError(foreign);
  const taken = takenNames(facts, merged);
  if (taken.length > 0) throw new TableNameTakenError(taken);

  return { outputs: merged, layout: await packageLayout(zip, facts, owned, merged, options) };
}

/** The outputs' table names already used by a table outside the sheets being replaced or by a defined name. */
function takenNames(facts: PackageFacts, outputs: readonly ScannedOutput[]): string[] {
  const wanted = new Set(outputs.map((s) => s.tableName.toLowerCase()));
  const replacedTables = new Set(
    facts.sheets.filter((sheet) => outputs.some((s) => sameSheetName(s.output.name, sheet.name))).flatMap((sheet) => facts.links.get(sheet.part) ?? []),
  );
  const definedNames = [...facts.workbookXml.matchAll(/<(?:[\w.-]+:)?definedName\b[^>]*?\sname="([^"]*)"/g)].map((m) => decodeXmlEntities(m[1]!));
  const names = [...facts.tables.filter((t) => !replacedTables.has(t.part)).flatMap((t) => [...new Set([t.name, t.displayName])]), ...definedNames];
  return [...new Set(names.filter((name) => wanted.has(name.toLowerCase())))];
}

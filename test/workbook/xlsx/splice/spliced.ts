/** Runs the splice writer on package bytes, and reads zips at the level of their entries. */
import JSZip from 'jszip';
import type { OutputTable } from '../../../../src/engine/output';
import { loadPackage } from '../../../../src/workbook/xlsx/load-package';
import { guardPackage } from '../../../../src/workbook/xlsx/package-guard';
import { planOutputs, splicedPackage, type OutputPlan } from '../../../../src/workbook/xlsx/splice';
import { rawEntry, type RawEntry } from '../../../../src/workbook/xlsx/zip-entries';
import { gatherBytes as gather } from '../../../../src/workbook/xlsx/bytes';

export async function guarded(bytes: Uint8Array): Promise<JSZip> {
  const zip = await loadPackage(bytes);
  await guardPackage(zip);
  return zip;
}

export { gather };

/** OUT's bytes for IN's bytes and these outputs (and the plan, to be passed on as `earlier`). */
export async function spliced(bytes: Uint8Array, outputs: readonly OutputTable[], earlier?: OutputPlan): Promise<{ bytes: Uint8Array; plan: OutputPlan }> {
  const zip = await guarded(bytes);
  const plan = await planOutputs(zip, outputs, earlier);
  return { bytes: await gather(splicedPackage(zip, plan)), plan };
}

/** Each file entry's packed bytes and central-directory facts, in the zip's order. */
export async function rawEntries(bytes: Uint8Array): Promise<Map<string, RawEntry>> {
  const zip = await JSZip.loadAsync(bytes);
  const entries = new Map<string, RawEntry>();
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const raw = rawEntry(file);
    if (!raw) throw new Error(`no packed bytes for ${file.name}`);
    entries.set(file.name, raw);
  }
  return entries;
}

export async function contents(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const result = new Map<string, Uint8Array>();
  for (const file of Object.values(zip.files)) if (!file.dir) result.set(file.name, await file.async('uint8array'));
  return result;
}

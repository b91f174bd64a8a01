import type JSZip from 'jszip';
import { copiedFromInput, copiedParts } from './copied-parts';
import { outputSheetXml } from './output-sheet';
import type { OutputPlan } from './plan-outputs';
import { zipStream, type GzipStream, type ZipPart } from './zip-stream';

/**
 * OUT's bytes as they are made: IN's parts in IN's order, each copied as its packed bytes
 * unless the plan changes or removes it, then the new parts: the output sheets (their rows
 * streamed from the outputs, a block at a time), their tables and relationships, the ownership
 * sheet, a styles part if IN had none. Nothing of IN is unpacked but the few parts the plan
 * edits (which it has read already).
 */
export function splicedPackage(zip: JSZip, plan: OutputPlan, onProgress?: (fraction: number) => void, gzip?: GzipStream): AsyncIterable<Uint8Array> {
  return zipStream(parts(zip, plan, onProgress), gzip);
}

/** Rows between two progress reports. */
const ROWS_PER_REPORT = 2_000;

async function* parts(zip: JSZip, plan: OutputPlan, onProgress?: (fraction: number) => void): AsyncGenerator<ZipPart> {
  const { changed, removed, outputs, added, styleOf } = plan.layout;
  const now = new Date();
  yield* copiedParts(zip, changed, removed);
  for (const [part, text] of changed) if (!copiedFromInput(zip, removed, part)) yield { name: part, date: now, content: [text] };
  // The output sheets' rows are nearly all of the work: progress is the share of them written.
  const allRows = outputs.reduce((sum, o) => sum + o.scanned.rowCount, 0);
  let rowsWritten = 0;
  const onRow = onProgress && allRows > 0 ? () => ++rowsWritten % ROWS_PER_REPORT === 0 && onProgress(rowsWritten / allRows) : undefined;
  onProgress?.(0);
  for (const output of outputs) {
    yield { name: output.sheetPart, date: now, content: outputSheetXml(output.scanned, styleOf, onRow) };
    yield { name: output.relsPart, date: now, content: [output.relsXml] };
    yield { name: output.tablePart, date: now, content: [output.tableXml] };
  }
  for (const { part, xml } of added) yield { name: part, date: now, content: [xml] };
}

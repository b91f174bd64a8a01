import type { RunResult } from '../../engine';
import { publishedPriceList, type PublishedPriceList } from '../../engine/publish/priceList';
import { invoiceBasisCsv, settlementCsv } from '../../publish/invoiceCsv';
import { renderPdf, type DocDefinition, type PdfFonts, type PdfMake } from '../../publish/pdf';
import { priceListDocument } from '../../publish/priceListPdf';
import { statementDocument } from '../../publish/statementPdf';
import { footerLabel, MAX_LABEL } from '../hosts/published';
import { TextError } from '../messages/errorText';
import { paneMsg } from '../messages/pane';
import { statementsOf } from './engineRun';

/** pdfmake and the fonts' bytes, as the worker loads them (pdfTools.ts) or a test passes them. */
export interface PdfTools {
  pdfmake: PdfMake;
  fonts: PdfFonts;
}

export type LoadPdfTools = () => Promise<PdfTools>;

export const PDF_TYPE = 'application/pdf';

/**
 * The published price list of the last run, with the same engine model and the same document
 * (src/publish) as `intaktsmodell pricelist`; a label that is not one footer line is refused.
 */
export function priceListOf(result: RunResult, label: string): PublishedPriceList {
  if (!result.calculation) throw new TextError(paneMsg('noCalculation', {}));
  const footer = footerLabel(label);
  if (footer === null) throw new TextError(paneMsg('publishLabelInvalid', { length: label.trim().length, max: MAX_LABEL }));
  return publishedPriceList(result.calculation, { label: footer });
}

export function priceListPdf(result: RunResult, label: string, load: LoadPdfTools): Promise<Blob> {
  return pdfFile(priceListDocument(priceListOf(result, label)), load);
}

/** Kundbesked for these customers as one PDF (statementDocument: each customer from a new page). */
export function statementsPdf(result: RunResult, customers: readonly string[], load: LoadPdfTools): Promise<Blob> {
  return pdfFile(statementDocument(statementsOf(result, customers)), load);
}

async function pdfFile(doc: DocDefinition, load: LoadPdfTools): Promise<Blob> {
  const { pdfmake, fonts } = await load();
  let bytes: Uint8Array;
  try {
    bytes = await renderPdf(pdfmake, fonts, doc);
  } catch (error) {
    throw new TextError(paneMsg('publishPdfFailed', { detail: error instanceof Error ? error.message : String(error) }));
  }
  return new Blob([bytes as BlobPart], { type: PDF_TYPE });
}

export const CSV_TYPE = 'text/csv;charset=utf-8';

/**
 * The invoice file for the ERP from the last run, as CSV: Fakturaunderlag's lines, or with
 * `settlement` Slutavräkning's, in Fakturakolumner's layout, written by the command line's own
 * code (src/publish/invoiceCsv.ts), so the bytes are those of `intaktsmodell invoice --out FILE.csv`.
 * The parts go into the Blob as they are made; no one string of the whole file is built.
 */
export function invoiceCsvFile(result: RunResult, settlement: boolean): Blob {
  const calc = result.calculation;
  if (!calc) throw new TextError(paneMsg('noCalculation', {}));
  if (!settlement) return new Blob([...invoiceBasisCsv(calc).parts], { type: CSV_TYPE });
  const table = result.outputs.find((o) => o.name === 'Slutavräkning');
  if (!table || table.rows.length === 0) throw new TextError(paneMsg('invoiceNoSettlement', {}));
  return new Blob([...settlementCsv(calc, table).parts], { type: CSV_TYPE });
}

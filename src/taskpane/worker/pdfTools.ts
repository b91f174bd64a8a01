import pdfmake from 'pdfmake/build/pdfmake.min.js';
import { TextError } from '../messages/errorText';
import { paneMsg } from '../messages/pane';
import type { PdfTools } from './publishFiles';

/**
 * pdfmake and its fonts in the pane's worker: this module is the worker's "worker-pdf" chunk
 * (handlers.ts imports it on the first PDF), so neither the pane's entry nor a run that makes no
 * PDF fetches pdfmake (~1 MB). pdfmake's own browser build is the same library and version the
 * command line runs (its Node entry), with the same Roboto Regular and Medium (å, ä, ö): webpack
 * emits the two font files beside the bundle (`new URL(…, import.meta.url)`), fetched from the
 * pane's own origin once and embedded (subset) in every PDF.
 */
const FONT_FILES = {
  normal: new URL('pdfmake/fonts/Roboto/Roboto-Regular.ttf', import.meta.url),
  bold: new URL('pdfmake/fonts/Roboto/Roboto-Medium.ttf', import.meta.url),
};

let loading: Promise<PdfTools> | null = null;

export function loadPdfTools(): Promise<PdfTools> {
  loading ??= (async () => {
    const [normal, bold] = await Promise.all([fontBytes(FONT_FILES.normal, 'Roboto Regular'), fontBytes(FONT_FILES.bold, 'Roboto Medium')]);
    return { pdfmake, fonts: { normal, bold } };
  })();
  // A failed fetch is tried again on the next PDF.
  loading.catch(() => (loading = null));
  return loading;
}

async function fontBytes(url: URL, font: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new TextError(paneMsg('publishFontsMissing', { font, detail: error instanceof Error ? error.message : String(error) }));
  }
  if (!response.ok) throw new TextError(paneMsg('publishFontsMissing', { font, detail: `HTTP ${response.status}` }));
  return new Uint8Array(await response.arrayBuffer());
}

import { readFileSync } from 'node:fs';
import type { PdfTools } from '../../../src/taskpane/worker/publishFiles';

/**
 * The worker's PDF tools in Node: pdfmake's browser build (the file the pane's worker-pdf chunk
 * bundles) and the same Roboto files webpack emits, read from the package instead of fetched.
 */
export async function nodePdfTools(): Promise<PdfTools> {
  const pdfmake = (await import('pdfmake/build/pdfmake.min.js')).default;
  const font = (name: string) => new Uint8Array(readFileSync(require.resolve(`pdfmake/fonts/Roboto/${name}`)));
  return { pdfmake, fonts: { normal: font('Roboto-Regular.ttf'), bold: font('Roboto-Medium.ttf') } };
}

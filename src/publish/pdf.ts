import type { DocDefinition, PdfFonts, PdfMake } from './pdfmake-api';

export type { Content, DocDefinition, PdfFonts, PdfMake } from './pdfmake-api';

/** The font family the documents name; its files are the ones the host passes in. */
export const FONT = 'Intaktsmodell';

/**
 * A document as PDF bytes. The fonts are put in pdfmake's virtual file system, so nothing is read
 * from disk or the network while rendering (both access policies refuse everything: a document
 * names no file and no URL). The fonts are embedded (subset) in the PDF, so å, ä and ö print
 * without the reader having them.
 */
export async function renderPdf(pdfmake: PdfMake, fonts: PdfFonts, doc: DocDefinition): Promise<Uint8Array> {
  pdfmake.virtualfs.writeFileSync(`${FONT}-normal.ttf`, fonts.normal);
  pdfmake.virtualfs.writeFileSync(`${FONT}-bold.ttf`, fonts.bold);
  pdfmake.setFonts({
    [FONT]: { normal: `${FONT}-normal.ttf`, bold: `${FONT}-bold.ttf`, italics: `${FONT}-normal.ttf`, bolditalics: `${FONT}-bold.ttf` },
  });
  pdfmake.setUrlAccessPolicy?.(() => false);
  pdfmake.setLocalAccessPolicy?.(() => false);
  const buffer = await pdfmake.createPdf(doc).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

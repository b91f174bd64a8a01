import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { renderPdf, type DocDefinition, type PdfFonts } from '../publish/pdf';

/**
 * PDF on the command line: pdfmake's Node entry and its own Roboto fonts (Regular and Medium,
 * with å, ä, ö), read from the installed package. pdfmake stays outside the bundle
 * (scripts/build-cli.mjs) as exceljs does, so the font files are found beside it, and it is
 * loaded only by the commands that write a PDF.
 */
export async function pdfBytes(doc: DocDefinition): Promise<Uint8Array> {
  const [pdfmake, fonts] = await Promise.all([import('pdfmake'), robotoFonts()]);
  return renderPdf('default' in pdfmake ? pdfmake.default : pdfmake, fonts, doc);
}

let fonts: Promise<PdfFonts> | undefined;

function robotoFonts(): Promise<PdfFonts> {
  fonts ??= (async () => {
    const require = createRequire(__filename);
    const file = (name: string) => readFile(require.resolve(`pdfmake/fonts/Roboto/${name}`));
    const [normal, bold] = await Promise.all([file('Roboto-Regular.ttf'), file('Roboto-Medium.ttf')]);
    return { normal, bold };
  })();
  return fonts;
}

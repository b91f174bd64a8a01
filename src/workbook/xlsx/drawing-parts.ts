import type JSZip from 'jszip';

const SPREADSHEET_DRAWING = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const EMPTY_DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${SPREADSHEET_DRAWING}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"></xdr:wsDr>`;

/**
 * exceljs 4.4 matches drawing elements by their literal `xdr:` names. openpyxl writes drawings
 * (charts, images) with spreadsheetDrawing as the default namespace, `<wsDr xmlns="…">`, and
 * exceljs then crashes ("Cannot read properties of undefined (reading 'anchors')"). Such parts
 * get the `xdr:` prefix; a drawing in any other shape is emptied, which costs nothing that
 * exceljs would have kept: it writes back images only, never charts.
 */
export async function patchDrawingParts(zip: JSZip): Promise<void> {
  for (const name of Object.keys(zip.files)) {
    if (!/^xl\/drawings\/[^/]+\.xml$/.test(name)) continue;
    const xml = await zip.file(name)!.async('string');
    const root = /<([\w:]+)\b[^>]*>/.exec(xml.replace(/^<\?xml[^>]*\?>\s*/, ''));
    if (root?.[1] === 'xdr:wsDr') continue;
    if (root?.[1] === 'wsDr' && root[0].includes(`xmlns="${SPREADSHEET_DRAWING}"`)) {
      zip.file(name, prefixDefaultNamespace(xml));
    } else {
      zip.file(name, EMPTY_DRAWING);
    }
  }
}

/** Gives every unprefixed element the `xdr:` prefix and declares it. */
function prefixDefaultNamespace(xml: string): string {
  return xml
    .replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, '<$1xdr:$2')
    .replace(`xmlns="${SPREADSHEET_DRAWING}"`, `xmlns:xdr="${SPREADSHEET_DRAWING}"`);
}

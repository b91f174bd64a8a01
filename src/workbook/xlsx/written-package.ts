import JSZip from 'jszip';

/**
 * exceljs 4.4 writes an `<autoFilter>` into every table, also into one without a header row,
 * where Excel allows none (there is no header to hold the buttons). Removed after writing.
 */
export async function removeHeaderlessAutoFilters(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let changed = false;
  for (const name of Object.keys(zip.files)) {
    if (!/^xl\/tables\/table\d+\.xml$/.test(name)) continue;
    const xml = await zip.file(name)!.async('string');
    if (!/<table\b[^>]*\sheaderRowCount="0"/.test(xml)) continue;
    zip.file(name, xml.replace(/<autoFilter\b[^>]*?(?:\/>|>[\s\S]*?<\/autoFilter>)/, ''));
    changed = true;
  }
  return changed ? zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) : bytes;
}

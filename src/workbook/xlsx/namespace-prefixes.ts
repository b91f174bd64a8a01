import type JSZip from 'jszip';

/** Namespaces whose elements exceljs 4.4 recognises only without a prefix. */
const UNPREFIXED_NAMESPACES = [
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  'http://schemas.openxmlformats.org/package/2006/relationships',
];

/**
 * exceljs matches element names literally, so a part written with a prefix for its own
 * namespace (`<x:worksheet xmlns:x="…/spreadsheetml/2006/main">`, as the Open XML SDK and
 * some report generators write it) is not understood: "Unexpected xml node in parseOpen" or
 * sheets that read as empty. Such parts are rewritten with that namespace as the default.
 */
export async function unprefixParts(zip: JSZip): Promise<void> {
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name]!.dir || !/\.(xml|rels)$/.test(name)) continue;
    const xml = await zip.file(name)!.async('string');
    const unprefixed = unprefixElements(xml);
    if (unprefixed !== xml) zip.file(name, unprefixed);
  }
}

export function unprefixElements(xml: string): string {
  const root = /^(?:\s*<\?[\s\S]*?\?>|\s*<!--[\s\S]*?-->)*\s*<([A-Za-z_][\w.-]*):[A-Za-z_][\w.-]*\b[^>]*>/.exec(xml);
  if (!root) return xml;
  const prefix = root[1]!;
  const declaration = new RegExp(`\\sxmlns:${prefix}\\s*=\\s*"([^"]*)"`).exec(root[0]);
  if (!declaration || !UNPREFIXED_NAMESPACES.includes(declaration[1]!)) return xml;
  // A default namespace in use as well would be shadowed; leave such a part alone.
  if (/\sxmlns\s*=/.test(root[0])) return xml;
  return xml
    .replace(new RegExp(`<(/?)${prefix}:`, 'g'), '<$1')
    .replace(new RegExp(`\\sxmlns:${prefix}\\s*=\\s*"`), ' xmlns="');
}

/**
 * Part names inside an OPC package (the zip behind an .xlsx). Part names are kept without the
 * leading slash, as JSZip lists them: `xl/worksheets/sheet1.xml`.
 */

/** The folder a part sits in, with a trailing slash ('' for the package root). */
export function partFolder(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0 ? '' : part.slice(0, slash + 1);
}

/** The relationships part that belongs to a source part ('' = the package itself). */
export function relsPartOf(source: string): string {
  const slash = source.lastIndexOf('/');
  return `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
}

/** The source part a relationships part describes ('' for `_rels/.rels`), or null if not a rels part. */
export function sourceOfRelsPart(rels: string): string | null {
  const match = /^(.*?)_rels\/([^/]*)\.rels$/.exec(rels);
  if (!match) return null;
  return `${match[1]}${match[2]}`;
}

/** Resolves a relationship target (relative to the source's folder, or absolute from the root). */
export function resolveTarget(source: string, target: string): string {
  const base = target.startsWith('/') ? [] : partFolder(source).split('/').filter(Boolean);
  for (const segment of target.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(segment);
  }
  return base.join('/');
}

/** The relative target that leads from the source part's folder to a part. */
export function relativeTarget(source: string, part: string): string {
  const from = partFolder(source).split('/').filter(Boolean);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

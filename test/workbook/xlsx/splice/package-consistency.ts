/** Independent checks of a package's relationships and content types, for the splice tests. */
import JSZip from 'jszip';

function resolve(source: string, target: string): string {
  const base = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(segment);
  }
  return base.join('/');
}

function sourceOf(rels: string): string {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(rels)!;
  return `${m[1]}${m[2]}`;
}

/** Every broken link, part without a content type and Override without a part; [] when consistent. */
export async function inconsistencies(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name);
  const present = new Set(files.map((f) => f.toLowerCase()));
  const problems: string[] = [];
  for (const rels of files.filter((f) => /(^|\/)_rels\/[^/]*\.rels$/.test(f))) {
    const source = sourceOf(rels);
    if (source !== '' && !present.has(source.toLowerCase())) problems.push(`${rels}: its source ${source} is missing`);
    const xml = await zip.file(rels)!.async('string');
    for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
      if (/TargetMode="External"/.test(m[0])) continue;
      const target = resolve(source, /Target="([^"]*)"/.exec(m[0])![1]!);
      if (!present.has(target.toLowerCase())) problems.push(`${rels}: target ${target} is missing`);
    }
  }
  const types = await zip.file('[Content_Types].xml')!.async('string');
  const defaults = new Set([...types.matchAll(/<Default\b[^>]*Extension="([^"]*)"/g)].map((m) => m[1]!.toLowerCase()));
  const overrides = [...types.matchAll(/<Override\b[^>]*PartName="\/([^"]*)"/g)].map((m) => m[1]!.toLowerCase());
  const overridden = new Set(overrides);
  for (const part of files) {
    if (part === '[Content_Types].xml') continue;
    const extension = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
    if (!overridden.has(part.toLowerCase()) && !defaults.has(extension)) problems.push(`${part} has no content type`);
  }
  for (const part of overrides) if (!present.has(part)) problems.push(`Override for a missing part /${part}`);
  if (new Set(overrides).size !== overrides.length) problems.push('a part has two Overrides');
  return problems;
}

/** The parts no relationship leads to from the package's root (rels parts and [Content_Types].xml aside). */
export async function orphans(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name);
  const links = new Map<string, string[]>();
  for (const rels of files.filter((f) => /(^|\/)_rels\/[^/]*\.rels$/.test(f))) {
    const source = sourceOf(rels);
    const xml = await zip.file(rels)!.async('string');
    links.set(
      source.toLowerCase(),
      [...xml.matchAll(/<Relationship\b[^>]*>/g)].filter((m) => !/TargetMode="External"/.test(m[0])).map((m) => resolve(source, /Target="([^"]*)"/.exec(m[0])![1]!).toLowerCase()),
    );
  }
  const seen = new Set<string>();
  const stack = [''];
  while (stack.length > 0) {
    const part = stack.pop()!;
    if (seen.has(part)) continue;
    seen.add(part);
    stack.push(...(links.get(part) ?? []));
  }
  return files.filter((f) => f !== '[Content_Types].xml' && !/(^|\/)_rels\/[^/]*\.rels$/.test(f) && !seen.has(f.toLowerCase()));
}

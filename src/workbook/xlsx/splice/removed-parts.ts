import { relsPartOf } from '../package-paths';

/**
 * The parts that go with the parts being dropped (a replaced sheet and what only it pointed to:
 * its tables, notes and their drawing, drawings and their charts, pivot tables …): every part
 * reachable from a dropped part that nothing kept still reaches from the package's root, and
 * their relationship parts. `links` maps each source part ('' = the package) to the parts its
 * relationships lead to; `cut` are the relationships that go (source → target).
 */
export function partsLeftBehind(
  links: ReadonlyMap<string, readonly string[]>,
  dropped: readonly string[],
  cut: readonly { source: string; target: string }[],
  entries: readonly string[],
): Set<string> {
  const isCut = (source: string, target: string) => cut.some((c) => c.source === source && c.target === target);
  const droppedSet = new Set(dropped);
  const kept = reachable([''], (source) =>
    droppedSet.has(source) ? [] : (links.get(source) ?? []).filter((target) => !isCut(source, target)),
  );
  const candidates = reachable(dropped, (source) => links.get(source) ?? []);
  const removed = new Set<string>();
  const present = new Set(entries);
  for (const part of candidates) {
    if (kept.has(part) && !droppedSet.has(part)) continue;
    if (present.has(part)) removed.add(part);
    const rels = relsPartOf(part);
    if (present.has(rels)) removed.add(rels);
  }
  return removed;
}

function reachable(starts: readonly string[], next: (part: string) => readonly string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...starts];
  while (stack.length > 0) {
    const part = stack.pop()!;
    if (seen.has(part)) continue;
    seen.add(part);
    stack.push(...next(part));
  }
  return seen;
}

import { editDistance, foldAccents } from '../nameDistance';
import { msg, type Message } from '../messages/catalog';
import type { Names } from '../messages/wording';

/**
 * Finds the names a text is probably a mistyped form of. Both are compared folded: case, accents
 * and every space ignored ("Lon bastjanst", "Kund reskontra"). A name of 9 characters or more
 * (folded) matches within 2 typing mistakes (Damerau–Levenshtein: a letter wrong, left out,
 * added, or swapped with its neighbour), one of 4–8 characters within 1, and a shorter one only
 * when equal once folded: one letter changes "IT" into "IS" or "HR" into "HK", other words.
 */
export class MistypedNames {
  private readonly names: { name: string; folded: string }[] = [];
  private readonly seen = new Set<string>();

  constructor(names: Iterable<string> = []) {
    for (const name of names) this.add(name);
  }

  add(name: string): void {
    const folded = fold(name);
    if (folded === '' || this.seen.has(folded)) return;
    this.seen.add(folded);
    this.names.push({ name, folded });
  }

  /** The closest names within their allowed distance, in Swedish alphabetical order (at most three); [] if none. */
  suggest(text: string): string[] {
    const t = fold(text);
    if (t === '') return [];
    let best = Infinity;
    let found: string[] = [];
    for (const { name, folded } of this.names) {
      const allowed = allowedMistakes(folded);
      if (Math.abs(folded.length - t.length) > allowed) continue;
      const d = folded === t ? 0 : editDistance(t, folded);
      if (d > allowed || d > best) continue;
      if (d < best) {
        best = d;
        found = [];
      }
      found.push(name);
    }
    return found.sort((a, b) => a.localeCompare(b, 'sv')).slice(0, 3);
  }
}

/** How many typing mistakes a name of this (folded) length may carry and still be recognised. */
export function allowedMistakes(folded: string): number {
  const n = [...folded].length;
  return n <= 3 ? 0 : n <= 8 ? 1 : 2;
}

function fold(name: string): string {
  return foldAccents(name).replace(/\s+/g, '');
}

/** True when the names differ only in case, spaces or accents. */
export function sameWhenFolded(a: string, b: string): boolean {
  return fold(a) === fold(b);
}

/** Names for a message, every one as it is: a closed list, or the few that suggest() gives. */
export function allNames(list: readonly string[]): Names {
  return { names: [...list], more: 0 };
}

/** "Menade du A eller B?" for the names suggest() gave; null when it gave none. */
export function didYouMean(near: readonly string[]): Message | null {
  return near.length > 0 ? msg('didYouMean', { near: allNames(near) }) : null;
}

import { withoutMarks } from './names';
import { normalizeName } from './schema';

/** A name as the contract matches it (normalizeName), with its accents dropped: "Sodermalm" finds "Södermalm". */
export function foldAccents(name: string): string {
  return withoutMarks(normalizeName(name));
}

/**
 * The Damerau–Levenshtein distance in its optimal-string-alignment form: the number of letters
 * typed wrong, left out, added or swapped with their neighbour.
 */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = new Array<number>(n + 1).fill(0);
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] as number) + 1);
      cur[j] = d;
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[n] as number;
}

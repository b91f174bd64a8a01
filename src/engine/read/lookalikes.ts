import { confusableLetters, lookOf, withoutMarks } from '../names';
import { normalizeName } from '../schema';
import type { TableReader } from './tableReader';
import { msg, type Message } from '../messages/catalog';
import type { ForeignLetter, NameKind } from '../messages/read';

interface Spelling {
  key: string;
  name: string;
  row: number;
}

/**
 * The distinct names of one column of a defining table (Nycklar's Kund, Tjänster's Tjänst …),
 * and the pairs among them that look alike but do not match: names that differ only by
 * diacritics ("Sodermalm", "Södermalm") or by letters of another alphabet drawn like Latin ones
 * (Cyrillic "а"). Each such name is a warning naming both cells. Grouping by look makes it
 * linear in the number of names.
 */
export class Lookalikes {
  private readonly byLook = new Map<string, Spelling[]>();

  /** `what`: what the names name, "customer" (said as "kunden" / "the customer"). */
  constructor(
    private readonly table: TableReader,
    private readonly column: string,
    private readonly what: NameKind,
  ) {}

  add(name: string, row: number): void {
    const key = normalizeName(name);
    const look = lookOf(name);
    let group = this.byLook.get(look);
    if (!group) this.byLook.set(look, (group = []));
    if (!group.some((g) => g.key === key)) group.push({ key, name, row });
  }

  report(): void {
    for (const group of this.byLook.values()) {
      const first = group[0] as Spelling;
      for (const other of group.slice(1)) {
        const likeCell = this.table.place(first.row, this.column).cell ?? null;
        const at = this.table.place(other.row, this.column);
        const differs = difference(other.name, first.name);
        this.table.report.warning('lookalike-name', at, msg('lookalikeName', { at, what: this.what, name: other.name, like: first.name, likeRow: first.row, likeCell, difference: differs }));
      }
    }
  }
}

/** Why two lookalike names differ, as the end of a sentence: diacritics, or which letters of another alphabet. */
export function difference(a: string, b: string): Message {
  if (withoutMarks(a) === withoutMarks(b)) return msg('differsInMarks', {});
  const letters = [...new Set([...confusableLetters(a), ...confusableLetters(b)])];
  return msg('differsInAlphabet', { letters: letters.map(describeLetter) });
}

function describeLetter(c: string): ForeignLetter {
  const script = /\p{Script=Cyrillic}/u.test(c) ? 'cyrillic' : /\p{Script=Greek}/u.test(c) ? 'greek' : 'other';
  return { script, letter: c, code: (c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0') };
}

/**
 * Finds, for a name that matches nothing, the defined name it looks like: "kunden "Sodermalm"
 * finns inte … men "Södermalm" finns". The index is made on first use, from every defined name.
 */
export class LookIndex {
  private index: Map<string, string> | null = null;
  /** The answer per text: an unknown name is reported on every row it is on. */
  private readonly answers = new Map<string, string | undefined>();

  constructor(private readonly names: () => Iterable<string>) {}

  similar(text: string): string | undefined {
    if (this.answers.has(text)) return this.answers.get(text);
    if (this.index === null) {
      this.index = new Map();
      for (const name of this.names()) {
        const look = lookOf(name);
        if (!this.index.has(look)) this.index.set(look, name);
      }
    }
    const answer = this.index.get(lookOf(text));
    this.answers.set(text, answer);
    return answer;
  }
}

/** The sentence an unknown-name error ends with when a defined name looks like it, else null. */
export function lookalikeHint(text: string, similar: string | undefined): Message | null {
  return similar === undefined ? null : msg('lookalikeHint', { similar, difference: difference(text, similar) });
}

import { confusableLetters, lookOf, withoutMarks } from '../names';
import { normalizeName } from '../schema';
import type { TableReader } from './tableReader';

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

  /** `what`: the name's noun with its article, "kunden", "tjänsten". */
  constructor(
    private readonly table: TableReader,
    private readonly column: string,
    private readonly what: string,
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
        const cell = this.table.place(first.row, this.column).cell;
        const row = this.table.place(other.row, this.column);
        this.table.report.warning(
          'lookalike-name',
          row,
          `${this.table.name} rad ${other.row}, kolumn ${this.column}${row.cell ? ` (${row.cell})` : ''}: ${this.what} "${other.name}" ser ut som "${first.name}" på rad ${first.row}${cell ? ` (${cell})` : ''} men ${difference(other.name, first.name)}, så de räknas som två olika. Skriv namnen likadant om de avser samma.`,
        );
      }
    }
  }
}

/** Why two lookalike names differ, in words: diacritics, or which letters of another alphabet. */
export function difference(a: string, b: string): string {
  if (withoutMarks(a) === withoutMarks(b)) return 'skiljer sig i accenter eller andra tecken över eller under bokstäverna';
  const letters = [...new Set([...confusableLetters(a), ...confusableLetters(b)])];
  return `innehåller bokstäver från ett annat alfabet som liknar latinska: ${letters.map(describeLetter).join(', ')}`;
}

function describeLetter(c: string): string {
  const script = /\p{Script=Cyrillic}/u.test(c) ? 'kyrilliskt' : /\p{Script=Greek}/u.test(c) ? 'grekiskt' : 'tecknet';
  return `${script} "${c}" (U+${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')})`;
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

/** The sentence an unknown-name error ends with when a defined name looks like it, else ''. */
export function lookalikeHint(text: string, similar: string | undefined): string {
  return similar === undefined ? '' : ` Det finns "${similar}", som ser likadan ut men ${difference(text, similar)}.`;
}

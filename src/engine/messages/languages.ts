import type { Place } from '../problems';
import { MONTH_NAMES } from '../months';
import type { Language, Names, Wording } from './wording';
import type { Message } from './catalog';

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "T rad R, kolumn C (cell)" in the words of a language; a part the place lacks is left out. */
function whereIn(words: { row: string; column: string }, at: Place): string {
  const row = at.row === null || at.row === undefined ? '' : ` ${words.row} ${at.row}`;
  const column = at.column === null || at.column === undefined ? '' : `${row ? ',' : ''} ${words.column} ${at.column}`;
  const cell = at.cell ? ` (${at.cell})` : '';
  return `${at.table}${row}${column}${cell}`;
}

/** A list of names: "A, B, C … och 4 till" (more), "A, B och C" (`and`), "A, B, C". */
function listIn(words: { and: string; more: (n: number) => string }, list: Names, and: boolean): string {
  const shown = list.names.map(String);
  if (list.more > 0) return `${shown.join(', ')} … ${words.more(list.more)}`;
  if (and && shown.length > 1) return `${shown.slice(0, -1).join(', ')} ${words.and} ${shown.at(-1)}`;
  return shown.join(', ');
}

export function wordingFor(lang: Language, render: (message: Message, lang: Language) => string): Wording {
  if (lang === 'sv') {
    return {
      lang,
      where: (at) => whereIn({ row: 'rad', column: 'kolumn' }, at),
      list: (names, and = false) => listIn({ and: 'och', more: (n) => `och ${n} till` }, names, and),
      orList: (names) => listIn({ and: 'eller', more: (n) => `eller ${n} till` }, names, true),
      month: (index) => MONTH_NAMES[index] ?? '',
      text: (message) => render(message as Message, 'sv'),
    };
  }
  return {
    lang,
    where: (at) => whereIn({ row: 'row', column: 'column' }, at),
    list: (names, and = false) => listIn({ and: 'and', more: (n) => `and ${n} more` }, names, and),
    orList: (names) => listIn({ and: 'or', more: (n) => `or ${n} more` }, names, true),
    month: (index) => ENGLISH_MONTHS[index] ?? '',
    text: (message) => render(message as Message, 'en'),
  };
}

import { foldAccents } from '../nameDistance';
import { msg } from '../messages/catalog';
import { FROM_MONTH, TO_MONTH } from './activeMonths';
import { MistypedNames } from './mistypedNames';
import type { TableReader } from './tableReader';

/** Words that start a span ("Startmånad", "Från"), and words that end one ("Slutmånad", "Till"). */
const STARTS = ['start', 'fran', 'borjan', 'borjar', 'forsta', 'begin', 'from', 'in', 'inflytt'];
const ENDS = ['slut', 'slutar', 'till', 'sista', 'end', 'to', 'ut', 'avslut', 'utflytt', 'upphor'];
const MONTH_WORDS = ['manad', 'man', 'mnd', 'month', 'datum', 'date'];
const EDGE = `(${[...STARTS, ...ENDS].join('|')})`;
const MONTH = `(${MONTH_WORDS.join('|')})`;
/** Words that say a span's edge alone ("Start", "Till"); "In" or "Ut" alone may be a key. */
const ALONE = '(start|slut|fran|till|borjar|slutar)';
/** "startmanad", "fran man", "slutdatum", "manad till", "start", "till" (folded: accents, case and spaces gone). */
const MONTH_LIKE = new RegExp(`^(${EDGE}(s|ens)?${MONTH}(en)?|${MONTH}(en)?${EDGE}|${ALONE})$`);

/**
 * An extra column of Nycklar is an allocation key, so a column meant to say when a customer
 * starts or ends (Startmånad, Slutdatum, Från mån) would be read as a key and the customer billed
 * the whole year. Such a header is an error at its cell, naming the contract's column.
 */
export function reportMonthLikeKeys(table: TableReader): void {
  const contract = new MistypedNames([FROM_MONTH, TO_MONTH]);
  for (const extra of table.extras) {
    const folded = foldAccents(extra.header).replace(/[\s_.-]+/g, '');
    const near = contract.suggest(extra.header);
    const match = MONTH_LIKE.exec(folded);
    if (near.length === 0 && match === null) continue;
    const suggestion = near[0] ?? (ENDS.some((e) => folded.startsWith(e) || folded.endsWith(e)) ? TO_MONTH : FROM_MONTH);
    const at = { table: table.name, row: null, column: extra.header, cell: table.address(0, extra.index) };
    table.report.error('month-column-as-key', at, msg('monthColumnAsKey', { at, header: extra.header, suggestion }));
  }
}

import { Dec } from '../decimal';
import { msg } from '../messages/catalog';
import { ProblemList } from '../read/problemList';
import { decodeCp437 } from './cp437';
import { sieAmount } from './amount';
import { sieFields, type SieField } from './sieTokens';
import { sieDateMonth, siePeriodMonth } from './ledgerMonth';
import type { LedgerFile, LedgerRow } from './types';

/** The SIE records an import reads amounts from. */
export const SIE_POSTS = ['TRANS', 'PBUDGET', 'PSALDO'] as const;
export type SiePost = (typeof SIE_POSTS)[number];

/** One amount of a SIE file, before its dimensions are named. */
export interface SieAmount {
  line: number;
  konto: string;
  /** Dimension number → object id, from the record's object list. */
  objects: Map<number, string>;
  amount: string;
  /** #PBUDGET and #PSALDO: the year (0 = this year, -1 the year before) and period (YYYYMM). */
  year?: number;
  period?: string;
  /** #TRANS: its transdat as written, or its #VER's verdatum when it has none (4B: "antas avse verifikationsdatum"), and the line that gives it. */
  date?: { text: string; line: number; label: '#TRANS' | '#VER' };
}

export interface SieFile {
  sieType: string | null;
  /** #DIM: dimension number → its name. */
  dimensions: Map<number, string>;
  posts: Record<SiePost, SieAmount[]>;
}

/**
 * A strict reader of SIE files (SIE 4B, "SIE – Standard Import och Export", SIE-Gruppen), for
 * the records an import needs: #TRANS inside #VER { … } (SIE 4), #PBUDGET and #PSALDO (SIE 3
 * and 4), with #FORMAT, #SIETYP and #DIM. No maintained SIE library exists on npm, so it is
 * written here. The file is CP437 ("PC8"), as the standard prescribes; a #FORMAT other than PC8
 * is an error. Labels it does not read (#KONTO, #IB, #UB, #RES, #KSUMMA …) are skipped, as the
 * standard tells readers to; a line it cannot read is an error naming its line number.
 * #RTRANS and #BTRANS are skipped: the standard writes each added transaction (#RTRANS) again
 * as a #TRANS, and a removed one (#BTRANS) is no longer part of the voucher.
 */
export function readSie(bytes: Uint8Array, file: string, problems: ProblemList): SieFile {
  const lines = decodeCp437(bytes).split(/\r?\n/);
  const result: SieFile = { sieType: null, dimensions: new Map(), posts: { TRANS: [], PBUDGET: [], PSALDO: [] } };
  let voucher: 'none' | 'header' | 'open' = 'none';
  let voucherLine = 0;
  let voucherDate = '';
  lines.forEach((raw, index) => {
    const line = index + 1;
    const text = raw.replace(/\r$/, '');
    if (text.trim() === '') return;
    const fail = (reason: Parameters<typeof sieLineProblem>[2]) => problems.error('sie-unreadable', { table: file, row: line }, sieLineProblem(file, line, reason));
    const trimmed = text.trim();
    if (trimmed === '{') {
      if (voucher !== 'header') return fail({ kind: 'brace-without-voucher' });
      voucher = 'open';
      return;
    }
    if (trimmed === '}') {
      if (voucher !== 'open') return fail({ kind: 'stray-brace' });
      voucher = 'none';
      return;
    }
    const fields = sieFields(trimmed);
    if (typeof fields === 'string') return fail({ kind: fields });
    const first = fields[0];
    if (!first || first.list || !/^#[A-Z0-9]+$/.test(first.text)) return fail({ kind: 'not-a-label', text: shorten(trimmed) });
    const label = first.text;
    if (voucher === 'header') {
      // A #VER's transactions follow on the next line, inside { }.
      return fail({ kind: 'voucher-without-brace', voucherLine });
    }
    const args = fields.slice(1);
    if (voucher === 'open' && !['#TRANS', '#RTRANS', '#BTRANS'].includes(label)) return fail({ kind: 'label-in-voucher', label });
    switch (label) {
      case '#FORMAT': {
        const format = plain(args[0]);
        if (format !== 'PC8') fail({ kind: 'format', format: format ?? '' });
        return;
      }
      case '#SIETYP':
        result.sieType = plain(args[0]) ?? null;
        return;
      case '#DIM': {
        const number = plain(args[0]);
        if (number === undefined || !/^\d+$/.test(number)) return fail({ kind: 'field', label, field: 'dimensionsnr' });
        result.dimensions.set(Number(number), plain(args[1]) ?? '');
        return;
      }
      case '#VER':
        voucher = 'header';
        voucherLine = line;
        // #VER serie verno verdatum …: read when a #TRANS without transdat needs it.
        voucherDate = plain(args[2]) ?? '';
        return;
      case '#TRANS': {
        if (voucher !== 'open') return fail({ kind: 'trans-outside-voucher' });
        const amount = amountRecord(args, 0, line, label, fail);
        // #TRANS kontonr {objektlista} belopp transdat …; an empty transdat ("") is none.
        const transdat = plain(args[3]) ?? '';
        if (!amount) return;
        amount.date = transdat === '' ? { text: voucherDate, line: voucherLine, label: '#VER' } : { text: transdat, line, label: '#TRANS' };
        result.posts.TRANS.push(amount);
        return;
      }
      case '#RTRANS':
      case '#BTRANS':
        if (voucher !== 'open') return fail({ kind: 'trans-outside-voucher' });
        return;
      case '#PBUDGET':
      case '#PSALDO': {
        const year = plain(args[0]);
        if (year === undefined || !/^-?\d+$/.test(year)) return fail({ kind: 'field', label, field: 'årsnr' });
        const period = plain(args[1]);
        if (period === undefined || !/^\d{4}(0[1-9]|1[0-2])$/.test(period)) return fail({ kind: 'field', label, field: 'period' });
        const amount = amountRecord(args, 2, line, label, fail);
        if (amount) result.posts[label === '#PBUDGET' ? 'PBUDGET' : 'PSALDO'].push({ ...amount, year: Number(year), period });
        return;
      }
      default:
        return;
    }
  });
  if (voucher !== 'none') {
    problems.error('sie-unreadable', { table: file, row: voucherLine }, sieLineProblem(file, voucherLine, { kind: 'voucher-not-closed' }));
  }
  return result;
}

type Fail = (reason: Parameters<typeof sieLineProblem>[2]) => void;

/** `konto {objektlista} belopp …` from field `at` on. */
function amountRecord(args: SieField[], at: number, line: number, label: string, fail: Fail): SieAmount | null {
  const konto = plain(args[at]);
  if (konto === undefined || konto === '') return fail({ kind: 'field', label, field: 'kontonr' }), null;
  const list = args[at + 1];
  if (!list || !list.list) return fail({ kind: 'field', label, field: 'objektlista' }), null;
  if (list.items.length % 2 !== 0) return fail({ kind: 'object-list' }), null;
  const objects = new Map<number, string>();
  for (let i = 0; i < list.items.length; i += 2) {
    const dimension = list.items[i] as string;
    if (!/^\d+$/.test(dimension) || objects.has(Number(dimension))) return fail({ kind: 'object-list' }), null;
    objects.set(Number(dimension), list.items[i + 1] as string);
  }
  const amountText = plain(args[at + 2]);
  if (amountText === undefined) return fail({ kind: 'field', label, field: 'belopp' }), null;
  const amount = sieAmount(amountText);
  if (amount === null) return fail({ kind: 'amount', label, text: shorten(amountText) }), null;
  return { line, konto, objects, amount };
}

function plain(field: SieField | undefined): string | undefined {
  return field && !field.list ? field.text : undefined;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

export function sieLineProblem(
  file: string,
  line: number,
  reason:
    | { kind: 'unclosed-quote' | 'unclosed-list' | 'nested-list' | 'stray-brace' | 'control-character' | 'object-list' | 'trans-outside-voucher' | 'brace-without-voucher' | 'voucher-not-closed' }
    | { kind: 'not-a-label'; text: string }
    | { kind: 'voucher-without-brace'; voucherLine: number }
    | { kind: 'label-in-voucher'; label: string }
    | { kind: 'format'; format: string }
    | { kind: 'field'; label: string; field: string }
    | { kind: 'amount'; label: string; text: string },
) {
  return msg('sieUnreadableLine', { file, line, reason });
}

/**
 * The amounts of one post as ledger rows, dimensions named by the SIE numbers: Ansvar is
 * dimension 1 (kostnadsställe), Verksamhet the dimension a #DIM names "Verksamhet", Aktivitet
 * the dimension a #DIM names "Aktivitet", else dimension 6 (projekt). #PBUDGET and #PSALDO are
 * read for year 0 (the file's current year). Their row with an empty object list is the
 * account's total for the period; rows with objects break it down: those rows are read, and
 * what of the total they do not cover is read as a row without objects (at the total's line).
 * A breakdown by two different sets of dimensions cannot be added up and is an error.
 */
export function sieLedger(sie: SieFile, post: SiePost, file: string, problems: ProblemList, months = false): LedgerFile {
  const named = (name: string) => [...sie.dimensions].find(([, n]) => n.trim().toLocaleLowerCase('sv-SE') === name)?.[0];
  const verksamhet = named('verksamhet');
  const aktivitet = named('aktivitet') ?? 6;
  const toRow = (a: SieAmount, amount = a.amount, objects = a.objects): LedgerRow => {
    const row: LedgerRow = {
      line: a.line,
      konto: a.konto,
      ansvar: objects.get(1) ?? '',
      verksamhet: verksamhet === undefined ? '' : (objects.get(verksamhet) ?? ''),
      aktivitet: objects.get(aktivitet) ?? '',
      amount,
    };
    if (months && a.period !== undefined) row.month = siePeriodMonth(a.period);
    return row;
  };
  const kind = `SIE${sie.sieType ? ` ${sie.sieType}` : ''} #${post}`;
  if (post === 'TRANS') {
    const rows = sie.posts.TRANS.map((a) => toRow(a));
    if (months) transactionMonths(sie.posts.TRANS, rows, file, problems);
    return { kind, rows };
  }

  const groups = new Map<string, { totals: SieAmount[]; parts: SieAmount[] }>();
  for (const a of sie.posts[post]) {
    if (a.year !== 0) continue;
    const key = `${a.period}\u0000${a.konto}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { totals: [], parts: [] }));
    (a.objects.size === 0 ? group.totals : group.parts).push(a);
  }
  const rows: LedgerRow[] = [];
  for (const { totals, parts } of groups.values()) {
    const shapes = new Set(parts.map((p) => [...p.objects.keys()].sort((x, y) => x - y).join(',')));
    if (shapes.size > 1) {
      const [a, b] = [parts[0] as SieAmount, parts.find((p) => [...p.objects.keys()].sort((x, y) => x - y).join(',') !== [...(parts[0] as SieAmount).objects.keys()].sort((x, y) => x - y).join(',')) as SieAmount];
      problems.error('sie-overlapping-breakdown', { table: file, row: b.line }, msg('sieOverlappingBreakdown', { file, line: b.line, other: a.line, post, konto: b.konto, period: b.period ?? '' }));
      continue;
    }
    rows.push(...parts.map((p) => toRow(p)));
    if (totals.length > 1) {
      const second = totals[1] as SieAmount;
      problems.error('sie-duplicate-total', { table: file, row: second.line }, msg('sieDuplicateTotal', { file, line: second.line, other: (totals[0] as SieAmount).line, post, konto: second.konto, period: second.period ?? '' }));
      continue;
    }
    const total = totals[0];
    if (total === undefined) continue;
    const rest = parts.reduce((sum, p) => sum.minus(p.amount), new Dec(total.amount));
    if (parts.length === 0) rows.push(toRow(total));
    else if (!rest.isZero()) rows.push(toRow(total, rest.toFixed()));
  }
  rows.sort((a, b) => a.line - b.line);
  return { kind, rows };
}

/**
 * Each #TRANS row's month, from its transdat or its voucher's verdatum (ÅÅÅÅMMDD); a date that
 * is missing or no date is an error on the line that gives it (once for a voucher's date).
 */
function transactionMonths(amounts: readonly SieAmount[], rows: LedgerRow[], file: string, problems: ProblemList): void {
  const reported = new Set<number>();
  amounts.forEach((a, i) => {
    const date = a.date ?? { text: '', line: a.line, label: '#TRANS' as const };
    const month = sieDateMonth(date.text);
    if (month !== null) {
      (rows[i] as LedgerRow).month = month;
      return;
    }
    if (reported.has(date.line)) return;
    reported.add(date.line);
    problems.error('sie-bad-date', { table: file, row: date.line }, msg('actualsBadSieDate', { file, line: date.line, label: date.label, text: date.text.slice(0, 40) }));
  });
}

import { Dec } from './decimal';

export type NumberText =
  | { kind: 'number'; value: Dec }
  | { kind: 'ambiguous' }
  | { kind: 'invalid' };

const SPACES = /[\s\u00a0\u202f\u2009]/g;

/**
 * Reads text that is unambiguously a number in Swedish or English notation: "1 234,50",
 * "1234.5", "12,5 %", "-3", "1.234,5", "1,234.5". A lone separator followed by exactly three
 * digits after one to three leading digits ("1,234", "12.500") could be either a thousands
 * separator or a decimal one, so it is ambiguous. A trailing % divides by 100.
 */
export function parseNumberText(text: string): NumberText {
  let s = text.trim();
  if (s === '') return { kind: 'invalid' };
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1);
  }
  s = s.replace(SPACES, '').replace(/^\u2212/, '-');
  const sign = s.startsWith('-') ? '-' : '';
  if (s.startsWith('-') || s.startsWith('+')) s = s.slice(1);
  if (!/^[0-9.,]+$/.test(s) || !/[0-9]/.test(s)) return { kind: 'invalid' };

  const commas = (s.match(/,/g) ?? []).length;
  const dots = (s.match(/\./g) ?? []).length;
  let normalized: string;
  if (commas > 0 && dots > 0) {
    const decimalSep = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const groupSep = decimalSep === ',' ? '.' : ',';
    const [intPart, fracPart, ...rest] = s.split(decimalSep);
    if (rest.length > 0 || fracPart === undefined || !isGrouped(intPart ?? '', groupSep)) return { kind: 'invalid' };
    normalized = `${(intPart ?? '').split(groupSep).join('')}.${fracPart}`;
  } else if (commas + dots === 0) {
    normalized = s;
  } else {
    const sep = commas > 0 ? ',' : '.';
    const parts = s.split(sep);
    if (parts.length > 2) {
      if (!isGrouped(s, sep)) return { kind: 'invalid' };
      normalized = parts.join('');
    } else {
      const [intPart = '', fracPart = ''] = parts;
      if (fracPart === '') return { kind: 'invalid' };
      if (fracPart.length === 3 && /^[1-9][0-9]{0,2}$/.test(intPart)) return { kind: 'ambiguous' };
      normalized = `${intPart === '' ? '0' : intPart}.${fracPart}`;
    }
  }
  let value = new Dec(sign + normalized);
  if (percent) value = value.div(100);
  return { kind: 'number', value };
}

/** "1,234,567" with sep ",": groups of three after a first group of one to three digits. */
function isGrouped(intPart: string, sep: string): boolean {
  const groups = intPart.split(sep);
  if (groups.length === 1) return /^[0-9]+$/.test(intPart);
  return /^[1-9][0-9]{0,2}$/.test(groups[0] ?? '') && groups.slice(1).every((g) => /^[0-9]{3}$/.test(g));
}

/**
 * One SIE line split into its fields (SIE 4B, section 5): fields are separated by spaces or
 * tabs; a field in double quotes may hold spaces, `\"` is a quote and `\\` a backslash inside
 * it; `{ … }` is an object list, whose items are fields of the same kind. Anything else is a
 * plain field up to the next space, tab, `{`, `}` or quote.
 */
export type SieField = { list: false; text: string } | { list: true; items: string[] };

export type SieTokenProblem = 'unclosed-quote' | 'unclosed-list' | 'nested-list' | 'stray-brace' | 'control-character';

export function sieFields(line: string): SieField[] | SieTokenProblem {
  const fields: SieField[] = [];
  let list: string[] | null = null;
  let i = 0;
  while (i < line.length) {
    const c = line[i] as string;
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    if (c < ' ') return 'control-character';
    if (c === '{') {
      if (list !== null) return 'nested-list';
      list = [];
      i++;
      continue;
    }
    if (c === '}') {
      if (list === null) return 'stray-brace';
      fields.push({ list: true, items: list });
      list = null;
      i++;
      continue;
    }
    let text = '';
    if (c === '"') {
      i++;
      let closed = false;
      while (i < line.length) {
        const d = line[i] as string;
        if (d === '\\' && (line[i + 1] === '"' || line[i + 1] === '\\')) {
          text += line[i + 1];
          i += 2;
        } else if (d === '"') {
          closed = true;
          i++;
          break;
        } else {
          if (d < ' ' && d !== '\t') return 'control-character';
          text += d;
          i++;
        }
      }
      if (!closed) return 'unclosed-quote';
    } else {
      while (i < line.length && !/[ \t{}"]/.test(line[i] as string)) {
        if ((line[i] as string) < ' ') return 'control-character';
        text += line[i];
        i++;
      }
    }
    if (list !== null) list.push(text);
    else fields.push({ list: false, text });
  }
  if (list !== null) return 'unclosed-list';
  return fields;
}

/**
 * A small CSV reader written for the tests, independent of the writer's library: RFC 4180
 * records with a chosen separator, CRLF line ends, fields in double quotes with "" for a quote.
 * Throws on anything else (a lone LF or CR, a stray quote), so the tests see malformed output.
 */
export function readCsv(text: string, separator = ';'): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`CSV: ${what} at character ${i} (record ${records.length + 1})`);
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '"' && field === '') {
      i += 1;
      for (;;) {
        if (i >= text.length) fail('unterminated quote');
        const q = text[i] as string;
        if (q === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (q === '"') {
          i += 1;
          break;
        } else {
          field += q;
          i += 1;
        }
      }
      const next = text[i];
      if (next !== undefined && next !== separator && next !== '\r') fail('text after a closing quote');
      continue;
    }
    if (c === separator) {
      record.push(field);
      field = '';
      i += 1;
    } else if (c === '\r') {
      if (text[i + 1] !== '\n') fail('CR without LF');
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else if (c === '\n') {
      fail('LF without CR');
    } else if (c === '"') {
      fail('a quote inside an unquoted field');
    } else {
      field += c;
      i += 1;
    }
  }
  if (field !== '' || record.length > 0) fail('last record without CRLF');
  return records;
}

/** A field as Swedish Excel reads it: a number with a decimal comma and no grouping, or text. */
export function swedishNumber(field: string): number | null {
  return /^-?\d+(,\d+)?$/.test(field) ? Number(field.replace(',', '.')) : null;
}

/** How much of a part's start is kept to find its root element. */
const HEAD = 4096;
/** How much of a part's end is kept to find the root's end tag. */
const TAIL = 1024;

/**
 * Watches a part's bytes go by, keeping only its first and last kilobytes, and tells whether the
 * part ends by closing the element it starts with. exceljs's parser is never told that a part
 * has ended, so a part cut short (`<row r="5"><c r="A5"` and nothing more) is read as far as it
 * goes, without an error: rows or strings would silently be missing.
 */
export class XmlEndWatcher {
  private readonly decoder = new TextDecoder('latin1');
  private head = '';
  private tail = '';

  push(chunk: Uint8Array): void {
    const text = this.decoder.decode(chunk, { stream: true });
    if (this.head.length < HEAD) this.head += text.slice(0, HEAD - this.head.length);
    this.tail = text.length >= TAIL ? text.slice(-TAIL) : (this.tail + text).slice(-TAIL);
  }

  /** The root element's name when the part does not end with its end tag; null when it does (or has no root to judge by). */
  unclosedRoot(): string | null {
    const root = /<([A-Za-z_][\w.:-]*)(?:\s[^>]*?)?(\/?)>/.exec(this.head);
    if (!root || root[2] === '/') return null;
    let end = this.tail;
    // Comments, processing instructions and white space may follow the root.
    for (let previous = ''; previous !== end; ) {
      previous = end;
      end = end.replace(/(?:\s+|<!--[\s\S]*?-->|<\?[\s\S]*?\?>)$/, '');
    }
    return new RegExp(`</${root[1]!.replace(/[.]/g, '\\.')}\\s*>$`).test(end) ? null : root[1]!;
  }
}

/** How much of a part's start is kept to find its root element. */
const HEAD = 4096;
/** How much of a part's end is kept to find the root's end tag. */
const TAIL = 1024;
/** A reference as OOXML allows them (it forbids DTDs, so only XML's five names). */
const REFERENCE = /&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/y;
/** The longest reference worth waiting for across chunks: `&#x10FFFF;` and a margin. */
const LONGEST_REFERENCE = 12;

/** Why exceljs would read a part only partly without a word. */
export type Incompleteness =
  | { kind: 'ampersand'; context: string }
  | { kind: 'unclosed'; what: 'comment' | 'cdata' | 'instruction' }
  | { kind: 'root'; name: string };

type State = 'text' | 'comment' | 'cdata' | 'instruction';
const ENDS: Record<Exclude<State, 'text'>, string> = { comment: '-->', cdata: ']]>', instruction: '?>' };

/**
 * Watches a part's text go by (a byte to a character) for what exceljs's XML parser swallows
 * without an error: it is never told that a part has ended, so it reports nothing for a part
 * cut short (`<row r="5"><c r="A5"` and no more), nor for a comment or CDATA section left open,
 * and an `&` that starts no reference (`AT&T`) makes it take all that follows for the name of
 * an entity. Each would silently leave rows or strings out. Keeps only the part's first and
 * last kilobytes and what a chunk ends in the middle of.
 */
export class XmlCompletenessWatcher {
  private head = '';
  private tail = '';
  private pending = '';
  private state: State = 'text';
  private found: Incompleteness | null = null;

  push(text: string): void {
    if (this.head.length < HEAD) this.head += text.slice(0, HEAD - this.head.length);
    this.tail = text.length >= TAIL ? text.slice(-TAIL) : (this.tail + text).slice(-TAIL);
    if (this.found === null) this.scan(this.pending + text, false);
  }

  /** What is wrong in the text gone by so far (an `&` that starts no reference), or null; the rest only end() can tell. */
  foundSoFar(): Incompleteness | null {
    return this.found;
  }

  /** What is wrong once the whole part has gone by, or null. */
  end(): Incompleteness | null {
    if (this.found === null && this.pending !== '') this.scan(this.pending, true);
    if (this.found !== null) return this.found;
    if (this.state !== 'text') return { kind: 'unclosed', what: this.state };
    const root = /<([A-Za-z_][\w.:-]*)(?:\s[^>]*?)?(\/?)>/.exec(this.head);
    if (!root || root[2] === '/') return null;
    let end = this.tail;
    // Comments, processing instructions and white space may follow the root.
    for (let previous = ''; previous !== end; ) {
      previous = end;
      end = end.replace(/(?:\s+|<!--[\s\S]*?-->|<\?[\s\S]*?\?>)$/, '');
    }
    return new RegExp(`</${root[1]!.replace(/[.]/g, '\\.')}\\s*>$`).test(end) ? null : { kind: 'root', name: root[1]! };
  }

  private scan(text: string, last: boolean): void {
    this.pending = '';
    let at = 0;
    let ampersand = -2;
    let markup = -2;
    while (at < text.length) {
      if (this.state !== 'text') {
        const endMark = ENDS[this.state];
        const close = text.indexOf(endMark, at);
        if (close < 0) {
          this.pending = last ? '' : text.slice(Math.max(at, text.length - endMark.length + 1));
          return;
        }
        this.state = 'text';
        at = close + endMark.length;
        continue;
      }
      if (ampersand < at && ampersand !== -1) ampersand = text.indexOf('&', at);
      if (markup < at && markup !== -1) markup = nextMarkup(text, at);
      const next = Math.min(ampersand < 0 ? Infinity : ampersand, markup < 0 ? Infinity : markup);
      if (next === Infinity) {
        this.pending = !last && text.endsWith('<') ? '<' : '';
        return;
      }
      if (!last && text.length - next < LONGEST_REFERENCE) {
        this.pending = text.slice(next);
        return;
      }
      if (next === ampersand) {
        REFERENCE.lastIndex = next;
        if (!REFERENCE.test(text)) {
          // 30 characters before it (from the tail, which ends where text does) and 12 from it.
          const earlier = text.length >= this.tail.length ? '' : this.tail.slice(0, this.tail.length - text.length);
          const before = (earlier + text.slice(Math.max(0, next - 30), next)).slice(-30);
          this.found = { kind: 'ampersand', context: before + text.slice(next, next + LONGEST_REFERENCE) };
          return;
        }
        at = REFERENCE.lastIndex;
      } else if (text.startsWith('<!--', next)) {
        this.state = 'comment';
        at = next + 4;
      } else if (text.startsWith('<![CDATA[', next)) {
        this.state = 'cdata';
        at = next + 9;
      } else if (text.startsWith('<?', next)) {
        this.state = 'instruction';
        at = next + 2;
      } else {
        at = next + 2;
      }
    }
  }
}

/** The next `<!` or `<?` from `at`, or -1. */
function nextMarkup(text: string, at: number): number {
  const bang = text.indexOf('<!', at);
  const question = text.indexOf('<?', at);
  if (bang < 0) return question;
  if (question < 0) return bang;
  return Math.min(bang, question);
}

/** How far back a chunk is looked at again: an element's start tag cut by a chunk's end. */
const OVERLAP = 200;

/**
 * Counts the start tags of one element, whatever their prefix, in text that comes a chunk at a
 * time (a part as it inflates), so that the part need never be held whole. Tags cut between
 * two chunks are counted once.
 */
export class ElementCounter {
  count = 0;
  private tail = '';
  private readonly pattern: RegExp;

  constructor(private readonly local: string) {
    this.pattern = new RegExp(`<(?:[\\w.-]+:)?${local}[\\s/>]`, 'g');
  }

  push(chunk: string): void {
    const text = this.tail + chunk;
    if (text.includes(this.local)) {
      for (const match of text.matchAll(this.pattern)) {
        // A tag that ends inside the tail was counted with the chunk before.
        if (match.index! + match[0].length > this.tail.length) this.count++;
      }
    }
    this.tail = text.slice(-OVERLAP);
  }
}

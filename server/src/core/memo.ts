import { ownCopy } from './text';

/**
 * Values kept by text, bounded by the characters of the texts it holds (`chars`) as well as by
 * entries: a value is in proportion to its text, so the bound is on memory, whatever the texts'
 * lengths; past either bound the oldest half is dropped. A key is kept as its own copy and the
 * value made from that copy, so an entry never keeps alive the draft its text was cut from (see
 * ownCopy).
 */
export class TextMemo<T> {
  private readonly cache = new Map<string, T>();
  private held = 0;
  private readonly entries: number;
  private readonly chars: number;

  constructor({ entries = 4000, chars = 500_000 }: { entries?: number; chars?: number } = {}) {
    this.entries = entries;
    this.chars = chars;
  }

  get(text: string): T | undefined {
    return this.cache.get(text);
  }

  /** The value made from (an own copy of) `text` by `make`, kept unless the text alone exceeds the bound. */
  add(text: string, make: (own: string) => T): T {
    const own = ownCopy(text);
    const value = make(own);
    // A text beyond the whole bound is computed and not kept: it would evict everything else.
    if (own.length > this.chars) return value;
    if (this.cache.delete(own)) this.held -= own.length;
    if (this.cache.size >= this.entries || this.held + own.length > this.chars) {
      let drop = this.cache.size >> 1;
      for (const key of this.cache.keys()) {
        if (drop <= 0 && this.held + own.length <= this.chars) break;
        this.cache.delete(key);
        this.held -= key.length;
        drop--;
      }
    }
    this.cache.set(own, value);
    this.held += own.length;
    return value;
  }
}

/**
 * Memoises a pure function of a text. Several rules read the same paragraph (its protected spans,
 * its word boundaries), and an edit leaves most paragraphs unchanged, so each is computed once.
 * Bounded as TextMemo is.
 */
export function memoByText<T>(
  fn: (text: string) => T,
  bounds?: { entries?: number; chars?: number },
): (text: string) => T {
  const memo = new TextMemo<T>(bounds);
  return (text) => {
    const hit = memo.get(text);
    return hit !== undefined ? hit : memo.add(text, fn);
  };
}

import { ownCopy } from './text';

/**
 * Values kept by text, bounded by entries and by weight (`chars`): an entry weighs its text's
 * length unless its owner says it weighs more (`weigh`), so the bound is on memory, whatever the
 * texts' lengths; past either bound the oldest half is dropped. A key is kept as its own copy and
 * the value made from that copy, so an entry never keeps alive the draft its text was cut from
 * (see ownCopy).
 */
export class TextMemo<T> {
  private readonly cache = new Map<string, { key: string; value: T; weight: number }>();
  private held = 0;
  private readonly entries: number;
  private readonly chars: number;

  constructor({ entries = 4000, chars = 500_000 }: { entries?: number; chars?: number } = {}) {
    this.entries = entries;
    this.chars = chars;
  }

  get(text: string): T | undefined {
    return this.cache.get(text)?.value;
  }

  /** The value made from (an own copy of) `text` by `make`, kept unless the text alone exceeds the bound. */
  add(text: string, make: (own: string) => T): T {
    const own = ownCopy(text);
    const value = make(own);
    this.keep(own, value, own.length);
    return value;
  }

  /** Says that `text`'s value has grown to `weight` (in characters' worth); it is kept as the newest. */
  weigh(text: string, weight: number): void {
    const e = this.cache.get(text);
    if (e) this.keep(e.key, e.value, weight);
  }

  private keep(key: string, value: T, weight: number): void {
    const old = this.cache.get(key);
    if (old) {
      this.cache.delete(key);
      this.held -= old.weight;
    }
    // A value beyond the whole bound is not kept: it would evict everything else.
    if (weight > this.chars) return;
    if (this.cache.size >= this.entries || this.held + weight > this.chars) {
      let drop = this.cache.size >> 1;
      for (const [k, e] of this.cache) {
        if (drop <= 0 && this.held + weight <= this.chars) break;
        this.cache.delete(k);
        this.held -= e.weight;
        drop--;
      }
    }
    this.cache.set(key, { key, value, weight });
    this.held += weight;
  }
}

/**
 * Memoises a pure function of a text. Several rules read the same paragraph (its protected spans,
 * its word boundaries), and an edit leaves most paragraphs unchanged, so each is computed once.
 * Bounded as TextMemo is, by the texts' lengths: a value in proportion to its text.
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

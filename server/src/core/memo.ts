import { ownCopy } from './text';

/**
 * Memoises a pure function of a text. Several rules read the same paragraph (its protected spans,
 * its word boundaries), and an edit leaves most paragraphs unchanged, so each is computed once.
 *
 * Bounded by the characters it holds (`chars`) as well as by entries: a value is in proportion to
 * its text, so the bound is on memory, whatever the paragraphs' lengths; past either bound the
 * oldest half is dropped. A key is kept as its own copy and the value made from that copy, so
 * an entry never keeps alive the draft its text was cut from (see ownCopy).
 */
export function memoByText<T>(
  fn: (text: string) => T,
  { entries = 4000, chars = 500_000 }: { entries?: number; chars?: number } = {},
): (text: string) => T {
  const cache = new Map<string, T>();
  let held = 0;
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const own = ownCopy(text);
    const value = fn(own);
    // A text beyond the whole bound is computed and not kept: it would evict everything else.
    if (own.length > chars) return value;
    if (cache.size >= entries || held + own.length > chars) {
      let drop = cache.size >> 1;
      for (const key of cache.keys()) {
        if (drop <= 0 && held + own.length <= chars) break;
        cache.delete(key);
        held -= key.length;
        drop--;
      }
    }
    cache.set(own, value);
    held += own.length;
    return value;
  };
}

/**
 * Memoises a pure function of a text. Several rules read the same paragraph (its protected spans,
 * its word boundaries), and an edit leaves most paragraphs unchanged, so each is computed once.
 * Bounded: past `max` entries the oldest half is dropped.
 */
export function memoByText<T>(fn: (text: string) => T, max = 4000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const value = fn(text);
    if (cache.size >= max) {
      let drop = max >> 1;
      for (const key of cache.keys()) {
        cache.delete(key);
        if (--drop === 0) break;
      }
    }
    cache.set(text, value);
    return value;
  };
}

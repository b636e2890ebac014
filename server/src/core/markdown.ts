import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';

// One processor for the process: building it costs more than parsing a section.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/**
 * Sections parsed recently, by their exact text. An edit changes one section, so re-parsing a
 * draft on a keystroke hits the cache for every other section: that is what makes diagnostics
 * keep up with typing on long drafts. Trees are never mutated after parsing, so sharing is safe.
 */
const cache = new Map<string, Root>();
const CACHE_CHARS = 4_000_000;
let cachedChars = 0;

export function parseMarkdown(text: string): Root {
  const hit = cache.get(text);
  if (hit) {
    // Re-insert: Map keeps insertion order, so the oldest entry is always first.
    cache.delete(text);
    cache.set(text, hit);
    return hit;
  }
  const root = processor.parse(text) as Root;
  if (text.length < CACHE_CHARS / 4) {
    cache.set(text, root);
    cachedChars += text.length;
    for (const [key] of cache) {
      if (cachedChars <= CACHE_CHARS) break;
      cache.delete(key);
      cachedChars -= key.length;
    }
  }
  return root;
}

export function clearMarkdownCache(): void {
  cache.clear();
  cachedChars = 0;
}

import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import { plainParagraphs } from './plain-paragraphs';
import { ownCopy } from './text';

type Code = number | null;
type State = (code: Code) => State | undefined;
interface Effects {
  enter(type: 'data'): unknown;
  exit(type: 'data'): unknown;
  consume(code: Code): void;
}

/**
 * The case model takes only block structure from remark (spans of paragraphs, list items, table
 * rows, headings); every inline element is re-read from the text by the extractors. micromark's
 * inline pass is superlinear in a paragraph's brackets and emphasis marks (100,000 `[证据N]` in one
 * paragraph: minutes), so inline syntax is made inert: from the first ASCII character of a line,
 * where any inline construct could start, the rest of the line is plain data. Line endings keep
 * their constructs, so hard breaks and line positions are unchanged.
 */
const restOfLine = {
  name: 'casedraftPlainText',
  add: 'before' as const,
  tokenize(effects: Effects, ok: State): State {
    const rest: State = (code) => {
      if (code === null || code < -2) {
        effects.exit('data');
        return ok(code);
      }
      effects.consume(code);
      return rest;
    };
    return (code) => {
      effects.enter('data');
      effects.consume(code);
      return rest;
    };
  },
};
// micromark's codes: -2 tab, -1 virtual space; -5…-3 line endings (left alone). Every inline
// construct of CommonMark and GFM starts on an ASCII character.
const plainText: Record<number, typeof restOfLine> = {};
for (let code = -2; code < 128; code++) plainText[code] = restOfLine;

function inertInline(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push({ text: plainText });
}

// One processor of each kind for the process: building one costs more than parsing a section.
// The case model's: block structure only. The exporter's (which reads inline marks): all of it.
const blockProcessor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(inertInline);
const fullProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/**
 * Sections parsed recently, by their exact text. An edit changes one section, so re-parsing a
 * draft on a keystroke hits the cache for every other section: that is what makes diagnostics
 * keep up with typing on long drafts. Trees are never mutated after parsing, so sharing is safe.
 * A tree costs about 15 bytes per character of its section (measured on prose), so the bound is
 * some 15 MB: each keystroke adds the edited section's new version until the oldest go.
 */
const cache = new Map<string, Root>();
const CACHE_CHARS = 1_000_000;
let cachedChars = 0;

const PIPE_ROW = /^ {0,3}\|/;
const DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/**
 * The text remark is given: the same lines, but the body rows of each pipe table reduced to a
 * bare `|` padded with spaces to the same length. The case model reads cells from the original
 * line (`splitRow` in parse.ts); remark is only asked where the table starts and ends, and a row
 * it tokenises cell by cell costs as much as a page of prose (50,000 evidence rows: 37 s, 3 GB).
 * A body row starts with `|`, so the bare `|` is still a row and the table ends where it did.
 */
export function blockSkeleton(text: string): string {
  if (!text.includes('|')) return text;
  const lines = text.split('\n');
  let inTable = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (inTable && PIPE_ROW.test(line) && !DELIMITER_ROW.test(line)) {
      const bar = line.indexOf('|');
      const cr = line.endsWith('\r') ? '\r' : '';
      lines[i] = line.slice(0, bar + 1) + ' '.repeat(line.length - bar - 1 - cr.length) + cr;
      continue;
    }
    inTable = DELIMITER_ROW.test(line) && line.includes('|') && i > 0 && lines[i - 1]!.includes('|');
  }
  return lines.join('\n');
}

/** Markdown with its inline elements (emphasis, links, escapes): for text read as printed words. */
export function parseMarkdown(text: string): Root {
  return fullProcessor.parse(text) as Root;
}

/**
 * The block structure of a section (paragraphs, list items, tables, headings with their spans),
 * in time linear in its length. Inline content is one text node per line, table body rows empty.
 */
export function parseBlocks(source: string): Root {
  const text = blockSkeleton(source);
  const hit = cache.get(text);
  if (hit) {
    // Re-insert: Map keeps insertion order, so the oldest entry is always first.
    cache.delete(text);
    cache.set(text, hit);
    return hit;
  }
  // Parsed from a copy of its own: the tree's strings are cut from the text parsed, and a slice
  // of the draft would keep that version of the whole draft alive in the cache (see ownCopy).
  const own = ownCopy(text);
  const root = plainParagraphs(own) ?? remarkBlocks(own);
  if (own.length < CACHE_CHARS / 4) {
    cache.set(own, root);
    cachedChars += own.length;
    for (const [key] of cache) {
      if (cachedChars <= CACHE_CHARS) break;
      cache.delete(key);
      cachedChars -= key.length;
    }
  }
  return root;
}

/** remark's block structure of a skeleton (blockSkeleton), uncached: what parseBlocks gives for any text. */
export function remarkBlocks(skeleton: string): Root {
  return blockProcessor.parse(skeleton) as Root;
}

export function clearMarkdownCache(): void {
  cache.clear();
  cachedChars = 0;
}

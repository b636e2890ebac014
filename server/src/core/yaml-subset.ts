/**
 * A reader for the plain YAML a draft's front matter is written in — block mappings and
 * sequences, one-line plain or quoted scalars, one-line flow sequences of plain scalars — giving
 * what the `yaml` library gives for it: the same values (YAML 1.2 core schema) and the same node
 * ranges. Anything else (comments, anchors, tags, block scalars, multi-line values, tabs, CR,
 * blank lines, flow mappings, escapes, numbers in other forms …) returns undefined and goes to
 * the library, which stays the authority for every error message and limit.
 *
 * Why: the library's parse (lexer, CST, composer, then toJS) was a quarter of a clean draft's lint
 * (docs/performance.md); this reads the same text about ten times faster. test/core/yaml-subset.test.ts
 * compares both on generated front matter and on every draft of the repository.
 */
// Offsets are kept on the nodes themselves, not as [start, end] arrays: a model keeps its tree for
// locate() as long as the run, and two arrays a pair were a third of a bench draft's model.
export type SubsetNode =
  | { kind: 'scalar'; start: number; end: number; value: unknown }
  | { kind: 'map'; start: number; end: number; pairs: SubsetPair[] }
  | { kind: 'seq'; start: number; end: number; items: SubsetNode[] };

export interface SubsetPair {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: SubsetNode;
}

export interface SubsetDocument {
  data: Record<string, unknown>;
  root: Extract<SubsetNode, { kind: 'map' }>;
}

/** Outside the subset: the caller asks the library. */
class Outside extends Error {}
const outside = (): never => {
  throw new Outside();
};

/** Deeper than this goes to the library, whose nesting limit (frontmatter.ts) then applies. */
const MAX_DEPTH = 10;
/** yaml refuses implicit keys over 1024 characters. */
const MAX_KEY = 1024;
/**
 * Characters outside the subset anywhere in the text: controls, tab, CR, NEL, BOM, line and
 * paragraph separators, surrogates and non-characters (yaml reads some of them as breaks or
 * refuses them), and `#` (a comment, or not, depending on what precedes it).
 */
const OUTSIDE_CHARS = /[^\n\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]|#/;
/** A plain scalar may not start with an indicator (YAML 1.2 §7.3.3); `-`, `?`, `:` are left out too. */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;

const NULL = /^(?:~|[Nn]ull|NULL)$/;
const TRUE = /^(?:[Tt]rue|TRUE)$/;
const FALSE = /^(?:[Ff]alse|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
/** The core schema's other forms (octal, hex, exponent, .inf, .nan): left to the library. */
const OTHER_NUMBER =
  /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

/** The characters every form but a string starts with (null, booleans, numbers of any form). */
const NOT_STRING_START = /^[-+.0-9~nNtTfF]/;

/** A plain scalar's value by the core schema. */
function resolvePlain(s: string): unknown {
  // Most keys and values (Chinese words) are strings: one test instead of six.
  if (!NOT_STRING_START.test(s)) return s;
  if (NULL.test(s)) return null;
  if (TRUE.test(s)) return true;
  if (FALSE.test(s)) return false;
  if (INT.test(s)) return parseInt(s, 10);
  if (FLOAT.test(s)) return parseFloat(s);
  if (OTHER_NUMBER.test(s)) outside();
  return s;
}

interface Line {
  start: number;
  /** Index of its `\n`. */
  end: number;
  indent: number;
}

export function parseYamlSubset(content: string): SubsetDocument | undefined {
  if (!content.endsWith('\n') || OUTSIDE_CHARS.test(content)) return undefined;
  const lines: Line[] = [];
  for (let pos = 0; pos < content.length;) {
    const end = content.indexOf('\n', pos);
    let indent = 0;
    while (content.charCodeAt(pos + indent) === 32) indent++;
    if (pos + indent === end) return undefined; // a blank line
    lines.push({ start: pos, end, indent });
    pos = end + 1;
  }
  if (!lines.length || lines[0]!.indent !== 0) return undefined;
  try {
    const { node, next } = readMap(content, lines, 0, 0, 1);
    if (next < lines.length) return undefined;
    return { data: toJS(node) as Record<string, unknown>, root: node };
  } catch (err) {
    if (err instanceof Outside) return undefined;
    throw err;
  }
}

/** Where a node that ends before line `next` ends: that line's start, or the end of the text. */
const endBefore = (content: string, lines: Line[], next: number) =>
  next < lines.length ? lines[next]!.start : content.length;

/**
 * A block mapping whose first key is at column `col` of line `i` (after a `- ` when it is a
 * sequence item); its other keys are the lines indented exactly `col` that follow.
 */
function readMap(
  content: string,
  lines: Line[],
  i: number,
  col: number,
  depth: number,
): { node: Extract<SubsetNode, { kind: 'map' }>; next: number } {
  if (depth > MAX_DEPTH) outside();
  const pairs: SubsetPair[] = [];
  const keys = new Set<string>();
  const start = lines[i]!.start + col;
  const next = eachAtColumn(lines, i, col, (i) => {
    const line = lines[i]!;
    const at = line.start + col;
    const text = content.slice(at, line.end);
    let colon = text.indexOf(': ');
    if (colon < 0 && text.endsWith(':')) colon = text.length - 1;
    if (colon <= 0) outside();
    const key = text.slice(0, colon);
    if (
      INDICATOR.test(key) ||
      key.includes(':') ||
      key !== key.trimEnd() ||
      key.length > MAX_KEY ||
      key === '__proto__' ||
      key === '<<' ||
      resolvePlain(key) !== key ||
      keys.has(key)
    )
      outside();
    keys.add(key);
    const rest = text.slice(colon + 1);
    const lead = rest.length - rest.trimStart().length;
    if (lead === rest.length) {
      // `key:` and the value on the lines below, indented further.
      const below = lines[i + 1];
      if (!below || below.indent <= col) outside();
      const block = readBlock(content, lines, i + 1, below!.indent, depth + 1);
      pairs.push({ key, keyStart: at, keyEnd: at + colon, value: block.node });
      return block.next;
    }
    const value = readInline(rest.slice(lead).trimEnd(), at + colon + 1 + lead);
    pairs.push({ key, keyStart: at, keyEnd: at + colon, value });
    return i + 1;
  });
  return { node: { kind: 'map', start, end: endBefore(content, lines, next), pairs }, next };
}

/**
 * Reads a block's entries: the one on line `i`, then each later line indented exactly `col` (one
 * indented less ends the block; one indented more is outside the subset). `entry` reads the entry
 * starting on line `i` and returns the line after it.
 */
function eachAtColumn(lines: Line[], i: number, col: number, entry: (i: number) => number): number {
  i = entry(i);
  while (i < lines.length && lines[i]!.indent >= col) {
    if (lines[i]!.indent > col) outside();
    i = entry(i);
  }
  return i;
}

/** The block node starting at column `col` of line `i`: a sequence (`- `) or a mapping. */
function readBlock(
  content: string,
  lines: Line[],
  i: number,
  col: number,
  depth: number,
): { node: SubsetNode; next: number } {
  return content.startsWith('-', lines[i]!.start + col)
    ? readSeq(content, lines, i, col, depth)
    : readMap(content, lines, i, col, depth);
}

function readSeq(
  content: string,
  lines: Line[],
  i: number,
  col: number,
  depth: number,
): { node: SubsetNode; next: number } {
  if (depth > MAX_DEPTH) outside();
  const items: SubsetNode[] = [];
  const start = lines[i]!.start + col;
  const next = eachAtColumn(lines, i, col, (i) => {
    const line = lines[i]!;
    if (!content.startsWith('- ', line.start + col)) outside();
    let itemCol = col + 1;
    while (content.charCodeAt(line.start + itemCol) === 32) itemCol++;
    const text = content.slice(line.start + itemCol, line.end);
    if (text.startsWith('-')) outside();
    if (text.includes(': ') || text.endsWith(':')) {
      const map = readMap(content, lines, i, itemCol, depth + 1);
      items.push(map.node);
      return map.next;
    }
    items.push(readInline(text.trimEnd(), line.start + itemCol));
    return i + 1;
  });
  return { node: { kind: 'seq', start, end: endBefore(content, lines, next), items }, next };
}

/** A value on one line (trimmed), at offset `at`: plain, quoted, or a flow sequence of plain scalars. */
function readInline(text: string, at: number): SubsetNode {
  const first = text[0];
  if (first === '"' || first === "'") {
    const inner = text.slice(1, -1);
    if (text.length < 2 || !text.endsWith(first) || inner.includes(first) || inner.includes('\\')) outside();
    return { kind: 'scalar', start: at, end: at + text.length, value: inner };
  }
  if (first === '[') {
    if (!text.endsWith(']')) outside();
    const inner = text.slice(1, -1);
    const items: SubsetNode[] = [];
    if (inner !== '') {
      let from = 1;
      for (const part of inner.split(',')) {
        const lead = part.length - part.trimStart().length;
        const item = part.trim();
        if (!item || /[[\]{}"']/.test(item)) outside();
        items.push(plain(item, at + from + lead));
        from += part.length + 1;
      }
    }
    return { kind: 'seq', start: at, end: at + text.length, items };
  }
  return plain(text, at);
}

function plain(text: string, at: number): SubsetNode {
  if (!text || INDICATOR.test(text) || text.includes(': ') || text.endsWith(':')) outside();
  return { kind: 'scalar', start: at, end: at + text.length, value: resolvePlain(text) };
}

function toJS(node: SubsetNode): unknown {
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.items.map(toJS);
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const p of node.pairs) out[p.key] = toJS(p.value);
      return out;
    }
  }
}

/**
 * The range of the value (or, with `key`, of the key) at a path of keys and indexes, as
 * frontmatter.ts's locate finds it in the library's tree: a sequence item is its own key.
 */
export function locateInSubset(
  root: SubsetNode,
  path: readonly (string | number)[],
  key: boolean,
): [number, number] | undefined {
  let node: SubsetNode | undefined = root;
  let keyRange: [number, number] | undefined;
  for (const part of path) {
    if (node?.kind === 'map') {
      const pair: SubsetPair | undefined = node.pairs.find((p) => p.key === String(part));
      if (!pair) return undefined;
      keyRange = [pair.keyStart, pair.keyEnd];
      node = pair.value;
    } else if (node?.kind === 'seq' && typeof part === 'number') {
      node = node.items[part];
      keyRange = node && [node.start, node.end];
    } else return undefined;
  }
  return key ? keyRange : node ? [node.start, node.end] : keyRange;
}

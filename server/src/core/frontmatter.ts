import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { Span } from './types';

export interface YamlProblem {
  message: string;
  span: Span;
  /** 'syntax' for malformed YAML, 'limit' for input refused for its size or shape. */
  kind: 'syntax' | 'limit';
}

export interface FrontMatter {
  /** The whole block, fences included. Absent when the draft has no front matter. */
  span?: Span;
  /** The YAML text between the fences. */
  contentSpan?: Span;
  /** True when the draft opens a block with `---` but never closes it. */
  unterminated: boolean;
  /** The parsed mapping; undefined when there is none or the YAML is broken beyond use. */
  data?: Record<string, unknown>;
  problems: YamlProblem[];
  /** Span of the value (or key, with `key: true`) at a path of keys and indexes. */
  locate(path: readonly (string | number)[], key?: boolean): Span | undefined;
}

/** Aliases beyond this are refused: a few nested aliases can expand to gigabytes (a "billion laughs"). */
const MAX_ALIASES = 50;
const MAX_DEPTH = 20;

export function parseFrontMatter(
  text: string,
  contentStart: number,
  contentEnd: number,
  blockEnd: number,
): FrontMatter {
  const content = text.slice(contentStart, contentEnd);
  const problems: YamlProblem[] = [];
  const lineCounter = new LineCounter();
  let doc: Document | undefined;
  try {
    doc = parseDocument(content, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (err) {
    problems.push({
      message: (err as Error).message,
      span: { start: contentStart, end: contentEnd },
      kind: 'syntax',
    });
  }
  for (const e of doc?.errors ?? []) {
    const [s, t] = e.pos;
    // yaml often points at one character; the rest of that line is what the officer must look at.
    const lineEnd = content.indexOf('\n', s) < 0 ? content.length : content.indexOf('\n', s);
    const end = t - s > 1 ? t : Math.max(s + 1, content.slice(0, lineEnd).trimEnd().length);
    problems.push({
      message: firstLine(e.message),
      span: { start: contentStart + s, end: contentStart + end },
      kind: 'syntax',
    });
  }
  let data: Record<string, unknown> | undefined;
  if (doc && doc.errors.length === 0) {
    if (nestingDepth(doc.contents, 0) > MAX_DEPTH) {
      problems.push({
        message: `nesting deeper than ${MAX_DEPTH} levels`,
        span: { start: contentStart, end: contentEnd },
        kind: 'limit',
      });
    } else {
      try {
        const js: unknown = doc.toJS({ maxAliasCount: MAX_ALIASES });
        if (js && typeof js === 'object' && !Array.isArray(js)) data = js as Record<string, unknown>;
        else if (js !== null && js !== undefined) {
          problems.push({
            message: 'not a mapping',
            span: { start: contentStart, end: contentEnd },
            kind: 'syntax',
          });
        } else data = {};
      } catch (err) {
        problems.push({
          message: firstLine((err as Error).message),
          span: { start: contentStart, end: contentEnd },
          kind: 'limit',
        });
      }
    }
  }
  const located = doc;
  return {
    span: { start: 0, end: blockEnd },
    contentSpan: { start: contentStart, end: contentEnd },
    unterminated: false,
    data,
    problems,
    locate(path, key = false) {
      if (!located) return undefined;
      return locateIn(located, path, key, contentStart);
    },
  };
}

export function missingFrontMatter(unterminated: boolean, textLength: number): FrontMatter {
  return {
    unterminated,
    problems: [],
    span: unterminated ? { start: 0, end: textLength } : undefined,
    locate: () => undefined,
  };
}

function locateIn(
  doc: Document,
  path: readonly (string | number)[],
  key: boolean,
  base: number,
): Span | undefined {
  let node: unknown = doc.contents;
  let keyNode: unknown;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(part));
      if (!pair) return undefined;
      keyNode = pair.key;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      node = node.items[part];
      keyNode = node;
    } else return undefined;
  }
  const target = (key ? keyNode : (node ?? keyNode)) as { range?: [number, number, number] } | undefined;
  const r = target?.range;
  if (!r) return undefined;
  return { start: base + r[0], end: base + r[1] };
}

function nestingDepth(node: unknown, depth: number): number {
  if (depth > MAX_DEPTH) return depth;
  if (isMap(node)) return Math.max(depth, ...node.items.map((p) => nestingDepth(p.value, depth + 1)));
  if (isSeq(node)) return Math.max(depth, ...node.items.map((n) => nestingDepth(n, depth + 1)));
  return depth;
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}

import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type ErrorCode } from 'yaml';
import type { Span } from './types';
import { locateInSubset, parseYamlSubset } from './yaml-subset';

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
const MAX_FRONT_MATTER_CHARS = 64 * 1024;

export function parseFrontMatter(
  text: string,
  contentStart: number,
  contentEnd: number,
  blockEnd: number,
): FrontMatter {
  const content = text.slice(contentStart, contentEnd);
  // Front matter written as the template writes it is read without the library (yaml-subset.ts).
  const subset = content.length <= MAX_FRONT_MATTER_CHARS ? parseYamlSubset(content) : undefined;
  if (subset)
    return {
      span: { start: 0, end: blockEnd },
      contentSpan: { start: contentStart, end: contentEnd },
      unterminated: false,
      data: subset.data,
      problems: [],
      locate(path, key = false) {
        const r = locateInSubset(subset.root, path, key);
        return r && { start: contentStart + r[0], end: contentStart + r[1] };
      },
    };
  const problems: YamlProblem[] = [];
  // A problem with the block as a whole: reported over all of its content.
  const refuse = (message: string, kind: YamlProblem['kind']) =>
    problems.push({ message, span: { start: contentStart, end: contentEnd }, kind });
  const lineCounter = new LineCounter();
  let doc: Document | undefined;
  // yaml recurses once per level: thousands of levels take seconds and then overflow the stack.
  // A cheap scan of the text refuses such input before yaml sees it.
  if (content.length > MAX_FRONT_MATTER_CHARS) {
    // yaml's unique-key check is quadratic: 200,000 keys take minutes. Real front matter is a few KB.
    refuse(`front matter longer than ${MAX_FRONT_MATTER_CHARS} characters`, 'limit');
  } else if (roughDepth(content) > MAX_ROUGH_DEPTH) {
    refuse(nestingMessage(), 'limit');
  } else {
    try {
      // logLevel 'error': yaml's warnings would go to process warnings (stderr), not to the officer.
      doc = parseDocument(content, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
    } catch (err) {
      // A stack overflow here is nesting the rough scan did not see (e.g. `- - - …` on one line).
      const overflow = err instanceof RangeError;
      refuse(overflow ? nestingMessage() : 'not readable as YAML', overflow ? 'limit' : 'syntax');
    }
  }
  for (const e of doc?.errors ?? []) {
    const [s, t] = e.pos;
    // yaml often points at one character; the rest of that line is what the officer must look at.
    const lineEnd = content.indexOf('\n', s) < 0 ? content.length : content.indexOf('\n', s);
    const end = t - s > 1 ? t : Math.max(s + 1, content.slice(0, lineEnd).trimEnd().length);
    problems.push({
      message: YAML_ERRORS[e.code] ?? 'not readable as YAML',
      span: { start: contentStart + s, end: contentStart + end },
      kind: 'syntax',
    });
  }
  let data: Record<string, unknown> | undefined;
  if (doc && doc.errors.length === 0) {
    if (nestingDepth(doc.contents, 0) > MAX_DEPTH) {
      refuse(nestingMessage(), 'limit');
    } else {
      try {
        const js: unknown = doc.toJS({ maxAliasCount: MAX_ALIASES });
        if (js && typeof js === 'object' && !Array.isArray(js)) data = js as Record<string, unknown>;
        else if (js !== null && js !== undefined) {
          refuse('not a mapping', 'syntax');
        } else data = {};
      } catch (err) {
        // toJS fails on aliases alone: too many of them (a "billion laughs"), or one with no anchor.
        if (/alias count/i.test((err as Error).message)) refuse(YAML_ERRORS.RESOURCE_EXHAUSTION, 'limit');
        else refuse(YAML_ERRORS.BAD_ALIAS, 'syntax');
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
  // A loop, not Math.max(...items): spreading 100,000 items overflows the call stack.
  let max = depth;
  const children = isMap(node) ? node.items.map((p) => p.value) : isSeq(node) ? node.items : [];
  for (const child of children) {
    max = Math.max(max, nestingDepth(child, depth + 1));
    if (max > MAX_DEPTH) break;
  }
  return max;
}

/** Above this rough depth the text is refused unparsed; between MAX_DEPTH and here yaml's own tree decides. */
const MAX_ROUGH_DEPTH = 100;

function nestingMessage(): string {
  return `nesting deeper than ${MAX_DEPTH} levels`;
}

/**
 * An upper-bound-ish estimate of nesting from the text alone: indentation steps plus open flow
 * brackets and `- ` markers. Generous on purpose (block scalars, quoted brackets may count too);
 * it only has to catch the pathological input long before a real draft could reach it.
 */
function roughDepth(content: string): number {
  const indents: number[] = [];
  let flow = 0;
  let max = 0;
  for (const line of content.split(/\r\n|\r|\n/)) {
    const indent = line.length - line.trimStart().length;
    if (indent === line.length) continue;
    while (indents.length && indents[indents.length - 1]! >= indent) indents.pop();
    indents.push(indent);
    let dashes = 0;
    for (let i = indent; line.startsWith('- ', i) || line === '-'; i += 2) {
      dashes++;
      if (line === '-') break;
    }
    const base = indents.length + dashes;
    max = Math.max(max, base + flow);
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (c === '[' || c === '{') max = Math.max(max, base + ++flow);
      else if ((c === ']' || c === '}') && flow > 0) flow--;
    }
    if (max > MAX_ROUGH_DEPTH) return max;
  }
  return max;
}

/**
 * What is wrong, by the kind of error: yaml's own messages quote the text (an alias's name, a tag,
 * the token it stopped at), and a problem's message must not echo a file's bytes into a log or a
 * report (docs/security.md); its span already shows the officer where.
 */
const YAML_ERRORS: Record<ErrorCode, string> = {
  ALIAS_PROPS: 'an alias (*) must not carry an anchor or a tag',
  BAD_ALIAS: 'an alias (*) with no anchor (&) of that name before it, or an empty or ambiguous name',
  BAD_COLLECTION_TYPE: 'a tag (!) for another kind of value',
  BAD_DIRECTIVE: 'an unknown or malformed % directive',
  BAD_DQ_ESCAPE: 'an invalid escape sequence (\\) in a double-quoted value',
  BAD_INDENT: 'inconsistent indentation',
  BAD_PROP_ORDER: 'an anchor (&) or tag (!) in the wrong place',
  BAD_SCALAR_START: 'a value starting with a reserved character (@, `, …): put it in quotes',
  BLOCK_AS_IMPLICIT_KEY: 'a nested mapping or list where a key was expected (a colon too many?)',
  BLOCK_IN_FLOW: 'a block inside [ ] or { }',
  DUPLICATE_KEY: 'a key given twice',
  IMPOSSIBLE: 'a malformed block',
  KEY_OVER_1024_CHARS: 'a key longer than 1024 characters',
  MISSING_CHAR: 'a missing character: a closing quote, a colon, a comma or a space',
  MULTILINE_IMPLICIT_KEY: 'a key that runs over more than one line',
  MULTIPLE_ANCHORS: 'more than one anchor (&) on a value',
  MULTIPLE_DOCS: 'more than one YAML document',
  MULTIPLE_TAGS: 'more than one tag (!) on a value',
  NON_STRING_KEY: 'a key that is not text',
  RESOURCE_EXHAUSTION: `aliases expanding beyond ${MAX_ALIASES}`,
  TAB_AS_INDENT: 'tabs used for indentation',
  TAG_RESOLVE_FAILED: 'an unknown tag (!)',
  UNEXPECTED_TOKEN: 'unexpected text',
};

import type { Position, Range, Span } from './types';

/**
 * Maps UTF-16 offsets to LSP positions. JavaScript strings are UTF-16 already, so a character
 * column is just the distance from the start of its line; only line starts need indexing.
 */
export class LineIndex {
  readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.lineStarts[lo]! };
  }

  offsetAt(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[pos.line]!;
    const end = this.lineEnd(pos.line);
    return Math.min(start + Math.max(0, pos.character), end);
  }

  /** Offset of the end of a line, before its line break. */
  lineEnd(line: number): number {
    const next = this.lineStarts[line + 1];
    if (next === undefined) return this.text.length;
    let end = next - 1;
    if (this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStarts[line] ?? this.text.length, this.lineEnd(line));
  }

  range(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  lineRange(line: number): Range {
    return this.range({ start: this.lineStarts[line] ?? this.text.length, end: this.lineEnd(line) });
  }
}

export function span(start: number, end: number): Span {
  return { start, end };
}

/**
 * The text with each span replaced, in one pass (rebuilding the string per replacement is
 * quadratic on a paragraph of many). Spans are sorted by start and do not overlap.
 */
export function replaceSpans(text: string, edits: readonly { span: Span; text: string }[]): string {
  if (!edits.length) return text;
  const parts: string[] = [];
  let at = 0;
  for (const e of edits) {
    parts.push(text.slice(at, e.span.start), e.text);
    at = e.span.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * The same characters in a string of their own. V8 makes `slice` of a long string a view that
 * keeps the whole string alive, so a paragraph kept as a cache key would keep the version of the
 * draft it was cut from: one whole draft per keystroke (issue 14). Slicing a concatenation
 * flattens it into a new string first, so the result refers to its own characters only.
 */
export function ownCopy(text: string): string {
  return (' ' + text).slice(1);
}

/**
 * Regular expressions that come from data (an agency's dictionary exceptions, its clause templates)
 * run on RE2 (re2js, a port of Google's RE2): matching takes time linear in the text whatever the
 * pattern, where JavaScript's backtracking engine takes exponential time on patterns like
 * `^(a+)+$` or a template of adjacent placeholders. RE2 has no backreferences and no lookaround;
 * such a pattern is refused when the file loads, with RE2's reason.
 */
import { RE2JS } from 're2js';
import type { Span } from './types';

export class PatternError extends Error {}

export class LinearPattern {
  private constructor(private readonly re: RE2JS) {}

  static compile(source: string): LinearPattern {
    try {
      return new LinearPattern(RE2JS.compile(source));
    } catch (err) {
      throw new PatternError((err as Error).message);
    }
  }

  /** Every match, left to right, not overlapping (as `matchAll` gives them). UTF-16 offsets. */
  spans(text: string): Span[] {
    const out: Span[] = [];
    const m = this.re.matcher(text);
    // Like Java's Matcher, find() moves past an empty match by itself.
    while (m.find()) out.push({ start: m.start(), end: m.end() });
    return out;
  }

  test(text: string): boolean {
    return this.re.matcher(text).find();
  }
}

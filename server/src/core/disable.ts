import type { LineIndex } from './text';

const DIRECTIVE = /<!--\s*casedraft-(disable-next-line|disable|enable)\b([^>]*?)-->/g;

interface Directive {
  kind: 'disable-next-line' | 'disable' | 'enable';
  line: number;
  /** Empty: every rule. */
  rules: string[];
}

/**
 * The inline switches of the draft format:
 * `<!-- casedraft-disable-next-line rule-id -->` and `<!-- casedraft-disable rule-id -->` …
 * `<!-- casedraft-enable rule-id -->`. Without a rule id they apply to every rule.
 */
export class Suppressions {
  private readonly nextLine = new Map<number, string[]>();
  private readonly ranges: { rules: string[]; from: number; to: number }[] = [];

  constructor(text: string, lines: LineIndex) {
    if (!text.includes('casedraft-')) return;
    const directives: Directive[] = [];
    for (const m of text.matchAll(DIRECTIVE)) {
      directives.push({
        kind: m[1] as Directive['kind'],
        line: lines.positionAt(m.index).line,
        rules: m[2]!.split(/[\s,，]+/).filter(Boolean),
      });
    }
    const open = new Map<string, number>();
    for (const d of directives) {
      if (d.kind === 'disable-next-line') {
        this.nextLine.set(d.line + 1, [
          ...(this.nextLine.get(d.line + 1) ?? []),
          ...(d.rules.length ? d.rules : ['*']),
        ]);
        continue;
      }
      const keys = d.rules.length ? d.rules : ['*'];
      for (const k of keys) {
        if (d.kind === 'disable') {
          if (!open.has(k)) open.set(k, d.line);
        } else {
          const from = open.get(k);
          if (from !== undefined) this.ranges.push({ rules: [k], from, to: d.line });
          open.delete(k);
          // `enable` without ids closes everything that was opened.
          if (k === '*') {
            for (const [rk, rf] of open) this.ranges.push({ rules: [rk], from: rf, to: d.line });
            open.clear();
          }
        }
      }
    }
    for (const [k, from] of open) this.ranges.push({ rules: [k], from, to: Number.POSITIVE_INFINITY });
  }

  isSuppressed(rule: string, line: number): boolean {
    const next = this.nextLine.get(line);
    if (next && (next.includes('*') || next.includes(rule))) return true;
    return this.ranges.some(
      (r) => line > r.from && line < r.to && (r.rules.includes('*') || r.rules.includes(rule)),
    );
  }
}

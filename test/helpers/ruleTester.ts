import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Catalog, type CatalogEntry } from '../../server/src/core/catalog';
import { resolveConfig, type CaseDraftConfig } from '../../server/src/core/config';
import { lintModel } from '../../server/src/core/engine';
import { parseCase } from '../../server/src/core/parse';
import type { Rule } from '../../server/src/core/rule';
import { LineIndex } from '../../server/src/core/text';
import type { CaseDiagnostic, Fix, Locale } from '../../server/src/core/types';
import { InMemoryWorkspace } from '../../server/src/core/workspace';

/** A clean penalty decision: every rule must stay silent on it. Cases are one change away from it. */
export const BASE = readFileSync(join(__dirname, '..', 'fixtures', 'base-decision.case.md'), 'utf8');

/**
 * A decision in the shape published ones have (national-template headings, implied sections,
 * evidence in prose, no [证据N] markers), made from a real one of test/corpus/real/; every rule but
 * structure/imported-data is silent on it.
 */
export const PUBLISHED = readFileSync(
  join(__dirname, '..', 'fixtures', 'published-decision.case.md'),
  'utf8',
);

/** Replaces one exact piece of the base (or of `text`); throws when it is absent so a case cannot pass vacuously. */
export function edit(from: string, to: string, text = BASE): string {
  const i = text.indexOf(from);
  assert.ok(i >= 0, `edit: "${from}" not found in the draft`);
  return text.slice(0, i) + to + text.slice(i + from.length);
}

export interface CaseOptions {
  name: string;
  /** The draft; in invalid cases ⟦…⟧ marks each expected diagnostic range. */
  code: string;
  config?: CaseDraftConfig;
  catalog?: CatalogEntry[];
  /** Other drafts of the workspace, for cross-document rules. */
  others?: { uri: string; code: string }[];
  locale?: Locale;
}

export interface InvalidCase extends CaseOptions {
  messageId?: string;
  /** The text once the first fix of every diagnostic is applied. */
  output?: string;
  /** A fragment every message must contain (a date, an article). */
  messageIncludes?: string | string[];
}

const OPEN = '⟦';
const CLOSE = '⟧';

export function stripMarkers(marked: string): { text: string; spans: { start: number; end: number }[] } {
  let text = '';
  const spans: { start: number; end: number }[] = [];
  const stack: number[] = [];
  for (const ch of marked) {
    if (ch === OPEN) stack.push(text.length);
    else if (ch === CLOSE) {
      const start = stack.pop();
      assert.ok(start !== undefined, 'unbalanced ⟧ in test case');
      spans.push({ start, end: text.length });
    } else text += ch;
  }
  assert.equal(stack.length, 0, 'unbalanced ⟦ in test case');
  return { text, spans: spans.sort((a, b) => a.start - b.start || a.end - b.end) };
}

function run(rule: Rule, c: CaseOptions, text: string, locale: Locale): CaseDiagnostic[] {
  const model = parseCase(text, 'file:///case/decision.case.md');
  const others = (c.others ?? []).map((o) => parseCase(o.code, o.uri));
  return lintModel(model, {
    rules: [rule],
    config: resolveConfig(c.config),
    catalog: new Catalog(c.catalog ?? []),
    workspace: new InMemoryWorkspace([model, ...others]),
    locale,
  });
}

/** Applies edits back to front; edits of one pass must not overlap. */
export function applyFixes(text: string, fixes: Fix[]): string {
  const lines = new LineIndex(text);
  const edits = fixes
    .flatMap((f) => f.edits)
    .map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), text: e.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Number.POSITIVE_INFINITY;
  for (const e of edits) {
    if (e.end > limit) continue; // overlapping: left for a second pass, as editors do
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    limit = e.start;
  }
  return out;
}

const PLACEHOLDER = /\{\w+\}/;

export function ruleTester(rule: Rule, cases: { valid: CaseOptions[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    assert.ok(
      cases.valid.length > 0 && cases.invalid.length > 0,
      `${rule.meta.id} needs valid and invalid cases`,
    );
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const found = run(rule, c, c.code, c.locale ?? 'zh-cn');
        assert.deepEqual(
          found.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`),
          [],
          'expected no diagnostic',
        );
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const { text, spans } = stripMarkers(c.code);
        assert.ok(spans.length > 0, 'an invalid case marks at least one ⟦range⟧');
        const lines = new LineIndex(text);
        for (const locale of ['zh-cn', 'en'] as const) {
          const found = run(rule, c, text, locale);
          assert.deepEqual(
            found.map((d) => ({ rule: d.rule, range: d.range })),
            spans.map((s) => ({ rule: rule.meta.id, range: lines.range(s) })),
            `diagnostics (${locale}): ${found.map((d) => d.message).join(' | ')}`,
          );
          for (const d of found) {
            assert.ok(!PLACEHOLDER.test(d.message), `unfilled placeholder in "${d.message}"`);
            if (locale === 'zh-cn') assert.match(d.message, /[\u4e00-\u9fa5]/);
            if (locale === 'en') assert.match(d.message, /[A-Za-z]{3}/);
            for (const frag of [c.messageIncludes ?? []].flat())
              if (locale === (c.locale ?? 'zh-cn'))
                assert.ok(d.message.includes(frag), `"${d.message}" lacks "${frag}"`);
          }
          if (c.messageId && locale === 'zh-cn') {
            const template = (rule.messages as Record<string, { zh: string }>)[c.messageId];
            assert.ok(template, `no message ${c.messageId}`);
            const head = template.zh.split(/\{\w+\}/)[0]!;
            for (const d of found)
              assert.ok(d.message.startsWith(head), `expected message ${c.messageId}, got "${d.message}"`);
          }
          if (c.output !== undefined && locale === 'zh-cn') {
            const fixes = found.map((d) => d.fixes?.[0]).filter((f): f is Fix => !!f);
            assert.ok(fixes.length > 0, 'expected a fix');
            assert.equal(applyFixes(text, fixes), c.output);
          }
        }
      });
    }
  });
}

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Catalog, type CatalogEntry } from '../../server/src/core/catalog';
import { resolveConfig, type CaseDraftConfig, type ResolvedConfig } from '../../server/src/core/config';
import { effectiveSeverity, lintModel } from '../../server/src/core/engine';
import type { CaseModel } from '../../server/src/core/model';
import { parseCase } from '../../server/src/core/parse';
import type { Rule } from '../../server/src/core/rule';
import { applyFixes as applyWhole } from '../../server/src/core/fixes';
import { LineIndex } from '../../server/src/core/text';
import { INTERNAL_RULE_ID, translator } from '../../server/src/core/translate';
import type { CaseDiagnostic, Fix, Locale, Severity } from '../../server/src/core/types';
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

/**
 * The base decision (or a draft made from it) decided on another day, `iso` as YYYY-MM-DD: its
 * front matter and its signing block, so that the law in force that day applies.
 */
export function decidedOn(iso: string, text = BASE): string {
  const [y, m, d] = iso.split('-').map(Number);
  return edit(
    '决定: 2025-04-15',
    `决定: ${iso}`,
    edit('2025年4月15日\n\n（印章）', `${y}年${m}月${d}日\n\n（印章）`, text),
  );
}

/**
 * The base decision (or a draft made from it) with no date of its own: no 决定, no 违法行为 date and
 * no signing date, so that it is read under every law version in force from the latest date it
 * states on; `year` moves its every date (and its 文号) to that year.
 */
export function undated(text = BASE, year = '2025'): string {
  const bare = edit(
    '  违法行为发生: 2025-03-10\n',
    '',
    edit('  决定: 2025-04-15\n', '', edit('2025年4月15日\n\n（印章）', '（印章）', text)),
  );
  return bare.replaceAll('2025', year);
}

export interface CaseOptions {
  name: string;
  /** The draft; in invalid cases ⟦…⟧ marks each expected diagnostic range. */
  code: string;
  config?: CaseDraftConfig;
  catalog?: CatalogEntry[];
  /** Other drafts of the workspace, for cross-document rules. */
  others?: { uri: string; code: string }[];
  /** The language `messageIncludes` is checked in (messages are checked in both). */
  locale?: Locale;
}

/** What one finding (one ⟦range⟧, in order) must carry beyond its range. */
export interface ExpectedFinding {
  /** Its whole message id; defaults to the case's `messageId`. */
  messageId?: string;
  /** Its severity when a report lowers it (`atMost`); defaults to the case's `severity`, then the rule's. */
  severity?: Severity;
  /** The draft after each of its fixes alone, in order. Required when it has more than one fix. */
  fixes?: string[];
  /** The draft after each of its suggestions alone, in order. Required when it has suggestions. */
  suggestions?: string[];
}

export interface InvalidCase extends CaseOptions {
  /** The whole message id of every finding (per finding: `findings[i].messageId`). */
  messageId?: string;
  /** The severity of every finding (per finding: `findings[i].severity`); the rule's by default. */
  severity?: Severity;
  findings?: ExpectedFinding[];
  /**
   * The draft once the first fix of every finding is applied, as "fix all" does. Required when
   * any finding has a fix, and then re-linted: the fixed findings are gone and none is new.
   */
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

/** Freezes everything reachable from a model, so that a rule that writes to it throws. */
function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (typeof value !== 'object' || value === null || seen.has(value)) return value;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key], seen);
  return Object.freeze(value);
}

/**
 * The case's config with the rule under test on: an agency's rule is off by default (it is on
 * where an agency's preset or file turns it on), and its table tests what it finds once it is.
 */
function enabled(rule: Rule, config: CaseDraftConfig = {}): ResolvedConfig {
  const resolved = resolveConfig(config);
  if (!(rule.meta.id in resolved.rules)) resolved.rules[rule.meta.id] = rule.meta.severity;
  return resolved;
}

function run(rule: Rule, c: CaseOptions, text: string): CaseDiagnostic[] {
  const model: CaseModel = deepFreeze(parseCase(text, 'file:///case/decision.case.md'));
  const others = (c.others ?? []).map((o) => deepFreeze(parseCase(o.code, o.uri)));
  const found = lintModel(model, {
    rules: [rule],
    config: enabled(rule, c.config),
    catalog: new Catalog(c.catalog ?? []),
    workspace: new InMemoryWorkspace([model, ...others]),
  });
  const crash = found.find((d) => d.rule === INTERNAL_RULE_ID);
  assert.ok(
    !crash,
    `the rule crashed (a frozen model throws when written to): ${JSON.stringify(crash?.data)}`,
  );
  return found;
}

/** Applies fixes as an editor's "fix all" does (core/fixes.ts). */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  return applyWhole(text, fixes).text;
}

const PLACEHOLDER = /\{\w+\}/;
const LOCALES = ['zh-cn', 'en'] as const;

function countIds(found: readonly CaseDiagnostic[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const d of found) m.set(d.messageId, (m.get(d.messageId) ?? 0) + 1);
  return m;
}

/**
 * Re-lints a fixed text: each finding whose fix was applied is gone (one fewer of its message id)
 * and no finding of the rule is new (no message id is more frequent than before).
 */
function assertFixed(
  rule: Rule,
  c: CaseOptions,
  beforeFound: readonly CaseDiagnostic[],
  fixedFindings: readonly CaseDiagnostic[],
  fixed: string,
  what: string,
): void {
  const after = countIds(run(rule, c, fixed));
  const expected = countIds(beforeFound);
  for (const d of fixedFindings) expected.set(d.messageId, expected.get(d.messageId)! - 1);
  for (const [id, n] of after) {
    assert.ok(
      n <= (expected.get(id) ?? 0),
      `${what}: re-linted, the fixed text still has ${n} finding(s) "${id}" (expected at most ${expected.get(id) ?? 0}): a fixable finding not fixed, or a new one`,
    );
  }
}

/** A valid case: the rule reports nothing. Throws an AssertionError saying what it found. */
export function checkValid(rule: Rule, c: CaseOptions): void {
  const translate = translator([rule]);
  const found = run(rule, c, c.code);
  assert.deepEqual(
    found.map(
      (d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${translate(d, 'zh-cn').message}`,
    ),
    [],
    'expected no diagnostic',
  );
}

/**
 * An invalid case, as ESLint's RuleTester checks one: every finding at its ⟦range⟧ with its whole
 * message id, worded in both languages; the output of "fix all", of every fix and of every
 * suggestion stated and compared; each fixed text re-linted; fixes and suggestions only from a
 * rule whose meta says it makes them; the model frozen while the rule runs.
 */
export function checkInvalid(rule: Rule, c: InvalidCase): void {
  const translate = translator([rule]);
  const { text, spans } = stripMarkers(c.code);
  assert.ok(spans.length > 0, 'an invalid case marks at least one ⟦range⟧');
  const lines = new LineIndex(text);
  const found = run(rule, c, text);
  const zh = found.map((d) => translate(d, 'zh-cn').message);
  assert.deepEqual(
    found.map((d) => ({ rule: d.rule, range: d.range })),
    spans.map((s) => ({ rule: rule.meta.id, range: lines.range(s) })),
    `diagnostics: ${zh.join(' | ')}`,
  );
  found.forEach((d, i) => {
    const expected = c.findings?.[i]?.messageId ?? c.messageId;
    assert.ok(expected, `state the messageId of finding ${i + 1} ("${d.messageId}": ${zh[i]})`);
    assert.equal(d.messageId, expected, `finding ${i + 1}: ${zh[i]}`);
    const severity =
      c.findings?.[i]?.severity ?? c.severity ?? effectiveSeverity(rule, enabled(rule, c.config));
    assert.equal(d.severity, severity, `finding ${i + 1}'s severity: ${zh[i]}`);
  });

  for (const locale of LOCALES) {
    for (const d of found) {
      const t = translate(d, locale);
      const words = [t.message, ...[...(t.fixes ?? []), ...(t.suggestions ?? [])].map((f) => f.title)];
      words.push(...(t.related ?? []).map((r) => r.message));
      for (const w of words) {
        assert.ok(!PLACEHOLDER.test(w), `unfilled placeholder in "${w}"`);
        if (locale === 'zh-cn') assert.match(w, /[\u4e00-\u9fa5]/);
        else assert.match(w, /[A-Za-z]{3}/);
      }
      if (locale === (c.locale ?? 'zh-cn'))
        for (const frag of [c.messageIncludes ?? []].flat())
          assert.ok(t.message.includes(frag), `"${t.message}" lacks "${frag}"`);
    }
  }

  const withFix = found.filter((d) => d.fixes?.length);
  assert.ok(!withFix.length || rule.meta.fixable, 'the rule reports fixes but its meta has no fixable: true');
  assert.ok(
    !found.some((d) => d.suggestions?.length) || rule.meta.hasSuggestions,
    'the rule reports suggestions but its meta has no hasSuggestions: true',
  );

  if (!withFix.length) {
    assert.equal(c.output, undefined, 'the case states an output, but no finding has a fix');
  } else {
    assert.ok(c.output !== undefined, 'a finding has a fix: state the output of "fix all"');
    const all = applyWhole(
      text,
      withFix.map((d) => d.fixes![0]!),
    );
    assert.equal(all.text, c.output, 'the output of "fix all"');
    assertFixed(
      rule,
      c,
      found,
      withFix.filter((_, i) => all.applied[i]),
      all.text,
      'fix all',
    );
  }

  found.forEach((d, i) => {
    const want = c.findings?.[i];
    const fixes = d.fixes ?? [];
    if (fixes.length > 1 || want?.fixes) {
      assert.ok(want?.fixes, `finding ${i + 1} has ${fixes.length} fixes: state the output of each`);
      assert.equal(fixes.length, want.fixes.length, `finding ${i + 1}: number of fixes`);
      fixes.forEach((f, k) => {
        const out = applyFixes(text, [f]);
        assert.equal(out, want.fixes![k], `finding ${i + 1}, fix ${k + 1}`);
        assertFixed(rule, c, found, [d], out, `finding ${i + 1}, fix ${k + 1}`);
      });
    }
    const suggestions = d.suggestions ?? [];
    if (suggestions.length || want?.suggestions) {
      assert.ok(
        want?.suggestions,
        `finding ${i + 1} has ${suggestions.length} suggestion(s): state the output of each`,
      );
      assert.equal(suggestions.length, want.suggestions.length, `finding ${i + 1}: number of suggestions`);
      suggestions.forEach((s, k) => {
        const out = applyFixes(text, [s]);
        assert.equal(out, want.suggestions![k], `finding ${i + 1}, suggestion ${k + 1}`);
        // A suggestion needs judgement, but taken it answers its finding.
        const left = run(rule, c, out).filter((x) => x.messageId === d.messageId).length;
        assert.ok(
          left < found.filter((x) => x.messageId === d.messageId).length,
          `finding ${i + 1}, suggestion ${k + 1}: re-linted, the finding is still there`,
        );
      });
    }
  });
}

/** meta.fixable and meta.hasSuggestions say exactly what the invalid cases show the rule doing. */
export function checkMeta(rule: Rule, invalid: readonly InvalidCase[]): void {
  const found = invalid.flatMap((c) => run(rule, c, stripMarkers(c.code).text));
  const fixes = found.some((d) => d.fixes?.length);
  const suggestions = found.some((d) => d.suggestions?.length);
  assert.equal(
    !!rule.meta.fixable,
    fixes,
    `meta.fixable is ${!!rule.meta.fixable}, but the invalid cases ${fixes ? 'have' : 'have no'} fixes`,
  );
  assert.equal(
    !!rule.meta.hasSuggestions,
    suggestions,
    `meta.hasSuggestions is ${!!rule.meta.hasSuggestions}, but the invalid cases ${suggestions ? 'have' : 'have no'} suggestions`,
  );
}

export function ruleTester(rule: Rule, cases: { valid: CaseOptions[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    assert.ok(
      cases.valid.length > 0 && cases.invalid.length > 0,
      `${rule.meta.id} needs valid and invalid cases`,
    );
    for (const c of cases.valid) it(`valid: ${c.name}`, () => checkValid(rule, c));
    for (const c of cases.invalid) it(`invalid: ${c.name}`, () => checkInvalid(rule, c));
    it('meta: fixable and hasSuggestions say what the rule reports', () => checkMeta(rule, cases.invalid));
  });
}

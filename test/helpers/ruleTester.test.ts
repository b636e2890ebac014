// The rule tester is what every rule's table relies on: these cases show that each of its checks
// fails a rule (or a table) that gets it wrong, and passes one that gets it right.
import assert from 'node:assert/strict';
import { defineRule, replace, type Edit, type RuleContext } from '../../server/src/core/rule';
import { checkInvalid, checkMeta, checkValid, type InvalidCase } from './ruleTester';

const DRAFT = '---\n文书: 行政处罚决定书\n---\n\n责令当事人马上改正。\n';
const MARKED = DRAFT.replace('马上', '⟦马上⟧');
const FIXED = DRAFT.replace('马上', '立即');

const META = {
  id: 'test/soon',
  severity: 'warning' as const,
  description: { zh: '测试', en: 'test' },
  basis: { kind: 'law' as const, zh: '无', en: 'none' },
  docs: 'docs/rules/test/soon.md',
};
const messages = {
  soon: { zh: '「马上」应写作「立即」。', en: 'Write 立即 for 马上.' },
  soonAgain: { zh: '又是「马上」。', en: 'Another 马上.' },
  fix: { zh: '改为「立即」', en: 'Change to 立即' },
};

/** A rule that reports 马上 with what `fix` returns as its fix (or suggestion). */
function soonRule(
  opts: {
    fixable?: boolean;
    hasSuggestions?: boolean;
    as?: 'fixes' | 'suggestions';
    id?: 'soon' | 'soonAgain';
  },
  fix: (at: { start: number; end: number }, ctx: RuleContext<keyof typeof messages>) => Edit | undefined,
) {
  return defineRule({
    meta: { ...META, fixable: opts.fixable, hasSuggestions: opts.hasSuggestions },
    messages,
    check(ctx) {
      const i = ctx.model.text.indexOf('马上');
      if (i < 0) return;
      const span = { start: i, end: i + 2 };
      const edit = fix(span, ctx);
      ctx.report({
        messageId: opts.id ?? 'soon',
        span,
        [opts.as ?? 'fixes']: edit ? [{ messageId: 'fix', edits: [edit] }] : undefined,
      });
    },
  });
}

const good = soonRule({ fixable: true }, (span) => replace(span, '立即'));
const ok: InvalidCase = { name: 'ok', code: MARKED, messageId: 'soon', output: FIXED };

describe('the rule tester', () => {
  it('passes a rule whose table states what it does', () => {
    checkValid(good, { name: 'clean', code: FIXED });
    checkInvalid(good, ok);
    checkMeta(good, [ok]);
  });

  it('compares the whole message id, not a prefix', () => {
    const again = soonRule({ fixable: true, id: 'soonAgain' }, (span) => replace(span, '立即'));
    assert.throws(() => checkInvalid(again, ok), /finding 1/);
  });

  it('requires the output of "fix all" when a finding has a fix, and compares it', () => {
    assert.throws(() => checkInvalid(good, { ...ok, output: undefined }), /state the output of "fix all"/);
    assert.throws(() => checkInvalid(good, { ...ok, output: DRAFT }), /the output of "fix all"/);
  });

  it('re-lints the fixed text: a fix that leaves its finding fails', () => {
    const idle = soonRule({ fixable: true }, (span) => replace({ start: span.end, end: span.end }, '地'));
    assert.throws(
      () => checkInvalid(idle, { ...ok, output: DRAFT.replace('马上', '马上地') }),
      /re-linted, the fixed text still has 1 finding\(s\) "soon"/,
    );
  });

  it('re-lints the fixed text: a fix that writes back what it fixed fails', () => {
    const echo = soonRule({ fixable: true }, (span) => replace(span, '马上'));
    assert.throws(() => checkInvalid(echo, { ...ok, output: DRAFT }), /re-linted/);
  });

  it('checks fixable against what the rule reports, both ways', () => {
    const undeclared = soonRule({}, (span) => replace(span, '立即'));
    assert.throws(() => checkInvalid(undeclared, ok), /no fixable: true/);
    const claims = soonRule({ fixable: true }, () => undefined);
    const noFix: InvalidCase = { name: 'no fix', code: MARKED, messageId: 'soon' };
    checkInvalid(claims, noFix);
    assert.throws(
      () => checkMeta(claims, [noFix]),
      /meta.fixable is true, but the invalid cases have no fixes/,
    );
  });

  it('requires and compares the output of every suggestion, and hasSuggestions', () => {
    const suggests = soonRule({ hasSuggestions: true, as: 'suggestions' }, (span) => replace(span, '立即'));
    const bare: InvalidCase = { name: 'suggestion', code: MARKED, messageId: 'soon' };
    assert.throws(() => checkInvalid(suggests, bare), /state the output of each/);
    assert.throws(
      () => checkInvalid(suggests, { ...bare, findings: [{ suggestions: [DRAFT] }] }),
      /suggestion 1/,
    );
    checkInvalid(suggests, { ...bare, findings: [{ suggestions: [FIXED] }] });
    const undeclared = soonRule({ as: 'suggestions' }, (span) => replace(span, '立即'));
    assert.throws(
      () => checkInvalid(undeclared, { ...bare, findings: [{ suggestions: [FIXED] }] }),
      /no hasSuggestions: true/,
    );
  });

  it('freezes the model: a rule that writes to it fails', () => {
    const writes = soonRule({}, (_span, ctx) => {
      (ctx.model.sections as unknown[]).push('a section of my own');
      return undefined;
    });
    assert.throws(
      () => checkInvalid(writes, { name: 'writes', code: MARKED, messageId: 'soon' }),
      /the rule crashed \(a frozen model throws when written to\)/,
    );
  });
});

import assert from 'node:assert/strict';
import {
  defineRule,
  INTERNAL_RULE_ID,
  lintModel,
  parseCase,
  resolveConfig,
  translator,
} from '../../server/src/core';
import { inForceOn } from '../../server/src/core/engine';
import { allRules } from '../../server/src/rules';
import { edit } from '../helpers/ruleTester';
import { messageOf } from '../helpers/words';

const boom = defineRule({
  meta: {
    id: 'test/boom',
    severity: 'error',
    description: { zh: '测试', en: 'test' },
    basis: { kind: 'law', zh: '无', en: 'none' },
    docs: 'docs/rules/test/boom.md',
  },
  messages: {},
  check() {
    throw new Error('kaboom');
  },
});

const FLAWED = edit('未如实记录培训时间和内容。[证据3]', '未如实记录培训时间和内容。');

describe('engine', () => {
  it('a rule that throws becomes one internal diagnostic and the others still report', () => {
    const model = parseCase(FLAWED);
    const without = lintModel(model, { rules: allRules });
    const withBoom = lintModel(model, { rules: [boom, ...allRules] });
    const internal = withBoom.filter((d) => d.rule === INTERNAL_RULE_ID);
    assert.equal(internal.length, 1);
    assert.match(messageOf(internal[0]!), /test\/boom.*kaboom/);
    assert.match(messageOf(internal[0]!, 'en'), /Rule test\/boom crashed.*kaboom/);
    assert.deepEqual(
      withBoom.filter((d) => d.rule !== INTERNAL_RULE_ID),
      without,
    );
    assert.ok(without.some((d) => d.rule === 'evidence/uncited-fact'));
  });

  it('a severity from the config replaces the default, and off silences a rule', () => {
    const model = parseCase(FLAWED);
    const warn = lintModel(model, {
      rules: allRules,
      config: resolveConfig({ rules: { 'evidence/uncited-fact': 'warning' } }),
    });
    assert.equal(warn.find((d) => d.rule === 'evidence/uncited-fact')?.severity, 'warning');
    const off = lintModel(model, {
      rules: allRules,
      config: resolveConfig({ rules: { 'evidence/uncited-fact': 'off' } }),
    });
    assert.ok(!off.some((d) => d.rule === 'evidence/uncited-fact'));
  });

  it('findings are data: a message id and values, worded only when translated, with the law behind it', () => {
    const model = parseCase(FLAWED);
    const d = lintModel(model, { rules: allRules }).find((x) => x.rule === 'evidence/uncited-fact')!;
    assert.equal(d.messageId, 'uncited');
    assert.ok(!('message' in d));
    assert.match(messageOf(d), /（依据：《中华人民共和国行政处罚法》第四十条/);
    assert.match(messageOf(d, 'en'), /\(Basis: Administrative Penalty Law, Art\. 40/);
  });

  it('a report the translation could not word fails in the rule, isolated, not at the edge', () => {
    const bad = defineRule({
      meta: { ...boom.meta, id: 'test/bad-data' },
      messages: { m: { zh: '值 {v}', en: 'value {v}' } },
      check(ctx) {
        ctx.report({
          messageId: 'm',
          data: { v: { zh: 'only one language' } as never },
          span: { start: 0, end: 1 },
        });
      },
    });
    const [d] = lintModel(parseCase(FLAWED), { rules: [bad] });
    assert.equal(d?.rule, INTERNAL_RULE_ID);
    assert.match(messageOf(d!), /not message values/);
  });
});

describe('inline disable comments', () => {
  const uncited = (text: string) =>
    lintModel(parseCase(text), { rules: allRules }).filter((d) => d.rule === 'evidence/uncited-fact');
  const FACT = '未如实记录培训时间和内容。';

  it('disable-next-line silences the named rule on the next line only', () => {
    assert.equal(uncited(FLAWED).length, 1);
    const text = edit(
      `当事人法定代表人周明远在接受询问时承认，培训档案系事后补填，${FACT}`,
      `<!-- casedraft-disable-next-line evidence/uncited-fact -->\n当事人法定代表人周明远在接受询问时承认，培训档案系事后补填，${FACT}`,
      FLAWED,
    );
    assert.equal(uncited(text).length, 0);
  });

  it('disable-next-line for another rule changes nothing', () => {
    const text = edit(
      `当事人法定代表人周明远`,
      `<!-- casedraft-disable-next-line evidence/unused -->\n当事人法定代表人周明远`,
      FLAWED,
    );
    assert.equal(uncited(text).length, 1);
  });

  it('disable … enable covers the lines between', () => {
    const text = edit(
      '## 违法事实\n',
      '## 违法事实\n\n<!-- casedraft-disable evidence/uncited-fact -->\n',
      FLAWED,
    ).replace('## 证据\n', '<!-- casedraft-enable evidence/uncited-fact -->\n\n## 证据\n');
    assert.equal(uncited(text).length, 0);
  });

  it('a disable without rule id silences every rule until enabled', () => {
    const text = edit('## 违法事实\n', '## 违法事实\n\n<!-- casedraft-disable -->\n', FLAWED);
    assert.equal(uncited(text).length, 0);
  });
});

/**
 * A requirement resting on a provision the 2021 行政处罚法 added (`basis.inForceFrom`) does not
 * fault a document dated before it; one whose 2017 text set its own (`basis.earlier`) runs, knows
 * the date (`ctx.lawDate`) and ends its message with the 2017 basis.
 */
describe('engine: the law in force on the document’s date', () => {
  const seen: (string | undefined)[] = [];
  const since = (earlier?: { zh: string; en: string }) =>
    defineRule({
      meta: {
        id: 'test/since',
        severity: 'error',
        description: { zh: '测试', en: 'test' },
        basis: {
          kind: 'law',
          zh: '《中华人民共和国行政处罚法》第八十五条',
          en: 'Administrative Penalty Law, Art. 85',
          inForceFrom: '2021-07-15',
          ...(earlier ? { earlier } : {}),
        },
        docs: 'docs/rules/test/since.md',
      },
      messages: { hit: { zh: '命中', en: 'hit' } },
      check(ctx) {
        seen.push(ctx.lawDate);
        ctx.report({ messageId: 'hit', span: { start: 0, end: 3 } });
      },
    });
  const dated = (date: string) => parseCase(edit('  决定: 2025-04-15', `  决定: ${date}`));

  it('runs on a document dated from the day the provision came into force, and on an undated one', () => {
    seen.length = 0;
    for (const d of ['2021-07-15', '2022-05-10'])
      assert.equal(lintModel(dated(d), { rules: [since()] }).length, 1, d);
    assert.deepEqual(seen, ['2021-07-15', '2022-05-10']);
    // An undated draft is read under the current text.
    assert.equal(inForceOn(since(), undefined), true);
  });

  it('does not run on a document dated before it', () => {
    assert.deepEqual(lintModel(dated('2021-07-14'), { rules: [since()] }), []);
  });

  it('runs the earlier text’s requirement, with that text’s basis', () => {
    const rule = since({
      zh: '《中华人民共和国行政处罚法》（2017年修正文本）第四十条',
      en: 'Administrative Penalty Law (2017 text), Art. 40',
    });
    const [f] = lintModel(dated('2019-05-10'), { rules: [rule] });
    assert.equal(
      translator([rule])(f!, 'zh-cn').message,
      '命中（依据：《中华人民共和国行政处罚法》（2017年修正文本）第四十条）',
    );
    assert.match(
      translator([rule])(f!, 'en').message,
      /Administrative Penalty Law \(2017 text\), Art\. 40\)?\.?$/,
    );
    const [g] = lintModel(dated('2022-05-10'), { rules: [rule] });
    assert.match(translator([rule])(g!, 'zh-cn').message, /依据：《中华人民共和国行政处罚法》第八十五条）$/);
  });
});

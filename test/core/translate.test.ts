import assert from 'node:assert/strict';
import { defineRule, lintModel, parseCase, resolveConfig, translator } from '../../server/src/core';

const rule = defineRule({
  meta: {
    id: 'test/words',
    severity: 'info',
    description: { zh: '测试', en: 'test' },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第五十九条',
      en: 'Administrative Penalty Law, Art. 59',
    },
    docs: 'docs/rules/test/words.md',
    fixable: true,
  },
  messages: {
    m: { zh: '应为{kinds}；{who}{note}。', en: 'One of {kinds}; {who}{note}.' },
    fix: { zh: '改为「{to}」', en: 'Change to "{to}"' },
  },
  check(ctx) {
    ctx.report({
      messageId: 'm',
      data: {
        kinds: { list: ['警告', { zh: '罚款', en: 'fine' }], join: 'or' },
        who: { zh: '单位', en: 'organisation' },
        note: { text: { zh: '（共{n}项）', en: ' ({n} in all)' }, data: { n: 2 } },
      },
      span: { start: 0, end: 3 },
      fixes: [
        { messageId: 'fix', data: { to: '罚款' }, edits: [{ span: { start: 0, end: 3 }, text: '罚款' }] },
      ],
    });
  },
});

describe('translate: findings as data, worded at the edge', () => {
  const [d] = lintModel(parseCase('---\n文书: 行政处罚决定书\n---\n'), { rules: [rule] });
  const translate = translator([rule]);

  it('the finding itself carries no words, only the message id and its values', () => {
    assert.equal(d!.messageId, 'm');
    assert.deepEqual(d!.fixes![0]!.messageId, 'fix');
    assert.ok(!JSON.stringify(d).includes('应为'));
  });

  it('lists are joined, texts picked and phrases filled per language; the basis is appended', () => {
    assert.equal(
      translate(d!, 'zh-cn').message,
      '应为警告或罚款；单位（共2项）。（依据：《中华人民共和国行政处罚法》第五十九条）',
    );
    assert.equal(
      translate(d!, 'en').message,
      'One of 警告 or fine; organisation (2 in all). (Basis: Administrative Penalty Law, Art. 59)',
    );
    assert.equal(translate(d!, 'en').fixes![0]!.title, 'Change to "罚款"');
  });

  it('「依据」 is for law: a standard, an agency rule and a convention are named as what they are', () => {
    const said = (kind: 'standard' | 'agency' | 'house') => {
      const r = { ...rule, meta: { ...rule.meta, basis: { kind, zh: '某某', en: 'X' } } };
      const [f] = lintModel(parseCase('---\n文书: 行政处罚决定书\n---\n'), {
        rules: [r],
        config: resolveConfig({ rules: { 'test/words': 'info' } }),
      });
      return [translator([r])(f!, 'zh-cn').message, translator([r])(f!, 'en').message];
    };
    assert.deepEqual(said('standard'), [
      '应为警告或罚款；单位（共2项）。（参照标准：某某）',
      'One of 警告 or fine; organisation (2 in all). (Standard: X)',
    ]);
    assert.match(said('agency')[0]!, /（本机关规定：某某）$/);
    assert.match(said('house')[0]!, /（CaseDraft 写法约定：某某）$/);
    for (const kind of ['standard', 'agency', 'house'] as const) assert.ok(!said(kind)[0]!.includes('依据'));
  });

  describe("the basis names the articles of the 行政处罚法 in force on the document's date", () => {
    const r = {
      ...rule,
      meta: {
        ...rule.meta,
        basis: {
          kind: 'law' as const,
          zh: '《中华人民共和国行政处罚法》第五十九条第一款第六项（机关名称）、第二款（印章）、第四十七条；《中华人民共和国行政复议法》第二十条',
          en: 'Administrative Penalty Law, Art. 59 para 1(vi) (authority), para 2 (seal), Art. 47; Administrative Reconsideration Law, Art. 20',
        },
      },
    };
    const on = (date: string | undefined) => {
      const text = `---\n文书: 行政处罚决定书\n${date ? `程序:\n  决定: ${date}\n` : ''}---\n`;
      const [f] = lintModel(parseCase(text), { rules: [r] });
      return [translator([r])(f!, 'zh-cn').message, translator([r])(f!, 'en').message];
    };
    // Before 2021-07-15 the 2017 text: 第五十九条 was its 第三十九条 (data/chufa-fa-renumbering.json);
    // 第四十七条 is not in the table, so it is named as the 2021 text's, never given a number it lacks.
    const before = [
      '（依据：《中华人民共和国行政处罚法》（2017年修正文本）第三十九条（机关名称）、第三十九条（印章）、2021年文本第四十七条；《中华人民共和国行政复议法》第二十条）',
      ' (Basis: Administrative Penalty Law (2017 text), Art. 39 (authority), Art. 39 (seal), Art. 47 of the 2021 text; Administrative Reconsideration Law, Art. 20)',
    ];
    const after = [`（依据：${r.meta.basis.zh}）`, ` (Basis: ${r.meta.basis.en})`];
    it("the finding carries the document's date", () => {
      const [f] = lintModel(parseCase('---\n文书: 行政处罚决定书\n程序:\n  决定: 2019-05-06\n---\n'), {
        rules: [r],
      });
      assert.equal(f!.lawDate, '2019-05-06');
    });
    it('a decision of 2019, and of 2021-07-14, gets the 2017 numbers', () => {
      for (const date of ['2019-05-06', '2021-07-14']) {
        const [zh, en] = on(date);
        assert.ok(zh!.endsWith(before[0]!), zh);
        assert.ok(en!.endsWith(before[1]!), en);
      }
    });
    it('a decision of 2021-07-15 or 2022, or one without a date, gets the 2021 numbers', () => {
      for (const date of ['2021-07-15', '2022-03-01', undefined]) {
        const [zh, en] = on(date);
        assert.ok(zh!.endsWith(after[0]!), zh);
        assert.ok(en!.endsWith(after[1]!), en);
      }
    });
  });

  it('a finding of a rule it does not know is refused, not printed half-worded', () => {
    assert.throws(() => translator([])(d!, 'zh-cn'), /no message m in the table of test\/words/);
  });
});

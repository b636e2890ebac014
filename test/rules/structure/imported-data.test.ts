import assert from 'node:assert/strict';
import { lintModel } from '../../../server/src/core/engine';
import { parseCase } from '../../../server/src/core/parse';
import { resolveConfig } from '../../../server/src/core/config';
import { allRules } from '../../../server/src/rules';
import rule from '../../../server/src/rules/structure/imported-data';
import { BASE, edit, PUBLISHED, ruleTester } from '../../helpers/ruleTester';

const FROM = '导入自: 岳环罚决字〔2021〕136号.docx';
const AT = (text: string) => edit(FROM, '导入自: ⟦岳环罚决字〔2021〕136号.docx⟧', text);
const EXCERPT = edit(FROM, `${FROM}\n节选: 是`, PUBLISHED).slice(
  0,
  edit(FROM, `${FROM}\n节选: 是`, PUBLISHED).indexOf('## 三、'),
);

ruleTester(rule, {
  valid: [
    { name: 'a draft written from the template carries everything: nothing to say', code: BASE },
    {
      name: 'an imported draft that carries the data of every check that would run',
      code: edit(
        '  听证告知: 是\n',
        '  听证告知: 是\n  法制审核: 2021-08-10\n  告知送达: 2021-07-20\n  送达: 2021-08-18\n',
        edit('程序:\n', '执法人员:\n  - 姓名: 王某\n    证号: "43060119001"\n程序:\n', PUBLISHED),
      ).replace(/以上事实，有《现场监察记录》[^。]*。/, '以上事实，有下列证据证明：[证据1]。'),
      config: {
        rules: {
          'evidence/missing-field': 'off',
          'evidence/invalid-kind': 'off',
          'evidence/collector-count': 'off',
          'evidence/date-order': 'off',
          'evidence/after-notice': 'off',
          'evidence/sampling-record': 'off',
          'evidence/unused': 'off',
        },
      },
    },
  ],
  invalid: [
    {
      name: 'a published decision: no certificate numbers, legal-review date or evidence table',
      code: AT(PUBLISHED),
      messageId: 'notRun',
      messageIncludes: ['procedure/officers', 'procedure/legal-review', 'evidence/missing-field'],
    },
    {
      name: 'a published decision without the delivery dates: the two periods are named as not run',
      code: AT(PUBLISHED),
      messageId: 'notRun',
      messageIncludes: [
        '告知书送达日期（程序.告知送达）（procedure/hearing-period）',
        '决定书送达日期（程序.送达）（procedure/delivery-deadline）',
      ],
    },
    {
      name: 'a penalty the importer could not read: the checks of the penalty are named as not run',
      code: AT(PUBLISHED.replace('处罚:\n  种类: [罚款]\n  罚款: 52120\n', '')),
      messageId: 'notRun',
      messageIncludes: [
        '处罚种类（处罚.种类）（penalty/kind、procedure/payment-clause、procedure/hearing-notice）',
        '罚款金额（处罚.罚款）（penalty/statutory-range）',
      ],
    },
    {
      // 黔江医保处罚字〔2023〕第3号: the fine under a law CaseDraft does not carry.
      name: 'a fine under a law not bundled: its range is named as not checked',
      code: AT(
        PUBLISHED.replace(
          '根据《中华人民共和国环境影响评价法》第三十一条第一款的规定',
          '依据《医疗保障基金使用监督管理条例》第三十八条、第四十条之规定',
        ),
      ),
      messageId: 'notRun',
      messageIncludes:
        '所引罚则的法规文本（罚款幅度；CaseDraft 未附带该法规，或文书日期施行的是未附带的旧文本）（penalty/statutory-range）',
    },
    {
      name: 'an agency rule is named only where the agency turned it on (the review chain, with its preset)',
      code: AT(PUBLISHED),
      config: { preset: 'zhangjiagang' },
      messageId: 'notRun',
      messageIncludes: 'procedure/review-chain',
    },
    {
      name: 'an excerpt: the checks of what would come after the cut',
      code: AT(EXCERPT),
      messageId: 'notRun',
      messageIncludes: ['procedure/payment-clause', 'procedure/remedy-clause'],
    },
  ],
});

describe('structure/imported-data: what does not run', () => {
  const fired = (text: string, config = {}) =>
    new Set(
      lintModel(parseCase(text), { rules: allRules, config: resolveConfig(config) }).map((d) => d.rule),
    );

  it('a check named in the finding does not run on the imported draft, and does on a template draft', () => {
    assert.ok(!fired(PUBLISHED).has('procedure/officers'));
    assert.ok(fired(edit('    证号: "32058225012"\n', '', BASE)).has('procedure/officers'));
  });

  it('the review chain is not named by default: an agency rule that is off was never going to run', () => {
    const said = lintModel(parseCase(PUBLISHED), { rules: [rule], config: resolveConfig() })[0]!;
    assert.ok(!JSON.stringify(said.data).includes('procedure/review-chain'));
  });
});

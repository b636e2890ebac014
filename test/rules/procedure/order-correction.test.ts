import rule from '../../../server/src/rules/procedure/order-correction';
import { BASE, decidedOn, edit, ruleTester } from '../../helpers/ruleTester';
import { NO_PENALTY } from './_drafts';

/** The base decision made on another day (its front matter and its signing block). */

const ORDER = '一、责令当事人立即改正，如实记录安全生产教育和培训情况；\n\n二、';
const MISSING = edit(ORDER, '').replace('## 法律依据与处罚决定', '⟦## 法律依据与处罚决定⟧');

ruleTester(rule, {
  valid: [
    { name: '责令当事人立即改正', code: BASE },
    { name: '责令限期改正', code: edit(ORDER, '一、责令当事人于2025年5月15日前改正违法行为；\n\n二、') },
    { name: 'a no-penalty decision orders nothing', code: NO_PENALTY },
    // The orders the statutes give for it, as real decisions write them (test/corpus/real/).
    {
      name: '责令限期恢复原状 (森林法)',
      code: edit(ORDER, '一、责令限期于2023年8月30日前恢复原状，补种树木233株；\n\n二、'),
    },
    {
      name: '责令退还非法占用的土地 (土地管理法)',
      code: edit(ORDER, '一、责令退还非法占用的11598.24平方米土地；\n\n二、'),
    },
  ],
  invalid: [
    {
      name: 'no order to correct',
      code: MISSING,
      messageId: 'missing',
    },
    // Its basis is 第二十八条 of the 2021 text, 第二十三条 of the 2017 one (in force before 2021-07-15).
    {
      name: "a decision of 2019: the basis is the 2017 text's 第二十三条",
      code: decidedOn('2019-04-15', MISSING),
      messageId: 'missing',
      messageIncludes: '《中华人民共和国行政处罚法》（2017年修正文本）第二十三条',
    },
    {
      name: 'a decision of 2019, in English',
      code: decidedOn('2019-04-15', MISSING),
      locale: 'en',
      messageId: 'missing',
      messageIncludes: 'Administrative Penalty Law (2017 text), Art. 23)',
    },
    {
      name: "a decision of 2022: the 2021 text's 第二十八条第一款",
      code: decidedOn('2022-04-15', MISSING),
      messageId: 'missing',
      messageIncludes: '（依据：《中华人民共和国行政处罚法》第二十八条第一款）',
    },
    {
      name: 'a decision of 2022, in English',
      code: decidedOn('2022-04-15', MISSING),
      locale: 'en',
      messageId: 'missing',
      messageIncludes: '(Basis: Administrative Penalty Law, Art. 28 para 1)',
    },
  ],
});

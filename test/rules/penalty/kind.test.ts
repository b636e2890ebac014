import rule from '../../../server/src/rules/penalty/kind';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';
import { setFact } from '../procedure/_drafts';

/** The same draft decided on `date`: before 2021-07-15 the 2017 text's Art. 8 is the list. */
const decided = (date: string, text = BASE) => setFact('决定', date, text);
const kinds = (list: string) => edit('种类: [罚款]', `种类: [${list}]`);

ruleTester(rule, {
  valid: [
    { name: '罚款', code: BASE },
    { name: 'several kinds of Art. 9', code: edit('种类: [罚款]', '种类: [警告, 罚款, 没收违法所得]') },
    {
      name: '2022: 通报批评 is a kind of the 2021 Art. 9',
      code: decided('2022-05-10', kinds('通报批评, 罚款')),
    },
    {
      name: '2019: kinds of the 2017 Art. 8 the project has the words of',
      code: decided('2019-05-10', kinds('警告, 罚款, 没收违法所得, 责令停产停业')),
    },
  ],
  invalid: [
    {
      name: '罚金 is a criminal penalty: fix to 罚款',
      code: edit('种类: [罚款]', '种类: [⟦罚金⟧]'),
      messageId: 'standard',
      output: BASE,
    },
    {
      name: 'not a kind at all',
      code: edit('种类: [罚款]', '种类: [罚款, ⟦批评教育⟧]'),
      messageId: 'unknown',
      messageIncludes: '批评教育',
    },
    {
      name: '2022: not a kind of the 2021 Art. 9',
      code: decided('2022-05-10', kinds('罚款, ⟦批评教育⟧')),
      messageId: 'unknown',
      messageIncludes: ['第九条', '依据：《中华人民共和国行政处罚法》第九条'],
    },
    {
      name: '2019: 罚金 is fixed to the 2017 Art. 8 name 罚款, the basis is that article',
      code: decided('2019-05-10', kinds('⟦罚金⟧')),
      messageId: 'standard2017',
      output: decided('2019-05-10'),
      messageIncludes: ['2017年修正的《行政处罚法》第八条', '（2017年修正文本）第八条'],
    },
    // The 2021 list is not the law of a 2019 decision, and the project lacks the 2017 Art. 8 from (五) on.
    {
      name: '2019: 通报批评 (2021 Art. 9) is not faulted, it is said to be unchecked',
      code: decided('2019-05-10', kinds('罚款, ⟦通报批评⟧')),
      messageId: 'unchecked2017',
      severity: 'info',
      messageIncludes: ['没有检查', '警告、罚款、没收违法所得、没收非法财物、责令停产停业'],
    },
    {
      name: '2019: 吊销营业执照 is not rewritten to the 2021 name 吊销许可证件',
      code: decided('2019-05-10', kinds('罚款, ⟦吊销营业执照⟧')),
      messageId: 'unchecked2017',
      severity: 'info',
    },
  ],
});

import rule from '../../../server/src/rules/procedure/simple-procedure';
import { BASE, ruleTester } from '../../helpers/ruleTester';
import { SIMPLE, setFact } from './_drafts';

ruleTester(rule, {
  valid: [
    { name: 'ordinary procedure', code: BASE },
    { name: '3,000 yuan for an organisation', code: setFact('罚款', '3000', SIMPLE) },
    { name: '200 yuan for a person', code: setFact('类型', '个人', setFact('罚款', '200', SIMPLE)) },
    {
      name: '2022: 200 yuan for a person',
      code: setFact('决定', '2022-05-10', setFact('类型', '个人', setFact('罚款', '200', SIMPLE))),
    },
    // 2017 text, Art. 33: 五十元 for a person, 一千元 for an organisation.
    {
      name: '2019: 1,000 yuan for an organisation',
      code: setFact('决定', '2019-05-10', setFact('罚款', '1000', SIMPLE)),
    },
  ],
  invalid: [
    {
      name: '3,001 yuan for an organisation',
      code: setFact('罚款', '⟦3001⟧', SIMPLE),
      messageId: 'over',
      messageIncludes: '三千',
    },
    {
      name: '500 yuan for a person',
      messageId: 'over',
      code: setFact('类型', '个人', setFact('罚款', '⟦500⟧', SIMPLE)),
      messageIncludes: '二百',
    },
    {
      name: '2019: 200 yuan for a person, over the 2017 limit of 50',
      messageId: 'over',
      code: setFact('决定', '2019-05-10', setFact('类型', '个人', setFact('罚款', '⟦200⟧', SIMPLE))),
      messageIncludes: ['五十元以下', '依据：《中华人民共和国行政处罚法》（2017年修正文本）第三十三条'],
    },
    {
      name: '2019: 2,000 yuan for an organisation, over the 2017 limit of 1,000',
      messageId: 'over',
      code: setFact('决定', '2019-05-10', setFact('罚款', '⟦2000⟧', SIMPLE)),
      messageIncludes: '一千元以下',
    },
  ],
});

import rule from '../../../server/src/rules/procedure/hearing-notice';
import { BASE, ruleTester } from '../../helpers/ruleTester';
import { NO_PENALTY, SIMPLE, setFact } from './_drafts';

const NOT_TOLD = setFact('听证告知', '⟦否⟧');
const decided = (date: string, text: string) => setFact('决定', date, text);
/** 没收违法所得 60,000 beside a fine under the threshold: Art. 63 (二) of the 2021 text; the 2017 Art. 42 names only 较大数额罚款. */
const CONFISCATED = (text: string) => text.replace('  罚款: 20000', '  罚款: 20000\n  没收违法所得: 60000');

ruleTester(rule, {
  valid: [
    { name: 'the party was told', code: BASE },
    {
      name: 'a fine under the default 单位 threshold (50,000) needs no hearing notice',
      code: setFact('听证告知', '否'),
    },
    {
      name: 'an agency threshold above the fine',
      code: setFact('罚款', '60000', setFact('听证告知', '否')),
      config: { thresholds: { hearing: { 单位: 100000 } } },
    },
    { name: 'simple procedure', code: setFact('听证告知', '否', SIMPLE) },
    { name: 'no-penalty decision', code: setFact('听证告知', '否', NO_PENALTY) },
    {
      name: '2019: confiscation was not among the 2017 Art. 42 hearing cases',
      code: decided('2019-05-10', CONFISCATED(setFact('听证告知', '否'))),
    },
    {
      name: '2019: 责令关闭 is a 2021 kind, not named by the 2017 Art. 42',
      code: decided('2019-05-10', setFact('种类', '[罚款, 责令关闭]', setFact('听证告知', '否'))),
    },
  ],
  invalid: [
    {
      name: 'a 50,000 fine (the default threshold) without hearing notice',
      code: setFact('罚款', '50000', NOT_TOLD),
      messageId: 'fine',
      messageIncludes: ['50,000', 'CaseDraft 默认值', 'thresholds.hearing'],
    },
    {
      name: 'a 6,000 fine for a person',
      messageId: 'fine',
      code: setFact('类型', '个人', setFact('罚款', '6000', NOT_TOLD)),
      messageIncludes: '5,000',
    },
    {
      name: 'the agency sets its own threshold: no default note',
      messageId: 'fine',
      code: setFact('罚款', '30000', NOT_TOLD),
      config: { thresholds: { hearing: { 单位: 30000 } } },
    },
    {
      name: 'revocation always carries a hearing',
      code: setFact('种类', '[罚款, 吊销许可证件]', NOT_TOLD),
      messageId: 'kind',
    },
    {
      name: '2022: confiscating 60,000 of illegal gains carries a hearing (Art. 63 (二))',
      code: decided('2022-05-10', CONFISCATED(NOT_TOLD)),
      messageId: 'fine',
      messageIncludes: ['60,000', '依据：《中华人民共和国行政处罚法》第六十三条'],
    },
    {
      name: '2019: a large fine, under the 2017 Art. 42',
      code: decided('2019-05-10', setFact('罚款', '50000', NOT_TOLD)),
      messageId: 'fine2017',
      messageIncludes: ['2017年修正的《行政处罚法》第四十二条', '（2017年修正文本）第四十二条'],
    },
    {
      name: '2019: 吊销营业执照 (2017 Art. 42: 吊销许可证或者执照)',
      code: decided('2019-05-10', setFact('种类', '[罚款, 吊销营业执照]', NOT_TOLD)),
      messageId: 'kind',
    },
  ],
});

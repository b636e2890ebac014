import rule from '../../../server/src/rules/procedure/hearing-notice';
import { BASE, ruleTester } from '../../helpers/ruleTester';
import { NO_PENALTY, SIMPLE, setFact } from './_drafts';

const NOT_TOLD = setFact('听证告知', '⟦否⟧');

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
  ],
});

import rule from '../../../server/src/rules/procedure/review-chain';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';
import { NO_PENALTY, SIMPLE } from './_drafts';

const CAPTAIN = '  - 环节: 中队负责人\n    姓名: 钱国华\n    日期: 2025-04-11\n    意见: 同意\n';

ruleTester(rule, {
  valid: [
    { name: 'five levels in order', code: BASE },
    {
      name: 'an agency with three levels',
      code: edit(CAPTAIN, ''),
      config: { reviewLevels: ['承办员', '法制员', '法制科室'] },
    },
    { name: 'simple procedure has no review chain', code: SIMPLE },
    { name: 'a no-penalty decision with the full chain', code: NO_PENALTY },
  ],
  invalid: [
    {
      name: 'a level missing',
      code: edit(CAPTAIN, '').replace('\n审核:', '\n⟦审核⟧:'),
      messageId: 'missing',
      messageIncludes: ['中队负责人', 'CaseDraft 默认值'],
    },
    {
      name: 'a level without a name',
      code: edit(CAPTAIN, '  - 环节: ⟦中队负责人⟧\n    日期: 2025-04-11\n    意见: 同意\n'),
      messageId: 'incomplete',
    },
    {
      name: 'dates go backwards',
      code: edit(CAPTAIN, '  - 环节: 中队负责人\n    姓名: 钱国华\n    日期: ⟦2025-04-09⟧\n    意见: 同意\n'),
      messageId: 'backwards',
    },
    {
      name: 'review after the decision',
      code: edit('    日期: 2025-04-14\n', '    日期: ⟦2025-04-16⟧\n'),
      messageId: 'afterDecision',
      messageIncludes: '2025-04-15',
    },
  ],
});

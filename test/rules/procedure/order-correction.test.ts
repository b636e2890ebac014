import rule from '../../../server/src/rules/procedure/order-correction';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';
import { NO_PENALTY } from './_drafts';

const ORDER = '一、责令当事人立即改正，如实记录安全生产教育和培训情况；\n\n二、';

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
      code: edit(ORDER, '').replace('## 法律依据与处罚决定', '⟦## 法律依据与处罚决定⟧'),
      messageId: 'missing',
    },
  ],
});

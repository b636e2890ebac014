import rule from '../../../server/src/rules/procedure/reconsideration-organ';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';
import { setDates, setFact } from './_drafts';

const TO_DEPT = (organ: string) => edit('向张家港市人民政府申请行政复议', `向${organ}申请行政复议`);

ruleTester(rule, {
  valid: [
    { name: 'the 人民政府 at the same level', code: BASE },
    {
      name: 'before 2024-01-01 the department above was still possible',
      code: setDates({ 决定: '2023-12-29' }, TO_DEPT('苏州市应急管理局')),
    },
    {
      name: 'a vertically led organ (税务, Art. 27)',
      code: setFact('机关', '国家税务总局张家港市税务局', TO_DEPT('国家税务总局苏州市税务局')),
    },
    { name: 'a decision of a 人民政府 itself', code: setFact('机关', '张家港市凤凰镇人民政府') },
    {
      name: 'an organ the agency declares vertically led',
      code: setFact('机关', '张家港市邮政管理局', TO_DEPT('苏州市邮政管理局')),
      config: { verticalAuthorities: ['邮政管理'] },
    },
  ],
  invalid: [
    {
      name: 'the department above after 2024-01-01',
      code: edit('向张家港市人民政府申请行政复议', '向⟦苏州市应急管理局⟧申请行政复议'),
      messageId: 'department',
      messageIncludes: '苏州市应急管理局',
    },
    {
      name: 'an organ Art. 27 does not name is not exempt by default',
      messageId: 'department',
      code: setFact(
        '机关',
        '张家港市邮政管理局',
        edit('向张家港市人民政府申请行政复议', '向⟦苏州市邮政管理局⟧申请行政复议'),
      ),
    },
  ],
});

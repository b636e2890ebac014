import rule from '../../../server/src/rules/procedure/reconsideration-organ';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';
import { setDates, setFact } from './_drafts';

const TO = (organ: string, text = BASE) =>
  edit('向张家港市人民政府申请行政复议', `向${organ}申请行政复议`, text);
const MARKED = (organ: string, text = BASE) => TO(`⟦${organ}⟧`, text);

ruleTester(rule, {
  valid: [
    { name: 'the 人民政府 at the same level', code: BASE },
    {
      name: 'before 2024-01-01 the department above was still possible (2017 text, Art. 12)',
      code: setDates({ 决定: '2023-12-29' }, TO('苏州市应急管理局')),
    },
    {
      name: 'a vertically led organ (税务, Art. 27)',
      code: setFact('机关', '国家税务总局张家港市税务局', TO('国家税务总局苏州市税务局')),
    },
    // Issue 16: the branches of the 中国人民银行 are 金融 organs of Art. 27.
    {
      name: 'a branch of the 中国人民银行 to the branch above (Art. 27)',
      code: setFact('机关', '中国人民银行苏州市分行', TO('中国人民银行江苏省分行')),
    },
    // Issue 16: Art. 28 — a 司法行政 department's act may go to the 司法行政 department above.
    {
      name: 'a 司法局 to the 司法局 above (Art. 28)',
      code: setFact('机关', '张家港市司法局', TO('苏州市司法局')),
    },
    { name: 'a 司法局 to its government (Art. 28)', code: setFact('机关', '张家港市司法局') },
    // Issue 16: Art. 25 — a 国务院部门 decides on its own acts.
    {
      name: 'a 国务院部门 to itself (Art. 25)',
      code: setFact('机关', '国家市场监督管理总局', TO('国家市场监督管理总局')),
    },
    {
      name: 'a town government to the government above (Art. 24 (二))',
      code: setFact('机关', '张家港市凤凰镇人民政府'),
    },
    {
      name: 'an organ the agency declares vertically led',
      code: setFact('机关', '张家港市邮政管理局', TO('苏州市邮政管理局')),
      config: { verticalAuthorities: ['邮政管理'] },
    },
    { name: 'a template blank is the placeholder rule’s', code: TO('（人民政府全称）') },
  ],
  invalid: [
    {
      name: 'the department above after 2024-01-01',
      code: MARKED('苏州市应急管理局'),
      messageId: 'department',
      messageIncludes: '苏州市应急管理局',
    },
    {
      name: 'an organ Art. 27 does not name is not exempt by default',
      messageId: 'department',
      code: setFact('机关', '张家港市邮政管理局', MARKED('苏州市邮政管理局')),
    },
    {
      name: 'a vertically led organ’s act sent to a government',
      messageId: 'vertical',
      code: setFact('机关', '张家港海关', MARKED('张家港市人民政府')),
    },
    {
      name: 'a 国务院部门’s act sent elsewhere',
      messageId: 'stateCouncil',
      code: setFact('机关', '国家市场监督管理总局', MARKED('国务院')),
    },
    {
      name: 'a 司法局’s act sent to an organ Art. 28 does not name',
      messageId: 'justice',
      code: setFact('机关', '张家港市司法局', MARKED('苏州市中级人民法院')),
    },
    {
      name: 'a town government’s act sent to itself',
      messageId: 'government',
      code: setFact('机关', '张家港市凤凰镇人民政府', MARKED('张家港市凤凰镇人民政府')),
    },
  ],
});

import rule from '../../../server/src/rules/procedure/seal';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

const H = '## 落款';
const SIGN = '张家港市应急管理局\n\n2025年4月15日\n\n（印章）';

ruleTester(rule, {
  valid: [
    { name: 'authority, date, seal', code: BASE },
    // Issue 16: a date in Chinese numerals is a date (wording/date-format asks for Arabic digits).
    {
      name: 'the date in Chinese numerals',
      code: edit('2025年4月15日\n\n（印章）', '二〇二五年四月十五日\n\n（印章）'),
    },
    // Issue 15: a blank is reported once, by structure/placeholder; here it is absent and reported.
    {
      name: 'the template’s blank for the date is structure/placeholder’s finding',
      code: edit(SIGN, '张家港市应急管理局\n\n（日期）\n\n（印章）'),
    },
    {
      name: 'an X-date is a blank too',
      code: edit(SIGN, '张家港市应急管理局\n\n2025年X月X日\n\n（印章）'),
    },
    {
      name: 'the template’s blank for the authority is structure/placeholder’s finding',
      code: edit(SIGN, '（作出决定的行政机关全称）\n\n2025年4月15日\n\n（印章）'),
    },
    {
      name: 'an authority in the front matter still the template’s blank is not looked for',
      code: edit('机关: 张家港市应急管理局', '机关: （作出决定的行政机关全称）'),
    },
  ],
  invalid: [
    {
      name: 'a date in Chinese numerals that is not the decision’s',
      code: edit('2025年4月15日\n\n（印章）', '⟦二〇二五年四月十六日⟧\n\n（印章）'),
      messageId: 'wrongDate',
      messageIncludes: '2025-04-16',
    },
    {
      name: 'no seal',
      code: edit(SIGN, '张家港市应急管理局\n\n2025年4月15日').replace(H, `⟦${H}⟧`),
      messageId: 'noSeal',
    },
    {
      name: 'no authority',
      code: edit(SIGN, '2025年4月15日\n\n（印章）').replace(H, `⟦${H}⟧`),
      messageId: 'noAuthority',
    },
    {
      name: 'no date',
      code: edit(SIGN, '张家港市应急管理局\n\n（印章）').replace(H, `⟦${H}⟧`),
      messageId: 'noDate',
    },
    {
      name: 'a blank for the authority does not stand for the date',
      code: edit(SIGN, '（作出决定的行政机关全称）\n\n（印章）').replace(H, `⟦${H}⟧`),
      messageId: 'noDate',
    },
    {
      name: 'a date blank does not stand for the authority',
      code: edit(SIGN, '（日期）\n\n（印章）').replace(H, `⟦${H}⟧`),
      messageId: 'noAuthority',
    },
    {
      name: 'a date other than the decision',
      code: edit(SIGN, '张家港市应急管理局\n\n⟦2025年4月16日⟧\n\n（印章）'),
      messageId: 'wrongDate',
      messageIncludes: '2025-04-15',
    },
  ],
});

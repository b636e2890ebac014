import rule from '../../../server/src/rules/procedure/remedy-clause';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';

const H = '## 救济途径';
const SIMPLE = edit('  程序: 普通', '  程序: 简易');
const BOTH =
  '可以自收到本决定书之日起六十日内向张家港市人民政府申请行政复议，也可以自收到本决定书之日起六个月内向张家港市人民法院提起行政诉讼';
/** 行政复议法 (2023) Art. 23 para 1 (一): reconsideration first; 行政诉讼法 Art. 45: fifteen days after it. */
const FIRST =
  '可以自收到本决定书之日起六十日内向张家港市人民政府申请行政复议；对行政复议决定不服的，可以在收到行政复议决定书之日起十五日内依法向张家港市人民法院提起行政诉讼';

ruleTester(rule, {
  valid: [
    { name: '六十日 and 六个月', code: BASE },
    { name: 'Arabic figures', code: edit('六十日内', '60日内') },
    // Issue 16: 六十天 is 六十日, not a wrong period.
    { name: '六十天 for 六十日', code: edit('六十日内', '六十天内') },
    // Issue 16: the fifteen days of 行政诉讼法 Art. 45 run from the reconsideration decision.
    {
      name: 'the fifteen days after a reconsideration decision (行政诉讼法 Art. 45)',
      code: edit(BOTH, `${BOTH}；不服行政复议决定的，可以在收到复议决定书之日起十五日内向人民法院提起诉讼`),
    },
    // Issue 16: a 当场 decision from 2024-01-01 goes to reconsideration first (行政复议法 2023 Art. 23).
    { name: 'a 当场 decision of 2025: reconsideration first, then court', code: edit(BOTH, FIRST, SIMPLE) },
    {
      name: 'a 当场 decision of 2023 could still be taken straight to court (行政复议法 2017)',
      code: SIMPLE.replace('  决定: 2025-04-15', '  决定: 2023-04-15').replace(
        '  送达: 2025-04-16',
        '  送达: 2023-04-16',
      ),
    },
  ],
  invalid: [
    {
      name: 'the old 三个月 for litigation',
      findings: [{ messageId: 'noSixMonths' }, { messageId: 'wrong' }],
      code: edit('六个月内', '⟦三个月⟧内').replace(H, `⟦${H}⟧`),
    },
    {
      name: '15日 for reconsideration',
      findings: [{ messageId: 'noSixty' }, { messageId: 'wrong' }],
      code: edit('六十日内', '⟦15日⟧内').replace(H, `⟦${H}⟧`),
    },
    {
      name: 'litigation missing',
      code: edit('，也可以自收到本决定书之日起六个月内向张家港市人民法院提起行政诉讼', '').replace(
        H,
        `⟦${H}⟧`,
      ),
      messageId: 'noSixMonths',
    },
    {
      // Issue 16: the template's clause offers a suit a 当场 decision of 2024 on does not allow.
      name: 'a 当场 decision of 2025 offered straight to court',
      code: SIMPLE.replace(H, `⟦${H}⟧`),
      messageId: 'direct',
      messageIncludes: ['先申请行政复议', '2025-04-15'],
    },
  ],
});

import rule from '../../../server/src/rules/procedure/hearing-period';
import { BASE, ruleTester } from '../../helpers/ruleTester';
import { setDates, setFact, SIMPLE } from './_drafts';

/**
 * Five working days after 告知送达 (Art. 64 (一), Art. 85). The holidays of the State Council's
 * notices (see test/core/calendar.test.ts):
 * - 2023: 9月29日至10月6日放假调休, 10月7日（星期六）、10月8日（星期日）上班;
 * - 2024: 10月1日至7日放假调休, 9月29日（星期日）、10月12日（星期六）上班.
 * Counting Monday–Friday gets each case below wrong, in one direction or the other.
 */
const at = (delivered: string, decision: string) =>
  setDates({ 告知: delivered.replace(/[⟦⟧]/g, ''), 告知送达: delivered, 决定: decision });

ruleTester(rule, {
  valid: [
    { name: 'the base: 2025-04-01 + 5 working days (清明 4-4..4-6 off) = 04-09, decided 04-15', code: BASE },
    // Issue 16: a 当场 decision (Arts. 51, 52) is made and handed over on the spot: no period to wait for.
    { name: 'a 当场 decision has no statement period', code: setDates({ 决定: '2025-04-01' }, SIMPLE) },
    { name: '2023: delivered 09-27, period to 10-10, decided 10-11', code: at('2023-09-27', '2023-10-11') },
    // Mon–Fri would end the period on 10-13 and flag this decision: the 调休 Saturday and Sunday count.
    {
      name: '2023: delivered 10-06, 10-07 and 10-08 are working days, period to 10-11, decided 10-12',
      code: at('2023-10-06', '2023-10-12'),
    },
    // Mon–Fri would end the period on 10-16: the 调休 Saturday 10-12 counts.
    {
      name: '2024: delivered 10-09, 10-12 is a working day, period to 10-15, decided 10-16',
      code: at('2024-10-09', '2024-10-16'),
    },
    // 2017 text, Art. 42 para 1 (一): three (calendar) days from the notice; the statement period is not computed for it.
    {
      name: '2019: delivered 04-01, the three days ran on 04-04, decided 04-05',
      code: at('2019-04-01', '2019-04-05'),
    },
    {
      name: '2019: hearing waived, decided the next day',
      code: setFact('听证申请', '放弃', at('2019-04-01', '2019-04-02')),
    },
    {
      name: '2022: delivered 03-01, five working days to 03-08, decided 03-09',
      code: at('2022-03-01', '2022-03-09'),
    },
    {
      name: 'both rights waived',
      code: setFact('听证申请', '放弃', setFact('陈述申辩', '放弃', at('2025-04-01', '2025-04-02'))),
    },
    {
      name: 'a hearing was held',
      code: setDates(
        { 决定: '2025-04-03' },
        setFact('听证申请', '2025-04-02', BASE.replace('  法制审核:', '  听证: 2025-04-02\n  法制审核:')),
      ),
    },
  ],
  invalid: [
    // Mon–Fri would end the period on 10-04 and miss this: 9-29..10-6 are holidays.
    {
      name: '2023 National Day: delivered 09-27, period to 10-10, decided 10-09',
      code: at('2023-09-27', '⟦2023-10-09⟧'),
      messageId: 'early',
      messageIncludes: [
        '告知送达 2023-09-27；听证申请期限至 2023-10-10',
        '国庆节',
        '调休上班日 2023-10-07、2023-10-08 计为工作日',
      ],
    },
    {
      name: '2024 National Day: delivered 09-27, period to 10-10 (09-29 Sunday is a working day), decided 10-09',
      messageId: 'early',
      code: at('2024-09-27', '⟦2024-10-09⟧'),
      messageIncludes: ['听证申请期限至 2024-10-10', '2024-09-29'],
    },
    {
      name: 'decided on the last day of the period',
      messageId: 'early',
      code: at('2024-10-09', '⟦2024-10-15⟧'),
      messageIncludes: '2024-10-15',
    },
    {
      name: 'the configured statement period (10 working days) has not passed',
      messageId: 'early',
      code: setDates({ 决定: '⟦2025-04-15⟧' }),
      config: { statementPeriodWorkingDays: 10 },
      messageIncludes: ['陈述申辩期限至 2025-04-16', '十个工作日'],
    },
    {
      // Issue 16: counted Monday–Friday, a decision of 2027-01-05 passed although 元旦 is a holiday.
      name: 'after the notices (2027): 元旦 from the 放假办法, and the message says 调休 is not yet known',
      messageId: 'early',
      code: at('2026-12-28', '⟦2027-01-05⟧'),
      messageIncludes: ['听证申请期限至 2027-01-05', '不含元旦假期 2027-01-01', '调休上班日尚不可知'],
    },
    {
      name: 'an agency’s notice for 2027 (config holidays) decides instead',
      messageId: 'early',
      code: at('2026-12-28', '⟦2027-01-06⟧'),
      config: {
        holidays: [
          {
            year: 2027,
            notice: '国办发明电〔2026〕99号',
            off: [{ from: '2027-01-01', to: '2027-01-03', name: '元旦' }, { from: '2027-01-04' }],
          },
        ],
      },
      messageIncludes: ['听证申请期限至 2027-01-06', '国办发明电〔2026〕99号'],
    },
    {
      name: '2019: decided on the third day after the notice, under the 2017 text',
      code: at('2019-04-01', '⟦2019-04-04⟧'),
      messageId: 'early2017',
      messageIncludes: [
        '告知送达 2019-04-01',
        '2017年修正的《行政处罚法》第四十二条第一款第一项',
        '期限至 2019-04-04（三日，自然日',
        '依据：《中华人民共和国行政处罚法》（2017年修正文本）第四十二条第一款第一项',
      ],
    },
    // What was lawful in 2019 (three days) is early in 2022: five working days (Art. 64 (一), Art. 85).
    {
      name: '2022: decided on the fourth day after the notice, before the five working days ran',
      code: at('2022-03-01', '⟦2022-03-05⟧'),
      messageId: 'early',
      messageIncludes: ['听证申请期限至 2022-03-08', '第六十四条第一项、第八十五条'],
    },
    {
      name: 'hearing waived but statement period not',
      messageId: 'early',
      code: setFact('听证申请', '放弃', at('2025-04-01', '⟦2025-04-03⟧')),
      messageIncludes: '陈述申辩期限',
    },
  ],
});

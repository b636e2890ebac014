import rule from '../../../server/src/rules/procedure/delivery-deadline';
import { BASE, ruleTester } from '../../helpers/ruleTester';
import { setDates, SIMPLE } from './_drafts';

/** Seven working days (Art. 61, 85) across the National Day holidays of 2023 and 2024. */
const at = (decision: string, delivered: string) => setDates({ 决定: decision, 送达: delivered });

ruleTester(rule, {
  valid: [
    // A 当场 decision is handed over on the spot (Art. 52): Art. 61's seven days do not apply.
    { name: 'a 当场 decision has no delivery period', code: setDates({ 送达: '2025-05-20' }, SIMPLE) },
    { name: 'delivered the next day', code: BASE },
    // Mon–Fri would end on 10-05 and flag this: 9-29..10-6 are holidays, 10-7 and 10-8 working days.
    { name: '2023: decided 09-26, seven working days run to 10-11', code: at('2023-09-26', '2023-10-11') },
    // Mon–Fri would end on 10-07; the real period is 10-11 (10-1..10-7 off, the 调休 Sunday 9-29 counted).
    { name: '2024: decided 09-26, delivered 10-11', code: at('2024-09-26', '2024-10-11') },
    // 2017 text, Art. 40: seven (calendar) days.
    { name: '2019: decided 05-06, delivered on the seventh day 05-13', code: at('2019-05-06', '2019-05-13') },
    // The seventh day, 2019-10-01, is in the National Day holidays (10-01..10-07): not called late on 10-08.
    {
      name: '2019: decided 09-24, delivered 10-08, the first working day after the seventh',
      code: at('2019-09-24', '2019-10-08'),
    },
    { name: '2022: decided 03-01, seven working days run to 03-10', code: at('2022-03-01', '2022-03-10') },
  ],
  invalid: [
    {
      name: '2023: delivered 10-12, a day late',
      code: at('2023-09-26', '⟦2023-10-12⟧'),
      messageId: 'late',
      messageIncludes: [
        '至 2023-10-11',
        '七个工作日',
        '不含中秋节、国庆节假期',
        '调休上班日 2023-10-07、2023-10-08 计为工作日',
      ],
    },
    // Mon–Fri would allow to 10-17; the 调休 Saturday 10-12 counts, so the period ends 10-16.
    {
      name: '2024: decided 10-08, delivered 10-17 (10-12 was a working Saturday)',
      messageId: 'late',
      code: at('2024-10-08', '⟦2024-10-17⟧'),
      messageIncludes: ['至 2024-10-16', '2024-10-12'],
    },
    // 2024-era working days would allow to 05-15; the 2017 text counts seven days to 05-13.
    {
      name: '2019: decided 05-06, delivered 05-14, past the 2017 text’s seven days',
      code: at('2019-05-06', '⟦2019-05-14⟧'),
      messageId: 'late2017',
      messageIncludes: [
        '至 2019-05-13，七日，自然日',
        '2017年修正的《行政处罚法》第四十条',
        '依据：《中华人民共和国行政处罚法》（2017年修正文本）第四十条',
      ],
    },
    {
      name: '2019: decided 09-24, delivered 10-09, past the first working day after the seventh',
      code: at('2019-09-24', '⟦2019-10-09⟧'),
      messageId: 'late2017',
      messageIncludes: ['至 2019-10-08', '第七日 2019-10-01 为休息日'],
    },
    {
      name: '2022: decided 03-01, delivered 03-11, past seven working days',
      code: at('2022-03-01', '⟦2022-03-11⟧'),
      messageId: 'late',
      messageIncludes: ['至 2022-03-10', '七个工作日'],
    },
  ],
});

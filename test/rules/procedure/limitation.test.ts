import rule from '../../../server/src/rules/procedure/limitation';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';
import { setDates } from './_drafts';

/** 程序.发现 before 立案. */
const found = (date: string, text = BASE) => edit('  立案:', `  发现: ${date}\n  立案:`, text);
const FOOD = { fiveYearLimitationFields: ['安全生产'] };

ruleTester(rule, {
  valid: [
    { name: 'filed the next day', code: BASE },
    { name: 'filed on the last day of two years', code: setDates({ 违法行为发生: '2023-03-11' }) },
    {
      name: 'a continuing violation counts from its end',
      code: setDates({ 违法行为发生: '2022-01-01' }).replace(
        '  立案:',
        '  违法行为终了: 2024-01-01\n  立案:',
      ),
    },
    // Issue 16: Art. 36 runs to discovery, not to 立案.
    {
      name: 'discovered within two years, filed later',
      code: found('2025-03-09', setDates({ 违法行为发生: '2023-03-10' })),
    },
    {
      name: 'five years: a listed field and 危害后果: 有',
      code: edit(
        '首违: 否',
        '首违: 否\n危害后果: 有',
        found('2025-03-01', setDates({ 违法行为发生: '2021-09-10' })),
      ),
      config: FOOD,
    },
  ],
  invalid: [
    {
      name: 'discovered more than two years after',
      code: found('⟦2025-03-11⟧', setDates({ 违法行为发生: '2023-03-10' })),
      messageId: 'expired',
      messageIncludes: ['2025-03-10', '二年', '发现于 2025-03-11'],
    },
    {
      // Issue 16: 立案 past the period does not show discovery was: a question, not a breach.
      name: 'filed after two years, no discovery date: asked for it',
      code: setDates({ 违法行为发生: '2023-03-10', 立案: '⟦2025-03-11⟧' }),
      messageId: 'noDiscovery',
      severity: 'warning',
      messageIncludes: '程序.发现',
    },
    {
      // Issue 16: the five years need 有危害后果 as well as the field (was: the field alone).
      name: 'a listed field without 危害后果: two years, and the rule asks',
      code: found('⟦2025-03-01⟧', setDates({ 违法行为发生: '2021-09-10' })),
      config: FOOD,
      messageId: 'harmUnstated',
      severity: 'warning',
      messageIncludes: ['危害后果', '2026-09-10'],
    },
    {
      name: 'a listed field with 危害后果: 无 is two years',
      code: edit(
        '首违: 否',
        '首违: 否\n危害后果: 无',
        found('⟦2025-03-01⟧', setDates({ 违法行为发生: '2021-09-10' })),
      ),
      config: FOOD,
      messageId: 'expired',
    },
    {
      name: 'more than five years with 危害后果',
      messageId: 'expired',
      code: edit(
        '首违: 否',
        '首违: 否\n危害后果: 有',
        found('⟦2026-08-02⟧', setDates({ 违法行为发生: '2021-08-01' })),
      ),
      config: FOOD,
      messageIncludes: '五年',
    },
    {
      name: 'an act before the 2021 行政处罚法: its period is not checked, and the rule says so',
      code: setDates({ 违法行为发生: '⟦2021-03-10⟧' }),
      messageId: 'earlierLaw',
      severity: 'info',
      messageIncludes: '2021-07-15',
    },
  ],
});

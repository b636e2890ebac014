import assert from 'node:assert/strict';
import { builtinCatalog } from '../../../server/src/core/builtin-catalog';
import { resolveConfig } from '../../../server/src/core/config';
import { lintModel } from '../../../server/src/core/engine';
import { parseCase } from '../../../server/src/core/parse';
import { allRules } from '../../../server/src/rules';
import { edit } from '../../helpers/ruleTester';
import { NO_PENALTY, SIMPLE, setDates } from './_drafts';

/** The scope notes of the rule catalog: rules about steps a draft does not have stay silent. */
const OURS = allRules.filter((r) => /^(procedure|penalty)\//.test(r.meta.id));
// With the agency rules of the preset on, so that the review chain's scope is shown too.
const fired = (text: string) =>
  lintModel(parseCase(text), {
    rules: OURS,
    config: resolveConfig({ preset: 'zhangjiagang' }),
    catalog: builtinCatalog(),
  }).map((d) => d.rule);

describe('procedure/* and penalty/* scope', () => {
  it('a simple-procedure decision: no 立案, review chain, legal review or 90-day rules', () => {
    // No 立案, no 审核, no 法制审核, decided long after the violation: none of it applies to 当场处罚.
    const text = setDates({ 决定: '2025-08-01', 送达: '2025-08-01' }, SIMPLE).replace(
      '2025年4月15日\n\n（印章）',
      '2025年8月1日\n\n（印章）',
    );
    assert.deepEqual(fired(text), []);
  });
  it('a no-penalty decision: no notice, payment clause or order to correct', () => {
    assert.deepEqual(fired(NO_PENALTY), []);
  });
  it('the same omissions in an ordinary penalty decision are reported', () => {
    const ordinary = edit(
      '  程序: 简易',
      '  程序: 普通',
      edit('  违法行为发生: 2025-03-10\n', '  违法行为发生: 2025-03-10\n  立案: 2025-03-11\n', SIMPLE),
    );
    const text = setDates({ 决定: '2025-08-01', 送达: '2025-08-01' }, ordinary);
    const rules = new Set(fired(text));
    for (const id of ['procedure/review-chain', 'procedure/decision-deadline']) assert.ok(rules.has(id), id);
  });
});

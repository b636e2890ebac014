import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runLint } from '../../../server/src/cli/lint';
import { allRules } from '../../../server/src/rules';

import { SHARED as SHARED_ROOT } from '../../cli/run';

const SHARED = join(SHARED_ROOT, 'examples');
const OURS = allRules.filter(
  (r) => /^(procedure|penalty)\//.test(r.meta.id) || r.meta.id === 'evidence/required-by-catalog',
);
// The samples are Zhangjiagang's drafts: its agency rules (the five-level review) are on.
const PRESET = join(__dirname, '..', '..', '..', 'examples', 'casedraft.config.json');
const lint = (dir: string) =>
  runLint({
    paths: [join(SHARED, dir)],
    rules: OURS,
    configPath: PRESET,
  }).results[0]!.diagnostics.map((d) => `${d.range.start.line + 1} ${d.rule}`);

describe('procedure/* and penalty/* on the shared samples (test/fixtures/shared/examples)', function () {
  it('2024-fh-017 (超标排放水污染物, 150,000, 一般) is clean with the built-in catalog', () => {
    assert.deepEqual(lint('2024-fh-017'), []);
  });

  it('2024-fh-021 gets its procedure problems', () => {
    // Read off the draft: 陈晓燕 without 证号; decided 05-06 though the hearing-request period after
    // 04-29 runs to 05-09 (劳动节 5-1..5-5 off); delivered 05-20, past 05-14; 中队负责人 and 合议小组
    // missing; 王立新 investigates and reviews as 法制员; 法制科室 dated after the decision; no order
    // to correct; no surcharge; no （印章）and the signing date differs; no 采样记录 and no 营业执照.
    assert.deepEqual(lint('2024-fh-021'), [
      '17 procedure/officers',
      '26 procedure/hearing-period',
      '27 procedure/delivery-deadline',
      '28 procedure/review-chain',
      '28 procedure/review-chain',
      '34 procedure/review-independence',
      '39 procedure/review-chain',
      '67 evidence/required-by-catalog',
      '67 evidence/required-by-catalog',
      '77 procedure/order-correction',
      '81 procedure/payment-clause',
      '85 procedure/seal',
      '89 procedure/seal',
    ]);
  });
});

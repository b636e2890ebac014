import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig } from '../../../server/src/core/config';
import { lintModel } from '../../../server/src/core/engine';
import { parseCase } from '../../../server/src/core/parse';
import { InMemoryWorkspace } from '../../../server/src/core/workspace';
import rule from '../../../server/src/rules/procedure/prior-violation';
import { BASE, edit, ruleTester } from '../../helpers/ruleTester';
import { setDates, setFact } from './_drafts';
import { worded } from '../../helpers/words';

/** A case folder: an earlier penalty (张应急罚决字〔2024〕31号, 2024-04-15) and a later no-penalty decision claiming 首违. */
const DIR = join(__dirname, '..', '..', 'fixtures', 'prior-violation');
const EARLIER = readFileSync(join(DIR, 'earlier.case.md'), 'utf8');
const LATER = readFileSync(join(DIR, 'later.case.md'), 'utf8');
const earlier = [{ uri: 'file:///case/earlier.case.md', code: EARLIER }];
const CLAIM = LATER.replace('首违: 是', '首违: ⟦是⟧');
/** The folder's dates moved to other years (首违不罚 is new in the 2021 text, in force 2021-07-15). */
const years = (later: string, earlierYear: string) => ({
  code: CLAIM.replace(/2025-/g, `${later}-`),
  others: [{ uri: 'file:///case/earlier.case.md', code: EARLIER.replace(/2024-/g, `${earlierYear}-`) }],
});

ruleTester(rule, {
  valid: [
    { name: 'the base makes no first-violation claim', code: BASE, others: earlier },
    { name: 'a claim with no earlier decision in the workspace', code: LATER },
    {
      name: 'an earlier decision in another field',
      code: LATER,
      others: [{ uri: 'file:///case/earlier.case.md', code: setFact('领域', '消防', EARLIER) }],
    },
    {
      name: 'an earlier decision against another party',
      code: LATER,
      others: [
        {
          uri: 'file:///case/earlier.case.md',
          code: EARLIER.replace(/91320582MA27RT5K3T/g, '91320582MA1N7QK3FM'),
        },
      ],
    },
    {
      name: 'an earlier decision (2024-04-15) outside the look-back window (1 year set by the agency)',
      code: setDates({ 违法行为发生: '2025-04-20' }, LATER),
      others: earlier,
      config: { firstViolationLookbackYears: 1 },
    },
    {
      name: 'a wrong check character does not link parties',
      code: LATER.replace(/91320582MA27RT5K3T/g, '91320582MA27RT5K3A'),
      others: [
        {
          uri: 'file:///case/earlier.case.md',
          code: EARLIER.replace(/91320582MA27RT5K3T/g, '91320582MA27RT5K3A'),
        },
      ],
    },
    // 首违不罚 (Art. 33 para 1, second sentence) has no counterpart in the 2017 text: no finding under it.
    { name: '2019: a first-violation claim under the 2017 text is not checked', ...years('2019', '2018') },
  ],
  invalid: [
    {
      name: '2022: the first-violation claim names the earlier decision of 2021',
      ...years('2022', '2021'),
      messageId: 'prior',
      messageIncludes: '2021-04-15',
    },
    {
      name: 'the later first-violation claim names the earlier decision',
      code: CLAIM,
      others: earlier,
      messageId: 'prior',
      messageIncludes: ['张应急罚决字〔2024〕31号', '2024-04-15', 'CaseDraft 默认值'],
    },
    {
      name: 'a penalty decision claiming 首违 in its front matter',
      messageId: 'prior',
      code: setFact('首违', '⟦是⟧', setDates({ 违法行为发生: '2025-03-10' })),
      others: earlier,
    },
    {
      name: 'a 身份证号 party',
      messageId: 'prior',
      code: edit('  统一社会信用代码: 91320582MA27RT5K3T', '  身份证号: 11010519491231002X', CLAIM),
      others: [
        {
          uri: 'file:///case/earlier.case.md',
          code: edit('  统一社会信用代码: 91320582MA27RT5K3T', '  身份证号: 11010519491231002X', EARLIER),
        },
      ],
    },
  ],
});

describe('procedure/prior-violation across a case folder', () => {
  it('points its related information at the earlier file', () => {
    const later = parseCase(LATER, 'file:///case/later.case.md');
    const prior = parseCase(EARLIER, 'file:///case/earlier.case.md');
    const [d, ...rest] = lintModel(later, {
      rules: [rule],
      config: resolveConfig(),
      workspace: new InMemoryWorkspace([later, prior]),
    });
    assert.equal(rest.length, 0);
    assert.ok(d);
    assert.equal(d.related?.[0]?.uri, 'file:///case/earlier.case.md');
    assert.equal(d.related?.[0]?.range.start.line, 2); // 文号: line 3 of the earlier draft
    assert.match(worded(d).related![0]!.message, /张应急罚决字〔2024〕31号/);
  });
  it('the earlier decision itself is not flagged', () => {
    const later = parseCase(LATER, 'file:///case/later.case.md');
    const prior = parseCase(EARLIER.replace('首违: 否', '首违: 是'), 'file:///case/earlier.case.md');
    assert.deepEqual(
      lintModel(prior, { rules: [rule], workspace: new InMemoryWorkspace([later, prior]) }),
      [],
    );
  });
});

// Inputs that once took minutes or gigabytes: each runs at the size it was reported at, and the
// mocha timeout is the bound (seconds where it took minutes). The results are checked too, so a
// shortcut that skips the work cannot pass. Speed itself is measured in bench/, not here.
import assert from 'node:assert/strict';
import { templatePattern } from '../../server/src/core/clauses';
import { resolveConfig } from '../../server/src/core/config';
import { attachDictionaries, Dictionary, type TermEntry } from '../../server/src/core/dictionary';
import { lintModel } from '../../server/src/core/engine';
import { printedParagraphs } from '../../server/src/core/export/printed';
import { parseCase } from '../../server/src/core/parse';
import { allRules } from '../../server/src/rules';
import { edit } from '../helpers/ruleTester';

function lint(text: string, config = resolveConfig()) {
  const model = parseCase(text, 'file:///limits/draft.case.md');
  return { model, diagnostics: lintModel(model, { rules: allRules, config }) };
}
const count = (ds: { rule: string }[], rule: string) => ds.filter((d) => d.rule === rule).length;

describe('limits: superlinear inputs run in linear time', function () {
  this.timeout(60000);

  it('100,000 [证据N] markers in one paragraph (was 219 s)', () => {
    const markers = Array.from({ length: 100_000 }, (_, i) => `[证据${(i % 4) + 1}]`).join('');
    const { model, diagnostics } = lint(
      edit('未如实记录培训时间和内容。[证据3]', `未如实记录培训时间和内容。${markers}`),
    );
    const block = model.blocks.find((b) => b.citations.length > 1000);
    assert.equal(block?.citations.length, 100_000);
    assert.equal(count(diagnostics, 'evidence/undefined-reference'), 0);
  });

  it('printing a paragraph of 100,000 [证据N] markers for export (was over 5 minutes): its words, no marker', () => {
    const markers = Array.from({ length: 100_000 }, (_, i) => ` [证据${(i % 4) + 1}]`).join('');
    const model = parseCase(
      edit('未如实记录培训时间和内容。[证据3]', `未如实记录培训时间和内容。${markers}又记录不全。`),
    );
    const printed = printedParagraphs(model);
    assert.ok(printed.some((p) => p.includes('未如实记录培训时间和内容。又记录不全。')));
    assert.ok(!printed.some((p) => p.includes('[证据')));
  });

  it('100,000 markers citing rows that do not exist: each one is reported', () => {
    const markers = Array.from({ length: 100_000 }, (_, i) => `[证据${i + 5}]`).join('');
    const { diagnostics } = lint(
      edit('未如实记录培训时间和内容。[证据3]', `未如实记录培训时间和内容。[证据3]${markers}`),
    );
    assert.equal(count(diagnostics, 'evidence/undefined-reference'), 100_000);
  });

  it('50,000 evidence rows (was 37 s and 3.2 GB)', function () {
    // About 6 s on an idle 2-core machine; the bound leaves room for a CI machine shared 8 ways.
    this.timeout(180000);
    const rows = Array.from(
      { length: 50_000 },
      (_, i) =>
        `| 证据${i + 5} | 询问笔录 | 当事人的陈述 | 执法人员询问制作 | 2025-03-12 | 顾文杰、沈佳怡 | 当事人的陈述 |\n`,
    ).join('');
    const { model, diagnostics } = lint(edit('| 证据4 |', `${rows}| 证据4 |`));
    assert.equal(model.evidence?.rows.length, 50_004);
    assert.equal(model.evidence?.rows[10]?.cells.名称?.text, '询问笔录');
    assert.equal(count(diagnostics, 'evidence/unused'), 50_000);
  });

  it('「缴纳罚金。」 × 20,000 in one paragraph (was 24 s): every one found', () => {
    const { diagnostics } = lint(
      edit('当事人法定代表人周明远', `${'缴纳罚金。'.repeat(20_000)}当事人法定代表人周明远`),
    );
    assert.equal(count(diagnostics, 'wording/nonstandard-term'), 20_000);
  });

  it('a clause template of 16 adjacent placeholders (was 10 s a sentence)', () => {
    const template = `${Array.from({ length: 16 }, (_, i) => `{p${i}}`).join('')}。`;
    const config = resolveConfig({ templates: { remedy: template } });
    const sentence = '当事人如不服本决定可以自收到本决定书之日起六十日内申请行政复议也可以提起行政诉讼';
    const pattern = templatePattern(template);
    assert.equal(pattern.test(`${sentence}${sentence}！`), false);
    assert.equal(pattern.test('一二三四五六七八九十甲乙丙丁戊己。'), true);
    // And through the rule, which tries the pattern on every sentence of the draft's clause sections.
    const { diagnostics } = lint(
      edit('法律另有规定的除外。', `法律另有规定的除外。${sentence}${sentence}！`),
      config,
    );
    assert.equal(count(diagnostics, 'wording/boilerplate'), 0);
  });

  it('an agency dictionary pattern like ^(a+)+$ is harmless (was seconds on 30 characters)', () => {
    const entry: TermEntry = {
      id: 'agency-nested',
      wrong: ['罚金'],
      standard: '罚款',
      context: { zh: '测试', en: 'test' },
      source: { guideline: 'agency' },
      exceptions: [{ pattern: '^(a+)+$' }, { pattern: '(x+x+)+y' }],
      tests: [
        { input: '处以罚金', output: '处以罚款' },
        { input: 'aaaa', output: 'aaaa' },
      ],
    };
    const dict = Dictionary.fromData({ name: 'agency', entries: [entry] });
    const config = attachDictionaries(resolveConfig(), [dict]);
    const hostile = `${'a'.repeat(30)}罚金${'x'.repeat(5000)}`;
    const { diagnostics } = lint(
      edit('当事人法定代表人周明远', `${hostile}。当事人法定代表人周明远`),
      config,
    );
    assert.equal(count(diagnostics, 'wording/nonstandard-term'), 1);
  });
});

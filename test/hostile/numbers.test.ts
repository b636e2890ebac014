// Numbers a draft gives that no real case has: amounts that are infinite or beyond any fine ever
// imposed, evidence ids beyond 2^53. A clear front-matter finding, nothing computed or exported
// with them, and ids kept apart.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintModel } from '../../server/src/core/engine';
import { translator } from '../../server/src/core/translate';
import { parseCase } from '../../server/src/core/parse';
import { builtinCatalog } from '../../server/src/core/builtin-catalog';
import { allRules } from '../../server/src/rules';
import { edit } from '../helpers/ruleTester';
import { cli } from '../cli/run';

const translate = translator(allRules);
const lint = (text: string) => {
  const model = parseCase(text, 'file:///numbers/draft.case.md');
  return {
    model,
    ds: lintModel(model, { rules: allRules, catalog: builtinCatalog() }).map((d) => translate(d, 'zh-cn')),
  };
};

describe('hostile input: numbers', function () {
  this.timeout(30000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'casedraft-numbers-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const [name, value] of [
    ['.inf', '.inf'],
    ['.nan', '.nan'],
    ['1e300', '1e300'],
    ['2^53 + 1', '9007199254740993'],
  ] as const) {
    it(`罚款: ${name} is a front-matter error, used by no other rule, and does not export`, () => {
      const text = edit('罚款: 20000', `罚款: ${value}`);
      const { model, ds } = lint(text);
      assert.equal(model.facts.处罚?.罚款, undefined);
      assert.ok(
        ds.some(
          (d) => d.rule === 'structure/front-matter' && d.severity === 'error' && /罚款/.test(d.message),
        ),
        JSON.stringify(ds.map((d) => d.message)),
      );
      for (const d of ds)
        assert.doesNotMatch(d.message, /undefined|e\+\d|Infinity|NaN/, `${d.rule}: ${d.message}`);
      const f = join(dir, `${name.replace(/\W/g, '')}.case.md`);
      const out = join(dir, `${name.replace(/\W/g, '')}.docx`);
      writeFileSync(f, text);
      const r = cli(['export', f, '-o', out]);
      assert.equal(r.code, 1, r.stderr);
      assert.ok(!existsSync(out));
    });
  }

  it('evidence ids beyond 2^53 stay distinct', () => {
    const big = '9007199254740993';
    const text = edit(
      '| 证据4 |',
      `| 证据${big} | 询问笔录 | 当事人的陈述 | 执法人员询问制作 | 2025-03-12 | 顾文杰、沈佳怡 | 当事人的陈述 |\n| 证据4 |`,
    ).replace('[证据3]', '[证据3][证据9007199254740992]');
    const { model, ds } = lint(text);
    assert.ok(model.evidence?.rows.some((r) => r.id === `证据${big}`));
    // 2^53 + 1 and 2^53 are different rows: the citation of 2^53 is undefined, the row of 2^53 + 1 unused.
    assert.ok(
      ds.some((d) => d.rule === 'evidence/undefined-reference' && d.message.includes('9007199254740992')),
    );
    assert.ok(ds.some((d) => d.rule === 'evidence/unused' && d.message.includes(big)));
    // Leading zeros are still the same id.
    assert.equal(
      lint(edit('[证据3]', '[证据003]')).ds.filter((d) => d.rule.startsWith('evidence/')).length,
      0,
    );
  });
});

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCase } from '../../server/src/core/parse';
import { judgeQuotation, quotationsOf } from '../../server/src/core/quotations';

const REAL = join(__dirname, '..', 'corpus', 'real');

describe('core/quotations: the real decisions’ quotations of law', () => {
  it('are read and judged: every correct quotation passes, the two misquotes are found', () => {
    const verdicts: string[] = [];
    let quotations = 0;
    for (const dir of readdirSync(REAL, { withFileTypes: true })) {
      if (!dir.isDirectory()) continue;
      for (const f of readdirSync(join(REAL, dir.name)).filter((n) => n.endsWith('.case.md'))) {
        const model = parseCase(readFileSync(join(REAL, dir.name, f), 'utf8'), `file:///${dir.name}/${f}`);
        for (const q of quotationsOf(model)) {
          quotations++;
          const v = judgeQuotation(q);
          if (v.kind === 'misquote')
            verdicts.push(`${dir.name} ${q.citation.citation.article!.raw}: ${v.expected}`);
        }
      }
    }
    assert.ok(quotations >= 20, `${quotations} quotations read`);
    assert.deepEqual(verdicts, [
      // 「建设单位非不得开工建设」 as published
      '06-environment-bayannaoer-no-penalty 二十五: 建设项目的环境影响评价文件未依法经审批部门审查或者审查后未予批准的，建设单位不得开工建设',
      // 「或审查后不予批准」 as published
      '08-environment-kunming-jkq-no-penalty 二十五: 建设项目的环境影响评价文件未依法经审批部门审查或者审查后未予批准的，建设单位不得开工建设。',
    ]);
  });
});

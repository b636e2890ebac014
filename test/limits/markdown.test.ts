// Pathological Markdown bodies: remark is cubic in container depth, so deep nesting is kept as an
// unread block rather than parsed. These finished only after seconds to minutes before the guard.
import assert from 'node:assert/strict';
import { lintModel } from '../../server/src/core/engine';
import { parseCase } from '../../server/src/core/parse';
import { allRules } from '../../server/src/rules';

const FM = '---\n文书: 行政处罚决定书\n---\n';

describe('limits: markdown body', () => {
  it('50,000 nested block quotes: one unread block, no throw', () => {
    const model = parseCase(`${FM}## 违法事实\n\n${'>'.repeat(50000)} x\n`);
    assert.equal(model.sections.length, 1);
    assert.deepEqual(
      model.sections[0]!.blocks.map((b) => b.kind),
      ['other'],
    );
    lintModel(model, { rules: allRules });
  });

  it('600 nested list levels: one unread block, no throw', () => {
    const list = Array.from({ length: 600 }, (_, i) => ' '.repeat(i * 2) + '- x').join('\n');
    const model = parseCase(`${FM}## 违法事实\n\n${list}\n\n## 处罚决定\n\n罚款。\n`);
    assert.deepEqual(
      model.sections[0]!.blocks.map((b) => b.kind),
      ['other'],
    );
    // The guard is per section: the next section is still read.
    assert.deepEqual(
      model.sections[1]!.blocks.map((b) => b.kind),
      ['paragraph'],
    );
    lintModel(model, { rules: allRules });
  });

  it('ordinary nesting is still parsed', () => {
    const model = parseCase(`${FM}## 违法事实\n\n- 一\n  - 二\n    > 三\n`);
    assert.deepEqual(
      model.sections[0]!.blocks.map((b) => b.kind),
      ['listItem'],
    );
  });
});

// Hostile front matter is refused quickly with a clear message, never expanded or recursed into.
// No timings are asserted (the machine is shared); each case finishing under mocha's timeout and
// reporting a `limit` problem is the contract.
import assert from 'node:assert/strict';
import { lintModel } from '../../server/src/core/engine';
import { parseCase } from '../../server/src/core/parse';
import { allRules } from '../../server/src/rules';
import { messageOf } from '../helpers/words';

function check(yaml: string) {
  const model = parseCase(`---\n${yaml}\n---\n# 行政处罚决定书\n\n## 当事人\n\n当事人：某公司\n`);
  const diagnostics = lintModel(model, { rules: allRules });
  return { model, diagnostics, fm: diagnostics.filter((d) => d.rule === 'structure/front-matter') };
}

function billionLaughs(levels: number): string {
  const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < levels; i++)
    lines.push(
      `a${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  return lines.join('\n');
}

describe('limits: front matter', () => {
  it('a billion-laughs alias bomb is refused, not expanded', () => {
    const { model, fm } = check(billionLaughs(10));
    assert.equal(model.frontMatter.data, undefined);
    assert.ok(model.frontMatter.problems.some((p) => p.kind === 'limit'));
    assert.ok(
      fm.some((d) => /refused/.test(messageOf(d, 'en'))),
      JSON.stringify(fm),
    );
  });

  it('deep block nesting (300 levels) is refused by the rough scan before yaml recurses', () => {
    let yaml = '';
    for (let i = 0; i < 300; i++) yaml += ' '.repeat(i) + 'k:\n';
    const { model, fm } = check(yaml);
    assert.deepEqual(
      model.frontMatter.problems.map((p) => [p.kind, p.message]),
      [['limit', 'nesting deeper than 20 levels']],
    );
    assert.ok(fm.some((d) => /nesting deeper than 20 levels/.test(messageOf(d, 'en'))));
  });

  // Regression: 1,000+ `[` all on one line were missed by the scan (depth read at line end) and
  // yaml's stack overflow surfaced as "not valid YAML: Maximum call stack size exceeded".
  it('deep flow nesting on one line is refused as nesting, not as a stack overflow', () => {
    for (const yaml of [
      `a: ${'['.repeat(10000)}${']'.repeat(10000)}`,
      `a: ${'{a: '.repeat(5000)}1${'}'.repeat(5000)}`,
    ]) {
      const { model } = check(yaml);
      assert.deepEqual(
        model.frontMatter.problems.map((p) => p.message),
        ['nesting deeper than 20 levels'],
      );
    }
  });

  it('nesting just over the limit (21 levels) is refused by the exact check', () => {
    let yaml = '';
    for (let i = 0; i < 22; i++) yaml += '  '.repeat(i) + 'k:\n';
    yaml += '  '.repeat(22) + 'v';
    const { model } = check(yaml);
    assert.deepEqual(
      model.frontMatter.problems.map((p) => [p.kind, p.message]),
      [['limit', 'nesting deeper than 20 levels']],
    );
  });

  // Regression: nestingDepth spread every item into Math.max(...): a 300,000-item sequence threw
  // RangeError out of parseCase. Now a loop; and such front matter is over the size cap anyway.
  it('a very wide sequence does not throw', () => {
    const { model } = check(`a: [${Array(20000).fill('1').join(',')}]`);
    assert.ok(Array.isArray(model.frontMatter.data?.a));
    const big = check(`a: [${Array(300000).fill('1').join(',')}]`);
    assert.ok(big.model.frontMatter.problems.some((p) => p.kind === 'limit'));
  });

  // Regression: yaml's unique-key check is quadratic; 200,000 keys did not finish in 5 minutes.
  it('front matter over 64 KB is refused with a size message', () => {
    const yaml = Array.from({ length: 200000 }, (_, i) => `k${i}: 1`).join('\n');
    const { model, fm } = check(yaml);
    assert.deepEqual(
      model.frontMatter.problems.map((p) => p.kind),
      ['limit'],
    );
    assert.match(model.frontMatter.problems[0]!.message, /longer than 65536 characters/);
    assert.ok(fm.length > 0);
  });

  it('yaml warnings stay out of process warnings (stderr)', () => {
    const warnings: string[] = [];
    const on = (w: Error) => warnings.push(w.message);
    process.on('warning', on);
    try {
      check('[a]: 1\n文书: 行政处罚决定书');
    } finally {
      process.off('warning', on);
    }
    // process 'warning' events are emitted on the next tick; the check above is synchronous and
    // emitWarning queues, so flush before asserting.
    return new Promise<void>((done) =>
      setImmediate(() => {
        assert.deepEqual(warnings, []);
        done();
      }),
    );
  });
});

import assert from 'node:assert/strict';
import { Boundaries } from '../../server/src/core/dictionary';
import { protectedSpans } from '../../server/src/core/wording';

// Pasted blocks (an OCR dump, a minified table) must not stall the editor. These check the
// results on such inputs; their speed is measured in bench/, not asserted here.
describe('scanning long unbroken text', () => {
  it('segments piece by piece with the same boundaries a sentence gets on its own', () => {
    const sentence = '对当事人处以罚金，';
    const long = sentence.repeat(200);
    const b = new Boundaries(long);
    const one = new Boundaries(sentence);
    for (let k = 0; k < 200; k++) {
      const base = k * sentence.length;
      for (let i = 0; i <= sentence.length; i++)
        assert.equal(b.isStart(base + i), one.isStart(i) || i === sentence.length, `at ${base + i}`);
    }
  });

  it('a run of 100,000 characters with no break still yields boundaries and protected spans', () => {
    const han = '违'.repeat(100_000);
    assert.ok(new Boundaries(han).isStart(0));
    assert.deepEqual(protectedSpans('x'.repeat(100_000)), []);
    assert.deepEqual(protectedSpans('x'.repeat(1000) + '@example.com'), [{ start: 0, end: 1012 }]);
  });
});

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { yuan } from '../../server/src/core/procedure';

describe('core/procedure: yuan', () => {
  it('writes an amount as toLocaleString("en-US") does', () => {
    for (const n of [0, -0, 1, 999, 1000, -1000, 20000, 1234567, 0.5, 1234.5678, -1e21, 1e21, NaN, Infinity])
      assert.equal(yuan(n), n.toLocaleString('en-US'), String(n));
    for (const n of [Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 1])
      assert.equal(yuan(n), n.toLocaleString('en-US'), String(n));
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.maxSafeInteger(), fc.double()), (n) =>
        assert.equal(yuan(n), n.toLocaleString('en-US')),
      ),
      { numRuns: 5000 },
    );
  });
});

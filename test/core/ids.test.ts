import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  idCardCheckChar,
  isBirthDate,
  isValidIdCard,
  isValidUscc,
  USCC_CHARSET,
  usccCheckChar,
} from '../../server/src/core/ids';

describe('core/ids', () => {
  describe('统一社会信用代码 (GB 32100-2015)', () => {
    it('accepts codes with the right check character', () => {
      // The clean fixtures' codes, and a widely quoted sample code (verified by hand against the algorithm).
      for (const code of ['91320582MA27RT5K3T', '91320582MA1N7QK3FM', '91350100M000100Y43'])
        assert.ok(isValidUscc(code), code);
    });
    it('computes the check character', () => {
      assert.equal(usccCheckChar('91320582MA27RT5K3'), 'T');
      assert.equal(usccCheckChar('91350100M000100Y4'), '3');
    });
    it('rejects a wrong check character', () => {
      assert.equal(isValidUscc('91320582MA27RT5K3A'), false);
      assert.equal(isValidUscc('91350100M000100Y44'), false);
    });
    it('rejects letters the standard does not use, wrong length, lower case', () => {
      assert.equal(isValidUscc('91320582MA27RT5KIT'), false);
      assert.equal(isValidUscc('91320582MA27RT5K3'), false);
      assert.equal(isValidUscc('91320582ma27rt5k3t'), false);
      assert.equal(usccCheckChar('91320582MA27RT5KO'), undefined);
      assert.equal(usccCheckChar('short'), undefined);
    });
    it('the computed check character always validates, and every other one fails', () => {
      const ch = fc.constantFrom(...USCC_CHARSET.split(''));
      const digit = fc.constantFrom(...'0123456789'.split(''));
      fc.assert(
        fc.property(
          fc.array(ch, { minLength: 2, maxLength: 2 }),
          fc.array(digit, { minLength: 6, maxLength: 6 }),
          fc.array(ch, { minLength: 9, maxLength: 9 }),
          (a, b, c) => {
            const first = [...a, ...b, ...c].join('');
            const check = usccCheckChar(first)!;
            assert.ok(isValidUscc(first + check));
            for (const other of USCC_CHARSET)
              if (other !== check) assert.equal(isValidUscc(first + other), false);
          },
        ),
      );
    });
  });

  describe('公民身份号码 (GB 11643-1999)', () => {
    it('accepts the standard example and computes X', () => {
      assert.equal(idCardCheckChar('11010519491231002'), 'X');
      assert.ok(isValidIdCard('11010519491231002X'));
      assert.ok(isValidIdCard('11010519491231002x'), 'lower-case x is accepted');
    });
    it('rejects a wrong check digit', () => {
      assert.equal(isValidIdCard('110105194912310021'), false);
      assert.equal(isValidIdCard('320582199003071233'), false);
      assert.ok(isValidIdCard('320582199003071232'));
    });
    it('rejects an impossible birth date even with a matching check character', () => {
      const first = '32058219900230123';
      assert.equal(isValidIdCard(first + idCardCheckChar(first)), false);
      assert.equal(isBirthDate('19000229'), false);
      assert.ok(isBirthDate('20000229'));
    });
    it('rejects wrong shapes', () => {
      for (const s of ['', '3205821990030712', '32058219900307123X1', '3205821990030712A2'])
        assert.equal(isValidIdCard(s), false, s);
      assert.equal(idCardCheckChar('1234'), undefined);
    });
    it('exactly one check character validates any 17 digits', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1900, max: 2099 }),
          fc.integer({ min: 1, max: 12 }),
          fc.integer({ min: 1, max: 28 }),
          fc.integer({ min: 0, max: 999 }),
          (y, m, d, seq) => {
            const first = `320582${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${String(seq).padStart(3, '0')}`;
            const ok = [...'0123456789X'].filter((c) => isValidIdCard(first + c));
            assert.deepEqual(ok, [idCardCheckChar(first)]);
          },
        ),
      );
    });
  });
});

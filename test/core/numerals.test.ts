import assert from 'node:assert/strict';
import {
  formatYuan,
  parseChineseInteger,
  parseUppercaseAmount,
  toChineseInteger,
  toUppercaseAmount,
} from '../../server/src/core/numerals';

describe('core/numerals', () => {
  it('parseChineseInteger reads article numbers and combines 亿 and 万', () => {
    assert.equal(parseChineseInteger('一百零八'), 108);
    assert.equal(parseChineseInteger('十五'), 15);
    assert.equal(parseChineseInteger('壹拾伍万'), 150000);
    assert.equal(parseChineseInteger('壹亿贰仟万'), 120000000); // was 1,000,200,000,000 before the fix
    assert.equal(parseChineseInteger('三亿零五万'), 300050000);
    assert.equal(parseChineseInteger('万'), undefined);
    assert.equal(parseChineseInteger('abc'), undefined);
  });
  it('parseUppercaseAmount: 元 or 圆, 整 or 正, 角, 零 before 分', () => {
    assert.equal(parseUppercaseAmount('壹拾伍万元整'), 150000);
    assert.equal(parseUppercaseAmount('贰万圆整'), 20000);
    assert.equal(parseUppercaseAmount('贰万元正'), 20000);
    assert.equal(parseUppercaseAmount('壹仟零伍元伍角'), 1005.5);
    assert.equal(parseUppercaseAmount('贰万元零伍分'), 20000.05);
    assert.equal(parseUppercaseAmount('元整'), undefined);
  });
  it('toUppercaseAmount round-trips', () => {
    for (const [v, s] of [
      [150000, '壹拾伍万元整'],
      [20000, '贰万元整'],
      [1005, '壹仟零伍元整'],
      [100010, '壹拾万零壹拾元整'],
      [120000000, '壹亿贰仟万元整'],
      [10203.4, '壹万零贰佰零叁元肆角'],
      [20000.05, '贰万元零伍分'],
    ] as const) {
      assert.equal(toUppercaseAmount(v), s);
      assert.equal(parseUppercaseAmount(s), v);
    }
    for (let v = 0; v <= 200000; v += 997)
      assert.equal(parseUppercaseAmount(toUppercaseAmount(v)!), v, String(v));
  });
  it('formatYuan and toChineseInteger', () => {
    assert.equal(formatYuan(150000), '150,000.00');
    assert.equal(formatYuan(1234567.5), '1,234,567.50');
    assert.equal(toChineseInteger(72), '七十二');
    assert.equal(toChineseInteger(108), '一百零八');
  });
});

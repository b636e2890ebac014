// The case form's date field (client/webview/caseForm.ts): what an officer types, the ISO date it
// sends to the YAML, and the date shown beside it as the documents print it.
import assert from 'node:assert/strict';
import { chineseDate, isIsoDate, parseDate } from '../../client/webview/dates';

describe('case form: dates as officers type them', () => {
  const read: [string, string][] = [
    ['2026-03-05', '2026-03-05'],
    ['2026-3-5', '2026-03-05'],
    ['2026/3/5', '2026-03-05'],
    ['2026.03.05', '2026-03-05'],
    ['20260305', '2026-03-05'],
    ['2026年3月5日', '2026-03-05'],
    ['2026年3月5', '2026-03-05'],
    [' 2026 年 12 月 31 日 ', '2026-12-31'],
    ['２０２６年３月５日', '2026-03-05'],
    ['２０２６－０３－０５', '2026-03-05'],
    ['二〇二六年三月五日', '2026-03-05'],
    ['二〇二五年十二月三十一日', '2025-12-31'],
    ['二零二五年十月十日', '2025-10-10'],
    ['二〇二四年二月二十九日', '2024-02-29'],
  ];
  for (const [typed, iso] of read)
    it(`reads 「${typed}」 as ${iso}`, () => assert.equal(parseDate(typed), iso));

  const refused = [
    '',
    '03/05/2026', // the browser's en-US order: ambiguous, not guessed
    '2026-02-29', // not a leap year
    '2025-13-01',
    '2025-04-31',
    '2025-00-10',
    '0026-01-01',
    '2026年3月',
    '二〇二六年二月三十日',
    '二〇二六年十三月一日',
    '二〇二六年三月三十二日',
    '立案当日',
  ];
  for (const typed of refused) it(`refuses 「${typed}」`, () => assert.equal(parseDate(typed), undefined));

  it('shows an ISO date as GB/T 9704 prints one: 2026年3月5日', () => {
    assert.equal(chineseDate('2026-03-05'), '2026年3月5日');
    assert.equal(chineseDate('2025-12-31'), '2025年12月31日');
  });

  it('knows the YAML’s own form from a date word or a date that is none', () => {
    assert.ok(isIsoDate('2026-03-05'));
    assert.ok(!isIsoDate('2026-3-5'));
    assert.ok(!isIsoDate('2026-02-30'));
    assert.ok(!isIsoDate('当场'));
  });
});

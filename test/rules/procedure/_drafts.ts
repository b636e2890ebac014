/** Variants of the clean base shared by the procedure/penalty tests (not a test file itself). */
import { BASE, edit } from '../../helpers/ruleTester';

/** Replaces the value of a front-matter line `  key: value` (first occurrence). `value` may carry ⟦⟧ markers. */
export function setFact(key: string, value: string, text = BASE): string {
  const re = new RegExp(`^(\\s*${key}: ).*$`, 'm');
  if (!re.test(text)) throw new Error(`setFact: no line "${key}:"`);
  return text.replace(re, (_, head: string) => head + value);
}

export function setDates(dates: Record<string, string>, text = BASE): string {
  for (const [k, v] of Object.entries(dates)) text = setFact(k, v, text);
  return text;
}

const REVIEW = /^审核:\n(?: {2}.*\n)+/m;

/**
 * 当场处罚 (Art. 51): 程序 简易, a small fine, no 立案, no review chain, no legal review, and — decided
 * in 2025 — reconsideration before court (行政复议法 2023 Art. 23 para 1 (一)).
 */
export const SIMPLE = edit(
  '，也可以自收到本决定书之日起六个月内向张家港市人民法院提起行政诉讼',
  '；对行政复议决定不服的，可以依法向张家港市人民法院提起行政诉讼',
  edit(
    '  法制审核: 2025-04-11\n',
    '',
    edit(
      '  立案: 2025-03-11\n',
      '',
      setFact('裁量', '轻微', setFact('罚款', '2000', setFact('  程序', '简易'))),
    ),
  ),
).replace(REVIEW, '');

/** 不予行政处罚决定书: no notice, no payment clause, no order to correct. */
export const NO_PENALTY = edit(
  '一、责令当事人立即改正，如实记录安全生产教育和培训情况；\n\n',
  '',
  edit('  告知: 2025-04-01\n  告知送达: 2025-04-01\n', '', setFact('文书', '不予行政处罚决定书')),
).replace(/## 履行方式和期限\n\n.*\n\n/, '');

// The case form's dates as officers write them. A browser's <input type=date> shows its own
// locale's order (mm/dd/yyyy in an English VS Code) whatever the page says, so the form takes the
// date as text: ISO (2026-03-05, the YAML's form), 2026/3/5, 2026.3.5, 2026年3月5日 (full-width
// digits too) or 二〇二六年三月五日, and shows the date it read as the documents print it.
// No DOM here: the tests run it in Node.

const CN_DIGITS = '〇一二三四五六七八九';

const digit = (c: string) => CN_DIGITS.indexOf(c === '零' ? '〇' : c);

/** 二〇二六 → 2026: a year is written digit by digit. */
const chineseYear = (s: string) => [...s].map(digit).join('');

/** 五 → 5, 十 → 10, 十一 → 11, 二十 → 20, 三十一 → 31: a month or a day. */
function chineseCount(s: string): number | undefined {
  const m = /^(?:([一二三])?十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || !s) return undefined;
  const tens = s.includes('十') ? (m[1] ? digit(m[1]) : 1) : 0;
  return tens * 10 + (m[2] ? digit(m[2]) : 0);
}

/** Full-width digits and separators as ASCII, spaces dropped. */
const narrow = (s: string) =>
  s.replace(/[０-９．／－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s+/g, '');

const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO date of what was typed, or undefined when it is no date of the calendar. */
export function parseDate(typed: string): string | undefined {
  const s = narrow(typed);
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  m ??= /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/.exec(s);
  let parts: (number | undefined)[] | undefined = m?.slice(1, 4).map(Number);
  const c =
    /^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日?$/.exec(
      s,
    );
  if (c) parts = [Number(chineseYear(c[1]!)), chineseCount(c[2]!), chineseCount(c[3]!)];
  if (!parts || parts.some((p) => p === undefined)) return undefined;
  const [year, month, day] = parts as [number, number, number];
  // Date.UTC rolls 2月30日 over into March: a date that comes back different was no date.
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** 2026-03-05 → 2026年3月5日, as GB/T 9704 prints a date (Arabic numerals, no leading zeros). */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export const isIsoDate = (v: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(v) && parseDate(v) === v;

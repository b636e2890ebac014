const DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};
const UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/**
 * Reads a Chinese numeral (一百零八, 二十, 十五, 壹拾伍万) as an integer.
 * Returns undefined for anything that is not a well-formed numeral.
 */
export function parseChineseInteger(s: string): number | undefined {
  if (!s) return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of s) {
    if (ch in DIGIT) {
      if (digit !== undefined && digit !== 0 && DIGIT[ch] !== 0) return undefined;
      digit = DIGIT[ch];
    } else if (ch in UNIT) {
      section += (digit ?? 1) * UNIT[ch]!;
      digit = undefined;
    } else if (ch in BIG) {
      section += digit ?? 0;
      if (section === 0 && total === 0) return undefined;
      total = (total + section) * BIG[ch]!;
      section = 0;
      digit = undefined;
    } else return undefined;
  }
  return total + section + (digit ?? 0);
}

const CN_DIGITS = '零一二三四五六七八九';

/** 108 → 一百零八, 10 → 十, 15 → 十五: the way articles are numbered in Chinese law. */
export function toChineseInteger(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e8) return String(n);
  if (n < 10) return CN_DIGITS[n]!;
  const parts: string[] = [];
  const units = ['', '十', '百', '千'];
  const wan = Math.floor(n / 1e4);
  const rest = n % 1e4;
  if (wan > 0) parts.push(toChineseInteger(wan) + '万');
  if (rest > 0) {
    const digits = String(rest).padStart(4, '0').split('').map(Number);
    let s = '';
    let zero = false;
    digits.forEach((d, i) => {
      const unit = units[3 - i]!;
      if (d === 0) {
        zero = s.length > 0 || wan > 0;
      } else {
        if (zero) s += '零';
        zero = false;
        s += CN_DIGITS[d] + unit;
      }
    });
    if (wan > 0 && rest < 1000 && !s.startsWith('零')) s = '零' + s;
    parts.push(s);
  }
  let out = parts.join('');
  if (n >= 10 && n < 20) out = out.replace(/^一十/, '十');
  return out;
}

/**
 * Reads an uppercase amount of money (壹拾伍万元整, 贰仟叁佰元伍角) in yuan.
 * Returns undefined when the text is not a well-formed amount.
 */
export function parseUppercaseAmount(raw: string): number | undefined {
  const s = raw.replace(/^人民币/, '').replace(/整$/, '').replace(/正$/, '');
  const m = /^(.*?)元(?:(.)角)?(?:(.)分)?$/.exec(s) ?? /^()(?:(.)角)?(?:(.)分)?$/.exec(s);
  if (!m) return undefined;
  const [, yuanPart, jiao, fen] = m;
  let yuan = 0;
  if (yuanPart) {
    const v = parseChineseInteger(yuanPart);
    if (v === undefined) return undefined;
    yuan = v;
  }
  const small = (c: string | undefined) => (c === undefined ? 0 : DIGIT[c]);
  const j = small(jiao);
  const f = small(fen);
  if (j === undefined || f === undefined) return undefined;
  if (!yuanPart && !jiao && !fen) return undefined;
  return Math.round((yuan + j / 10 + f / 100) * 100) / 100;
}

const DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  壹: 1,
  贰: 2,
  叁: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};
const UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/**
 * Reads a Chinese numeral (一百零八, 二十, 十五, 壹拾伍万) as an integer.
 * Returns undefined for anything that is not a well-formed numeral.
 */
export function parseChineseInteger(s: string): number | undefined {
  if (!s) return undefined;
  // Three levels, so that 亿 and 万 combine: 壹亿贰仟万 = 100,000,000 + 20,000,000.
  let yi = 0;
  let wan = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of s) {
    if (ch in DIGIT) {
      if (digit !== undefined && digit !== 0 && DIGIT[ch] !== 0) return undefined;
      digit = DIGIT[ch];
    } else if (ch in UNIT) {
      section += (digit ?? 1) * UNIT[ch]!;
      digit = undefined;
    } else if (ch === '万') {
      const v = section + (digit ?? 0);
      if (v === 0) return undefined;
      wan = v * 1e4;
      section = 0;
      digit = undefined;
    } else if (ch === '亿') {
      const v = wan + section + (digit ?? 0);
      if (v === 0 && yi === 0) return undefined;
      yi = (yi + v) * 1e8;
      wan = 0;
      section = 0;
      digit = undefined;
    } else return undefined;
  }
  return yi + wan + section + (digit ?? 0);
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
  // 圆 is the banks' form of 元; 零 may stand before 分 (贰万元零伍分).
  const s = raw
    .replace(/^人民币/, '')
    .replace(/[整正]$/, '')
    .replace(/圆/g, '元');
  const m = /^(.*?)元(?:(.)角)?零?(?:(.)分)?$/.exec(s) ?? /^()(?:(.)角)?(?:(.)分)?$/.exec(s);
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

const UPPER_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const UPPER_UNITS = ['', '拾', '佰', '仟'];

function upperBelow1e4(n: number, leadingZero: boolean): string {
  const digits = String(n).padStart(4, '0').split('').map(Number);
  let s = '';
  let zero = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      zero = s.length > 0 || leadingZero;
    } else {
      if (zero) s += '零';
      zero = false;
      s += UPPER_DIGITS[d]! + UPPER_UNITS[3 - i]!;
    }
  });
  return s;
}

/**
 * 150000 → 壹拾伍万元整, 20000.5 → 贰万元伍角, 1005 → 壹仟零伍元整: the uppercase form of an
 * amount of yuan as banks and decisions write it. Undefined for negatives or ≥ 1 万亿.
 */
export function toUppercaseAmount(value: number): string | undefined {
  if (!Number.isFinite(value) || value < 0 || value >= 1e12) return undefined;
  const cents = Math.round(value * 100);
  const yuan = Math.floor(cents / 100);
  const jiao = Math.floor((cents % 100) / 10);
  const fen = cents % 10;
  let s = '';
  const groups = [Math.floor(yuan / 1e8), Math.floor((yuan % 1e8) / 1e4), yuan % 1e4];
  const names = ['亿', '万', ''];
  groups.forEach((g, i) => {
    if (g === 0) {
      if (s && !s.endsWith('零') && groups.slice(i + 1).some((x) => x > 0)) s += '零';
      return;
    }
    const part = upperBelow1e4(g, s.length > 0);
    if (s && g < 1000 && !s.endsWith('零') && !part.startsWith('零')) s += '零';
    s += part + names[i]!;
  });
  if (yuan === 0) s = cents === 0 ? '零' : '';
  if (s) s += '元';
  if (jiao === 0 && fen === 0) return s + '整';
  if (jiao > 0) s += UPPER_DIGITS[jiao]! + '角';
  else if (fen > 0 && yuan > 0) s += '零';
  if (fen > 0) s += UPPER_DIGITS[fen]! + '分';
  return s;
}

/** 150000 → 150,000.00: the digits as they go in brackets after the uppercase form. */
export function formatYuan(value: number): string {
  const [int, dec] = value.toFixed(2).split('.');
  return `${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${dec}`;
}

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
  // 拾佰仟 fall within a group of four: 二十一百 or 壹拾壹拾 is not a numeral.
  let lastUnit = Infinity;
  for (const ch of s) {
    if (ch in DIGIT) {
      if (digit !== undefined && digit !== 0 && DIGIT[ch] !== 0) return undefined;
      digit = DIGIT[ch];
    } else if (ch in UNIT) {
      if (UNIT[ch]! >= lastUnit) return undefined;
      lastUnit = UNIT[ch]!;
      section += (digit ?? 1) * UNIT[ch]!;
      digit = undefined;
    } else if (ch === '万') {
      const v = section + (digit ?? 0);
      if (v === 0) return undefined;
      wan = v * 1e4;
      section = 0;
      digit = undefined;
      lastUnit = Infinity;
    } else if (ch === '亿') {
      const v = wan + section + (digit ?? 0);
      if (v === 0 && yi === 0) return undefined;
      yi = (yi + v) * 1e8;
      wan = 0;
      section = 0;
      digit = undefined;
      lastUnit = Infinity;
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
  // 圆 is the banks' form of 元; 零 may stand before 角 or 分 (贰万元零伍分).
  const s = raw
    .replace(/^人民币/, '')
    .replace(/[整正]$/, '')
    .replace(/圆/g, '元');
  const m = /^(.*?)元零?(?:(.)角)?零?(?:(.)分)?$/.exec(s) ?? /^()(?:(.)角)?(?:(.)分)?$/.exec(s);
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
const UPPER_GROUPS = ['', '万', '亿'];

/** The largest amount written in uppercase: below 1 万亿 yuan. */
export const MAX_UPPERCASE = 1e12;

/**
 * 700000009 → 柒亿零玖: digits from the highest, 拾佰仟 within a group of four and 万 or 亿 after a
 * group that is not all zero; one 零 stands for a run of zeros before a later digit, none at the end.
 */
function upperInteger(n: number): string {
  if (n === 0) return '零';
  const digits = String(n);
  let out = '';
  let zeros = false;
  let groupHasDigit = false;
  for (let i = 0; i < digits.length; i++) {
    const pos = digits.length - 1 - i;
    const d = digits.charCodeAt(i) - 48;
    if (d === 0) zeros = out.length > 0;
    else {
      if (zeros) out += '零';
      zeros = false;
      out += UPPER_DIGITS[d]! + UPPER_UNITS[pos % 4]!;
      groupHasDigit = true;
    }
    if (pos % 4 === 0) {
      // 万 or 亿 closes a group: its own trailing zeros need no 零 (壹拾万壹仟), but a group of
      // zeros is a gap the next digit marks (壹亿零壹仟).
      if (groupHasDigit) {
        out += UPPER_GROUPS[pos / 4]!;
        zeros = false;
      }
      groupHasDigit = false;
    }
  }
  return out;
}

/**
 * 150000 → 壹拾伍万元整, 20000.5 → 贰万元伍角, 1005 → 壹仟零伍元整, 20000.05 → 贰万元零伍分: the
 * uppercase form of an amount of yuan as banks and decisions write it, to the fen (rounded).
 * Undefined for what has no such form: negatives, NaN, infinities, and 1 万亿 or more.
 */
export function toUppercaseAmount(value: number): string | undefined {
  if (!Number.isFinite(value) || value < 0 || value >= MAX_UPPERCASE) return undefined;
  const cents = Math.round(value * 100);
  const yuan = Math.floor(cents / 100);
  const jiao = Math.floor((cents % 100) / 10);
  const fen = cents % 10;
  if (cents === 0) return '零元整';
  let s = yuan > 0 ? upperInteger(yuan) + '元' : '';
  if (jiao === 0 && fen === 0) return s + '整';
  if (jiao > 0) s += UPPER_DIGITS[jiao]! + '角';
  else if (yuan > 0) s += '零';
  if (fen > 0) s += UPPER_DIGITS[fen]! + '分';
  return s;
}

/**
 * What a well-formed uppercase amount may vary in, removed before comparing it with the canonical
 * form: 人民币 before it, 圆 for 元, 整 or 正 at the end (or none), a 零 after 万, 亿 or 元 whose
 * place is zero before a 仟 or 角 (「壹拾万零柒仟」 and 「壹拾万柒仟」, 「捌拾元零叁角」 and 「捌拾元叁角」),
 * and 拾 for 壹拾 at the start (「拾伍万元」).
 */
function uppercaseKey(s: string): string {
  return s
    .replace(/^人民币/, '')
    .replace(/圆/g, '元')
    .replace(/[整正]$/, '')
    .replace(/^拾/, '壹拾')
    .replace(/([万亿])零(?=[壹贰叁肆伍陆柒捌玖]仟)/g, '$1')
    .replace(/元零(?=[壹贰叁肆伍陆柒捌玖]角)/, '元');
}

/**
 * Whether an uppercase amount is written as banks accept it (中国人民银行《支付结算办法》附件一
 * 《正确填写票据和结算凭证的基本规定》, an agency rule): one 零 for a run of zeros inside the figure,
 * none at its end, units in order. 「柒亿零零玖元」 reads as 700,000,009 but is not well formed.
 */
export function isWellFormedUppercase(raw: string): boolean {
  const value = parseUppercaseAmount(raw);
  const canonical = value === undefined ? undefined : toUppercaseAmount(value);
  return canonical !== undefined && uppercaseKey(raw) === uppercaseKey(canonical);
}

/**
 * 150000 → 150,000.00: the digits as they go in brackets after the uppercase form. An amount too
 * large for exact cents (≥ 2^53 fen) or not a number is shown as it is ("1e+300"), never as a
 * made-up figure.
 */
export function formatYuan(value: number): string {
  if (!Number.isFinite(value) || Math.abs(value) * 100 > Number.MAX_SAFE_INTEGER) return String(value);
  const [int, dec] = value.toFixed(2).split('.');
  return `${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${dec}`;
}

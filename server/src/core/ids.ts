/**
 * Check characters of the two identifiers a draft names its party by.
 *
 * - 统一社会信用代码, GB 32100-2015: 18 characters from the 31-character set `0-9 A-H J-N P-R T U W-Y`
 *   (no I, O, S, V, Z); character 18 is a mod-31 check over the first 17 with weights 3^i mod 31.
 * - 公民身份号码, GB 11643-1999: 17 digits and a check character from ISO 7064 MOD 11-2
 *   (weights 2^(17-i) mod 11), written `0-9` or `X` for 10.
 *
 * Pure functions, no I/O: the rules, the redaction and the CLI share them.
 */

/** GB 32100-2015 character set, in value order (I, O, S, V, Z are not used). */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A code of the right shape, before the check character is looked at. */
export const USCC_PATTERN = /^[0-9A-HJ-NPQRTUW-Y]{2}\d{6}[0-9A-HJ-NPQRTUW-Y]{10}$/;

/** The check character for the first 17 characters of a 统一社会信用代码; undefined if they are not valid characters. */
export function usccCheckChar(first17: string): string | undefined {
  if (first17.length !== 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARSET.indexOf(first17[i]!);
    if (v < 0) return undefined;
    sum += v * USCC_WEIGHTS[i]!;
  }
  return USCC_CHARSET[(31 - (sum % 31)) % 31];
}

/** True for an 18-character 统一社会信用代码 whose check character is right (upper case only, as printed). */
export function isValidUscc(code: string): boolean {
  if (!USCC_PATTERN.test(code)) return false;
  return usccCheckChar(code.slice(0, 17)) === code[17];
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** The shape of an 18-digit 公民身份号码: region, birth date, sequence, check. */
export const ID_CARD_PATTERN = /^\d{17}[\dX]$/;

/** The check character for the first 17 digits of a 身份证号; undefined when they are not 17 digits. */
export function idCardCheckChar(first17: string): string | undefined {
  if (!/^\d{17}$/.test(first17)) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11];
}

/**
 * True for an 18-character 身份证号 whose birth date is a real date and whose check character is
 * right. A lower-case `x` is accepted (officers type it; the standard prints `X`).
 */
export function isValidIdCard(id: string): boolean {
  const s = id.toUpperCase();
  if (!ID_CARD_PATTERN.test(s)) return false;
  if (!isBirthDate(s.slice(6, 14))) return false;
  return idCardCheckChar(s.slice(0, 17)) === s[17];
}

/** YYYYMMDD from 1900 on that names a real calendar day. */
export function isBirthDate(yyyymmdd: string): boolean {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(yyyymmdd);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * True for an identifier a published copy has masked: 532225XXXXXXXXXXX6, 152801********0938,
 * 91430281691828xxxx, 91431****2400, …19691209XXXX. Mask characters are * ＊ × ● and, where the
 * code cannot hold them, X or x: a run of three X (no real code has one: the odds are below one in
 * 29,000 for a 统一社会信用代码), an X before the last place of a 身份证号, any lower-case x.
 */
export function isMaskedId(code: string): boolean {
  const s = code.trim();
  if (/[*＊×●•]/.test(s)) return true;
  if (/X{3,}/.test(s) || /x/.test(s.slice(0, -1)) || /x{2,}/.test(s)) return true;
  // Digits with an X inside: a 身份证号 holds X only as its check character.
  return /^\d{6,}/.test(s) && /X/.test(s.slice(0, -1)) && !/[A-WYZ]/.test(s);
}

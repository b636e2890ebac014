import {
  idCardCheckChar,
  isBirthDate,
  isMaskedId,
  isValidIdCard,
  isValidUscc,
  usccCheckChar,
} from '../../core/ids';
import { isBlank } from '../../core/placeholders';
import { defineRule, type LocalReport } from '../../core/rule';
import { cellPieces } from '../../core/wording';
import type { Span } from '../../core/types';

const messages = {
  uscc: {
    zh: '统一社会信用代码「{code}」的校验码不对：按前17位计算应为「{expected}」。请对照营业执照核对整个代码（可能是前面某一位抄错了）。',
    en: 'The check character of the unified social credit code "{code}" is wrong: the first 17 characters call for "{expected}". Check the whole code against the business licence (an earlier character may be miscopied).',
  },
  idCard: {
    zh: '身份证号「{code}」的校验码不对：按前17位计算应为「{expected}」。请对照身份证件核对整个号码（可能是前面某一位抄错了）。',
    en: 'The check character of the ID number "{code}" is wrong: the first 17 digits call for "{expected}". Check the whole number against the ID card (an earlier digit may be miscopied).',
  },
  badUsccChars: {
    zh: '统一社会信用代码「{code}」含有编码规则不用的字符（I、O、S、V、Z）或位置不对。请对照营业执照核对。',
    en: 'The unified social credit code "{code}" holds characters the standard does not use (I, O, S, V, Z) or has them in the wrong place. Check it against the business licence.',
  },
  length: {
    zh: '{name}「{code}」有{count}位，应为18位。请对照证照原件核对。',
    en: 'The {name} "{code}" has {count} characters; it should have 18. Check it against the original document.',
  },
  badIdCard: {
    zh: '身份证号「{code}」的出生日期（第7至14位）不是一个有效日期。请对照身份证件核对。',
    en: 'The birth date (digits 7–14) of the ID number "{code}" is not a real date. Check it against the ID card.',
  },
};

type Kind = 'uscc' | 'idCard';

const NAMES = {
  uscc: { zh: '统一社会信用代码', en: 'unified social credit code' },
  idCard: { zh: '身份证号', en: 'ID number' },
};

/** 18 characters of either code, not part of a longer run of letters and digits. */
const CANDIDATE = /(?<![0-9A-Za-z])[0-9A-Za-z]{18}(?![0-9A-Za-z])/g;
const USCC_LABEL = /(?:统一社会信用代码|信用代码|社会信用代码)[：:\s]*$/;
const ID_LABEL = /(?:身份证号码?|公民身份号码|身份证件号码|身份证)[：:\s]*$/;

export default defineRule({
  meta: {
    id: 'structure/id-checksum',
    severity: 'warning',
    description: {
      zh: '统一社会信用代码、身份证号的校验码须正确',
      en: 'Unified social credit codes and ID numbers have a correct check character',
    },
    basis: {
      kind: 'standard',
      zh: 'GB 32100-2015《法人和其他组织统一社会信用代码编码规则》；GB 11643-1999《公民身份号码》',
      en: 'GB 32100-2015 (unified social credit code); GB 11643-1999 (citizen ID number)',
    },
    docs: 'docs/rules/structure/id-checksum.md',
  },
  messages,
  local: {
    pieces: (ctx) => [...ctx.model.blocks.filter((b) => b.kind !== 'code'), ...cellPieces(ctx.model)],
    check({ text }, report) {
      for (const m of text.matchAll(CANDIDATE)) {
        const before = text.slice(Math.max(0, m.index - 12), m.index);
        const hint: Kind | undefined = USCC_LABEL.test(before)
          ? 'uscc'
          : ID_LABEL.test(before)
            ? 'idCard'
            : undefined;
        // Unlabelled runs must look like one of the codes, or any 18-character reference number would fire.
        if (!hint && !looksLikeCode(m[0])) continue;
        checkCode(report, m[0], { start: m.index, end: m.index + 18 }, hint);
      }
    },
  },
  check(ctx) {
    const party = ctx.model.facts.当事人;
    for (const [key, kind] of [
      ['统一社会信用代码', 'uscc'],
      ['身份证号', 'idCard'],
    ] as const) {
      const span = ctx.model.frontMatter.locate(['当事人', key]);
      if (!party?.[key] || !span) continue;
      // The source text, not the parsed value: an unquoted 18-digit number loses its last digits in YAML.
      const inner = trimQuotes(ctx.model.text, span);
      const raw = ctx.model.text.slice(inner.start, inner.end).trim();
      // A template's （18位代码） is a blank, which structure/placeholder reports.
      if (isMaskedId(raw) || isBlank(raw)) continue;
      // 15-digit 身份证号 (before 1999) have no check digit and are left alone.
      if (raw.length !== 18 && !(kind === 'idCard' && /^\d{15}$/.test(raw))) {
        const name = kind === 'uscc' ? NAMES.uscc : NAMES.idCard;
        ctx.report({
          messageId: 'length',
          data: { name: name, code: raw, count: [...raw].length },
          span: inner,
        });
        continue;
      }
      checkCode(ctx.report, raw, inner, kind);
    }
  },
});

/** Reports a code whose check character (or shape) is wrong. */
function checkCode(
  report: (r: LocalReport<keyof typeof messages>) => void,
  raw: string,
  span: Span,
  hint?: Kind,
): void {
  const code = raw.trim();
  // A published copy masks them (532225XXXXXXXXXXX6): masked, not miscopied.
  if (isMaskedId(code)) return;
  const found = classify(code, hint);
  if (!found) return;
  report({ messageId: found.messageId, data: { code, expected: found.expected ?? '' }, span });
}

/** What is wrong with a code, or undefined when it is valid (or is not a code at all). */
function classify(
  code: string,
  hint: Kind | undefined,
): { messageId: keyof typeof messages; expected?: string } | undefined {
  if (code.length !== 18) return undefined;
  if (isValidUscc(code) || isValidIdCard(code)) return undefined;
  const idShape = /^\d{17}[\dXx]$/.test(code);
  const kind: Kind = hint ?? (idShape && isBirthDate(code.slice(6, 14)) ? 'idCard' : 'uscc');
  if (kind === 'idCard') {
    if (!idShape) return hint ? { messageId: 'badIdCard' } : undefined;
    if (!isBirthDate(code.slice(6, 14))) return { messageId: 'badIdCard' };
    return { messageId: 'idCard', expected: idCardCheckChar(code.slice(0, 17)) };
  }
  const expected = usccCheckChar(code.slice(0, 17));
  if (!expected || !/^[0-9A-HJ-NPQRTUW-Y]$/.test(code[17]!)) return { messageId: 'badUsccChars' };
  return { messageId: 'uscc', expected };
}

/**
 * An unlabelled 18-character run is read as a code only when it has the shape of one: a 身份证号
 * (17 digits with a birth date, then a digit or X), or a 统一社会信用代码 (登记管理部门 and 机构类别
 * codes, a six-digit 行政区划 code, then letters or digits, and at least one letter: an all-digit
 * run without a birth date is more likely a file or report number).
 */
function looksLikeCode(s: string): boolean {
  if (/^\d{17}[\dXx]$/.test(s)) return isBirthDate(s.slice(6, 14));
  return /^[1-9A-Y][1-9A-Y0-9]\d{6}[0-9A-Z]{10}$/.test(s) && /[A-Z]/.test(s.slice(8));
}

/** A YAML value span includes its quotes; the code starts inside them. */
function trimQuotes(text: string, span: Span): Span {
  const raw = text.slice(span.start, span.end);
  const m = /^(['"]?)(.*?)\1$/s.exec(raw);
  if (!m || !m[1]) return span;
  return { start: span.start + 1, end: span.end - 1 };
}

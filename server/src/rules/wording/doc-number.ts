import { defineRule, replace, type LocalReport } from '../../core/rule';
import type { Span } from '../../core/types';
import { inside, printedBlocks, protectedSpans } from '../../core/wording';

const messages = {
  bad: {
    zh: '文号「{raw}」不规范：{problems}。应写作「{standard}」（代字〔年份〕顺序号号）。',
    en: 'The document number "{raw}" is malformed: {problems}. Write "{standard}" (代字〔year〕number号).',
  },
  unreadable: {
    zh: '文号「{raw}」不是「代字〔YYYY〕N号」的形式：年份写全称并用六角括号〔〕，顺序号不加「第」、不编虚位。',
    en: 'The document number "{raw}" is not of the form 代字〔YYYY〕N号: full year in 〔〕, no 第, no leading zeros.',
  },
  fix: { zh: '改为「{standard}」', en: 'Change to "{standard}"' },
};

const PROBLEMS = {
  brackets: { zh: '年份应用六角括号〔〕', en: 'the year goes in 〔〕' },
  di: { zh: '顺序号不加「第」', en: 'no 第 before the number' },
  zeros: { zh: '顺序号不编虚位（1 不写作 01）', en: 'no leading zeros (1, not 01)' },
  year: { zh: '年份应写全称（四位）', en: 'the year is written in full (four digits)' },
};

// 代字, a bracketed year, the issuer's sequence, 号. Loose on purpose: it is what the rule repairs.
// The sequence is the issuing body's own numbering and is taken as written: a sub-unit
// (执法二中队-9), a series (17-07, 无极-38), letters (k-39, F-000069), a category in brackets after
// it (092（非）). Only a sequence that is a bare number is held to 不编虚位.
const LOOSE =
  /^(\S*?[\u4e00-\u9fa5）)])\s*([〔\[【(（［〈<{]|)\s*(\d{2,4})\s*([〕\]】)）］〉>}]|)\s*(第?)\s*([^\s〔〕\[\]【】()（）号]{1,24}?(?:[（(][\u4e00-\u9fa5]{1,4}[）)])?)\s*号$/;
// In the body only bracketed numbers count, so that 第10号 or 2024年 are not read as 文号.
// The issuer's 代字 is short; bounding it keeps the scan linear on a long run of Han characters.
const IN_BODY =
  /[\u4e00-\u9fa5]{2,20}字\s*([〔\[【(（［])\s*(\d{2,4})\s*([〕\]】)）］])\s*(第?)\s*((?:[A-Za-z\u4e00-\u9fa5]{1,8}-)?\d+)\s*号/g;

type Problem = keyof typeof PROBLEMS;

function analyse(raw: string): { problems: Problem[]; standard?: string } | undefined {
  // 豫 0329 环罚决字〔2023〕2 号: the number is read without its spaces, and the spaces are no
  // finding — GB/T 9704 7.2.4 says nothing of them, and in published copies they are what the
  // conversion of a PDF left (test/corpus/real/, shape spaced-numbers).
  const compact = raw.trim().replace(/\s+/g, '');
  const m = LOOSE.exec(compact);
  if (!m) return undefined;
  const [, code, open, year, close, di, seq] = m;
  const problems: Problem[] = [];
  if (open !== '〔' || close !== '〕') problems.push('brackets');
  if (di) problems.push('di');
  const bare = /^\d+$/.test(seq!);
  if (bare && /^0\d/.test(seq!)) problems.push('zeros');
  if (year!.length !== 4) problems.push('year');
  if (!problems.length) return { problems };
  // A two-digit year could be 19xx or 20xx: only the officer knows, so no standard form then.
  const standard = year!.length === 4 ? `${code}〔${year}〕${bare ? Number(seq) : seq}号` : undefined;
  return { problems, standard };
}

/** Reports a document number that is not written as the standard writes it. */
function reportNumber(
  report: (r: LocalReport<keyof typeof messages>) => void,
  raw: string,
  span: Span,
): void {
  const r = analyse(raw);
  if (r && !r.problems.length) return;
  if (!r) {
    report({ messageId: 'unreadable', data: { raw }, span });
    return;
  }
  const problems = { list: r.problems.map((p) => PROBLEMS[p]), join: 'semicolon' } as const;
  if (!r.standard) {
    report({ messageId: 'unreadable', data: { raw }, span });
    return;
  }
  report({
    messageId: 'bad',
    data: { raw, problems, standard: r.standard },
    span,
    fixes: [{ messageId: 'fix', data: { standard: r.standard }, edits: [replace(span, r.standard)] }],
  });
}

export default defineRule({
  meta: {
    id: 'wording/doc-number',
    severity: 'warning',
    description: { zh: '文号写作 代字〔YYYY〕N号', en: 'Document numbers read 代字〔YYYY〕N号' },
    basis: {
      kind: 'standard',
      zh: '《党政机关公文格式》（GB/T 9704-2012）第7.2.4条：年份应标全称，用六角括号〔〕括入；发文顺序号不加「第」字，不编虚位（据转述，见 docs/wording-and-citations.md）',
      en: 'GB/T 9704-2012, 7.2.4: full year in 〔〕, no 第, no leading zeros (as quoted second-hand; see docs/wording-and-citations.md)',
    },
    docs: 'docs/rules/wording/doc-number.md',
    fixable: true,
  },
  messages,
  local: {
    pieces: (ctx) => printedBlocks(ctx.model),
    check({ text }, report) {
      const skip = protectedSpans(text);
      for (const m of text.matchAll(IN_BODY)) {
        if (inside(skip, m.index, m.index + m[0].length)) continue;
        // The 代字 is the run of Han characters before the bracket, as far as the previous mark.
        reportNumber(report, m[0], { start: m.index, end: m.index + m[0].length });
      }
    },
  },
  check(ctx) {
    const no = ctx.model.facts.文号;
    const span = ctx.model.frontMatter.locate(['文号']);
    if (typeof no === 'string' && span) {
      // The located span may include YAML quotes; the fix replaces the bare value.
      const text = ctx.model.text.slice(span.start, span.end);
      const at = text.indexOf(no.trim());
      const s = at >= 0 ? { start: span.start + at, end: span.start + at + no.trim().length } : span;
      reportNumber(ctx.report, no.trim(), s);
    }
  },
});

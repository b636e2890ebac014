import { CHUFA_2021_IN_FORCE } from '../../core/renumbering';
import { defineRule, replace } from '../../core/rule';
import { boundariesOf } from '../../core/dictionary';
import { memoByText } from '../../core/memo';
import { factStatements, type FactRole } from '../../core/fact-roles';
import { inside, notOwnWords, within } from '../../core/wording';

// The hedges of ../shared/spec/rules.md, and their close synonyms. Longest first so 大概率 wins over 大概.
const HEDGES = [
  '大概',
  '可能',
  '好像',
  '据说',
  '疑似',
  '左右',
  '估计',
  '大约',
  '似乎',
  '也许',
  '或许',
  '差不多',
  '听说',
  '据称',
  '貌似',
].sort((a, b) => b.length - a.length);

/**
 * 疑似 also tells how an inspection began (执法人员发现上网消费者疑似为未成年人，遂……): it is no
 * hedge on the finding when the paragraph goes on to say how it was verified.
 */
const SUSPICION = new Set(['疑似']);
const VERIFIED = /经查|经核实|经核查|经查证|经检测|经鉴定|经比对|经核对|系统显示|查询结果显示/;

/** Sentences that name the law, the evidence or the case's procedure assert no finding of fact. */
const UNASSERTED: ReadonlySet<FactRole> = new Set(['characterisation', 'evidence', 'procedure']);

const messages = {
  vague: {
    zh: '违法事实中的「{word}」是不确定的表述：违法事实须经查证属实、清楚确定。请写明查证的确切事实（时间、数值、来源），不能查实的不应写入。',
    en: '"{word}" hedges a fact: the facts of a decision must be verified and definite. State the exact fact found (time, figure, source), or leave out what could not be verified.',
  },
  remove: { zh: '删去「{word}」（须确认事实已查实）', en: 'Delete "{word}" (only if the fact was verified)' },
};

/** Whether a text holds any hedge, kept by text: asked of every fact paragraph on every keystroke. */
const hasHedge = memoByText((text) => HEDGES.some((w) => text.includes(w)));

export default defineRule({
  meta: {
    id: 'wording/vague-fact',
    severity: 'warning',
    description: { zh: '违法事实不得使用推测性用语', en: 'No hedging words in the facts' },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第四十条、第四十六条第二款',
      en: 'Administrative Penalty Law, Art. 40 and Art. 46 para 2',
      // Art. 46 para 2 is new in 2021; before it the facts must still be established (2017 Art. 30).
      inForceFrom: CHUFA_2021_IN_FORCE,
      earlier: {
        zh: '《中华人民共和国行政处罚法》（2017年修正文本）第三十条',
        en: 'Administrative Penalty Law (2017 text), Art. 30',
      },
    },
    docs: 'docs/rules/wording/vague-fact.md',
    hasSuggestions: true,
  },
  messages,
  check(ctx) {
    for (const fact of factStatements(ctx.model)) {
      const block = fact.block;
      const text = block.text;
      // Segmenting is the costly part: most paragraphs hold no hedge at all, so only do it for those that do.
      if (!hasHedge(text)) continue;
      const bounds = boundariesOf(text);
      const skip = notOwnWords(text);
      // Characters already reported under a longer hedge (checked per character: linear in the text).
      const taken = new Uint8Array(text.length);
      // Only what the text asserts as found: not the law it names, the evidence or the procedure.
      const asserted = fact.sentences
        .filter((s) => !UNASSERTED.has(s.role))
        .map((s) => ({ start: s.span.start - block.span.start, end: s.span.end - block.span.start }));
      for (const word of HEDGES) {
        for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
          const end = i + word.length;
          if (!within(asserted, i, end)) continue;
          if (
            !bounds.isStart(i) ||
            !bounds.isEnd(end) ||
            inside(skip, i, end) ||
            taken.subarray(i, end).includes(1)
          )
            continue;
          // 左右 after a figure (180毫克左右) hedges it; elsewhere (左右两侧) it is a direction.
          if (
            word === '左右' &&
            !/[\d一二三四五六七八九十百千万两]\S{0,4}$/.test(text.slice(Math.max(0, i - 6), i))
          )
            continue;
          if (SUSPICION.has(word) && VERIFIED.test(text.slice(end))) continue;
          taken.fill(1, i, end);
          const span = { start: block.span.start + i, end: block.span.start + end };
          ctx.report({
            messageId: 'vague',
            data: { word },
            span,
            suggestions: [{ messageId: 'remove', data: { word }, edits: [replace(span, '')] }],
          });
        }
      }
    }
  },
});

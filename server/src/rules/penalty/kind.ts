import { factSpan } from '../../core/procedure';
import { defineRule, replace } from '../../core/rule';
import { own } from '../../core/own';
import { under2017Text } from '../../core/renumbering';

/** 行政处罚法 Art. 9 items (一)–(五); item (六) is "法律、行政法规规定的其他行政处罚". */
export const PENALTY_KINDS = [
  '警告',
  '通报批评',
  '罚款',
  '没收违法所得',
  '没收非法财物',
  '暂扣许可证件',
  '降低资质等级',
  '吊销许可证件',
  '限制开展生产经营活动',
  '责令停产停业',
  '责令关闭',
  '限制从业',
  '行政拘留',
];

/**
 * The kinds of the 2017 text's Art. 8 the project has the words of: items (一)–(四), 「(一)警告;
 * (二)罚款;(三)没收违法所得、没收非法财物;(四)责令停产停业」 (the copy named for that row of
 * data/chufa-fa-renumbering.json, source [I] of the research note, which breaks off at (五)).
 * A decision made under that text is checked against these alone: another kind is not called
 * wrong, it is said to be unchecked.
 */
export const PENALTY_KINDS_2017_READ = ['警告', '罚款', '没收违法所得', '没收非法财物', '责令停产停业'];

/** Words officers write for a kind of Art. 9, with the kind they mean. */
const STANDARD: Record<string, string> = {
  罚金: '罚款',
  没收非法所得: '没收违法所得',
  吊销营业执照: '吊销许可证件',
  吊销执照: '吊销许可证件',
  吊销许可证: '吊销许可证件',
  暂扣许可证: '暂扣许可证件',
  停产停业: '责令停产停业',
  拘留: '行政拘留',
};

export default defineRule({
  meta: {
    id: 'penalty/kind',
    severity: 'error',
    description: {
      zh: '处罚种类须为《行政处罚法》第九条规定的种类',
      en: 'The penalty kind is one of Art. 9',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第九条',
      en: 'Administrative Penalty Law, Art. 9',
    },
    docs: 'docs/rules/penalty/kind.md',
    fixable: true,
  },
  messages: {
    unknown: {
      zh: '处罚种类「{kind}」不是《行政处罚法》第九条规定的种类（{kinds}）。如系法律、行政法规规定的其他行政处罚，请在该行前加注释停用本规则并写明依据。',
      en: 'The penalty kind "{kind}" is not one of Art. 9 ({kinds}). If another law or administrative regulation provides it, suppress this rule on the line with a comment naming that law.',
    },
    standard: {
      zh: '处罚种类「{kind}」应写作第九条的规范名称「{to}」。',
      en: 'Write the penalty kind "{kind}" by its Art. 9 name "{to}".',
    },
    standard2017: {
      zh: '处罚种类「{kind}」应写作本决定作出时施行的2017年修正的《行政处罚法》第八条的名称「{to}」。',
      en: 'Write the penalty kind "{kind}" by its name "{to}" in Art. 8 of the Administrative Penalty Law as amended in 2017, in force when the decision was made.',
    },
    unchecked2017: {
      zh: '处罚种类「{kind}」没有检查：本决定作出时施行的是2017年修正的《行政处罚法》，CaseDraft 只有其第八条第（一）至（四）项的原文（{kinds}），第（五）项以下没有可核对的文本；2021年修订文本第九条的种类不适用于本决定。请对照2017年文本第八条核对。',
      en: 'The penalty kind "{kind}" was not checked: the decision was made under the Administrative Penalty Law as amended in 2017, of whose Art. 8 CaseDraft has the words of items (i)–(iv) only ({kinds}); the kinds of Art. 9 of the 2021 text do not apply to it. Check it against Art. 8 of the 2017 text.',
    },
    fix: { zh: '改为「{to}」', en: 'Change to "{to}"' },
  },
  check(ctx) {
    const kinds = ctx.model.facts.处罚?.种类;
    if (!kinds) return;
    const under2017 = under2017Text(ctx.lawDate);
    const known = under2017 ? PENALTY_KINDS_2017_READ : PENALTY_KINDS;
    kinds.forEach((kind, i) => {
      if (known.includes(kind)) return;
      const span = ctx.model.frontMatter.locate(['处罚', '种类', i]) ?? factSpan(ctx.model, ['处罚', '种类']);
      const standard = own(STANDARD, kind);
      const to = standard && known.includes(standard) ? standard : undefined;
      if (under2017 && !to) {
        ctx.report({
          messageId: 'unchecked2017',
          data: { kind, kinds: { list: PENALTY_KINDS_2017_READ, join: 'enum' } },
          span,
          atMost: 'info',
        });
      } else if (to) {
        const exact = ctx.model.text.slice(span.start, span.end) === kind;
        ctx.report({
          messageId: under2017 ? 'standard2017' : 'standard',
          data: { kind, to },
          span,
          fixes: exact
            ? [
                {
                  messageId: 'fix',
                  data: { to },
                  edits: [replace(span, to)],
                },
              ]
            : undefined,
        });
      } else {
        ctx.report({
          messageId: 'unknown',
          data: { kind, kinds: { list: PENALTY_KINDS, join: 'enum' } },
          span,
        });
      }
    });
  },
});

import { factSpan } from '../../core/procedure';
import { defineRule, replace } from '../../core/rule';
import { own } from '../../core/own';

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
    fix: { zh: '改为「{to}」', en: 'Change to "{to}"' },
  },
  check(ctx) {
    const kinds = ctx.model.facts.处罚?.种类;
    if (!kinds) return;
    kinds.forEach((kind, i) => {
      if (PENALTY_KINDS.includes(kind)) return;
      const span = ctx.model.frontMatter.locate(['处罚', '种类', i]) ?? factSpan(ctx.model, ['处罚', '种类']);
      const to = own(STANDARD, kind);
      if (to) {
        const exact = ctx.model.text.slice(span.start, span.end) === kind;
        ctx.report({
          messageId: 'standard',
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

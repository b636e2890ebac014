import { citationsBlanked } from '../../core/extract';
import { isDecision } from '../../core/model';
import {
  findRedactionsInText,
  REDACTION_LABELS,
  redactionContext,
  unclassifiedNumbersInText,
} from '../../core/redact';
import { defineRule } from '../../core/rule';
import { cellPieces, isProse } from '../../core/wording';

const messages = {
  masked: {
    zh: '公开版（casedraft export --public）将隐去此处的{kind}「{original}」，显示为「{replacement}」。发布前请核对：应隐去的都已标出，不应隐去的没有被误标。',
    en: 'The public copy (casedraft export --public) will mask this {kind} "{original}" as "{replacement}". Before publishing, check that everything that must be masked is, and nothing else.',
  },
  unclassified: {
    zh: '无法判断号码「{number}」是否为个人信息（不是可识别的身份证号、电话或账号，也没有「编号」「文号」「统一社会信用代码」等标注），公开版不会隐去它，因此 casedraft export --public 拒绝导出。请按通常写法书写号码，或在号码前注明其性质。',
    en: 'Cannot tell whether the number "{number}" is personal data (it is no recognisable ID, phone or account number, and no label such as 编号, 文号 or 统一社会信用代码 says what it is). The public copy would not mask it, so casedraft export --public refuses. Write the number the usual way, or say what it is before it.',
  },
};

export default defineRule({
  meta: {
    id: 'structure/redaction-preview',
    severity: 'info',
    description: {
      zh: '预览公开版将隐去的个人信息和商业秘密',
      en: 'Preview what the public copy will mask (personal data, trade secrets)',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第四十八条第一款（行政处罚决定依法公开）；市场监管部门另依《市场监督管理行政处罚信息公示规定》第六条（公示时对个人信息进行必要的处理）',
      en: 'Administrative Penalty Law, Art. 48 para 1 (decisions are published according to law); for market regulators, Provisions on Publicising Market-Regulation Penalty Information, Art. 6 (personal information is processed as needed before publication)',
      // Publishing a copy is done now, under today's law, whatever the decision's date.
      actNow: true,
    },
    docs: 'docs/rules/structure/redaction-preview.md',
  },
  messages,
  local: {
    // Only documents that are published: decisions (records and notices are not). The printed
    // parts of the body: prose, tables and code (never HTML), and the evidence table's cells.
    pieces: (ctx) =>
      isDecision(ctx.model)
        ? [...ctx.model.blocks.filter((b) => b.kind !== 'html'), ...cellPieces(ctx.model)]
        : [],
    inputs: (ctx) => [redactionContext(ctx.model)] as const,
    check({ text, kind }, report, [context]) {
      // Citations [证据N] are not printed; blanking them keeps offsets and avoids reading their digits.
      const printed = isProse(kind) ? citationsBlanked(text) : text;
      for (const r of findRedactionsInText(printed, context))
        report({
          messageId: 'masked',
          data: { kind: REDACTION_LABELS[r.kind], original: r.original, replacement: r.replacement },
          span: r.span,
        });
      for (const span of unclassifiedNumbersInText(printed, context))
        report({ messageId: 'unclassified', data: { number: text.slice(span.start, span.end) }, span });
    },
  },
});

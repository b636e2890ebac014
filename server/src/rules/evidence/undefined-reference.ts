import { CHUFA_2021_IN_FORCE } from '../../core/renumbering';
import { defineRule } from '../../core/rule';

const messages = {
  undefined: {
    zh: '引用的「{id}」不在证据表中。请在「证据」部分的表格中列出该证据，或改正编号。',
    en: '"{id}" is cited but not listed in the evidence table. List it in the 证据 table, or correct the id.',
  },
  table: { zh: '证据表', en: 'The evidence table' },
};

export default defineRule({
  meta: {
    id: 'evidence/undefined-reference',
    severity: 'error',
    description: {
      zh: '引用的证据须列在证据表中',
      en: 'Every cited evidence id is listed in the evidence table',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第四十六条、第五十九条第一款第二项',
      en: 'Administrative Penalty Law, Art. 46; Art. 59 para 1(ii)',
      // Art. 46 is new in 2021; before it the decision still states its evidence (2017 Art. 39).
      inForceFrom: CHUFA_2021_IN_FORCE,
      earlier: {
        zh: '《中华人民共和国行政处罚法》（2017年修正文本）第三十九条第一款第二项',
        en: 'Administrative Penalty Law (2017 text), Art. 39 para 1(ii)',
      },
    },
    docs: 'docs/rules/evidence/undefined-reference.md',
  },
  messages,
  check(ctx) {
    const { model } = ctx;
    const ids = new Set(model.evidence?.rows.map((r) => r.id) ?? []);
    for (const block of model.blocks) {
      for (const c of block.citations) {
        for (const ref of c.refs) {
          if (ids.has(ref.id)) continue;
          ctx.report({
            messageId: 'undefined',
            data: { id: ref.id },
            span: ref.span,
            related: model.evidence ? [{ span: model.evidence.headerSpan, messageId: 'table' }] : undefined,
          });
        }
      }
    }
  },
});

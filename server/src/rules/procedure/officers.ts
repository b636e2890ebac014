import { factSpan, keySpan } from '../../core/procedure';
import { defineRule } from '../../core/rule';

export default defineRule({
  meta: {
    id: 'procedure/officers',
    severity: 'error',
    description: {
      zh: '执法人员不得少于两人，并须具有执法证件',
      en: 'At least two officers, each with an enforcement certificate',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第四十二条第一款、第五十五条第一款',
      en: 'Administrative Penalty Law, Art. 42 para 1, Art. 55 para 1',
    },
    docs: 'docs/rules/procedure/officers.md',
  },
  messages: {
    tooFew: {
      zh: '执法人员只有 {count} 人。执法人员不得少于两人，请补充另一名执法人员及其证号。',
      en: 'Only {count} officer(s) named. At least two officers must act; add the other officer and certificate number.',
    },
    noCertificate: {
      zh: '执法人员「{name}」没有证号。执法人员应当具有执法资格并出示执法证件，请填写其执法证号。',
      en: 'Officer "{name}" has no certificate number. Officers must hold and show an enforcement certificate; add the number.',
    },
  },
  check(ctx) {
    const officers = ctx.model.facts.执法人员;
    if (!officers) return;
    if (officers.length < 2)
      ctx.report({
        messageId: 'tooFew',
        data: { count: officers.length },
        span: keySpan(ctx.model, ['执法人员']),
      });
    officers.forEach((o, i) => {
      if (!o.证号)
        ctx.report({
          messageId: 'noCertificate',
          data: { name: o.姓名 ?? `#${i + 1}` },
          span: factSpan(ctx.model, ['执法人员', i, '姓名']),
        });
    });
  },
});

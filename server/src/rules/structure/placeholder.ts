import { blanksIn, isBlank, templateBlanks } from '../../core/placeholders';
import { factSpan } from '../../core/procedure';
import { defineRule } from '../../core/rule';

export default defineRule({
  meta: {
    id: 'structure/placeholder',
    severity: 'error',
    description: {
      zh: '文书不得留有模板的待填项（（当事人全称）、《（法律全称）》第（）条、罚款 0、X月X日 等）',
      en: 'A document keeps none of its template’s blanks (（当事人全称）, 《（法律全称）》第（）条, a fine of 0, X月X日 …)',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第四十四条、第五十九条（文书应当载明的事项）',
      en: 'Administrative Penalty Law, Arts. 44 and 59 (what the documents state)',
    },
    docs: 'docs/rules/structure/placeholder.md',
  },
  messages: {
    blank: {
      zh: '「{token}」是模板的待填项，尚未填写：请填写实际内容。留有待填项的文书不能作为正式文书送达，导出时将被拒绝（casedraft export --force 只导出标注“草稿”的文本）。',
      en: '"{token}" is a blank of the template, not yet filled in: write what it stands for. A document with blanks cannot be served; export refuses it (export --force writes only a copy marked 草稿).',
    },
    zero: {
      zh: '{key} 仍是模板的 0：请填写决定的罚款数额（元）；不处罚款的，删去此项并从处罚种类中去掉罚款。',
      en: '{key} is still the template’s 0: give the fine decided (yuan); without a fine, delete it and drop 罚款 from the kinds.',
    },
  },
  check(ctx) {
    const { model } = ctx;
    // The whole text: the front matter's values and the body's, each blank where it stands.
    for (const b of blanksIn(model.text))
      ctx.report({ messageId: 'blank', data: { token: b.token }, span: b });
    for (const key of templateBlanks().zeroPaths) {
      const path = key.split('.');
      let v: unknown = model.facts;
      for (const k of path) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
      if (isBlank(v, path)) ctx.report({ messageId: 'zero', data: { key }, span: factSpan(model, path) });
    }
  },
});

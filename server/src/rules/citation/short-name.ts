import { resolveCitations } from '../../core/citations';
import { isShortName } from '../../core/laws';
import { defineRule, replace } from '../../core/rule';

const messages = {
  short: {
    zh: '首次引用法律时用了简称「{name}」，应写全称「{full}」；如需简称，在全称后注明「（以下简称《{name}》）」。',
    en: 'The first citation of a law uses the short name "{name}": write the full name "{full}", adding "（以下简称《{name}》）" if a short name is wanted.',
  },
  fix: { zh: '改为全称「{full}」', en: 'Change to the full name "{full}"' },
};

export default defineRule({
  meta: {
    id: 'citation/short-name',
    severity: 'info',
    description: { zh: '首次引用法律用全称', en: 'The first citation of a law uses its full name' },
    basis: {
      kind: 'house',
      zh: '首次引用的法律写全称，与法律文本的写法一致（如《中华人民共和国行政处罚法》第六十一条第一款：“依照《中华人民共和国民事诉讼法》的有关规定”）',
      en: "a law's full name at its first citation, as the statutes write them (e.g. Administrative Penalty Law, Art. 61 para 1: 依照《中华人民共和国民事诉讼法》的有关规定)",
    },
    docs: 'docs/rules/citation/short-name.md',
    fixable: true,
  },
  messages,
  check(ctx) {
    const seen = new Set<string>();
    for (const r of resolveCitations(ctx.model)) {
      const c = r.citation;
      if (r.inherited || !r.law || c.law === undefined || !c.lawSpan || seen.has(r.law.id)) continue;
      seen.add(r.law.id);
      if (!isShortName(c.law)) continue;
      const full = r.law.name;
      ctx.report({
        messageId: 'short',
        data: { name: c.law, full },
        span: c.lawSpan,
        fixes: [{ messageId: 'fix', data: { full }, edits: [replace(c.lawSpan, full)] }],
      });
    }
  },
});

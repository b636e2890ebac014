import { resolveCitations } from '../../core/citations';
import { articleCount, getArticle, type Law } from '../../core/laws';
import type { LawCitation } from '../../core/model';
import type { MessageData } from '../../core/types';
import { toChineseInteger } from '../../core/numerals';
import { defineRule } from '../../core/rule';

const messages = {
  article: {
    zh: '《{law}》没有第{article}条（共{count}条）：请核对条号。',
    en: '{law} has no Article {article} (it has {count} articles): check the number.',
  },
  paragraph: {
    zh: '《{law}》第{article}条没有第{paragraph}款（共{count}款）：请核对款号。',
    en: 'Article {article} of {law} has no paragraph {paragraph} (it has {count}): check the number.',
  },
  item: {
    zh: '《{law}》第{article}条{where}没有第{item}项（共{count}项）：请核对项号。',
    en: 'Article {article} of {law} has no item {item} in {where} (it has {count}): check the number.',
  },
};

export default defineRule({
  meta: {
    id: 'citation/article-range',
    severity: 'error',
    description: { zh: '所引条、款、项须存在', en: 'The cited article, paragraph and item exist' },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第五十九条第一款第三项（行政处罚的种类和依据）',
      en: 'Administrative Penalty Law, Art. 59 para 1(iii) (the kind and basis of the penalty)',
    },
    docs: 'docs/rules/citation/article-range.md',
  },
  messages,
  check(ctx) {
    for (const r of resolveCitations(ctx.model)) {
      const c = r.citation;
      if (!r.law) continue;
      const found = fault(r.law, c);
      // Undated: a version that can have been in force, under which the provision exists (or whose
      // text is not bundled), leaves nothing certain to say.
      if (
        !found ||
        r.possible.some(
          (v) => v.status === 'earlier-version' || (v.status === 'in-force' && !fault(v.law, c)),
        )
      )
        continue;
      ctx.report({ ...found, span: c.span });
    }
  },
});

// A number reads as a Chinese numeral in Chinese (第十条), in digits in English (Article 10).
const num = (n: number) => ({ zh: toChineseInteger(n), en: String(n) });

/** What is wrong with citation `c` read in `law`: a missing article, paragraph or item. */
function fault(
  law: Law,
  c: LawCitation,
): { messageId: keyof typeof messages; data: MessageData } | undefined {
  const a = c.article?.value;
  if (a === undefined) return undefined;
  const article = getArticle(law, a);
  if (!article)
    return { messageId: 'article', data: { law: law.name, article: num(a), count: articleCount(law) } };
  const p = c.paragraph?.value;
  if (p !== undefined && (p < 1 || p > article.paragraphs.length))
    return {
      messageId: 'paragraph',
      data: { law: law.name, article: num(a), paragraph: num(p), count: article.paragraphs.length },
    };
  const i = c.item?.value;
  if (i === undefined) return undefined;
  // An item cited without its paragraph (第八十三条第二项) is one of the paragraph that has items.
  const para =
    p !== undefined
      ? article.paragraphs[p - 1]
      : (article.paragraphs.find((x) => x.items.length) ?? article.paragraphs[0]);
  const count = para?.items.length ?? 0;
  if (i >= 1 && i <= count) return undefined;
  const where =
    p !== undefined
      ? { zh: `第${toChineseInteger(p)}款`, en: `paragraph ${p}` }
      : { zh: '', en: 'the article' };
  return { messageId: 'item', data: { law: law.name, article: num(a), where, item: num(i), count } };
}

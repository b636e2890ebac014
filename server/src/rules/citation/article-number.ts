import type { NumberRef } from '../../core/model';
import { toChineseInteger } from '../../core/numerals';
import { defineRule, replace } from '../../core/rule';

const messages = {
  arabic: {
    zh: '条、款、项的序号「{raw}」用了阿拉伯数字，应写作汉字「{chinese}」（如「第{chinese}{unit}」）。',
    en: 'The number "{raw}" of an article, paragraph or item is in Arabic digits: write it in Chinese numerals, "{chinese}" (第{chinese}{unit}).',
  },
  fix: { zh: '改为「{chinese}」', en: 'Change to "{chinese}"' },
};

export default defineRule({
  meta: {
    id: 'citation/article-number',
    severity: 'info',
    description: {
      zh: '条、款、项序号用汉字数字',
      en: 'Article, paragraph and item numbers in Chinese numerals',
    },
    basis: {
      kind: 'house',
      zh: '条、款、项的序号用汉字数字，与法律文本的写法一致（如《中华人民共和国食品安全法》第三十五条：“本法第三十三条第一款第一项至第四项”）',
      en: 'article, paragraph and item numbers in Chinese numerals, as the statutes write them (e.g. Food Safety Law, Art. 35: 本法第三十三条第一款第一项至第四项)',
    },
    docs: 'docs/rules/citation/article-number.md',
    fixable: true,
  },
  messages,
  check(ctx) {
    for (const c of ctx.model.lawCitations) {
      // An insurer's 《……条款》第3条 numbers its own clauses as it likes.
      if (!c.legal) continue;
      const parts: [NumberRef | undefined, string][] = [
        [c.article, '条'],
        [c.paragraph, '款'],
        [c.item, '项'],
      ];
      for (const [n, unit] of parts) {
        if (!n?.arabic || n.value === undefined) continue;
        const chinese = toChineseInteger(n.value);
        ctx.report({
          messageId: 'arabic',
          data: { raw: n.raw, chinese, unit },
          span: n.span,
          fixes: [{ messageId: 'fix', data: { chinese }, edits: [replace(n.span, chinese)] }],
        });
      }
    }
  },
});

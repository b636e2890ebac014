import { defineRule, insertAt } from '../../core/rule';

const messages = {
  missing: {
    zh: '法律名称「{name}」未加书名号，应写作「《{name}》」。',
    en: 'The law\'s name "{name}" lacks book-title marks: write "《{name}》".',
  },
  fix: { zh: '加上书名号：《{name}》', en: 'Add the marks: 《{name}》' },
};

export default defineRule({
  meta: {
    id: 'citation/book-marks',
    severity: 'warning',
    description: { zh: '法律名称加书名号', en: 'Law names in book-title marks' },
    basis: {
      kind: 'standard',
      zh: 'GB/T 15834-2011《标点符号用法》（书名号标示书名、法规名）；法律文本的写法：“依照《中华人民共和国行政强制法》的规定”',
      en: 'GB/T 15834-2011 Use of Punctuation Marks (book-title marks for titles and names of laws); the statutes write 依照《中华人民共和国行政强制法》的规定',
    },
    docs: 'docs/rules/citation/book-marks.md',
    fixable: true,
  },
  messages,
  check(ctx) {
    for (const c of ctx.model.lawCitations) {
      if (c.bookMarks || c.law === undefined || !c.lawSpan) continue;
      ctx.report({
        messageId: 'missing',
        data: { name: c.law },
        span: c.lawSpan,
        fixes: [
          {
            messageId: 'fix',
            data: { name: c.law },
            edits: [insertAt(c.lawSpan.start, '《'), insertAt(c.lawSpan.end, '》')],
          },
        ],
      });
    }
  },
});

import { defineRule } from '../../core/rule';
import { termCheck } from '../../core/terms';

const messages = {
  found: {
    zh: '「{wrong}」宜写作「{standard}」：{context}写法见{source}。',
    en: 'Write "{standard}" rather than "{wrong}": {context} See {source}.',
  },
  fix: { zh: '改为「{standard}」', en: 'Change to "{standard}"' },
};

// The dictionary's `usage` entries: the other form means the same word (some bundled laws write
// 其它 or 做出 themselves), so writing as the law texts do is CaseDraft's convention, not law.
export default defineRule({
  meta: {
    id: 'wording/law-usage',
    severity: 'info',
    description: {
      zh: '用字随法律文本的写法（其他、作出、账户）',
      en: 'Write words as the law texts do (其他, 作出, 账户)',
    },
    basis: {
      kind: 'house',
      zh: '用字随法律文本的写法（data/dictionary/standard-terms.json 各词条所引条文）',
      en: 'words written as the law texts write them (the article each entry of data/dictionary/standard-terms.json quotes)',
    },
    docs: 'docs/rules/wording/law-usage.md',
    fixable: true,
  },
  messages,
  local: termCheck('usage'),
});

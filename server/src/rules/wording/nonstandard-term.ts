import { defineRule } from '../../core/rule';
import { termCheck } from '../../core/terms';

const messages = {
  found: {
    zh: '「{wrong}」不是规范用语，应为「{standard}」：{context}法条见{source}。',
    en: '"{wrong}" is not the standard term; write "{standard}": {context} See {source}.',
  },
  fix: { zh: '改为「{standard}」', en: 'Change to "{standard}"' },
};

export default defineRule({
  meta: {
    id: 'wording/nonstandard-term',
    severity: 'warning',
    description: { zh: '用法律规定的术语（罚款而非罚金）', en: 'The terms the law defines (罚款, not 罚金)' },
    basis: {
      kind: 'law',
      zh: '上引法条（词表的每个词条都引法律文本的条文，如《中华人民共和国行政处罚法》第九条）',
      en: 'the article quoted above (each entry of the dictionary quotes an article of a law text, e.g. Administrative Penalty Law, Art. 9)',
    },
    docs: 'docs/rules/wording/nonstandard-term.md',
    hasSuggestions: true,
    fixable: true,
  },
  messages,
  local: termCheck('term'),
});

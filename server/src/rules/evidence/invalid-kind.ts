import { CHUFA_2021_IN_FORCE } from '../../core/renumbering';
import { defineRule, replace } from '../../core/rule';
import { isStatutoryKind, likelyKind, STATUTORY_EVIDENCE_KINDS } from '../../core/evidence';

const messages = {
  invalid: {
    zh: '「{id}」的种类「{kind}」不是法定证据种类。请改为：{kinds}。',
    en: 'The kind "{kind}" of "{id}" is not a statutory kind of evidence. Use one of: {kinds}.',
  },
  replace: { zh: '改为「{kind}」', en: 'Change to "{kind}"' },
};

export default defineRule({
  meta: {
    id: 'evidence/invalid-kind',
    severity: 'error',
    description: { zh: '证据种类须为法定种类', en: 'The kind of each evidence item is a statutory kind' },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第四十六条第一款',
      en: 'Administrative Penalty Law, Art. 46 para 1',
      // The kinds of evidence entered the 行政处罚法 in 2021 (Art. 46); before it the same eight kinds were the 行政诉讼法's (Art. 33, bundled in its 2017 text), which a court reviewing the penalty admits.
      inForceFrom: CHUFA_2021_IN_FORCE,
      earlier: {
        zh: '《中华人民共和国行政诉讼法》（2017年修正文本）第三十三条（2017年修正的《行政处罚法》未列举证据种类）',
        en: 'Administrative Litigation Law (2017 text), Art. 33 (the 2017 Administrative Penalty Law lists no kinds of evidence)',
      },
    },
    docs: 'docs/rules/evidence/invalid-kind.md',
    hasSuggestions: true,
  },
  messages,
  check(ctx) {
    for (const row of ctx.model.evidence?.rows ?? []) {
      const cell = row.cells.种类;
      if (!cell || cell.text === '' || isStatutoryKind(cell.text)) continue;
      const likely = likelyKind(cell.text);
      ctx.report({
        messageId: 'invalid',
        data: {
          id: row.id,
          kind: cell.text,
          kinds: { list: STATUTORY_EVIDENCE_KINDS, join: 'enum' },
        },
        span: cell.span,
        // Which statutory kind a report is needs judgement (鉴定意见 or 书证): a suggestion, not a fix.
        suggestions: likely
          ? [{ messageId: 'replace', data: { kind: likely }, edits: [replace(cell.span, likely)] }]
          : undefined,
      });
    }
  },
});

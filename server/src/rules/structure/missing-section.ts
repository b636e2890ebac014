import { isExcerpt, isImported } from '../../core/document-data';
import { evidenceOf } from '../../core/evidence';
import { partyName } from '../../core/facts';
import { sectionByName } from '../../core/model';
import { defineRule, insertAt } from '../../core/rule';
import { sectionTemplate } from '../../core/templates';

const messages = {
  missing: {
    zh: '{doctype}缺少「{section}」部分。请按文书格式补上该部分（可用快速修复插入模板）。',
    en: 'The {doctype} lacks the "{section}" section. Add it (the quick fix inserts it from the template).',
  },
  insert: { zh: '从模板插入「{section}」部分', en: 'Insert the "{section}" section from the template' },
};

export default defineRule({
  meta: {
    id: 'structure/missing-section',
    severity: 'error',
    description: {
      zh: '文书须包含其类型要求的全部部分（决定书即第五十九条要求载明的事项）',
      en: 'A document has every section its type requires (for decisions, the items Art. 59 requires)',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第五十九条',
      en: 'Administrative Penalty Law, Art. 59',
    },
    docs: 'docs/rules/structure/missing-section.md',
    fixable: true,
  },
  messages,
  check(ctx) {
    const { model } = ctx;
    const doctype = model.doctype;
    if (!doctype || model.frontMatter.unterminated) return;
    const present = new Set(model.sections.flatMap((s) => s.names));
    // Evidence set out inside the facts (主要证据有：……, 以上事实，有……为凭) is the evidence part.
    if (evidenceOf(model)) present.add('证据');
    // 刘凤军：经现场检查发现…… — the party named as the addressee opening the text is the party part.
    const party = partyName(model.facts);
    if (party) {
      const [full, half] = [`${party}：`, `${party}:`];
      if (model.blocks.some((b) => b.text.startsWith(full) || b.text.startsWith(half))) present.add('当事人');
    }
    const anchor = model.title?.span ?? { start: 0, end: model.lines.lineEnd(0) };
    // An excerpt stops inside its last section: what would come after that cannot be missed.
    const required = doctype.requiredSections;
    const cut = isExcerpt(model)
      ? Math.max(-1, ...required.map((n, i) => (present.has(n) ? i : -1)))
      : required.length;
    // A document in its issuing body's own form owes only what the law asks of it.
    const owed = (name: string) => !isImported(model) || !doctype.templateSections?.includes(name);
    required.forEach((name, i) => {
      if (present.has(name) || i > cut || !owed(name)) return;
      // Insert before the next required section that is present, so the order stays right.
      const next = doctype.requiredSections
        .slice(i + 1)
        .map((n) => sectionByName(model, n))
        .find(Boolean);
      const at = next ? next.span.start : model.text.length;
      const lead = next || model.text.endsWith('\n') ? '' : '\n\n';
      ctx.report({
        messageId: 'missing',
        data: { doctype: doctype.name, section: name },
        span: anchor,
        fixes: [
          {
            messageId: 'insert',
            data: { section: name },
            edits: [insertAt(at, lead + sectionTemplate(doctype, name))],
          },
        ],
      });
    });
  },
});

import { quoted } from '../../core/i18n';
import { sectionByName } from '../../core/model';
import type { FirstViolationElement } from '../../core/catalog';
import { factSpan, isNoPenaltyDecision } from '../../core/procedure';
import { defineRule } from '../../core/rule';
import { CHUFA_2021_IN_FORCE } from '../../core/renumbering';

/** Art. 33 para 1: 初次违法, 危害后果轻微, 及时改正. A catalog entry may give its own words. */
const DEFAULT_ELEMENTS: FirstViolationElement[] = [
  { name: '初次违法', match: ['初次', '首次', '无违法记录', '未受过'] },
  { name: '危害后果轻微', match: ['后果轻微', '危害轻微', '未造成危害', '未造成后果', '无危害后果'] },
  { name: '及时改正', match: ['改正', '整改'] },
];
const CLAIM = /首违不罚|初次违法/;
/** Art. 33 para 3: the party is educated. */
const EDUCATED = /教育/;

export default defineRule({
  meta: {
    id: 'procedure/first-violation-elements',
    severity: 'error',
    description: {
      zh: '首违不罚须有证据证明初次违法、危害后果轻微、及时改正，并记录对当事人进行了教育',
      en: 'A first-violation no-penalty decision proves each element and records that the party was educated',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第三十三条第一款、第三款',
      en: 'Administrative Penalty Law, Art. 33 paras 1 and 3',
      // 首违不罚 (Art. 33 para 1, second sentence) and the duty to educate (para 3) are new in the 2021 text: a document dated before 2021-07-15 is not held to it.
      inForceFrom: CHUFA_2021_IN_FORCE,
    },
    docs: 'docs/rules/procedure/first-violation-elements.md',
  },
  messages: {
    noEvidence: {
      zh: '不予处罚决定以首违不罚为由，但证据表中没有证明「{element}」的证据（名称或证明事项中未见{words}）。请补充证据并在事实中引用。',
      en: 'The decision relies on first-violation leniency, but no evidence in the table proves "{element}" (none of {words} in a name or 证明事项). Add it and cite it.',
    },
    noEducation: {
      zh: '不予处罚决定没有记载对当事人进行了教育。依法不予行政处罚的，行政机关应当对当事人进行教育；请写明教育的方式和时间。',
      en: 'The decision does not record that the party was educated. When no penalty is imposed the authority must educate the party; state how and when.',
    },
  },
  check(ctx) {
    const { model } = ctx;
    if (!isNoPenaltyDecision(model)) return;
    const claims = model.facts.首违 === '是' || model.blocks.some((b) => CLAIM.test(b.text));
    if (!claims) return;
    const entry = ctx.catalog.find(model.facts.违法行为);
    const elements = entry?.firstViolation?.elements?.length
      ? entry.firstViolation.elements
      : DEFAULT_ELEMENTS;
    const rows = model.evidence?.rows ?? [];
    const anchor =
      model.evidence?.headerSpan ?? sectionByName(model, '证据')?.headingSpan ?? factSpan(model, ['首违']);
    for (const el of elements) {
      const ok = rows.some((r) =>
        el.match.some(
          (w) => (r.cells.名称?.text ?? '').includes(w) || (r.cells.证明事项?.text ?? '').includes(w),
        ),
      );
      if (!ok)
        ctx.report({
          messageId: 'noEvidence',
          data: {
            element: el.name,
            words: { list: el.match.map(quoted), join: 'enum' },
          },
          span: anchor,
        });
    }
    if (!model.blocks.some((b) => EDUCATED.test(b.text))) {
      const reason = sectionByName(model, '不予处罚理由与依据');
      ctx.report({ messageId: 'noEducation', span: reason?.headingSpan ?? anchor });
    }
  },
});

import { possibleVersions } from '../../core/citations';
import { isImported } from '../../core/document-data';
import { CHUFA_2021_IN_FORCE } from '../../core/renumbering';
import type { MessageData } from '../../core/types';
import {
  basesByRate,
  citedPenalty,
  judgeFine,
  mitigation,
  parseProvisionLabel,
  penaltyLawDate,
  rangesOfProvision,
  readAlike,
  type ReadRange,
} from '../../core/fine-range';
import { lawOnDate, provisionLabel, type Law } from '../../core/laws';
import { factSpan, isPenaltyDecision, partyType, yuan } from '../../core/procedure';
import { defineRule } from '../../core/rule';

const LAW_TEXT = { zh: '', en: '' };

export default defineRule({
  meta: {
    id: 'penalty/statutory-range',
    severity: 'error',
    description: {
      zh: '罚款须在所依据的罚则规定的幅度内（从法律文本读取）',
      en: 'The fine lies within the range of the penalty provision (read from the law text)',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第四条、第五条、第三十二条、第三十七条；所引罚则条文',
      en: 'Administrative Penalty Law, Arts. 4, 5, 32, 37; the penalty provision cited',
      // Art. 37 is new in 2021, and the note has no checked 2017 numbers for Arts. 4 and 5: before it the range is the cited penalty provision's, lightened under 2017 Art. 27 para 1.
      inForceFrom: CHUFA_2021_IN_FORCE,
      earlier: {
        zh: '《中华人民共和国行政处罚法》（2017年修正文本）第二十七条第一款；所引罚则条文',
        en: 'Administrative Penalty Law (2017 text), Art. 27 para 1; the penalty provision cited',
      },
    },
    docs: 'docs/rules/penalty/statutory-range.md',
  },
  messages: {
    above: {
      zh: '罚款 {fine} 元超过{law}{article}规定的上限（{ranges}）。请按罚则核对罚款数额。',
      en: 'The fine of {fine} yuan exceeds the maximum of {law} {article} ({ranges}). Check the amount against the provision.',
    },
    below: {
      zh: '罚款 {fine} 元低于{law}{article}规定的下限 {min} 元（{ranges}）。依法减轻处罚的，决定书应写明减轻的情形和依据（《中华人民共和国行政处罚法》第三十二条）；否则请按罚则核对罚款数额。',
      en: 'The fine of {fine} yuan is below the minimum of {law} {article} ({min} yuan; {ranges}). A mitigated penalty states its ground and basis (Administrative Penalty Law, Art. 32); otherwise check the amount.',
    },
    ground: {
      zh: '罚款 {fine} 元低于{law}{article}规定的下限 {min} 元，决定书写明了减轻处罚，但没有写明属于《中华人民共和国行政处罚法》第三十二条的哪一种情形：请写明减轻的事由（如「主动消除或者减轻违法行为危害后果」）并引用该项。',
      en: 'The fine of {fine} yuan is below the minimum of {law} {article} ({min} yuan). The decision mitigates the penalty but does not say which ground of Administrative Penalty Law, Art. 32 applies: state it and cite its item.',
    },
    needsBase: {
      zh: '{law}{article}的罚款按{bases}的倍数计算（{ranges}），草稿没有给出该数额，罚款幅度未核对。',
      en: 'The fine under {law} {article} is a multiple of {bases} ({ranges}), which the draft does not give: the range was not checked.',
    },
    unread: {
      zh: '《{name}》{when}未收录，罚款 {fine} 元是否在罚则幅度内未核对。',
      en: '{name}{when} is not bundled: whether the fine of {fine} yuan lies within its range was not checked.',
    },
  },
  check(ctx) {
    const { model } = ctx;
    if (!isPenaltyDecision(model)) return;
    const fine = model.facts.处罚?.罚款;
    if (fine === undefined) return;
    const span = factSpan(model, ['处罚', '罚款']);
    const party = partyType(model);
    const date = penaltyLawDate(model);
    const bases: Record<string, number> = {};
    const confiscated = model.facts.处罚?.没收违法所得;
    if (confiscated !== undefined) bases.违法所得 = confiscated;

    const cited = citedPenalty(model);
    const provisions: { law: Law; label: string; ranges: ReadRange[] }[] = cited.provisions.map((p) => ({
      law: p.law,
      label: provisionLabel(p.article, p.paragraph, p.item),
      ranges: p.ranges,
    }));
    // The catalog names the penalty provision of its violation types: read it too, from the law.
    const entry = ctx.catalog.find(model.facts.违法行为);
    const fromCatalog = entry?.penalty && parseProvisionLabel(entry.penalty.article);
    if (
      entry?.penalty &&
      fromCatalog &&
      (date !== undefined ||
        readAlike(
          possibleVersions(model, entry.penalty.law),
          fromCatalog.article,
          fromCatalog.paragraph,
          fromCatalog.item,
        ))
    ) {
      const v = lawOnDate(entry.penalty.law, date);
      if (
        v.status === 'in-force' &&
        !provisions.some((p) => p.law === v.law && p.label === entry.penalty!.article)
      ) {
        const { ranges } = rangesOfProvision(
          v.law,
          fromCatalog.article,
          fromCatalog.paragraph,
          fromCatalog.item,
        );
        if (ranges.length) provisions.push({ law: v.law, label: entry.penalty.article, ranges });
      }
    }

    for (const p of provisions) {
      let verdict = judgeFine(fine, p.ranges, party, bases);
      if (verdict.kind === 'needs-base') {
        const byRate = basesByRate(model, fine, verdict.bases);
        if (Object.keys(byRate).length) verdict = judgeFine(fine, p.ranges, party, { ...bases, ...byRate });
      }
      const where: MessageData = { fine: yuan(fine), law: `《${p.law.name}》`, article: p.label };
      const quoted = (rs: readonly ReadRange[]) =>
        ({
          list: rs.map((r) => `${r.condition ? `${r.condition}：` : ''}「${r.quote}」`),
          join: 'semicolon',
        }) as const;
      if (verdict.kind === 'above')
        ctx.report({ messageId: 'above', data: { ...where, ranges: quoted(verdict.ranges) }, span });
      else if (verdict.kind === 'below') {
        const m = mitigation(model);
        if (m === 'ground') continue;
        ctx.report({
          messageId: m === 'stated' ? 'ground' : 'below',
          data: { ...where, min: yuan(verdict.min), ranges: quoted(verdict.ranges) },
          span,
          ...(m === 'stated' ? { atMost: 'warning' as const } : {}),
        });
      } else if (verdict.kind === 'needs-base')
        ctx.report({
          messageId: 'needsBase',
          data: { ...where, bases: verdict.bases.join('、'), ranges: quoted(verdict.ranges) },
          span,
          atMost: 'info',
        });
    }
    // On an imported draft the one notice of structure/imported-data names the law not bundled.
    const unread = isImported(model) ? [] : cited.unread;
    // Two articles of one law are one law the rule could not read.
    for (const u of unread.filter((x, i) => unread.findIndex((y) => y.name === x.name) === i)) {
      const when =
        u.status === 'not-bundled'
          ? LAW_TEXT
          : { zh: `在 ${date} 施行的文本`, en: ` as in force on ${date}` };
      ctx.report({
        messageId: 'unread',
        data: { name: u.name, when, fine: yuan(fine) },
        span,
        atMost: 'info',
      });
    }
  },
});

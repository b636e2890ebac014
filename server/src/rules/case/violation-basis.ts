import { caseDependency, caseOfModel, documentLabel, noticeFor, normalizeName } from '../../core/case';
import { resolveCitations } from '../../core/citations';
import { sectionByName, type CaseModel } from '../../core/model';
import { isBlank } from '../../core/placeholders';
import { factSpan, isPenaltyDecision } from '../../core/procedure';
import { defineRule } from '../../core/rule';
import type { Span } from '../../core/types';

/** Where each document states its legal basis. */
const DECISION_BASIS = '法律依据与处罚决定';
const NOTICE_BASIS = '拟作出的处罚及依据';
/** Sections in which a decision explains what changed since the notice. */
const EXPLAINING = ['陈述申辩与听证', '陈述申辩采纳情况', DECISION_BASIS, '裁量理由'];
/** Words that say the decision changed something and why (经复核……予以采纳，改为依据……). */
const EXPLAINS = /变更|调整|改为|更正|改按|改用|不再适用|重新认定/;

interface Cite {
  law: string;
  article: number;
  paragraph?: number;
  item?: number;
  label: string;
  span: Span;
}

function basis(model: CaseModel, section: string): Cite[] {
  const out: Cite[] = [];
  for (const r of resolveCitations(model)) {
    const c = r.citation;
    const law = r.law?.name ?? r.name;
    if (c.block.section?.name !== section || !law || c.article?.value === undefined) continue;
    out.push({
      law,
      article: c.article.value,
      paragraph: c.paragraph?.value,
      item: c.item?.value,
      label: `《${law}》${model.text.slice(c.article.span.start, c.span.end)}`,
      span: c.span,
    });
  }
  return out;
}

/** The same provision; a citation that does not go down to the 款 or 项 matches one that does. */
const same = (a: Cite, b: Cite) =>
  a.law === b.law &&
  a.article === b.article &&
  (a.paragraph === undefined || b.paragraph === undefined || a.paragraph === b.paragraph) &&
  (a.item === undefined || b.item === undefined || a.item === b.item);

export default defineRule({
  meta: {
    id: 'case/violation-basis',
    severity: 'error',
    description: {
      zh: '决定书认定的违法行为和法律依据须与告知书一致，或说明改变的理由',
      en: 'The decision names the violation and legal basis the notice named, or says why they differ',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第四十四条、第六十二条',
      en: 'Administrative Penalty Law, Arts. 44, 62',
    },
    docs: 'docs/rules/case/violation-basis.md',
    crossDocument: caseDependency,
  },
  messages: {
    noticeViolation: { zh: '告知书告知的违法行为', en: 'The violation the notice named' },
    noticeBasis: { zh: '告知书告知的依据', en: 'The basis the notice named' },
    violation: {
      zh: '本决定认定的违法行为「{decided}」与告知书 {notice} 告知的「{proposed}」不同，决定书也未说明改变的理由。作出决定前须向当事人告知拟处罚的事实、理由和依据：认定改变的，请重新告知，或在决定书中写明改变的理由（如采纳陈述、申辩意见）。',
      en: 'The decision finds the violation "{decided}", but the notice {notice} named "{proposed}", and the decision does not say why. The party must be told the facts, reasons and basis before the decision: give a new notice, or state in the decision why it changed (e.g. the defence was accepted).',
    },
    added: {
      zh: '本决定引用的「{cite}」不在告知书 {notice} 告知的依据中，决定书也未说明改变的理由。请重新告知，或在决定书中写明改变依据的理由，或改正引用。',
      en: 'The decision cites "{cite}", which is not among the provisions the notice {notice} named, and does not say why. Give a new notice, state why the basis changed, or correct the citation.',
    },
    dropped: {
      zh: '告知书 {notice} 告知的依据「{cite}」未出现在本决定的「{section}」中，决定书也未说明改变的理由。请在决定书中写明改变依据的理由，或改正引用。',
      en: 'The notice {notice} named "{cite}", which the decision’s "{section}" does not cite, and the decision does not say why. State why the basis changed, or correct the citation.',
    },
  },
  check(ctx) {
    const { model } = ctx;
    if (!isPenaltyDecision(model)) return;
    const here = caseOfModel(ctx.workspace, model);
    const notice = here && noticeFor(here.file, here.doc);
    if (!notice) return;
    const explained = EXPLAINING.some((s) => EXPLAINS.test(sectionByName(model, s)?.text ?? ''));
    if (explained) return;
    const label = documentLabel(notice.model);

    const decided = normalizeName(model.facts.违法行为);
    const proposed = normalizeName(notice.model.facts.违法行为);
    // A blank is structure/placeholder's finding: there is no violation named yet to compare.
    const named = !isBlank(model.facts.违法行为) && !isBlank(notice.model.facts.违法行为);
    if (named && decided && proposed && decided !== proposed)
      ctx.report({
        messageId: 'violation',
        data: { decided: model.facts.违法行为!, proposed: notice.model.facts.违法行为!, notice: label },
        span: factSpan(model, ['违法行为']),
        related: [
          {
            uri: notice.uri,
            model: notice.model,
            span: factSpan(notice.model, ['违法行为']),
            messageId: 'noticeViolation',
          },
        ],
      });

    const mine = basis(model, DECISION_BASIS);
    const theirs = basis(notice.model, NOTICE_BASIS);
    // Either side without a readable citation (a template's 《（法律全称）》) cannot be compared.
    if (!mine.length || !theirs.length) return;
    const noticeSection = sectionByName(notice.model, NOTICE_BASIS)!;
    for (const c of mine.filter((m) => !theirs.some((t) => same(m, t))))
      ctx.report({
        messageId: 'added',
        data: { cite: c.label, notice: label },
        span: c.span,
        related: [
          {
            uri: notice.uri,
            model: notice.model,
            span: noticeSection.headingSpan,
            messageId: 'noticeBasis',
          },
        ],
      });
    const heading = sectionByName(model, DECISION_BASIS)!.headingSpan;
    for (const t of theirs.filter((t) => !mine.some((m) => same(m, t))))
      ctx.report({
        messageId: 'dropped',
        data: { cite: t.label, notice: label, section: DECISION_BASIS },
        span: heading,
        related: [
          {
            uri: notice.uri,
            model: notice.model,
            span: t.span,
            messageId: 'noticeBasis',
          },
        ],
      });
  },
});

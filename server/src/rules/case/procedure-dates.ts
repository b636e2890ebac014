import { CHUFA_2021_IN_FORCE } from '../../core/renumbering';
import {
  caseDependency,
  caseOfModel,
  decisionsOf,
  documentLabel,
  noticeFor,
  procedureDate,
  recordsOf,
  signedDate,
  type CaseDocument,
  type CaseFile,
  type DatedFact,
} from '../../core/case';
import { defineRule, type RelatedSpec } from '../../core/rule';

/** The 程序 dates a notice states too: the steps up to and including the notice itself. */
const SHARED_STEPS = ['违法行为发生', '违法行为终了', '立案', '告知', '告知送达'] as const;

/**
 * The decision's steps that answer the notice: the party's statement, a hearing request and the
 * hearing. None can come before the notice reached the party (Arts. 44, 45; Art. 64 (一): a hearing
 * is asked for 「在行政机关告知后五日内」).
 */
const ANSWER_STEPS = ['陈述申辩', '听证申请', '听证'] as const;

type Pair = { decision: CaseDocument; notice: CaseDocument };

/** The notice's date of a step: its own 程序, and for 告知 its signing date when 程序 omits it. */
function noticeDate(notice: CaseDocument, key: string): DatedFact | undefined {
  return procedureDate(notice.model, key) ?? (key === '告知' ? signedDate(notice.model) : undefined);
}

function pairs(file: CaseFile): Pair[] {
  return decisionsOf(file).flatMap((decision) => {
    const notice = noticeFor(file, decision);
    return notice ? [{ decision, notice }] : [];
  });
}

export default defineRule({
  meta: {
    id: 'case/procedure-dates',
    severity: 'error',
    description: {
      zh: '决定书的程序日期须与告知书及笔录记载的日期一致',
      en: 'The decision’s procedure dates agree with the notice’s and the records’ own dates',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第四十四条、第四十七条、第六十四条第一项',
      en: 'Administrative Penalty Law, Art. 44, Art. 47, Art. 64(i)',
      // The 全过程记录 of Art. 47 is new in 2021; before it the notice (2017 Art. 31) and the hearing (Art. 42) the documents record must still agree.
      inForceFrom: CHUFA_2021_IN_FORCE,
      earlier: {
        zh: '《中华人民共和国行政处罚法》（2017年修正文本）第三十一条、第四十二条第一款',
        en: 'Administrative Penalty Law (2017 text), Art. 31 and Art. 42 para 1',
      },
    },
    docs: 'docs/rules/case/procedure-dates.md',
    crossDocument: caseDependency,
  },
  messages: {
    otherDate: { zh: '{other}：{step} {date}', en: '{other}: {step} {date}' },
    differs: {
      zh: '程序「{step}」在本文书中为 {here}，而同一案件的{otherKind} {other} 记载为 {there}。同一案件的文书对同一程序日期的记载应当一致，请核对后改正有误的一份。',
      en: 'The step "{step}" is {here} here, but {there} in the {otherKind} {other} of the same case. The documents of one case must give one date for each step; check and correct the wrong one.',
    },
    answerBeforeNotice: {
      zh: '程序「{step}」为 {here}，早于同一案件的告知书 {other} 送达当事人的日期 {there}。当事人的陈述、申辩和听证要求都是对告知的回应，不可能早于告知送达（行政处罚法第四十四条、第六十四条第一项）。请核对后改正有误的一份。',
      en: 'The step "{step}" is {here}, before the notice {other} of the same case reached the party on {there}. A statement, a hearing request and a hearing answer the notice and cannot precede its delivery (Arts. 44, 64 (i)). Check and correct the wrong one.',
    },
    noticeAfterAnswer: {
      zh: '本告知书送达当事人的日期为 {here}，而同一案件的决定书 {other} 记载「{step}」为 {there}，早于告知送达。当事人的陈述、申辩和听证要求都是对告知的回应（行政处罚法第四十四条、第六十四条第一项）。请核对后改正有误的一份。',
      en: 'This notice reached the party on {here}, but the decision {other} of the same case gives "{step}" as {there}, before that. A statement, a hearing request and a hearing answer the notice (Arts. 44, 64 (i)). Check and correct the wrong one.',
    },
    recordBefore: {
      zh: '本笔录制作于 {date}，早于决定书 {decision} 认定的违法行为发生日期 {start}。笔录所记录的违法事实不可能早于违法行为本身，请核对笔录日期或决定书的违法行为发生日期。',
      en: 'This record is dated {date}, before the violation date {start} found by the decision {decision}. A record of the violation cannot precede it; check the record’s date or the decision’s violation date.',
    },
    recordAfter: {
      zh: '本笔录制作于 {date}，晚于决定书 {decision} 的决定日期 {end}，不能作为该决定的证据。请核对笔录日期，或将其移出本案卷。',
      en: 'This record is dated {date}, after the decision {decision} of {end}: it cannot support that decision. Check the record’s date, or move it out of the case folder.',
    },
    violationAfterRecord: {
      zh: '违法行为发生日期 {start} 晚于同一案件的{kind} {record} 的制作日期 {date}：笔录所记录的违法事实不可能早于违法行为本身。请核对违法行为发生日期或笔录日期。',
      en: 'The violation date {start} is after the {kind} {record} of the same case, dated {date}: a record of the violation cannot precede it. Check the violation date or the record’s date.',
    },
    decisionBeforeRecord: {
      zh: '决定日期 {end} 早于同一案件的{kind} {record} 的制作日期 {date}：决定不能以其后制作的笔录为证据。请核对决定日期或笔录日期，或将该笔录移出本案卷。',
      en: 'The decision date {end} is before the {kind} {record} of the same case, dated {date}: a decision cannot rest on a later record. Check the decision date or the record’s, or move the record out of the case folder.',
    },
  },
  check(ctx) {
    const here = caseOfModel(ctx.workspace, ctx.model);
    if (!here) return;
    const { file, doc } = here;
    const related = (other: CaseDocument, fact: DatedFact, step: string): RelatedSpec<'otherDate'>[] => [
      {
        uri: other.uri,
        model: other.model,
        span: fact.span,
        messageId: 'otherDate',
        data: { other: documentLabel(other.model), step, date: fact.iso },
      },
    ];

    // The decision and its notice disagree on a step: reported on both, each pointing at the other.
    for (const { decision, notice } of pairs(file)) {
      if (doc !== decision && doc !== notice) continue;
      const other = doc === decision ? notice : decision;
      for (const step of SHARED_STEPS) {
        const d = procedureDate(decision.model, step);
        const n = noticeDate(notice, step);
        if (!d || !n || d.iso === n.iso) continue;
        const [mine, theirs] = doc === decision ? [d, n] : [n, d];
        ctx.report({
          messageId: 'differs',
          data: {
            step,
            here: mine.iso,
            there: theirs.iso,
            otherKind: other.model.facts.文书 ?? '',
            other: documentLabel(other.model),
          },
          span: mine.span,
          related: related(other, theirs, step),
        });
      }
      // The party's answers, on the decision, after the notice reached the party.
      const delivered = noticeDate(notice, '告知送达') ?? noticeDate(notice, '告知');
      for (const step of ANSWER_STEPS) {
        const d = procedureDate(decision.model, step);
        if (!d || !delivered || d.iso >= delivered.iso) continue;
        const data = { step, other: documentLabel(other.model) };
        if (doc === decision)
          ctx.report({
            messageId: 'answerBeforeNotice',
            data: { ...data, here: d.iso, there: delivered.iso },
            span: d.span,
            related: related(notice, delivered, '告知送达'),
          });
        else
          ctx.report({
            messageId: 'noticeAfterAnswer',
            data: { ...data, here: delivered.iso, there: d.iso },
            span: delivered.span,
            related: related(decision, d, step),
          });
      }
    }

    // A record outside the span of the case it belongs to: reported on the record and on the decision.
    for (const decision of decisionsOf(file)) {
      const start = procedureDate(decision.model, '违法行为发生');
      const end = procedureDate(decision.model, '决定');
      for (const record of recordsOf(file)) {
        if (doc !== decision && doc !== record) continue;
        const date = record.date;
        if (!date) continue;
        const before = start && date.iso < start.iso ? start : undefined;
        const after = end && date.iso > end.iso ? end : undefined;
        const bound = before ?? after;
        if (!bound) continue;
        const step = before ? '违法行为发生' : '决定';
        if (doc === record)
          ctx.report({
            messageId: before ? 'recordBefore' : 'recordAfter',
            data: {
              date: date.iso,
              decision: documentLabel(decision.model),
              start: start?.iso ?? '',
              end: end?.iso ?? '',
            },
            span: date.span,
            related: related(decision, bound, step),
          });
        else
          ctx.report({
            messageId: before ? 'violationAfterRecord' : 'decisionBeforeRecord',
            data: {
              start: start?.iso ?? '',
              end: end?.iso ?? '',
              kind: record.model.facts.文书 ?? '',
              record: documentLabel(record.model),
              date: date.iso,
            },
            span: bound.span,
            related: related(record, date, record.model.facts.文书 ?? ''),
          });
      }
    }
  },
});

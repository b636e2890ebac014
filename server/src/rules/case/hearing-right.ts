import { caseDependency, caseOfModel, documentLabel, noticeFor } from '../../core/case';
import { sectionByName, type Section } from '../../core/model';
import { factSpan, isPenaltyDecision } from '../../core/procedure';
import { defineRule } from '../../core/rule';

const RIGHTS = '当事人权利';
const DEFENCE = '陈述申辩与听证';

/** The section's own text says 听证 (its heading 陈述申辩与听证 does not count). */
const mentionsHearing = (section: Section) => section.blocks.some((b) => /听证/.test(b.text));

export default defineRule({
  meta: {
    id: 'case/hearing-right',
    severity: 'error',
    description: {
      zh: '告知书告知了听证权利的，决定书的「陈述申辩与听证」须写明听证权利的行使情况',
      en: 'A hearing right the notice gave is reflected in the decision’s 陈述申辩与听证 section',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第四十四条、第六十三条、第六十四条',
      en: 'Administrative Penalty Law, Arts. 44, 63, 64',
    },
    docs: 'docs/rules/case/hearing-right.md',
    crossDocument: caseDependency,
  },
  messages: {
    noticeRights: { zh: '告知书告知的权利', en: 'The rights the notice gave' },
    notReflected: {
      zh: '告知书 {notice} 告知了当事人要求听证的权利，但本决定的「陈述申辩与听证」没有提及听证。请写明当事人是否要求听证（未要求、放弃，或听证的日期和结果）。',
      en: 'The notice {notice} told the party of the right to a hearing, but the decision’s 陈述申辩与听证 says nothing of it. State whether the party asked for a hearing (did not, waived it, or when it was held and its outcome).',
    },
    factNo: {
      zh: '本决定的 程序.听证告知 为「否」，但告知书 {notice} 告知了当事人要求听证的权利。请改为「是」，或核对告知书。',
      en: 'The decision’s 程序.听证告知 is 否, but the notice {notice} told the party of the right to a hearing. Change it to 是, or check the notice.',
    },
    notGiven: {
      zh: '本决定的 程序.听证告知 为「是」，但告知书 {notice} 的「当事人权利」没有告知要求听证的权利。依法应当告知听证权利的，请重新告知；否则请改为「否」。',
      en: 'The decision’s 程序.听证告知 is 是, but the 当事人权利 of the notice {notice} does not mention the right to a hearing. Where the law requires it, give a new notice; otherwise change it to 否.',
    },
  },
  check(ctx) {
    const { model } = ctx;
    if (!isPenaltyDecision(model)) return;
    const here = caseOfModel(ctx.workspace, model);
    const notice = here && noticeFor(here.file, here.doc);
    if (!notice) return;
    const rights = sectionByName(notice.model, RIGHTS);
    const stated = notice.model.facts.程序?.听证告知;
    // What the party received is the text; the front matter speaks for it only when the text is absent.
    const gave = rights ? mentionsHearing(rights) : stated === '是';
    if (!rights && stated === undefined) return;
    const label = documentLabel(notice.model);
    const related = [
      {
        uri: notice.uri,
        model: notice.model,
        span: rights?.headingSpan ?? factSpan(notice.model, ['程序', '听证告知']),
        messageId: 'noticeRights' as const,
      },
    ];
    const fact = model.facts.程序?.听证告知;
    if (gave) {
      const section = sectionByName(model, DEFENCE);
      if (section && !mentionsHearing(section))
        ctx.report({
          messageId: 'notReflected',
          data: { notice: label },
          span: section.headingSpan,
          related,
        });
      if (fact === '否')
        ctx.report({
          messageId: 'factNo',
          data: { notice: label },
          span: factSpan(model, ['程序', '听证告知']),
          related,
        });
    } else if (fact === '是')
      ctx.report({
        messageId: 'notGiven',
        data: { notice: label },
        span: factSpan(model, ['程序', '听证告知']),
        related,
      });
  },
});

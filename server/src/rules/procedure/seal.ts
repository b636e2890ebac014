import { sectionByName } from '../../core/model';
import { isDecision } from '../../core/model';
import { isBlank } from '../../core/placeholders';
import { defineRule } from '../../core/rule';

const SEAL = /[（(]印章[)）]/;

export default defineRule({
  meta: {
    id: 'procedure/seal',
    severity: 'error',
    description: {
      zh: '落款须有机关名称、日期和（印章），日期与决定日期一致',
      en: 'The signing block has the authority, the date and （印章）, dated as the decision',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第五十九条第一款第六项（机关名称、决定日期）、第二款（印章）',
      en: 'Administrative Penalty Law, Art. 59 para 1(vi) (authority and date), para 2 (seal)',
    },
    docs: 'docs/rules/procedure/seal.md',
  },
  messages: {
    noAuthority: {
      zh: '落款没有作出决定的机关名称「{authority}」。',
      en: 'The signing block lacks the authority’s name "{authority}".',
    },
    noDate: {
      zh: '落款没有日期。决定书必须载明作出决定的日期，写作如 2025年4月15日。',
      en: 'The signing block has no date. A decision states the date it was made, e.g. 2025年4月15日.',
    },
    noSeal: {
      zh: '落款没有「（印章）」。决定书必须盖有作出决定的行政机关的印章。',
      en: 'The signing block lacks （印章）: the decision must bear the authority’s seal.',
    },
    wrongDate: {
      zh: '落款日期 {date} 与程序.决定 {decision} 不一致，请核对。',
      en: 'The signing date {date} differs from 程序.决定 {decision}; check it.',
    },
  },
  check(ctx) {
    const { model } = ctx;
    if (!isDecision(model)) return;
    const section = sectionByName(model, '落款');
    if (!section) return;
    const text = model.text.slice(section.headingSpan.end, section.span.end);
    const authority = model.facts.机关;
    // The 落款 holds the authority, the date and the seal: a line of it that is the template's blank
    // (（日期）, X月X日 for the date; （……机关全称） for the authority) is structure/placeholder's
    // finding, and the value it stands for is not reported missing a second time.
    const blanks = text.split('\n').filter((line) => isBlank(line));
    const dateBlank = blanks.some((line) => line.includes('日'));
    const authorityBlank = blanks.some((line) => !line.includes('日')) || isBlank(authority);
    if (authority && !authorityBlank && !text.includes(authority))
      ctx.report({ messageId: 'noAuthority', data: { authority }, span: section.headingSpan });
    const dates = model.dates.filter(
      (d) => d.span.start >= section.span.start && d.span.end <= section.span.end,
    );
    if (!dates.length && !dateBlank) ctx.report({ messageId: 'noDate', span: section.headingSpan });
    if (!SEAL.test(text)) ctx.report({ messageId: 'noSeal', span: section.headingSpan });
    const decision = model.facts.程序?.决定;
    const d = dates[dates.length - 1];
    if (d?.iso && decision && d.iso !== decision)
      ctx.report({ messageId: 'wrongDate', data: { date: d.iso, decision }, span: d.span });
  },
});

import { factStatements } from '../../core/model';
import { defineRule } from '../../core/rule';

const messages = {
  missing: {
    zh: '这段违法事实没有写明违法行为的{what}。决定书的违法事实须写清何时、何地、做了什么：请补上{what}（如「2025年3月10日」「在当事人位于……的生产车间」）。',
    en: 'This fact paragraph does not state the {what} of the violating act. The facts of a decision say when, where and what: add the {what} (e.g. "2025年3月10日", "在当事人位于……的生产车间").',
  },
};

const WHAT = {
  time: { zh: '时间', en: 'time' },
  place: { zh: '地点', en: 'place' },
  both: { zh: '时间和地点', en: 'time and place' },
};

/** Background about the party (business, size, registration): not the act. */
const BACKGROUND =
  /主要从事|经营范围|成立于|注册资本|登记注册|从业人员|系[^，。]{0,20}(?:企业|公司|个体工商户)/;
/** What someone said about the act: the act itself is stated elsewhere. */
const STATEMENT = /承认|供述|辩称|自认|在接受询问时|(?:询问|调查)笔录中|陈述称|表示称/;
/** A summing-up of facts stated above. */
const SUMMARY = /^\s*(?:综上|上述|以上)/;

/** A calendar time: a year (continuing acts are dated by month or period, 2024年3月至5月). */
const TIME = /(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年|\d{4}[-./]\d{1,2}/;
/** A place: a kind of premises, an address, or 在…内/处. */
const PLACE = new RegExp(
  [
    '位于|地址|坐落|住所|经营场所|生产场所|场所|现场|厂区|厂房|车间|仓库|门店|店内|店铺|柜台|排口|排放口|工地|码头|路段|路口|网站|网店|平台|小区|园区|开发区|工业园',
    '(?:省|市|区|县|镇|乡|街道|村)[\\u4e00-\\u9fa5\\d]{0,12}(?:路|街|巷|大道)',
    '\\d+号',
    '在[^，。；]{1,30}?(?:内|处|门口|附近|旁)',
  ].join('|'),
);

export default defineRule({
  meta: {
    id: 'evidence/fact-elements',
    severity: 'warning',
    description: { zh: '违法事实写明时间和地点', en: 'The facts state the time and place of the act' },
    law: {
      zh: '《中华人民共和国行政处罚法》第五十九条第一款第二项（违反法律、法规、规章的事实和证据）、第四十条（违法事实不清的，不得给予行政处罚）',
      en: 'Administrative Penalty Law, Art. 59(1)(2) (the facts of the violation) and Art. 40 (no penalty where the facts are unclear)',
    },
    docs: 'docs/rules/evidence/fact-elements.md',
  },
  messages,
  check(ctx) {
    const home = [ctx.model.facts.当事人?.住所, ctx.model.facts.当事人?.住址].filter((s): s is string => !!s);
    for (const block of factStatements(ctx.model)) {
      // The paragraph without its citations: [证据1] holds digits that are not a time.
      const end = block.citations[0]?.span.start ?? block.span.end;
      const text = ctx.model.text.slice(block.span.start, end);
      if (!text.trim() || BACKGROUND.test(text) || STATEMENT.test(text) || SUMMARY.test(text)) continue;
      const hasTime = TIME.test(text);
      const hasPlace = PLACE.test(text) || home.some((h) => text.includes(h));
      if (hasTime && hasPlace) continue;
      const what = !hasTime && !hasPlace ? WHAT.both : hasTime ? WHAT.place : WHAT.time;
      ctx.report({
        messageId: 'missing',
        data: { what: ctx.locale === 'en' ? what.en : what.zh },
        span: { start: block.span.start, end: block.span.start + text.trimEnd().length },
      });
    }
  },
});

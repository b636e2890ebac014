import { sectionByName } from '../../core/model';
import { isDecision } from '../../core/model';
import { defineRule } from '../../core/rule';

/** 行政复议法 (2023) in force from 2024-01-01 (Art. 90). */
export const IN_FORCE = '2024-01-01';
/**
 * Art. 27 names 海关、金融、外汇管理 (“等实行垂直领导的行政机关”), 税务 and 国家安全: their acts go to
 * the next organ up. Securities regulators are 金融 regulators. Other vertically led organs are an
 * agency's to name (config `verticalAuthorities`), since the law leaves the list open with 等.
 */
const ART_27 = ['海关', '金融', '外汇管理', '税务', '国家安全', '证券监督管理'];
const ORGAN = /向([^，。；、\s]{2,40}?)申请行政复议/g;

export default defineRule({
  meta: {
    id: 'procedure/reconsideration-organ',
    severity: 'warning',
    description: {
      zh: '2024年1月1日起，对县级以上地方人民政府工作部门的行为申请复议，由本级人民政府管辖',
      en: 'From 2024-01-01 reconsideration of a local government department’s act lies with the government at its level',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政复议法》（2023年修订）第二十四条第一款第一项、第二十七条',
      en: 'Administrative Reconsideration Law (2023), Art. 24 para 1(i), Art. 27',
    },
    docs: 'docs/rules/procedure/reconsideration-organ.md',
  },
  messages: {
    department: {
      zh: '决定日期 {date} 在新《行政复议法》施行（2024年1月1日）之后，复议机关应为作出决定的{authority}所属的本级人民政府，而不是「{organ}」。',
      en: 'The decision of {date} falls after the revised Reconsideration Law took effect (2024-01-01): the reconsideration organ is the people’s government at the level of {authority}, not "{organ}".',
    },
  },
  check(ctx) {
    const { model } = ctx;
    if (!isDecision(model)) return;
    const date = model.facts.程序?.决定;
    const authority = model.facts.机关;
    if (!date || date < IN_FORCE || !authority) return;
    const vertical = [...ART_27, ...ctx.config.verticalAuthorities];
    if (authority.endsWith('人民政府') || vertical.some((v) => authority.includes(v))) return;
    const section = sectionByName(model, '救济途径');
    if (!section) return;
    const text = section.text;
    for (const m of text.matchAll(ORGAN)) {
      const organ = m[1]!.replace(/^(?:本机关的上一级主管部门|)/, '');
      if (/人民政府$/.test(organ)) continue;
      const start = section.span.start + m.index! + 1;
      ctx.report({
        messageId: 'department',
        data: { date, authority, organ },
        span: { start, end: start + m[1]!.length },
      });
    }
  },
});

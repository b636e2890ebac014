import { lawOnDate } from '../../core/laws';
import { isDecision, sectionByName } from '../../core/model';
import { isBlank } from '../../core/placeholders';
import { defineRule } from '../../core/rule';

const FUYI = '中华人民共和国行政复议法';
/**
 * Art. 27 (2023; Art. 12 para 2 of the 2017 text): 海关、金融、外汇管理等实行垂直领导的行政机关、税务和
 * 国家安全机关 → the next organ up. The branches of the 中国人民银行 and the financial and securities
 * regulators are 金融 organs. Other vertically led organs are an agency's to name
 * (`verticalAuthorities`), since the law leaves the list open with 等.
 */
const ART_27 = ['海关', '金融', '人民银行', '证券监督管理', '证监', '外汇管理', '税务', '国家安全'];
/** Art. 28 (2023): a 司法行政 department's act may also go to the 司法行政 department above. */
const JUSTICE = /司法(?:局|厅)$/;
/** Art. 25 (2023), Art. 14 (2017): a 国务院部门 decides on its own acts. */
const STATE_COUNCIL_DEPARTMENT =
  /^(?:中华人民共和国)?[\u4e00-\u9fa5]{2,10}部$|^国家[\u4e00-\u9fa5]{2,14}(?:总局|局|委员会|署)$/;
/** Art. 24 para 2: a province-level government also decides on its own acts. */
const PROVINCIAL = /(?:省|自治区)人民政府$|^(?:北京|天津|上海|重庆)市人民政府$/;
const ORGAN = /向([^，。；、\s]{2,40}?)申请行政复议/g;
const GOVERNMENT = /人民政府$/;

type Kind = 'department' | 'vertical' | 'justice' | 'stateCouncil' | 'government';

export default defineRule({
  meta: {
    id: 'procedure/reconsideration-organ',
    severity: 'warning',
    description: {
      zh: '救济途径写明的复议机关须符合决定日期施行的行政复议法（2023年文本第二十四条至第二十八条）',
      en: 'The reconsideration organ named is the one the Reconsideration Law in force on the decision date gives (2023 text, Arts. 24–28)',
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政复议法》（2023年修订）第二十四条至第二十八条；2024年1月1日前的决定：2017年文本第十二条至第十五条',
      en: 'Administrative Reconsideration Law (2023), Arts. 24–28; decisions before 2024-01-01: the 2017 text, Arts. 12–15',
    },
    docs: 'docs/rules/procedure/reconsideration-organ.md',
  },
  messages: {
    department: {
      zh: '决定日期 {date} 在新《行政复议法》施行（2024年1月1日）之后，复议机关应为作出决定的{authority}所属的本级人民政府（第二十四条第一款第一项），而不是「{organ}」。',
      en: 'The decision of {date} falls after the revised Reconsideration Law took effect (2024-01-01): the reconsideration organ is the people’s government at the level of {authority} (Art. 24 para 1(i)), not "{organ}".',
    },
    vertical: {
      zh: '{authority}是实行垂直领导的机关（海关、金融、外汇管理、税务、国家安全等），对其行为不服的，应向上一级主管部门申请行政复议，而不是「{organ}」。',
      en: '{authority} is a vertically led organ (customs, finance, foreign exchange, tax, state security …): reconsideration lies with the organ above it, not "{organ}".',
    },
    stateCouncil: {
      zh: '{authority}是国务院部门，对其行为不服的，向该部门本身申请行政复议，而不是「{organ}」。',
      en: '{authority} is a department of the State Council: reconsideration of its acts lies with the department itself, not "{organ}".',
    },
    justice: {
      zh: '{authority}是司法行政部门，对其行为不服的，可以向本级人民政府申请行政复议，也可以向上一级司法行政部门申请行政复议（第二十八条），而不是「{organ}」。',
      en: '{authority} is a justice department: reconsideration lies with the government at its level or the justice department above it (Art. 28), not "{organ}".',
    },
    government: {
      zh: '作出决定的是{authority}，对其行为不服的，应向上一级人民政府申请行政复议，而不是「{organ}」。',
      en: 'The decision is {authority}’s own: reconsideration lies with the people’s government one level up, not "{organ}".',
    },
  },
  check(ctx) {
    const { model } = ctx;
    if (!isDecision(model)) return;
    const date = model.facts.程序?.决定;
    const authority = model.facts.机关;
    if (!date || !authority) return;
    const version = lawOnDate(FUYI, date);
    if (version.status !== 'in-force') return;
    const current = version.law.id === 'xingzheng-fuyi-fa-2023';
    const section = sectionByName(model, '救济途径');
    if (!section) return;
    const vertical = [...ART_27, ...ctx.config.verticalAuthorities];
    const kind: Kind = vertical.some((v) => authority.includes(v))
      ? 'vertical'
      : GOVERNMENT.test(authority)
        ? 'government'
        : STATE_COUNCIL_DEPARTMENT.test(authority)
          ? 'stateCouncil'
          : current && JUSTICE.test(authority)
            ? 'justice'
            : 'department';
    for (const m of section.text.matchAll(ORGAN)) {
      const organ = m[1]!;
      if (isBlank(organ)) continue; // a template blank: structure/placeholder says so
      const wrong = ((): Kind | undefined => {
        switch (kind) {
          // 2023 Art. 24 para 1 (一) and para 4 (派出机构): the government; 2017 Art. 12: either.
          case 'department':
            return current && !GOVERNMENT.test(organ) ? 'department' : undefined;
          case 'justice':
            return GOVERNMENT.test(organ) || /司法(?:局|厅|部)$|司法行政部门/.test(organ)
              ? undefined
              : 'justice';
          case 'vertical':
            return GOVERNMENT.test(organ) ? 'vertical' : undefined;
          case 'stateCouncil':
            return organ === authority || /^本(?:部|局|机关|委员会|署)$/.test(organ)
              ? undefined
              : 'stateCouncil';
          case 'government':
            return organ === authority && !PROVINCIAL.test(authority) ? 'government' : undefined;
        }
      })();
      if (!wrong) continue;
      const start = section.span.start + m.index + 1;
      ctx.report({
        messageId: wrong,
        data: { date, authority, organ },
        span: { start, end: start + organ.length },
      });
    }
  },
});

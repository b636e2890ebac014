import { defineRule, replace } from '../../core/rule';
import { proseBlocks } from '../../core/wording';

const messages = {
  differs: {
    zh: '正文中的当事人名称「{found}」与前置信息「当事人」中的「{name}」不一致（简称或笔误）：决定书应使用当事人的全称，请核对后统一。',
    en: 'The party is named "{found}" in the text but "{name}" in the front matter (an abbreviation or a typo): a decision uses the full name; check and make them agree.',
  },
  fix: { zh: '改为「{name}」', en: 'Change to "{name}"' },
};

// Legal-form endings of an organisation's name, longest first.
const ORG_SUFFIX =
  /(股份有限公司|有限责任公司|有限公司|分公司|公司|集团|合作社|厂|店|中心|商行|事务所|研究所|医院|学校)$/;

export default defineRule({
  meta: {
    id: 'wording/party-name',
    severity: 'warning',
    description: {
      zh: '正文当事人名称与前置信息一致',
      en: "The party's name in the text matches the front matter",
    },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第五十九条第一款第一项（当事人的姓名或者名称）',
      en: "Administrative Penalty Law, Art. 59 para 1(i) (the party's name)",
    },
    docs: 'docs/rules/wording/party-name.md',
    hasSuggestions: true,
  },
  messages,
  check(ctx) {
    const party = ctx.model.facts.当事人;
    const name = (party?.类型 === '个人' ? (party.姓名 ?? party.名称) : (party?.名称 ?? party?.姓名))?.trim();
    if (!name) return;
    const reported = new Set<number>();
    const flag = (start: number, found: string) => {
      if (found === name || reported.has(start)) return;
      reported.add(start);
      const span = { start, end: start + found.length };
      // Which spelling is right is for the officer: the front matter may be the one in error.
      ctx.report({
        messageId: 'differs',
        data: { found, name },
        span,
        suggestions: [{ messageId: 'fix', data: { name }, edits: [replace(span, name)] }],
      });
    };
    const blocks = proseBlocks(ctx.model);
    // 1. The party line: 当事人：……
    for (const b of blocks) {
      const m = /^(当事人(?:名称|姓名)?[：:]\s*)([^\s，,。；;（(]+)/.exec(b.text);
      if (m) flag(b.span.start + m[1]!.length, m[2]!);
    }
    // 2. An organisation named with its stem but another legal form: 凤翔印染公司 for 凤翔印染有限公司.
    const suffix = ORG_SUFFIX.exec(name);
    if (party?.类型 === '个人' || !suffix) return;
    const stem = name.slice(0, name.length - suffix[0].length);
    if (stem.length < 4) return;
    // The stem found by indexOf, the form read where it ends: no pattern compiled per draft.
    for (const b of blocks) {
      for (let i = b.text.indexOf(stem); i >= 0;) {
        LEGAL_FORM.lastIndex = i + stem.length;
        const form = LEGAL_FORM.exec(b.text);
        if (!form) {
          i = b.text.indexOf(stem, i + 1);
          continue;
        }
        const found = stem + form[0];
        if (found !== name && !b.text.startsWith(name, i)) flag(b.span.start + i, found);
        i = b.text.indexOf(stem, i + found.length);
      }
    }
  },
});

/** The legal form after a stem, as an organisation's name may end (the first that matches wins). */
const LEGAL_FORM =
  /股份有限公司|有限责任公司|有限公司|分公司|公司|集团|合作社|厂|店|中心|商行|事务所|研究所|医院|学校/y;

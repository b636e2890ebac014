import { boundariesOf } from '../../core/dictionary';
import { isExcerpt } from '../../core/document-data';
import { memoByText } from '../../core/memo';
import { acts } from '../../core/fact-roles';
import { notOwnWords } from '../../core/wording';
import type { Span } from '../../core/types';
import { defineRule } from '../../core/rule';

const messages = {
  missing: {
    zh: '这项违法行为没有写明{what}（陈述它的各句中都没有）。决定书的违法事实须写清何时、何地、做了什么：请补上{what}（如{example}）。',
    en: 'This violating act is stated without its {what} (none of the sentences stating it gives one). The facts of a decision say when, where and what: add the {what} (e.g. {example}).',
  },
};

const WHAT = {
  time: { zh: '时间', en: 'time' },
  place: { zh: '地点', en: 'place' },
  both: { zh: '时间和地点', en: 'time and place' },
};

/** An example of what to add, for what is missing only. */
const EXAMPLE = {
  time: { zh: '「2025年3月10日」', en: '"2025年3月10日"' },
  place: { zh: '「在当事人位于……的生产车间」', en: '"在当事人位于……的生产车间"' },
  both: {
    zh: '「2025年3月10日，在当事人位于……的生产车间」',
    en: '"2025年3月10日，在当事人位于……的生产车间"',
  },
};

/** A calendar time: a year (continuing acts are dated by month or period, 2024年3月至5月). */
const TIME = /(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年|\d{4}[-./]\d{1,2}/;
/** Words for a place: a kind of premises or an address. Matched as words (位于 in 单位于 is none). */
const PLACE_WORDS =
  /位于|地址|坐落|住所|经营场所|生产场所|场所|现场|厂区|厂房|车间|仓库|库房|门店|店内|店铺|柜台|排口|排放口|工地|码头|路段|路口|网站|网店|平台|小区|园区|开发区|工业园/g;
/** Places written out: an address, a house number, 在…内/处. */
const PLACE_FORMS = new RegExp(
  [
    '(?:省|市|区|县|镇|乡|街道|村)[\\u4e00-\\u9fa5\\d]{0,12}(?:路|街|巷|大道)',
    '\\d+号',
    '在[^，。；]{1,30}?(?:内|处|门口|附近|旁)',
    // 在砚山县盘龙乡三合村委会……, 占用石马镇青松村三组……: an address by its divisions.
    '在[^，。；]{0,12}?(?:省|市|区|县|镇|乡|村|街道|社区)',
    '[\\u4e00-\\u9fa5]{2,6}(?:镇|乡|街道)[\\u4e00-\\u9fa5]{1,8}(?:村|社区)',
    '(?:村|社区)[\\u4e00-\\u9fa5一二三四五六七八九十\\d]{1,4}组',
    // 在XX非法占用……: a place the published copy masked is a place.
    '在[^，。；]{0,8}?(?:X{2,}|×{2,}|\\*{2,}|＊{2,}|某)',
    // 对你（单位）进行了调查, 对晋城市某某有限公司进行了调查: at the unit's premises (the national template's words).
    '对[^，。；]{0,30}?(?:你|单位|公司|厂|店|场|企业|合作社|中心)[）)]?进行(?:了)?(?:现场|环境监测)?(?:调查|检查|勘察|核查|复查)',
    // 到你公司进行检查: the party's own premises.
    '(?:到|在|赴|前往|进入)(?:你|该|当事人)(?:单位|公司|厂|店|处)',
  ].join('|'),
);

export default defineRule({
  meta: {
    id: 'evidence/fact-elements',
    severity: 'warning',
    description: { zh: '违法事实写明时间和地点', en: 'The facts state the time and place of the act' },
    basis: {
      kind: 'law',
      zh: '《中华人民共和国行政处罚法》第五十九条第一款第二项（违反法律、法规、规章的事实和证据）、第四十条（违法事实不清的，不得给予行政处罚）',
      en: 'Administrative Penalty Law, Art. 59 para 1(ii) (the facts of the violation) and Art. 40 (no penalty where the facts are unclear)',
    },
    docs: 'docs/rules/evidence/fact-elements.md',
  },
  messages,
  check(ctx) {
    const party = ctx.model.facts.当事人;
    const home = [party?.住所, party?.住址].filter((s): s is string => !!s);
    // 到天津某某有限公司进行执法检查: the party's premises, by its name.
    const name = party?.名称;
    if (name) home.push(...['到', '在', '赴', '前往', '进入'].map((w) => w + name));
    // Time and place are asked of each act as a whole: a lead-in may give the date of the
    // inspection and the sentence after it the premises. The facts say it themselves: a date in
    // 案件来源与调查经过 tells when the case was found, not when the act was done.
    const excerptEnd = isExcerpt(ctx.model) ? ctx.model.blocks.at(-1) : undefined;
    for (const act of acts(ctx.model)) {
      // An excerpt stops inside its last act: the rest of it may say when and where.
      if (excerptEnd && act.some((s) => s.span.end > excerptEnd.span.start)) continue;
      let hasTime = false;
      let hasPlace = false;
      for (const s of act) {
        const said = saidIn(s.text);
        hasTime ||= said.time;
        hasPlace ||= said.place || home.some((h) => said.own.includes(h));
      }
      if (hasTime && hasPlace) continue;
      const key = !hasTime && !hasPlace ? 'both' : hasTime ? 'place' : 'time';
      const what = WHAT[key];
      const first = act[0]!;
      ctx.report({
        messageId: 'missing',
        data: { what, example: EXAMPLE[key] },
        span: { start: first.span.start, end: first.span.start + first.text.trimEnd().length },
      });
    }
  },
});

/** A document number's year (〔2018〕2号) is no date and its 号 no address. */
const DOC_NUMBER = /[〔[［(（]\d{4}[〕\]］)）][^，。；、\s]{0,16}?号/g;

/**
 * The sentence with what only looks like a time or place blanked out: titles and quotations
 * (a quoted article's 地点), standard codes (GB 18918-2002), document numbers.
 */
function ownWords(text: string): string {
  const blank: Span[] = [...notOwnWords(text)];
  for (const m of text.matchAll(DOC_NUMBER)) blank.push({ start: m.index, end: m.index + m[0].length });
  let out = text;
  for (const b of blank) out = out.slice(0, b.start) + ' '.repeat(b.end - b.start) + out.slice(b.end);
  return out;
}

/**
 * What one sentence says of time and place by itself, kept by its text (the sentences of the
 * paragraphs a keystroke left alone are read once); the party's premises are looked for in `own`.
 */
const saidIn = memoByText((text) => {
  const own = ownWords(text);
  return { own, time: TIME.test(own), place: placeIn(own) };
});

function placeIn(text: string): boolean {
  if (PLACE_FORMS.test(text)) return true;
  for (const m of text.matchAll(PLACE_WORDS)) if (boundariesOf(text).isStart(m.index)) return true;
  return false;
}

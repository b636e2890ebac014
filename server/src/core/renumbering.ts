/**
 * The 行政处罚法 was renumbered by its 2021 revision (in force 2021-07-15): a decision made before
 * then rests on the 2017 text's numbers. The table (data/chufa-fa-renumbering.json, with its
 * sources) maps them; citation/superseded reads it one way (an old number in a new decision), and
 * the translation the other way: a message, and the basis it ends with, name the articles as
 * numbered in the text in force on the document's date.
 *
 * A basis is written once, in the 2021 numbering, in both languages
 * (「《中华人民共和国行政处罚法》第五十九条第一款第六项（……）、第二款」 /
 * "Administrative Penalty Law, Art. 59 para 1(vi) (…), para 2"); `provisionsOf` reads its
 * provisions of the 行政处罚法 back, and test/meta.test.ts holds both languages of every basis and
 * message to the same list.
 */
import renumbering from '../../../data/chufa-fa-renumbering.json';
import { provisionLabel as lawProvisionLabel } from './laws';
import { parseChineseInteger } from './numerals';
import type { Locale, LocalizedText } from './types';

export interface Provision {
  article: number;
  paragraph?: number;
  item?: number;
}

export interface Renumbering {
  old: Provision;
  new: Provision;
  topic: { zh: string; en: string };
  keywords: string;
  checked: string;
}

export const CHUFA_RENUMBERING = renumbering as {
  law: string;
  inForceFrom: string;
  entries: Renumbering[];
  /** Articles of the 2021 text with no 2017 counterpart. */
  added: { article: number; topic: { zh: string; en: string } }[];
};

/** The day the 2021 text came into force; a document dated before it is read under the 2017 text. */
export const CHUFA_2021_IN_FORCE = CHUFA_RENUMBERING.inForceFrom;

/** A document of this date is read under the 2017 text (an undated one under the current text). */
export const under2017Text = (date: string | undefined): boolean => !!date && date < CHUFA_2021_IN_FORCE;

const ADDED = new Set(CHUFA_RENUMBERING.added.map((a) => a.article));

/** Whether a provision of the 2021 text is new in it: no document dated before it is held to it. */
export const addedIn2021 = (p: Provision): boolean => ADDED.has(p.article);

/** 第九十七条第四项: a provision as the laws write it. */
export const provisionLabel = (p: Provision): string => lawProvisionLabel(p.article, p.paragraph, p.item);

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

function provisionLabelEn(p: Provision): string {
  return `Art. ${p.article}${p.paragraph ? ` para ${p.paragraph}` : ''}${p.item ? `(${ROMAN[p.item - 1]})` : ''}`;
}

/**
 * The 2017 provision a 2021 one renumbers, as far as the table says: an entry for the article
 * (or for its paragraph or item) gives the old provision at the entry's own depth — a paragraph or
 * item the table does not map is not claimed. Undefined when the table has no entry.
 */
export function provisionBefore2021(p: Provision): Provision | undefined {
  const e = CHUFA_RENUMBERING.entries.find(
    (x) =>
      x.new.article === p.article &&
      (x.new.paragraph === undefined || x.new.paragraph === p.paragraph) &&
      (x.new.item === undefined || x.new.item === p.item),
  );
  return e?.old;
}

// ---- reading the provisions a text of a rule cites ----

const ZH_LAW = '《中华人民共和国行政处罚法》';
const EN_LAW = 'Administrative Penalty Law, ';
const N = '([一二三四五六七八九十百零〇]+)';

/** One provision (or list of them) written in the text, and where. */
interface Token {
  start: number;
  end: number;
  provisions: Provision[];
}

type Lang = 'zh' | 'en';
const langOf = (locale: Locale): Lang => (locale === 'en' ? 'en' : 'zh');

type Step = (
  rest: string,
  last: Provision | undefined,
) => { length: number; provisions: Provision[] } | undefined;

const cn = (s: string | undefined) => (s === undefined ? undefined : parseChineseInteger(s));
const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
const roman = (s: string | undefined) => (s === undefined ? undefined : ROMAN.indexOf(s) + 1);

/** A provision without the parts it does not name. */
function provision(article: number, paragraph?: number, item?: number): Provision {
  const out: Provision = { article };
  if (paragraph !== undefined) out.paragraph = paragraph;
  if (item !== undefined) out.item = item;
  return out;
}

/** A step reads one written provision (or list of them) at the start of the text; `last` is the one before it. */
const step =
  (re: RegExp, read: (m: RegExpExecArray, last: Provision | undefined) => Provision[] | undefined): Step =>
  (rest, last) => {
    const m = re.exec(rest);
    const provisions = m ? read(m, last) : undefined;
    return m && provisions ? { length: m[0].length, provisions } : undefined;
  };

const ZH_STEPS: Step[] = [
  step(new RegExp(`^第${N}条(?:第${N}款)?(?:第${N}项)?`), (m) => [provision(cn(m[1])!, cn(m[2]), cn(m[3]))]),
  // 第二款, 第三项: of the article (and paragraph) before.
  step(
    new RegExp(`^第${N}款(?:第${N}项)?`),
    (m, last) => last && [provision(last.article, cn(m[1]), cn(m[2]))],
  ),
  step(new RegExp(`^第${N}项`), (m, last) => last && [provision(last.article, last.paragraph, cn(m[1]))]),
];

const R = '([ivx]+)';
const EN_STEPS: Step[] = [
  step(/^Arts\. (\d+(?:(?:, | and )\d+)*)/, (m) => m[1]!.split(/, | and /).map((a) => provision(Number(a)))),
  step(/^Art\. (\d+) paras (\d+) and (\d+)/, (m) =>
    [m[2], m[3]].map((x) => provision(Number(m[1]), Number(x))),
  ),
  step(new RegExp(`^Art\\. (\\d+)(?: para (\\d+))?(?:\\(${R}\\))?`), (m) => [
    provision(num(m[1])!, num(m[2]), roman(m[3])),
  ]),
  // "para 2", "paras 1 and 3", "(v)": of the article (and paragraph) before.
  step(
    /^paras (\d+) and (\d+)/,
    (m, last) => last && [m[1], m[2]].map((x) => provision(last.article, Number(x))),
  ),
  step(
    new RegExp(`^para (\\d+)(?:\\(${R}\\))?`),
    (m, last) => last && [provision(last.article, num(m[1]), roman(m[2]))],
  ),
  step(
    new RegExp(`^\\(${R}\\)`),
    (m, last) => last && [provision(last.article, last.paragraph, roman(m[1]))],
  ),
];

const LANG = {
  zh: { law: ZH_LAW, steps: ZH_STEPS, note: /^（[^（）]*）/, sep: /^(?:、|，|；|和|及)/ },
  en: { law: EN_LAW, steps: EN_STEPS, note: /^ \((?![ivx]+\))[^()]*\)/, sep: /^(?:, |; | and )/ },
} as const;

/** The provisions of the 行政处罚法 a basis text cites, each where it is written. */
function tokensOf(text: string, lang: Lang): { lawEnds: number[]; tokens: Token[] } {
  const { law, note, sep } = LANG[lang];
  const steps: readonly Step[] = LANG[lang].steps;
  const tokens: Token[] = [];
  const lawEnds: number[] = [];
  for (let at = text.indexOf(law); at >= 0; at = text.indexOf(law, at + 1)) {
    const before = tokens.length;
    let i = at + law.length;
    let last: Provision | undefined;
    for (;;) {
      const rest = text.slice(i);
      const got = steps.map((s) => s(rest, last)).find((x) => x !== undefined);
      if (!got) break;
      tokens.push({ start: i, end: i + got.length, provisions: got.provisions });
      last = got.provisions[got.provisions.length - 1];
      i += got.length;
      const n = note.exec(text.slice(i));
      if (n) i += n[0].length;
      const s = sep.exec(text.slice(i));
      // A separator belongs to the run only when a provision follows it.
      if (!s || !steps.some((st) => st(text.slice(i + s[0].length), last))) break;
      i += s[0].length;
    }
    if (tokens.length > before) lawEnds.push(at + law.length);
  }
  return { lawEnds, tokens };
}

/** The provisions of the 行政处罚法 a basis text cites (2021 numbering), in order. */
export function provisionsOf(text: string, locale: Locale): Provision[] {
  return tokensOf(text, langOf(locale)).tokens.flatMap((t) => t.provisions);
}

const EDITION = {
  zh: { label: '（2017年修正文本）', unmapped: (l: string) => `2021年文本${l}` },
  en: { label: ' (2017 text)', unmapped: (l: string) => `${l} of the 2021 text` },
};

/**
 * A text (a rule's basis, a message) in the numbering of the 行政处罚法 in force on `date`
 * (YYYY-MM-DD): before 2021-07-15 each provision the table maps is named by its 2017 number and
 * the law is said to be the 2017 text; a provision the table does not map keeps its number, said
 * to be the 2021 text's. Only the words of the rule are renumbered, never the values that fill them
 * (a draft's own citation quoted in a message is the draft's).
 */
export function onDate(text: LocalizedText, date: string | undefined): LocalizedText {
  if (!under2017Text(date)) return text;
  return { zh: renumbered(text.zh, 'zh'), en: renumbered(text.en, 'en') };
}

function renumbered(text: string, lang: Lang): string {
  const { lawEnds, tokens } = tokensOf(text, lang);
  if (!tokens.length) return text;
  const label = lang === 'zh' ? provisionLabel : provisionLabelEn;
  const edition = EDITION[lang];
  // The edition goes after the name: 「《……》（2017年修正文本）」, "Administrative Penalty Law (2017 text), ".
  const nameEnd = (at: number) => (lang === 'zh' ? at : at - 2);
  const edits = [
    ...lawEnds.map((at) => ({ start: nameEnd(at), end: nameEnd(at), text: edition.label })),
    ...tokens.map((t) => ({
      start: t.start,
      end: t.end,
      text: t.provisions
        .map((p) => {
          const old = provisionBefore2021(p);
          return old ? label(old) : edition.unmapped(label(p));
        })
        .join(lang === 'zh' ? '、' : ', '),
    })),
  ]
    // From the end back; at one offset the provision is replaced before the edition goes in front.
    .sort((a, b) => b.start - a.start || Number(a.start === a.end) - Number(b.start === b.end));
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

// The statements of 违法事实 read as a whole: each sentence has a role (the act, what someone said,
// background, the legal characterisation, a lead-in, circumstances, procedure, the evidence), so
// the rules ask only of the act what the act must state, and look for its time and place across
// every sentence that states it. Computed once per model; evidence/uncited-fact,
// evidence/fact-elements, wording/vague-fact and the evidence reader share it.
import { citationsBlanked } from './extract';
import { memoByText } from './memo';
import { isSection, type Block, type CaseModel } from './model';
import { blanksIn } from './placeholders';
import type { Span } from './types';

export type FactRole =
  /** The violation itself: who did what, when and where. Needs evidence, time and place. */
  | 'act'
  /** What someone said about it (当事人在接受询问时承认……). Needs evidence. */
  | 'statement'
  /** About the party, not the act (主要从事……, 成立于……). */
  | 'background'
  /** The act named in law (上述行为违反了……的规定, 依据……属于……). */
  | 'characterisation'
  /** Introduces the act (发现你单位实施了以下环境违法行为：). */
  | 'leadIn'
  /** First violation, correction, mitigation, who is responsible (鉴于……, 及时改正). */
  | 'circumstance'
  /** The case's own procedure: filing, notices served, orders issued, statements heard. */
  | 'procedure'
  /** The evidence of what precedes it (以上事实，有……等证据为凭; 主要证据有：证据1：……). */
  | 'evidence'
  /** A summing-up (综上……). */
  | 'summary';

export interface FactSentence {
  role: FactRole;
  /** Offsets in the draft. */
  span: Span;
  text: string;
}

export interface FactStatement {
  block: Block;
  /** The block's main role: `act` when any sentence states the act, else `statement`, else the first sentence's. */
  role: FactRole;
  sentences: FactSentence[];
  /** The block states the act or what someone said: it needs evidence. */
  needsEvidence: boolean;
}

/** Roles whose sentences say what happened and must rest on evidence. */
const NEEDS_EVIDENCE: ReadonlySet<FactRole> = new Set(['act', 'statement']);

const EVIDENCE = new RegExp(
  [
    // 以上事实，有……等证据为凭 / 上述事实有……为证 / 有关事实有……证据证明
    '^(?:以上|上述|前述|有关|该|此)(?:违法)?(?:行为(?:及|和))?事实[^。]{0,6}?(?:有|由|经|的证据)',
    // 以上违法事实，主要证据如下：……
    '^(?:以上|上述|前述)(?:违法)?事实[，,]?\\s*(?:主要|相关)?证据(?:如下|有|为|包括|[：:])',
    // 主要证据有：…… / 主要证据：1.……；2.…… (a label of its own, as the market template prints it)
    '^(?:主要|相关|本案)?证据(?:有|如下|包括|为|[：:])',
    '^证据[一二三四五六七八九十\\d]+[：:]',
    '等证据(?:为凭|为证|证实|证明|佐证|在案)',
    '(?:证据|材料)(?:为凭|为证|证实|在案佐证)',
    '等为证。?$',
  ].join('|'),
);
/** A lead-in ends at its colon; what follows it in the same sentence is the act. */
const LEAD_IN = /(?:以下|如下|下列)[^。：:]{0,24}[：:]/;
const CHARACTERISATION = new RegExp(
  [
    '(?:上述|以上|前述|该|此|其|这一?|这种)[^。]{0,12}?(?:行为|事实|情况)[^。]{0,16}?(?:已?(?:涉嫌)?(?:违反|违背)|构成|属于)',
    '的(?:环境|安全生产)?(?:违法)?行为[，,]?\\s*(?:已?(?:涉嫌)?违反|构成)',
    '^(?:本机关|我局|本局|我委|本委)?(?:认为|认定)',
    '^(?:应当?)?(?:依据|依照)《',
    // The text of an article quoted after its citation: 第十九条编制环境影响报告书……的规定。
    '^第[一二三四五六七八九十百千零〇]+条',
    '^(?:涉嫌)?违反(?:了|的)?',
    '^(?:根据|按照)[^。]{0,80}(?:规定|标准|名录)[^。]{0,20}(?:属于|应当|为)',
  ].join('|'),
);
const PROCEDURE = new RegExp(
  [
    '立案(?:调查|查处)?',
    '(?:告知|送达|下达|作出|发出|制发|出具|送交)[^。]{0,24}《[^》]{0,40}(?:决定书|告知书|通知书|指令书|意见书|询问通知)》',
    '陈述[、和及]?申辩|要求听证|申请听证|举行听证',
    '(?:审查|调查)终结',
    '听取了?(?:当事人的?)?(?:意见|陈述)',
  ].join('|'),
);
const STATEMENT = /承认|供述|辩称|自认|在接受(?:调查)?询问时|(?:询问|调查)笔录中|陈述称|表示称/;
const BACKGROUND =
  /主要从事|经营范围|成立于|注册资本|登记注册|(?:现有|共有)从业人员|系[^，。]{0,20}(?:企业|公司|个体工商户)/;
const CIRCUMSTANCE = new RegExp(
  [
    '^(?:鉴于|考虑到)',
    '首次|初次|首违',
    '及时(?:纠正|改正|停止|整改)',
    '主动(?:停止|改正|消除|减轻|供述|配合|拆除)',
    '积极配合',
    '已(?:经)?(?:整改|改正|停止|拆除|恢复原状|完成整改)',
    '直接负责的主管人员|其他直接责任人员',
    '危害后果(?:轻微|较小)|未造成(?:危害后果|严重后果|污染)',
  ].join('|'),
);
const SUMMARY = /^(?:综上|总之)/;
/** An act named as the subject of its characterisation: 「……的行为，违反了」. */
const NAMED_ACT =
  /^((?!上述|以上|前述|该|此)[^。]{8,}?)的(?:环境|安全生产)?(?:违法)?行为[，,]\s*(?:已?(?:涉嫌)?违反|构成)/;
/** A year: an act stated with its time. */
const TIME = /\d{4}\s*年/;
/** A numbered item: 5. 5、 证据6： */
const ITEM_START = /^(?:\d{1,3}\s*[.、．](?!\d)|证据\s*[一二三四五六七八九十\d]+\s*[：:])/;
/** An evidence sentence that opens a list (……有下列证据证明：) or is an item of one. */
const opensList = (s: FactSentence) => s.role === 'evidence' && /[：:]$/.test(s.text.trim());
const LIST_ITEM = /^(?:\d{1,3}\s*[.、．]?(?!\d)|证据\s*[一二三四五六七八九十\d]+|证明)/;
const inEvidenceList = (s: FactSentence) => s.role === 'evidence' && LIST_ITEM.test(s.text.trim());

/** A label the text runs on from (违法事实及证据：……) is no part of what the sentence says. */
const LABEL = /^(?:违法事实(?:及|和|与)?(?:证据)?|事实(?:及|和)证据|证据)[：:]\s*/;

function roleOf(sentence: string): FactRole {
  const s = sentence.replace(LABEL, '');
  if (EVIDENCE.test(s)) return 'evidence';
  if (SUMMARY.test(s)) return 'summary';
  if (CHARACTERISATION.test(s)) return 'characterisation';
  if (PROCEDURE.test(s)) return 'procedure';
  if (STATEMENT.test(s)) return 'statement';
  if (BACKGROUND.test(s)) return 'background';
  if (CIRCUMSTANCE.test(s)) return 'circumstance';
  return 'act';
}

const OPENERS: Record<string, string> = {
  '“': '”',
  '「': '」',
  '『': '』',
  '《': '》',
  '（': '）',
  '(': ')',
};
const MAX_DEPTH = 8;
/** Closers of marks that never span a sentence (a quotation may: a quoted article ends in 。). */
const SHORT = new Set(['》', '）', ')']);

/**
 * Sentences of a text, split at 。！？ and line breaks outside quotations, titles and brackets
 * (a quoted article ends in 。 inside its “”). Offsets are the text's. Linear in the text.
 */
export function sentencesOf(text: string): Span[] {
  const out: Span[] = [];
  const closers: string[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '\r') {
      // A line break ends any quotation a sloppy text left open.
      closers.length = 0;
      push(i);
      continue;
    }
    if (closers.length && ch === closers[closers.length - 1]) {
      closers.pop();
      continue;
    }
    const close = OPENERS[ch];
    if (close && closers.length < MAX_DEPTH) {
      closers.push(close);
      continue;
    }
    if (ch === '。' || ch === '！' || ch === '？') {
      // A title or bracket does not hold a full stop: one left open there was never closed.
      while (closers.length && SHORT.has(closers[closers.length - 1]!)) closers.pop();
      if (!closers.length) push(i + 1);
    }
  }
  push(text.length);
  return out;
}

/** The sentences of a text and their roles, by offsets in the text; `before`: the role of the sentence before it. */
function classify(text: string, before?: FactRole): FactSentence[] {
  const out: FactSentence[] = [];
  for (const s of sentencesOf(text)) {
    let piece = text.slice(s.start, s.end);
    let at = s.start;
    // 发现你公司实施了以下环境违法行为：未重新报批…… — the lead-in, then the act.
    const lead = LEAD_IN.exec(piece);
    if (lead && !EVIDENCE.test(piece.replace(LABEL, ''))) {
      const cut = lead.index + lead[0].length;
      out.push({
        role: 'leadIn',
        span: { start: at, end: at + cut },
        text: piece.slice(0, cut),
      });
      at += cut;
      piece = piece.slice(cut);
      if (!piece.trim()) continue;
    }
    // 4.调查询问笔录2份。5.……1份。 — a numbered item after the evidence is more of it.
    const previous = out[out.length - 1]?.role ?? before;
    const role = previous === 'evidence' && ITEM_START.test(piece.trim()) ? 'evidence' : roleOf(piece.trim());
    // 你公司于2019年在……非法占用土地的行为，违反了……: the act, then its characterisation.
    const named = role === 'characterisation' ? NAMED_ACT.exec(piece) : null;
    if (named && TIME.test(named[1]!)) {
      const cut = named[1]!.length;
      out.push({ role: 'act', span: { start: at, end: at + cut }, text: piece.slice(0, cut) });
      out.push({ role, span: { start: at + cut, end: s.end }, text: piece.slice(cut) });
      continue;
    }
    out.push({ role, span: { start: at, end: s.end }, text: piece });
  }
  return out;
}

/**
 * A paragraph's sentences, read from its prose without the [证据N] markers' text (blanked, at the
 * same offsets), those still holding a template blank left out (经查，（时间、地点、违法行为的事实）。
 * is not written yet: structure/placeholder reports the blank, and no rule reads the sentence as
 * a statement). Kept by the paragraph's text, per role of the sentence before it (what the
 * reading depends on besides the text): a keystroke re-reads one paragraph.
 */
function sentencesOfParagraph(text: string, before: FactRole | undefined): readonly FactSentence[] {
  let memo = classified.get(before);
  if (!memo) {
    // One memo per role before (ten at most, most drafts use two or three), each of 200,000 characters.
    memo = memoByText((t) => classify(citationsBlanked(t), before).filter((s) => !blanksIn(s.text).length), {
      chars: 200_000,
    });
    classified.set(before, memo);
  }
  return memo(text);
}
const classified = new Map<FactRole | undefined, (text: string) => readonly FactSentence[]>();

const cache = new WeakMap<CaseModel, readonly FactStatement[]>();

/**
 * The paragraphs and list items of 违法事实 (of every section standing for it, so a duplicated
 * one is still read), each with the roles of its sentences.
 */
export function factStatements(model: CaseModel): readonly FactStatement[] {
  let r = cache.get(model);
  if (!r) cache.set(model, (r = read(model)));
  return r;
}

function read(model: CaseModel): FactStatement[] {
  const out: FactStatement[] = [];
  let inList = false;
  for (const block of model.blocks) {
    if (!isSection(block.section, '违法事实') || (block.kind !== 'paragraph' && block.kind !== 'listItem'))
      continue;
    // 上述违法事实有下列证据证实： then 1、……； 2、……； as paragraphs or list items of their own.
    const last = out[out.length - 1]?.sentences.at(-1);
    const base = block.span.start;
    // Copies: the roles are revised below, and the offsets are the draft's.
    const sentences = sentencesOfParagraph(block.text, last?.role).map((s) => ({
      role: s.role,
      span: { start: base + s.span.start, end: base + s.span.end },
      text: s.text,
    }));
    if (!sentences.length) continue;
    // A list of evidence runs on — items, their 证明…… lines — until the text turns to something
    // else (the characterisation, the procedure): what would read as an act inside it is an item.
    if (last && (opensList(last) || inEvidenceList(last))) inList = true;
    if (inList) for (const s of sentences) if (s.role === 'act') s.role = 'evidence';
    inList &&= sentences.every((s) => s.role === 'evidence');
    const act = sentences.find((s) => s.role === 'act') ?? sentences.find((s) => s.role === 'statement');
    out.push({
      block,
      role: act?.role ?? sentences[0]!.role,
      sentences,
      needsEvidence: sentences.some((s) => NEEDS_EVIDENCE.has(s.role)),
    });
  }
  return out;
}

/** A paragraph that opens by pointing back (上述设施, 该项目, 其) goes on with the act before it. */
const CONTINUES = /^(?:上述|以上|前述|该|其|此|这些|这|同时|并且|而且)/;

/**
 * The acts the facts state, each as the sentences that state it and the lead-in before it: where
 * its time and place are said. A paragraph is a new act unless it follows a lead-in or opens by
 * pointing back at the one before (上述设施位于……); the sentences of one paragraph are one act.
 */
export function acts(model: CaseModel): FactSentence[][] {
  const out: FactSentence[][] = [];
  let joinNext = false;
  for (const f of factStatements(model)) {
    const own = f.sentences.filter((s) => s.role === 'act' || s.role === 'leadIn');
    if (!own.length) {
      joinNext = false;
      continue;
    }
    const first = own[0]!.text.replace(LABEL, '').trim();
    if ((joinNext || CONTINUES.test(first)) && out.length) out[out.length - 1]!.push(...own);
    else out.push(own);
    joinNext = own[own.length - 1]!.role === 'leadIn';
  }
  return out;
}

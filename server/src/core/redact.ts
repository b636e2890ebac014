/**
 * The public copy of a decision (行政处罚法 Art. 48; 市场监督管理行政处罚信息公示规定 Art. 6, 7):
 * the decision as served, with the personal data of individuals and the trade secrets the officer
 * marked replaced by masks. Everything else stays word for word (Art. 7: the published decision
 * is the served one "除依照本规定第六条的要求进行处理的以外").
 *
 * What is masked (docs/publication.md gives the reasons):
 * - 身份证号 (18 digits with a birth date, or after a 身份证 label; 15-digit old numbers after a
 *   label): the first six digits (the 行政区划 of registration) are kept, the rest become `*`;
 * - mobile numbers: the first three digits kept; a landline after a 电话 label, of an individual
 *   party: the area code kept;
 * - bank accounts after an 账号/账户/卡号 label, of an individual party: the last four digits kept
 *   (the agency's own 收款/缴款 account is left alone);
 * - an individual party's home address (住址/住所/户籍所在地 … labels, and the front matter's
 *   住所/住址 wherever the body repeats it): the province, city and county are kept;
 * - `〖商业秘密：…〗`: the whole marker becomes `（涉及商业秘密，已隐去）`. In the served copy the
 *   marker is dropped and its content printed (servedTransform), so the marker never prints.
 *
 * No fs: the CLI, the editor command and the preview rule call it with a parsed model.
 */
import { printedDocument, type PrintedParagraph } from './export/printed';
import { isBirthDate, isMaskedId } from './ids';
import { memoByText } from './memo';
import { withoutCitations, type CaseModel } from './model';
import { replaceSpans } from './text';
import type { Span } from './types';

export type RedactionKind = 'idCard' | 'phone' | 'bankAccount' | 'address' | 'tradeSecret';

export const REDACTION_LABELS: Record<RedactionKind, { zh: string; en: string }> = {
  idCard: { zh: '身份证号', en: 'ID number' },
  phone: { zh: '电话号码', en: 'telephone number' },
  bankAccount: { zh: '银行账号', en: 'bank account' },
  address: { zh: '住址', en: 'home address' },
  tradeSecret: { zh: '商业秘密', en: 'trade secret' },
};

export interface Redaction {
  kind: RedactionKind;
  /** Offsets in the text searched (a paragraph, or the draft for findRedactions). */
  span: Span;
  original: string;
  replacement: string;
}

/** What the draft's front matter says about whose data is personal. */
export interface RedactionContext {
  /** The party is a natural person (当事人.类型: 个人). */
  individual: boolean;
  /** The party's own identifiers and address as the front matter gives them. */
  ids: string[];
  phones: string[];
  homes: string[];
}

/** The trade-secret marker of the format: `〖商业秘密：配方比例〗`. */
export const SECRET_MARKER = /〖\s*商业秘密\s*[：:]\s*([^〗]*)〗/g;
/** An opened marker never closed: masked to the end of the paragraph, so a typo cannot leak. */
const SECRET_UNCLOSED = /〖\s*商业秘密[\s\S]*$/;
export const SECRET_MASK = '（涉及商业秘密，已隐去）';

const ID_LABEL = /(?:身份证号码?|公民身份号码|身份证件号码|身份证)[：:\s]*(?:为|是)?\s*$/;
const ID_18 = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
const ID_15 = /(?<![0-9A-Za-z])\d{15}(?![0-9A-Za-z])/g;
const MOBILE = /(?<![\d])1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?![\d])/g;
const LANDLINE = /(?<![\d])(0\d{2,3})[-－—\s]?(\d{7,8})(?![\d])/g;
const NOT_PHONE_LABEL = /(?:证号|执法证|编号|文号|案号|单号|批号)[：:\s]*(?:为|是)?\s*$/;
const PHONE_LABEL = /(?:电话|手机|联系方式|联系号码|号码)[^，。；\n]{0,6}$/;
const ACCOUNT =
  /(?:银行账号|银行账户|银行卡号|账号|帐号|账户|卡号)[：:\s]*(?:为|是)?\s*(\d[\d ]{10,30}\d)(?![\d])/g;
const ACCOUNT_LABEL = /(?:银行账号|银行账户|银行卡号|账号|帐号|账户|卡号)[：:\s]*(?:为|是)?\s*$/;
const AGENCY_ACCOUNT = /收款|缴款|非税|国库|本机关|代收/;
const PAID_INTO = /缴纳|缴至|缴入|上缴/;
const MASKED = /X{2,}|x{2,}|\*{2,}|＊{2,}|×{2,}|某某/;
/** Digits followed by mask characters: a published copy's number, masked already (43232519750××××XXX). */
const MASK_AFTER = /^[Xx*＊×]{2,}/;
/** An enforcement officer's certificate number in brackets after the name: 执法人员胡旺杰（湘09001700106）. */
const OFFICER_CERTIFICATE = /(?:执法人员|检查人员|调查人员|执法证)[^。；\n]{0,40}[（(][^\d（）()]{0,3}$/;

/**
 * The account the fine is paid into is the agency's, not the party's: labelled as the agency's
 * (收款, 国库…) or followed by 缴纳 (到……银行（账号：……）缴纳).
 */
function agencyAccount(folded: string, start: number, end: number): boolean {
  return (
    AGENCY_ACCOUNT.test(folded.slice(Math.max(0, start - 12), start + 2)) ||
    PAID_INTO.test(folded.slice(end, end + 8))
  );
}
const HOME_LABEL =
  /(?:(?:家庭住址|现住址|住址|住所地|住所|户籍所在地|户籍地|居住地)(?:[：:]\s*|为|是)|家住)\s*([^，。；\n（(]{4,60})/g;

/** One per model: the rule and the exporter read it several times, and it keys the cache below. */
const contexts = new WeakMap<CaseModel, RedactionContext>();

/**
 * The draft's context, one frozen object for equal contents (the drafts of organisations share
 * one, and a draft keeps its own from keystroke to keystroke while its front matter is the same):
 * the preview rule's local check takes it as an input compared by identity.
 */
export function redactionContext(model: CaseModel): RedactionContext {
  let ctx = contexts.get(model);
  if (!ctx) contexts.set(model, (ctx = interned(readRedactionContext(model))));
  return ctx;
}

function interned(ctx: RedactionContext): RedactionContext {
  const key = JSON.stringify(ctx);
  let kept = internedContexts.get(key);
  if (!kept) {
    if (internedContexts.size >= MAX_CONTEXTS) internedContexts.clear();
    kept = Object.freeze({
      individual: ctx.individual,
      ids: Object.freeze(ctx.ids),
      phones: Object.freeze(ctx.phones),
      homes: Object.freeze(ctx.homes),
    }) as RedactionContext;
    internedContexts.set(key, kept);
    contextKeys.set(kept, key);
  }
  return kept;
}
const internedContexts = new Map<string, RedactionContext>();

function readRedactionContext(model: CaseModel): RedactionContext {
  const p = model.facts.当事人;
  const individual = p?.类型 === '个人';
  const list = (...xs: (string | undefined)[]) => xs.filter((x): x is string => !!x && x.length >= 4);
  return {
    individual,
    // A published copy's masked number (430225********801X) is masked already.
    ids: list(p?.身份证号).filter((id) => !isMaskedId(id)),
    phones: list(p?.电话),
    homes: individual ? list(p?.住址, p?.住所).filter((h) => !MASKED.test(h)) : [],
  };
}

/**
 * A number as the matchers read it, whatever way it was typed: full-width digits and letters
 * (１３９, Ｘ) and the ideographic space folded to ASCII (NFKC of the full-width forms), and the
 * separators an officer puts inside a number (spaces, hyphens, dashes) dropped where they
 * stand between two digits. `at[i]` is the offset in the original text of folded character i;
 * `at[folded.length]` is the text's length.
 */
export function foldNumbers(text: string): { folded: string; at: number[] } {
  const at: number[] = [];
  if (!FOLDS.test(text)) {
    // Nothing to fold or drop (most paragraphs): the text itself, offset for offset.
    for (let i = 0; i <= text.length; i++) at.push(i);
    return { folded: text, at };
  }
  const codes: number[] = [];
  const digit = (code: number) => code >= 0x30 && code <= 0x39;
  for (let i = 0; i < text.length; i++) {
    const c = foldCode(text.charCodeAt(i));
    if (SEPARATORS.has(c) && codes.length && digit(codes[codes.length - 1]!)) {
      // Drop a run of separators only when a digit follows it.
      let j = i;
      while (j < text.length && SEPARATORS.has(foldCode(text.charCodeAt(j)))) j++;
      if (j < text.length && digit(foldCode(text.charCodeAt(j)))) {
        i = j - 1;
        continue;
      }
    }
    codes.push(c);
    at.push(i);
  }
  at.push(text.length);
  let folded = '';
  // In pieces: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < codes.length; i += 4096) folded += String.fromCharCode(...codes.slice(i, i + 4096));
  return { folded, at };
}
/** Full-width forms to ASCII, the ideographic space to a space. */
const foldCode = (code: number) =>
  code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code === 0x3000 ? 0x20 : code;
/** Space, tab, hyphens and dashes (full-width hyphen included, though folding makes it `-`). */
const SEPARATORS = new Set([0x20, 0x09, 0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0xff0d]);
/** A text foldNumbers changes: one with a full-width form, or a separator after a digit. */
const FOLDS = /[\uff01-\uff5e\u3000]|[0-9][ \t\-‐‑‒–—―－]/;

/** A digit or an ID's check character, in any width. */
const SIGNIFICANT = /[0-9０-９XxＸｘ]/;

/** The number as written with its significant characters (digits, X) masked, except those `keep` keeps; separators stay. */
function maskSignificant(original: string, keep: (index: number, count: number) => boolean): string {
  const count = [...original].filter((c) => SIGNIFICANT.test(c)).length;
  let seen = 0;
  return original.replace(/[0-9０-９XxＸｘ]/g, (c) => (keep(seen++, count) ? c : '*'));
}

/** Keeps the 行政区划 code (first six digits). */
export function maskIdCard(id: string): string {
  return maskSignificant(id, (i) => i < 6);
}

/** Mobile: keeps the first three digits; landline: keeps the area code. Separators are kept. */
export function maskPhone(phone: string): string {
  const digits = foldNumbers(phone).folded.replace(/\D/g, '');
  // A landline's area code is 0 and two or three digits; written apart (0512-…) it is what precedes the separator.
  const written = /^\s*([0０][0-9０-９]{2,3})[-－—\s]/.exec(phone);
  const area = written ? written[1]!.length : /^0(?:10|2\d)/.test(digits) ? 3 : 4;
  const keep = digits.startsWith('0') ? area : 3;
  return maskSignificant(phone, (i) => i < keep);
}

/** Keeps the last four digits. */
export function maskAccount(account: string): string {
  return maskSignificant(account, (i, count) => i >= count - 4);
}

/** Province, city and county (区/县/旗/县级市) kept; the rest becomes a fixed mask that does not tell its length. */
export function maskAddress(address: string): string {
  const prefix =
    /^(?:[^省市区县镇乡村路街号\d]{2,7}?(?:省|自治区))?(?:[^省市区县镇乡村路街号\d]{2,7}?(?:市|自治州|州|盟|地区))?(?:[^省市区县镇乡村路街号\d]{1,7}?(?:区|县|旗|市))?/.exec(
      address,
    )?.[0] ?? '';
  return `${prefix}****`;
}

/** Every piece of one printed paragraph (or source block) that the public copy masks, in order, not overlapping. */
export function findRedactionsInText(text: string, ctx: RedactionContext): Redaction[] {
  return memosOf(ctx).redactions(text);
}

/**
 * The preview rule reads each printed text twice (what is masked, then what is left unmasked),
 * and a folder's drafts print the template's paragraphs alike: both are kept by text, per
 * context as its content (the drafts of organisations share one).
 */
function memosOf(ctx: RedactionContext): ContextMemos {
  let key = contextKeys.get(ctx);
  if (key === undefined) contextKeys.set(ctx, (key = JSON.stringify(ctx)));
  let memos = byContext.get(key);
  if (!memos) {
    if (byContext.size >= MAX_CONTEXTS) byContext.clear();
    memos = {
      redactions: memoByText((t) => readRedactions(t, ctx)),
      unclassified: memoByText((t) => readUnclassifiedNumbers(t, ctx)),
    };
    byContext.set(key, memos);
  }
  return memos;
}
interface ContextMemos {
  redactions: (text: string) => Redaction[];
  unclassified: (text: string) => Span[];
}
const contextKeys = new WeakMap<RedactionContext, string>();
const byContext = new Map<string, ContextMemos>();
/** Individuals' contexts differ draft by draft: beyond this many the memos start again. */
const MAX_CONTEXTS = 32;

function readRedactions(text: string, ctx: RedactionContext): Redaction[] {
  const found: Redaction[] = [];
  const add = (kind: RedactionKind, start: number, original: string, replacement: string) =>
    found.push({ kind, span: { start, end: start + original.length }, original, replacement });

  for (const m of text.matchAll(SECRET_MARKER)) add('tradeSecret', m.index, m[0], SECRET_MASK);
  const rest = text.replace(SECRET_MARKER, (m) => ' '.repeat(m.length));
  const unclosed = SECRET_UNCLOSED.exec(rest);
  if (unclosed) add('tradeSecret', unclosed.index, unclosed[0], SECRET_MASK);

  // Numbers are matched in the folded text (full-width, spaced, hyphenated: the same number) and
  // masked as written.
  const { folded, at } = foldNumbers(text);
  const addFolded = (kind: RedactionKind, start: number, length: number, mask: (s: string) => string) => {
    const from = at[start]!;
    const original = text.slice(from, at[start + length - 1]! + 1);
    add(kind, from, original, mask(original));
  };
  for (const m of folded.matchAll(ID_18)) {
    if (isBirthDate(m[0].slice(6, 14)) || labelled(ID_LABEL, folded, m.index))
      addFolded('idCard', m.index, m[0].length, maskIdCard);
  }
  for (const m of folded.matchAll(ID_15))
    if (labelled(ID_LABEL, folded, m.index)) addFolded('idCard', m.index, m[0].length, maskIdCard);
  for (const id of ctx.ids)
    for (const i of indexesOf(folded, foldNumbers(id).folded))
      addFolded('idCard', i, foldNumbers(id).folded.length, maskIdCard);

  for (const m of folded.matchAll(MOBILE)) {
    // An enforcement certificate or file number may also be eleven digits starting 1[3-9].
    if (labelled(NOT_PHONE_LABEL, folded, m.index, 10)) continue;
    addFolded('phone', m.index, m[0].length, maskPhone);
  }
  if (ctx.individual) {
    for (const m of folded.matchAll(LANDLINE))
      if (labelled(PHONE_LABEL, folded, m.index)) addFolded('phone', m.index, m[0].length, maskPhone);
    for (const m of folded.matchAll(ACCOUNT)) {
      if (agencyAccount(folded, m.index, m.index + m[0].length)) continue;
      addFolded('bankAccount', m.index + m[0].lastIndexOf(m[1]!), m[1]!.length, maskAccount);
    }
    for (const m of text.matchAll(HOME_LABEL)) {
      const value = m[1]!.trimEnd();
      // A published copy's masked address (康家村树XXX) is masked already.
      if (MASKED.test(value)) continue;
      add('address', m.index + m[0].indexOf(m[1]!), value, maskAddress(value));
    }
  }
  for (const phone of ctx.phones) {
    const f = foldNumbers(phone).folded;
    for (const i of indexesOf(folded, f)) addFolded('phone', i, f.length, maskPhone);
  }
  for (const home of ctx.homes)
    for (const i of indexesOf(text, home)) add('address', i, home, maskAddress(home));
  return disjoint(found);
}

/** At least this many digits in a row (once folded) is a number that may be someone's. */
const LONG_NUMBER = /(?<![0-9])[0-9]{11,}(?![0-9])/g;
/** …unless it is an amount or quantity, or a number the label says is not personal. */
const UNIT_AFTER = /^\s*(?:元|万|亿|角|分|米|千克|公斤|吨|平方|立方|件|个|人|次|%)/;

/**
 * The long numbers of a text that the public copy would print as they are although nothing says
 * whose they are: not an ID, a phone or an account the rules above recognise, not labelled as a
 * certificate, file or case number, not an amount. The preview names them and `export --public`
 * refuses while any is left, so a number typed in an unexpected way cannot be published.
 */
export function unclassifiedNumbersInText(text: string, ctx: RedactionContext): Span[] {
  return memosOf(ctx).unclassified(text);
}

function readUnclassifiedNumbers(text: string, ctx: RedactionContext): Span[] {
  const masked = findRedactionsInText(text, ctx);
  const { folded, at } = foldNumbers(text);
  const out: Span[] = [];
  for (const m of folded.matchAll(LONG_NUMBER)) {
    const span = { start: at[m.index]!, end: at[m.index + m[0].length - 1]! + 1 };
    if (masked.some((r) => r.span.start < span.end && span.start < r.span.end)) continue;
    if (labelled(NOT_PHONE_LABEL, folded, m.index, 12) || labelled(CODE_LABEL, folded, m.index, 16)) continue;
    // An organisation's account is not personal data (an individual's was masked above).
    if (!ctx.individual && labelled(ACCOUNT_LABEL, folded, m.index, 16)) continue;
    const end = m.index + m[0].length;
    if (labelled(ACCOUNT_LABEL, folded, m.index, 16) && agencyAccount(folded, m.index, end)) continue;
    if (labelled(OFFICER_CERTIFICATE, folded, m.index, 60)) continue;
    if (MASK_AFTER.test(folded.slice(end, end + 4))) continue;
    if (UNIT_AFTER.test(folded.slice(end, end + 4))) continue;
    out.push(span);
  }
  return out;
}
/** Numbers that identify an organisation or a document, not a person. */
const CODE_LABEL = /(?:统一社会信用代码|信用代码|注册号|许可证号|证书编号|登记号)[：:\s]*(?:为|是)?\s*$/;

/**
 * Whether the text just before `at` ends with a label (the label patterns are anchored with `$`).
 * Only a window is tested: testing the whole prefix made a paragraph of many numbers quadratic.
 */
function labelled(label: RegExp, text: string, at: number, window = 40): boolean {
  return label.test(text.slice(Math.max(0, at - window), at));
}

/** The text with every redaction applied. */
export function redactText(text: string, ctx: RedactionContext): string {
  return replaceSpans(
    text,
    findRedactionsInText(text, ctx).map((r) => ({ span: r.span, text: r.replacement })),
  );
}

/** The marker dropped, its content kept: what the served decision prints. */
export function stripSecretMarkers(text: string): string {
  // An unclosed marker loses its opening too: the served copy prints the content, never 〖商业秘密：.
  return text
    .replace(SECRET_MARKER, (_, content: string) => content)
    .replace(/〖\s*商业秘密\s*[：:]\s*/g, '');
}

/** The exporter's paragraph transform for the public copy of this draft. */
export function publicTransform(model: CaseModel): (p: PrintedParagraph) => PrintedParagraph {
  const ctx = redactionContext(model);
  return (p) => ({ ...p, text: redactText(p.text, ctx) });
}

/** The exporter's paragraph transform for the served copy: trade-secret markers never print. */
export function servedTransform(p: PrintedParagraph): PrintedParagraph {
  return { ...p, text: stripSecretMarkers(p.text) };
}

/** The public copy as text: one string per printed paragraph (for a preview or an editor command). */
export function publicParagraphs(model: CaseModel): string[] {
  return printedDocument(model, { transform: publicTransform(model) }).map((p) => p.text);
}

/**
 * Everything the public copy will mask, by offsets in the draft: what the reviewer sees before
 * publishing (structure/redaction-preview). Reads the printed parts of the body: prose, tables,
 * and the evidence table's cells.
 */
export function findRedactions(model: CaseModel): Redaction[] {
  const ctx = redactionContext(model);
  return printedTexts(model).flatMap(({ text, base }) =>
    findRedactionsInText(text, ctx).map((r) => ({
      ...r,
      span: { start: base + r.span.start, end: base + r.span.end },
    })),
  );
}

/** The long numbers of the printed parts that nothing classifies (see unclassifiedNumbersInText), by offsets in the draft. */
export function unclassifiedNumbers(model: CaseModel): Span[] {
  const ctx = redactionContext(model);
  return printedTexts(model).flatMap(({ text, base }) =>
    unclassifiedNumbersInText(text, ctx).map((s) => ({ start: base + s.start, end: base + s.end })),
  );
}

/** The printed parts of the body, in order: prose and tables, then the evidence table's cells. */
function printedTexts(model: CaseModel): { text: string; base: number }[] {
  const out: { text: string; base: number }[] = [];
  for (const block of model.blocks) {
    // HTML (suppression comments) is never printed; code blocks print line by line, so they count.
    if (block.kind === 'html') continue;
    // Citations [证据N] are not printed; blanking them keeps offsets and avoids reading their digits.
    out.push({ text: withoutCitations(block), base: block.span.start });
  }
  for (const row of model.evidence?.rows ?? [])
    for (const cell of Object.values(row.cells))
      if (cell) out.push({ text: cell.text, base: cell.span.start });
  return out.sort((a, b) => a.base - b.base);
}

function indexesOf(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}

/** Sorted by start; where two overlap the longer one wins (a labelled address over a phone inside it). */
function disjoint(found: Redaction[]): Redaction[] {
  const sorted = [...found].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const out: Redaction[] = [];
  for (const r of sorted) {
    const prev = out[out.length - 1];
    if (prev && r.span.start < prev.span.end) {
      if (r.span.end - r.span.start > prev.span.end - prev.span.start) out[out.length - 1] = r;
      continue;
    }
    out.push(r);
  }
  return out;
}

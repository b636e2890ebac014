/**
 * What a document shows of its structure, as data (data/import.json): the titles of each
 * document type, the words each part opens with when it has no heading line, and the labels of
 * the party block. Headings are data/doctypes.json, read by recogniseSection, the parser's own
 * recogniser: a heading an import finds and a heading the parser reads are one thing.
 */
import data from '../../../../data/import.json';
import { findDocType, recogniseSection, type DocType } from '../doctypes';

export interface Opening {
  /** The part it opens; where several are listed, the first the document type has. */
  section: string[];
  /** The paragraph begins with one of these (spaces ignored). */
  starts?: string[];
  /** For each inner list, the paragraph contains at least one of its words. */
  contains?: string[][];
  /** The paragraph ends with one of these (a sentence introducing a list ends in 「：」). */
  ends?: string[];
}

export const OPENINGS: readonly Opening[] = data.sectionOpenings;

export type PartyKey =
  '名称' | '统一社会信用代码' | '身份证号' | '住所' | '法定代表人' | '负责人' | '电话' | 'other';

const labelKey = new Map<string, PartyKey>();
for (const [key, labels] of Object.entries(data.partyLabels))
  for (const l of labels) labelKey.set(l, key as PartyKey);
/** Longest first, so that 统一社会信用代码（注册号） wins over 统一社会信用代码. */
export const PARTY_LABELS = [...labelKey.keys()].sort((a, b) => b.length - a.length);

export function partyKeyOf(label: string): PartyKey | undefined {
  return labelKey.get(label.replace(/\s+/g, ''));
}

const titles = Object.entries(data.titles)
  .flatMap(([doctype, variants]) => variants.map((v) => ({ variant: v, doctype })))
  .sort((a, b) => b.variant.length - a.variant.length);

/** Paragraph text without any whitespace (the titles of printed documents are often letter-spaced). */
export const squeeze = (s: string) => s.replace(/[\s\u3000\u00a0]+/g, '');

/**
 * The document type a title line names, and the issuing body written before it on the same line
 * (「张家港市应急管理局行政处罚决定书」).
 */
export function recogniseTitle(
  text: string,
): { doctype: DocType; issuer?: string; docNumber?: string } | undefined {
  const t = squeeze(text);
  if (t.length > 80) return undefined;
  for (const { variant, doctype } of titles) {
    const at = t.lastIndexOf(variant);
    if (at < 0) continue;
    const issuer = t.slice(0, at);
    // 「不予行政处罚决定书」 must not be read as 「不予」 + 行政处罚决定书.
    // A sentence that names a document (「……向你单位送达了行政处罚决定书」) is no title line.
    if (issuer.endsWith('不予') || /[，。；;,：:\d了的于向对在]/.test(issuer)) continue;
    // The 文号 may follow on the same line, bare or in brackets.
    const rest = t.slice(at + variant.length).replace(/^[（(](.*)[)）]$/, '$1');
    if (rest && !DOC_NUMBER.test(rest)) continue;
    const found = findDocType(doctype);
    if (found) return { doctype: found, issuer: issuer || undefined, docNumber: rest || undefined };
  }
  return undefined;
}

/** A 文号 as printed: 代字, a year in brackets, a number, 号 (sub-units and letters allowed). */
export const DOC_NUMBER = /^(?:文号[：:])?\S{1,40}?[〔［[（(【]\s*\d{4}\s*[〕］\]）)】]\s*\S{0,20}?号$/;

/** Sections a paragraph may open, by its first words, among those the document type has. */
export function openingsOf(text: string, sections: ReadonlySet<string>, addressed = false): string[] {
  // An addressee before the first paragraph (「刘凤军：经现场检查发现，……」) is not its first words.
  const squeezed = squeeze(text);
  const t = addressed ? squeezed.slice(addresseePrefix(squeezed)?.length ?? 0) : squeezed;
  const out: string[] = [];
  for (const o of OPENINGS) {
    const section = o.section.find((s) => sections.has(s));
    if (!section || out.includes(section)) continue;
    if (o.starts && !o.starts.some((s) => t.startsWith(s))) continue;
    if (o.contains && !o.contains.every((any) => any.some((w) => t.includes(w)))) continue;
    if (o.ends && !o.ends.some((e) => t.endsWith(e))) continue;
    out.push(section);
  }
  return out;
}

/** 「某某有限公司：」 or 「刘凤军：」 heading a paragraph: a name without punctuation, then a colon. */
export const ADDRESSEE = /^[^，。；：:,;、\s《》“”]{2,40}[：:](?!$)/;

/** What a unit's name ends with (a 个体工商户's shop name included). */
export const UNIT_NAME =
  /(?:公司|厂|店|网咖|网吧|会所|俱乐部|商场|中心|合作社|经营部|门市部|部|院|所|站|行|场|社|馆|集团|委员会|协会|学校|幼儿园|医院|诊所|药房|超市|酒店|宾馆|工作室|事务所|商行|作坊|车队|基地|园|局|队|处|办)$/;
/** A person's name as decisions print it, masks included: 刘凤军, 戴**, 李*玖, 黄某某. */
export const PERSON_NAME = /^[\u4e00-\u9fa5][\u4e00-\u9fa5·*＊×某]{1,4}$/;

/** The addressee before a paragraph's text, when it is a party's name. */
export function addresseePrefix(text: string): string | undefined {
  const m = ADDRESSEE.exec(text);
  const name = m?.[0].slice(0, -1);
  return name && (UNIT_NAME.test(name) || PERSON_NAME.test(name)) ? m![0] : undefined;
}

/** Sentence-final punctuation: a line ending in it is a sentence, not a heading. */
const SENTENCE_END = /[。；;，,！？!?]$/;
/** A top-level ordinal (一、): a short line after it is a heading even when its words are unknown. */
const TOP_ORDINAL = /^[一二三四五六七八九十]{1,3}、[^，。；,;]{2,38}$/;
const ORDINAL_START =
  /^(?:第?[一二三四五六七八九十百零〇]+[、．.]|[（(][一二三四五六七八九十]+[)）]|\d+[、．.]|第[一二三四五六七八九十]+部分)/;

/**
 * Whether a line is a section heading the document wrote: marked as a heading by the file, or a
 * short line that is not a sentence and that recogniseSection knows (「一、环境违法事实和证据」).
 */
export function headingOf(
  text: string,
  markedHeading: boolean,
): { name: string; names: readonly string[]; known: boolean; ordinal: boolean } | undefined {
  const t = text.trim();
  if (t.length > 40 || SENTENCE_END.test(t)) return undefined;
  const r = recogniseSection(t);
  const ordinal = ORDINAL_START.test(t);
  if (r.known || markedHeading || TOP_ORDINAL.test(t)) return { ...r, ordinal };
  return undefined;
}

/**
 * Import: the bytes of a document an officer or reviewer already holds (.docx, .html, .txt) →
 * a case draft (`*.case.md` text) and its case model. No file system: the host reads the bytes.
 *
 * The body is the original's text, paragraph for paragraph; the front matter holds only what the
 * text states, with a YAML comment at its top listing what it does not (docs/import.md).
 */
import { Document, isSeq } from 'yaml';
import { recogniseSection } from '../doctypes';
import type { CaseModel } from '../model';
import { parseCase } from '../parse';
import { checkTextSize, decodeText } from './decode';
import { writeBody, type Segment } from './emit';
import { ImportError } from './errors';
import { evidenceInSentence, readEvidence, type FoundEvidence } from './evidence';
import { importFormatOf } from './formats';
import type { FoundParty } from './party';
import { readPenalty } from './penalty';
import { recognise, type Recognised } from './recognise';
import type { SourceDocument, SourceFormat, SourceParagraph } from './source';
import { textParagraphs } from './text';

export { ImportError } from './errors';
export { MAX_TEXT_BYTES } from './decode';
export { MAX_DOCX_BYTES } from './zip';
export type { SourceDocument, SourceFormat, SourceParagraph } from './source';

export { IMPORT_EXTENSIONS, importFormatOf } from './formats';

/** The draft's file name for an original: 决定书.docx → 决定书.case.md. */
export function draftFileName(original: string): string {
  return `${baseName(original).replace(/\.[^.]*$/, '')}.case.md`;
}

/** Where a place in the draft is in the original: its paragraph (a text file's line), from 1, and the column in it, from 0. */
export interface OriginalPosition {
  paragraph: number;
  character: number;
}

export interface ImportedDraft {
  /** The `*.case.md` text. */
  text: string;
  model: CaseModel;
  format: SourceFormat;
  paragraphs: readonly SourceParagraph[];
  /** What the front matter's comment lists as not found in the original. */
  missing: string[];
  /** Every party the text names (the front matter's 当事人 is the first). */
  parties: readonly { 名称?: string; 统一社会信用代码?: string; 身份证号?: string }[];
  /** The original paragraph (and column) a draft offset came from; undefined for none at all. */
  original(offset: number): OriginalPosition | undefined;
}

/**
 * Bytes → the original's paragraphs, or ImportError saying why they cannot be read. The DOCX and
 * HTML readers (mammoth, parse5) are loaded by the first document that needs them: a CLI run or a
 * server that only lints drafts does not pay their start-up (docs/performance.md).
 */
export async function readSource(name: string, bytes: Uint8Array): Promise<SourceDocument> {
  const format = importFormatOf(name);
  if (format === 'docx') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load (above)
    const { docxParagraphs } = require('./docx') as typeof import('./docx');
    return { format, paragraphs: await docxParagraphs(bytes) };
  }
  if (format === 'html') {
    checkTextSize(bytes, { zh: '网页', en: 'page' });
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
    const charset = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load (above)
    const { htmlParagraphs } = require('./html') as typeof import('./html');
    return { format, paragraphs: htmlParagraphs(decodeText(bytes, charset)) };
  }
  if (format === 'txt') {
    checkTextSize(bytes, { zh: '文本文件', en: 'text file' });
    return { format, paragraphs: textParagraphs(decodeText(bytes)) };
  }
  throw new ImportError('unsupported', {
    zh: /\.(?:doc|wps|rtf|pdf)$/i.test(name)
      ? '不支持此文件类型：请在 Word/WPS 中另存为 .docx（或 .txt）后再导入'
      : '不支持此文件类型：可导入 .docx、.html、.htm、.txt',
    en: /\.(?:doc|wps|rtf|pdf)$/i.test(name)
      ? 'this file type is not supported: save it as .docx (or .txt) in Word/WPS, then import it'
      : 'this file type is not supported: import .docx, .html, .htm or .txt',
  });
}

/** Reads and imports one file's bytes. `name` is the original's file name (for 导入自 and the type). */
export async function importDocument(name: string, bytes: Uint8Array, uri?: string): Promise<ImportedDraft> {
  return draftFromSource(name, await readSource(name, bytes), uri);
}

const baseName = (name: string) => name.replace(/^.*[\\/]/, '');

/** The paragraphs → the draft. Synchronous and pure: the part of import tests and the bench time. */
export function draftFromSource(name: string, source: SourceDocument, uri?: string): ImportedDraft {
  const { paragraphs, format } = source;
  const r = recognise(paragraphs, format);
  if (r.doctype === undefined && r.parties.length === 0 && r.sections.length === 0)
    throw new ImportError('not-a-case-document', {
      zh: '未能识别为行政执法文书：没有找到文书标题（如「行政处罚决定书」）、当事人或任何部分（如「经查」「依据……决定」「如不服本决定」）。请确认文件内容是一份决定书、告知书或笔录',
      en: 'not recognised as an enforcement document: no title (such as 行政处罚决定书), no party and no part (such as 经查, 依据……决定, 如不服本决定) was found. Check that the file holds a decision, a notice or a record',
    });

  const evidence = planEvidence(paragraphs, r);
  const body = writeBody({ paragraphs, recognised: r, ...evidence });
  const facts = frontMatter(name, paragraphs, r, evidence.rows);
  const text = `${facts.yaml}\n${body.text.replace(/\n+$/, '\n')}`;
  const offset = facts.yaml.length + 1;
  const segments = body.segments.map((s) => ({
    ...s,
    start: s.start + offset,
    end: s.end + offset,
    escapes: s.escapes.map((e) => e + offset),
  }));
  const model = parseCase(text, uri);
  return {
    text,
    model,
    format,
    paragraphs,
    missing: facts.missing,
    parties: r.parties.map(({ 名称, 统一社会信用代码, 身份证号 }) => ({ 名称, 统一社会信用代码, 身份证号 })),
    original: (o) => originalOf(o, segments, facts.origins, model, r, paragraphs),
  };
}

interface EvidencePlan {
  evidence: FoundEvidence[];
  rows: FoundEvidence[];
  evidenceAt?: { after: number; ownSection: boolean };
  markers: Map<number, string[]>;
}

/**
 * Where the document states its evidence, the rows of the evidence table made from it, where the
 * table goes, and the markers tying the evidence to the facts it proves. The evidence is the
 * first part that states it: a part standing for 证据, or the evidence sentence or list inside
 * 违法事实 (「以上事实，有……为凭」), as the national templates run facts and evidence together.
 */
function planEvidence(paragraphs: readonly SourceParagraph[], r: Recognised): EvidencePlan {
  const markers = new Map<number, string[]>();
  const bounds = (k: number) => ({
    from: r.sections[k]!.index + (r.sections[k]!.heading ? 1 : 0),
    to: r.sections[k + 1]?.index ?? r.signing?.start ?? r.end,
  });
  const names = (k: number) => {
    const s = r.sections[k]!;
    return s.heading ? headingNames(paragraphs[s.index]!.text) : [s.name];
  };
  const factsAt = r.sections.findIndex((_, k) => names(k).includes('违法事实'));
  const ownAt = r.sections.findIndex((_, k) => names(k).includes('证据') && !names(k).includes('违法事实'));
  const at = ownAt >= 0 ? ownAt : factsAt;
  if (at < 0) return { evidence: [], rows: [], markers };
  const { from, to } = bounds(at);
  const part = paragraphs.slice(from, to);
  let evidenceParagraphs: SourceParagraph[];
  if (at === ownAt) evidenceParagraphs = part;
  else {
    // Inside the facts: the first sentence that lists evidence, with the list it introduces.
    const k = part.findIndex((p) => evidenceInSentence(p.text).length || /证据.*[：:]$/.test(p.text));
    if (k < 0) return { evidence: [], rows: [], markers };
    let end = k + 1;
    if (/[：:]$/.test(part[k]!.text))
      while (
        end < part.length &&
        (part[end]!.kind === 'listItem' ||
          part[end]!.kind === 'tableRow' ||
          /^(?:\d{1,3}|[（(]\d{1,3}[)）])[.、．：:）)]/.test(part[end]!.text))
      )
        end++;
    evidenceParagraphs = part.slice(k, end);
  }
  const rows = readEvidence(evidenceParagraphs);
  if (!rows.length) return { evidence: [], rows: [], markers };
  const ids = rows.map((_, i) => `证据${i + 1}`);
  const firstEvidence = paragraphs.indexOf(evidenceParagraphs[0]!);
  const lastEvidence = paragraphs.indexOf(evidenceParagraphs[evidenceParagraphs.length - 1]!);
  // 「以上事实，有……为证」: the evidence proves the facts stated above it.
  if (factsAt >= 0) {
    const facts = bounds(factsAt);
    for (let i = facts.from; i < Math.min(facts.to, firstEvidence); i++) {
      const p = paragraphs[i]!;
      if (p.kind === 'heading' || p.kind === 'tableRow' || /[：:]$/.test(p.text)) continue;
      markers.set(i, ids);
    }
  }
  const standsForEvidence = names(at).includes('证据');
  const firstTable = evidenceParagraphs.find((p) => p.kind === 'tableRow');
  return {
    evidence: rows,
    rows,
    markers,
    evidenceAt: standsForEvidence
      ? { after: firstTable ? paragraphs.indexOf(firstTable) - 1 : lastEvidence, ownSection: false }
      : { after: to - 1, ownSection: true },
  };
}

const headingNames = (text: string) => recogniseSection(text).names;

/** What a document of its type normally states, by front-matter path: listed when not found. */
interface FrontMatterPlan {
  yaml: string;
  missing: string[];
  /** Front-matter path → the paragraph its value was read from. */
  origins: Map<string, SourceParagraph>;
}

function frontMatter(
  name: string,
  paragraphs: readonly SourceParagraph[],
  r: Recognised,
  evidence: FoundEvidence[],
): FrontMatterPlan {
  const origins = new Map<string, SourceParagraph>();
  const missing: string[] = [];
  const data: Record<string, unknown> = {};
  const set = (path: string, value: unknown, origin: SourceParagraph | undefined) => {
    if (value === undefined) return;
    const keys = path.split('.');
    let o = data;
    for (const k of keys.slice(0, -1)) o = (o[k] ??= {}) as Record<string, unknown>;
    o[keys[keys.length - 1]!] = value;
    if (origin) origins.set(path, origin);
  };
  const kind = r.doctype?.kind;
  set('文书', r.doctype?.name, at(paragraphs, r.title));
  if (!r.doctype) missing.push('文书');
  set('文号', r.docNumber?.value, at(paragraphs, r.docNumber?.index));
  if (!r.docNumber && kind !== 'record') missing.push('文号');
  set('机关', r.issuer?.value, at(paragraphs, r.issuer?.index));
  if (!r.issuer) missing.push('机关');
  const [party, ...others] = r.parties;
  if (party) setParty(party, set, missing);
  else missing.push('当事人');
  const others_ = others.map((p) => p.名称).filter(Boolean);

  if (r.signing?.iso) {
    const key = kind === 'notice' ? '程序.告知' : '程序.决定';
    set(key, r.signing.iso, paragraphs[r.signing.date]);
  } else if (kind !== 'record') missing.push(kind === 'notice' ? '程序.告知' : '程序.决定');

  const basis = r.sections.findIndex((s) =>
    ['法律依据与处罚决定', '拟作出的处罚及依据'].some((n) =>
      (s.heading ? headingNames(paragraphs[s.index]!.text) : [s.name]).includes(n),
    ),
  );
  if (r.doctype?.name === '行政处罚决定书' || r.doctype?.name === '行政处罚告知书') {
    const from = basis >= 0 ? r.sections[basis]!.index : undefined;
    const to = basis >= 0 ? (r.sections[basis + 1]?.index ?? r.end) : undefined;
    const found = from === undefined ? undefined : readPenalty(paragraphs.slice(from, to).map((p) => p.text));
    const origin = from === undefined ? undefined : paragraphs[from];
    if (found) {
      set('处罚.种类', found.种类, origin);
      set('处罚.罚款', found.罚款, origin);
      set('处罚.没收违法所得', found.没收违法所得, origin);
      if (found.种类.includes('罚款') && found.罚款 === undefined) missing.push('处罚.罚款');
    } else missing.push('处罚.种类');
  }
  for (const s of r.doctype?.requiredSections ?? []) {
    const has = r.sections.some((x) =>
      (x.heading ? headingNames(paragraphs[x.index]!.text) : [x.name]).includes(s),
    );
    if (!has && !(s === '证据' && evidence.length)) missing.push(`「${s}」`);
  }
  set('导入自', baseName(name), undefined);

  const doc = new Document(data);
  // 种类: [罚款] as the templates write it.
  const kinds = doc.getIn(['处罚', '种类'], true);
  if (isSeq(kinds)) kinds.flow = true;
  const lines = [
    missing.length
      ? ` 原文中未写明或未能识别 / not found in the original: ${missing.join('、')}`
      : ' 原文中的各项均已识别 / everything the original states was recognised',
  ];
  if (others_.length) lines.push(` 另有当事人 / further parties: ${others_.join('、')}`);
  doc.commentBefore = lines.join('\n');
  const yaml = `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n`;
  return { yaml, missing, origins };
}

function at(paragraphs: readonly SourceParagraph[], i: number | undefined): SourceParagraph | undefined {
  return i === undefined ? undefined : paragraphs[i];
}

type Setter = (path: string, value: unknown, origin: SourceParagraph | undefined) => void;

function setParty(p: FoundParty, set: Setter, missing: string[]): void {
  set('当事人.类型', p.类型, p.origin.名称);
  if (!p.类型) missing.push('当事人.类型');
  set(p.类型 === '个人' ? '当事人.姓名' : '当事人.名称', p.名称, p.origin.名称);
  set('当事人.统一社会信用代码', p.统一社会信用代码, p.origin.统一社会信用代码);
  set('当事人.身份证号', p.身份证号, p.origin.身份证号);
  if (!p.统一社会信用代码 && !p.身份证号)
    missing.push(p.类型 === '个人' ? '当事人.身份证号' : '当事人.统一社会信用代码');
  // A unit has a 住所 however the line is labelled; a person's 住址 is labelled so.
  const address = p.类型 !== '单位' && p.addressIsHome ? '当事人.住址' : '当事人.住所';
  set(address, p.住所, p.origin.住所);
  if (!p.住所) missing.push(address);
  set('当事人.法定代表人', p.法定代表人, p.origin.法定代表人);
  set('当事人.负责人', p.负责人, p.origin.负责人);
  set('当事人.电话', p.电话, p.origin.电话);
}

/**
 * The original position of a draft offset: inside a paragraph's text, that paragraph and the
 * column (escapes taken off); on a front-matter value, the paragraph it was read from; anywhere
 * else (a comment, a marker, the evidence table's own cells), the next paragraph, else the last.
 */
function originalOf(
  offset: number,
  segments: readonly Segment[],
  origins: ReadonlyMap<string, SourceParagraph>,
  model: CaseModel,
  r: Recognised,
  paragraphs: readonly SourceParagraph[],
): OriginalPosition | undefined {
  const fm = model.frontMatter.span;
  if (fm && offset < fm.end) {
    for (const [path, p] of origins) {
      const span = model.frontMatter.locate(path.split('.'));
      if (span && offset >= span.start && offset <= span.end)
        return { paragraph: p.n, character: p.indent ?? 0 };
    }
    const title = r.title !== undefined ? paragraphs[r.title] : paragraphs[r.start];
    return title ? { paragraph: title.n, character: 0 } : undefined;
  }
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const s = segments[lo];
  if (!s) return undefined;
  if (offset >= s.start && offset <= s.end) {
    const escapes = s.escapes.filter((e) => e < offset).length;
    return { paragraph: s.n, character: s.column + offset - s.start - escapes };
  }
  const next = segments[lo + 1] ?? (offset < s.start ? s : undefined);
  return next ? { paragraph: next.n, character: 0 } : { paragraph: s.n, character: s.end - s.start };
}

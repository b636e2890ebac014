// What a draft made from a document carries. A published or received decision (`导入自` in the
// front matter: the importer sets it) has no officers' certificate numbers, no review chain, few
// procedure dates, no evidence table and no seal in its text; an excerpt (`节选: 是`) stops before
// the document does. Checks that need what such a draft lacks do not run on it — its absence is
// not the document's defect — and structure/imported-data names them once, with the data they
// need. A draft written from the template carries all of it, and every check runs.
import { resolveCitations } from './citations';
import { citedPenalty } from './fine-range';
import { isDecision, sectionByName, type CaseModel } from './model';
import { isPenaltyDecision } from './procedure';
import type { LocalizedText } from './types';

/** A draft made from a document rather than written from the template. */
export function isImported(model: CaseModel): boolean {
  const from = model.frontMatter.data?.['导入自'];
  return typeof from === 'string' && from.trim() !== '';
}

/** The draft holds part of its document: the text stops before the document does. */
export function isExcerpt(model: CaseModel): boolean {
  return model.frontMatter.data?.['节选'] === '是';
}

export interface DocumentData {
  /** The data, as an officer would name it. */
  label: LocalizedText;
  /** The rules that cannot run without it. */
  rules: readonly string[];
  /** Rules that still run but leave out what needs it: named in the notice, not stopped. */
  partly?: readonly string[];
  /** Whether the draft carries it. */
  has(model: CaseModel): boolean;
}

const procedure = (model: CaseModel, key: string) =>
  (model.facts.程序 as Record<string, unknown> | undefined)?.[key] !== undefined;

const SEAL = /印章|盖章|公章/;

/** A document that states a penalty: the importer reads it from these (core/import). */
const statesPenalty = (model: CaseModel) =>
  model.facts.文书 === '行政处罚决定书' || model.facts.文书 === '行政处罚告知书';
const PROVENANCE = ['来源', '取得时间', '收集人'] as const;

/** Data a template draft carries and a document's text may not, with the rules that need each. */
export const DOCUMENT_DATA: readonly DocumentData[] = [
  {
    label: { zh: '执法人员及其执法证号', en: 'the officers and their certificate numbers' },
    rules: ['procedure/officers'],
    has: (m) => (m.facts.执法人员 ?? []).some((o) => !!o.证号),
  },
  {
    label: { zh: '审核记录（审核）', en: 'the review record (审核)' },
    rules: ['procedure/review-chain', 'procedure/review-independence'],
    has: (m) => (m.facts.审核 ?? []).length > 0,
  },
  {
    label: { zh: '告知日期（程序.告知）', en: 'the date of the notice (程序.告知)' },
    rules: ['procedure/notice'],
    has: (m) => procedure(m, '告知'),
  },
  {
    label: {
      zh: '是否告知听证权利（程序.听证告知）',
      en: 'whether the hearing right was notified (程序.听证告知)',
    },
    rules: ['procedure/hearing-notice'],
    has: (m) => procedure(m, '听证告知'),
  },
  {
    label: {
      zh: '告知书送达日期（程序.告知送达）',
      en: 'the date the notice was delivered (程序.告知送达)',
    },
    rules: ['procedure/hearing-period'],
    has: (m) => !isPenaltyDecision(m) || procedure(m, '告知送达'),
  },
  {
    label: { zh: '决定书送达日期（程序.送达）', en: 'the date the decision was delivered (程序.送达)' },
    rules: ['procedure/delivery-deadline'],
    has: (m) => !isDecision(m) || procedure(m, '送达'),
  },
  {
    // The importer reads the penalty from the text of 法律依据与处罚决定 where it can (it says
    // in the draft's comment when it could not): without it these checks have nothing to check.
    label: { zh: '处罚种类（处罚.种类）', en: 'the kinds of penalty (处罚.种类)' },
    rules: ['penalty/kind', 'procedure/payment-clause', 'procedure/hearing-notice'],
    has: (m) => !statesPenalty(m) || !!m.facts.处罚?.种类?.length,
  },
  {
    label: { zh: '罚款金额（处罚.罚款）', en: 'the amount of the fine (处罚.罚款)' },
    rules: ['penalty/statutory-range'],
    has: (m) => {
      const p = m.facts.处罚;
      return !statesPenalty(m) || p?.罚款 !== undefined || (!!p?.种类?.length && !p.种类.includes('罚款'));
    },
  },
  {
    label: { zh: '法制审核日期（程序.法制审核）', en: 'the date of the legal review (程序.法制审核)' },
    rules: ['procedure/legal-review'],
    has: (m) => procedure(m, '法制审核'),
  },
  {
    label: {
      zh: '证据表（每份证据的种类、来源、取得时间、收集人）',
      en: 'the evidence table (kind, source, date and collectors of each piece)',
    },
    rules: [
      'evidence/missing-field',
      'evidence/invalid-kind',
      'evidence/collector-count',
      'evidence/date-order',
      'evidence/after-notice',
      'evidence/sampling-record',
      'evidence/unused',
    ],
    // The importer makes the table from the document's list (names, and what the text says each
    // proves), never its provenance: a table with no source, date or collector in any row is the
    // document's list, not the case file's table.
    has: (m) => m.evidence?.rows.some((r) => PROVENANCE.some((c) => r.cells[c]?.text.trim())) ?? false,
  },
  {
    label: { zh: '印章（公开的文本不载印章）', en: 'the seal (a published text does not show it)' },
    rules: ['procedure/seal'],
    has: (m) => SEAL.test(sectionByName(m, '落款')?.text ?? ''),
  },
  {
    label: {
      zh: '所引法规的文本（CaseDraft 未附带，或文书日期施行的是未附带的旧文本）',
      en: 'the texts of the laws it cites (not bundled, or an older text was in force on its date)',
    },
    rules: ['citation/unknown-law'],
    has: (m) =>
      resolveCitations(m).every(
        (r) => !r.citation.legal || (r.status !== 'not-bundled' && r.status !== 'earlier-version'),
      ),
  },
  {
    // The fine is still held to the range of every cited law that is bundled.
    label: {
      zh: '所引罚则的法规文本（罚款幅度；CaseDraft 未附带该法规，或文书日期施行的是未附带的旧文本）',
      en: "the text of the cited penalty provision's law (the fine's range; not bundled, or an older text was in force on its date)",
    },
    rules: [],
    partly: ['penalty/statutory-range'],
    has: (m) => !isPenaltyDecision(m) || m.facts.处罚?.罚款 === undefined || !citedPenalty(m).unread.length,
  },
];

/**
 * What an excerpt lacks: the rest of the document. Whether a clause, a section or the seal is
 * there cannot be told from a text that stops before it.
 */
export const WHOLE_TEXT: DocumentData = {
  label: { zh: '文书全文（本稿为节选）', en: 'the whole document (this draft is an excerpt)' },
  rules: [
    'evidence/uncited-fact',
    'procedure/order-correction',
    'procedure/payment-clause',
    'procedure/remedy-clause',
    'procedure/reconsideration-organ',
    'procedure/seal',
    'structure/publication-notice',
    'wording/boilerplate',
  ],
  has: (m) => !isExcerpt(m),
};

/** The data the draft lacks, each with the rules that therefore do not run; empty for a template draft. */
export function missingData(model: CaseModel): DocumentData[] {
  const out: DocumentData[] = [];
  if (isImported(model)) out.push(...DOCUMENT_DATA.filter((d) => !d.has(model)));
  if (!WHOLE_TEXT.has(model)) out.push(WHOLE_TEXT);
  return out;
}

const notRun = new WeakMap<CaseModel, ReadonlySet<string>>();

/** The rules that do not run on this draft for want of data it does not carry. */
export function rulesNotRun(model: CaseModel): ReadonlySet<string> {
  let s = notRun.get(model);
  if (!s) notRun.set(model, (s = new Set(missingData(model).flatMap((d) => d.rules))));
  return s;
}

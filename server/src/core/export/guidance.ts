/**
 * The compliance catalog printed for enterprises (企业行政合规指导清单): per violation type, what
 * the violation is, the provision it breaks, the penalty and its statutory range, and how to
 * comply. Rendered with the same GB/T 9704-2012 layout as the case documents.
 *
 * Discretion bands (裁量基准) are left out on purpose: they are an agency's policy, and the bundled
 * ones are examples; an enterprise list prints only what the law says.
 */
import type { CatalogEntry, FineRange, Provision } from '../catalog';
import { renderDocx } from './docx';
import type { PrintedParagraph, PrintOptions } from './printed';

export interface GuidanceOptions extends PrintOptions {
  /** Only entries of this 领域 (安全生产, 生态环境 …). */
  field?: string;
  /** Who issues the list; printed as the signing line when given. */
  issuer?: string;
  /** The date line under the issuer, as printed (2025年4月15日). */
  date?: string;
}

export const GUIDANCE_TITLE = '企业行政合规指导清单';
export const GUIDANCE_NOTE =
  '本清单依据现行法律条文整理，列明常见违法行为、违反的条款、法律责任和合规要点，供企业对照自查、主动合规。具体案件的认定和处罚，以执法机关依法查明的事实和作出的决定为准。';

/** The plain-language text an entry carries for enterprises (catalog field `guidance`). */
interface EntryGuidance {
  what?: string;
  law?: string;
  comply?: string;
}

const ORDINALS = '一二三四五六七八九十';
function chineseOrdinal(n: number): string {
  if (n <= 10) return ORDINALS[n - 1]!;
  if (n < 20) return `十${ORDINALS[n - 11]}`;
  const tens = Math.floor(n / 10);
  return `${ORDINALS[tens - 1]}十${n % 10 ? ORDINALS[(n % 10) - 1] : ''}`;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const cite = (p: Provision | undefined) =>
  p?.law && p.article ? `《${p.law.replace(/^《|》$/g, '')}》${p.article}` : undefined;
const sentence = (s: string) => (/[。！？；]$/.test(s) ? s : `${s}。`);

function yuan(v: number): string {
  if (v >= 10000 && v % 10000 === 0) return `${v / 10000}万元`;
  return `${v}元`;
}

/** A fine range in words: 处十万元以下的罚款, 处货值金额一倍以上三倍以下的罚款 … */
function fineText(f: FineRange): string {
  if (f.base && (f.minTimes !== undefined || f.maxTimes !== undefined)) {
    const lo = f.minTimes ? `${f.minTimes}倍以上` : '';
    const hi = f.maxTimes !== undefined ? `${f.maxTimes}倍以下` : '';
    return `处${f.base}${lo}${hi}的罚款`;
  }
  if (f.max !== undefined)
    return f.min ? `处${yuan(f.min)}以上${yuan(f.max)}以下的罚款` : `处${yuan(f.max)}以下的罚款`;
  if (f.min) return `处${yuan(f.min)}以上的罚款`;
  return f.quote;
}

/** The entries a list prints: the field's (or all), grouped by field in catalog order. */
export function guidanceEntries(
  entries: readonly CatalogEntry[],
  field?: string,
): Map<string, CatalogEntry[]> {
  const groups = new Map<string, CatalogEntry[]>();
  const seen = new Set<string>();
  for (const e of entries) {
    // A config catalog replaces a bundled entry of the same id: the first one wins, as in Catalog.
    if (seen.has(e.id) || (field && e.field !== field)) continue;
    seen.add(e.id);
    groups.set(e.field, [...(groups.get(e.field) ?? []), e]);
  }
  return groups;
}

/** The printed paragraphs of the guidance list. */
export function guidanceDocument(
  entries: readonly CatalogEntry[],
  options: GuidanceOptions = {},
): PrintedParagraph[] {
  const groups = guidanceEntries(entries, options.field);
  const out: PrintedParagraph[] = [];
  const push = (role: PrintedParagraph['role'], text: string | undefined) => {
    if (text) out.push({ role, text });
  };
  const fields = [...groups.keys()];
  push('title', fields.length === 1 ? `${GUIDANCE_TITLE}（${fields[0]}）` : GUIDANCE_TITLE);
  push('body', GUIDANCE_NOTE);
  fields.forEach((field, fi) => {
    if (fields.length > 1) push('heading1', `${chineseOrdinal(fi + 1)}、${field}`);
    groups.get(field)!.forEach((e, i) => {
      const g = (e.guidance ?? {}) as EntryGuidance;
      push('heading2', `（${chineseOrdinal(i + 1)}）${e.name}`);
      push('body', `违法行为：${sentence(str(g.what) ?? e.name)}`);
      const broken = cite(e.violates);
      const quoted = e.violates?.text
        ? `${broken}规定：“${e.violates.text.replace(/[。；]$/, '')}。”`
        : broken
          ? `${broken}。`
          : undefined;
      push(
        'body',
        broken ? `违反条款：${quoted}` : str(g.law) ? `违反条款：${sentence(str(g.law)!)}` : undefined,
      );
      const penalty = cite(e.penalty);
      const ranges = (e.fines ?? []).map((f) =>
        f.condition ? `${f.condition.replace(/的$/, '')}的，${fineText(f)}` : fineText(f),
      );
      const kinds = Array.isArray(e.penaltyKinds)
        ? (e.penaltyKinds as unknown[]).filter((k): k is string => typeof k === 'string')
        : [];
      const liability = [
        penalty ? `依照${penalty}` : undefined,
        str(e.correction),
        ranges.length ? ranges.join('；') : kinds.length ? `可处${kinds.join('、')}` : undefined,
      ].filter(Boolean);
      push(
        'body',
        liability.length > 1 || (liability.length && !penalty)
          ? `法律责任：${sentence(liability.join('，'))}`
          : undefined,
      );
      push('body', str(g.comply) ? `合规要点：${sentence(str(g.comply)!)}` : undefined);
      push('body', str(e.authority) ? `执法部门：${sentence(str(e.authority)!)}` : undefined);
    });
  });
  if (options.issuer) push('authority', options.issuer);
  if (options.date) push('date', options.date);
  const transformed = options.transform ? out.map((p) => options.transform!(p)) : out;
  return transformed.filter((p) => p.text.trim() !== '');
}

/** The guidance list as a DOCX. */
export function exportGuidanceDocx(
  entries: readonly CatalogEntry[],
  options: GuidanceOptions = {},
): Promise<Uint8Array> {
  const printed = guidanceDocument(entries, options);
  return renderDocx(printed, { title: printed[0]?.text });
}

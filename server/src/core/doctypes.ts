import data from '../../../data/doctypes.json';

export interface DocType {
  name: string;
  id: string;
  kind: 'decision' | 'notice' | 'record';
  requiredSections: string[];
  /** Required sections the template asks for beyond the law (not asked of an imported document). */
  templateSections?: string[];
  /** For a record: the names an evidence row gives it (询问笔录 …). */
  evidenceNames?: string[];
}

export const DOCTYPES: readonly DocType[] = data.doctypes as DocType[];
const byName = new Map(DOCTYPES.map((d) => [d.name, d]));
const known = new Set<string>([...DOCTYPES.flatMap((d) => d.requiredSections), ...data.optionalSections]);

/**
 * The words of a heading that decide what it names: headings vary in their joining words and
 * pauses (违法事实及相关证据, 陈述、申辩与听证), not in what they name.
 */
function key(title: string): string {
  return title
    .replace(/[\s、，,]+/g, '')
    .replace(/[及与]/g, '和')
    .replace(/相关|的/g, '');
}

/** A heading's key → the canonical section(s) it stands for: the names themselves, then the aliases. */
const aliases = new Map<string, readonly string[]>([
  ...[...known].map((n): [string, readonly string[]] => [key(n), [n]]),
  ...Object.entries(data.sectionAliases as Record<string, string | string[]>).map(
    ([k, v]): [string, readonly string[]] => [key(k), typeof v === 'string' ? [v] : v],
  ),
]);

export function findDocType(name: unknown): DocType | undefined {
  return typeof name === 'string' ? byName.get(name.trim()) : undefined;
}

/** Ordinals that may precede a section name: 一、 （一） 1. 1、 第一部分 … */
const ORDINAL =
  /^(?:第?[一二三四五六七八九十百零〇]+[、．.]|[（(][一二三四五六七八九十]+[)）]|\d+[、．.]|第[一二三四五六七八九十]+部分[：:、]?)\s*/;

export interface SectionName {
  /** The canonical name (the first of `names`), or the bare title when it is not known. */
  name: string;
  /** Every canonical section the heading stands for. */
  names: readonly string[];
  known: boolean;
}

/**
 * What a heading names, by its words: the one recogniser the parser and the importer share.
 * `一、环境违法事实和证据` → 违法事实 and 证据; `权利救济` → 救济途径; an unknown title stays itself.
 */
export function recogniseSection(title: string): SectionName {
  const bare = title
    .replace(ORDINAL, '')
    .replace(/\s+/g, '')
    .replace(/[：:]$/, '');
  const names = aliases.get(key(bare)) ?? [bare];
  return { name: names[0]!, names, known: names.every((n) => known.has(n)) };
}

import data from '../../../data/doctypes.json';

export interface DocType {
  name: string;
  id: string;
  kind: 'decision' | 'notice' | 'record';
  requiredSections: string[];
  /** For a record: the names an evidence row gives it (询问笔录 …). */
  evidenceNames?: string[];
}

export const DOCTYPES: readonly DocType[] = data.doctypes as DocType[];
const byName = new Map(DOCTYPES.map((d) => [d.name, d]));
/** A heading as written (without ordinal and spaces) → the canonical section(s) it stands for. */
const aliases = new Map<string, readonly string[]>(
  Object.entries(data.sectionAliases as Record<string, string | string[]>).map(([k, v]) => [
    k,
    typeof v === 'string' ? [v] : v,
  ]),
);
const known = new Set<string>([...DOCTYPES.flatMap((d) => d.requiredSections), ...data.optionalSections]);

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
  const names = aliases.get(bare) ?? [bare];
  return { name: names[0]!, names, known: names.every((n) => known.has(n)) };
}

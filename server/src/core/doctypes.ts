import data from '../../../data/doctypes.json';

export interface DocType {
  name: string;
  id: string;
  kind: 'decision' | 'notice' | 'record';
  requiredSections: string[];
}

export const DOCTYPES: readonly DocType[] = data.doctypes as DocType[];
const byName = new Map(DOCTYPES.map((d) => [d.name, d]));
const aliases: Record<string, string> = data.sectionAliases;
const known = new Set<string>([...DOCTYPES.flatMap((d) => d.requiredSections), ...data.optionalSections]);

export function findDocType(name: unknown): DocType | undefined {
  return typeof name === 'string' ? byName.get(name.trim()) : undefined;
}

/** Ordinals that may precede a section name: 一、 （一） 1. 1、 第一部分 … */
const ORDINAL =
  /^(?:第?[一二三四五六七八九十百零〇]+[、．.]|[（(][一二三四五六七八九十]+[)）]|\d+[、．.]|第[一二三四五六七八九十]+部分[：:、]?)\s*/;

export function recogniseSection(title: string): { name: string; known: boolean } {
  const bare = title
    .replace(ORDINAL, '')
    .replace(/\s+/g, '')
    .replace(/[：:]$/, '');
  const name = aliases[bare] ?? bare;
  return { name, known: known.has(name) };
}

import lawData from '../../../data/generated/laws.json';

/** One paragraph (款) of an article, with its items (项) as printed: `（一）……`. */
export interface LawParagraph {
  text: string;
  items: string[];
}

export interface LawArticle {
  number: number;
  /** 第十条之一 → sub 1. */
  sub?: number;
  /** `第七十二条` as the text writes it. */
  label: string;
  text: string;
  paragraphs: LawParagraph[];
}

export interface Law {
  /** The file name in data/laws/ without `.md`, e.g. `xingzheng-chufa-fa-2021`. */
  id: string;
  /** Full name, e.g. 中华人民共和国行政处罚法. */
  name: string;
  /** Names accepted besides the full name, e.g. 行政处罚法. */
  shortNames: string[];
  /** YYYY-MM-DD of the version's adoption or amendment, from its source. */
  version?: string;
  /** An old version kept to recognise old texts; never returned by a lookup by name. */
  superseded: boolean;
  /** Where the text was copied from (the file's header line). */
  source: string;
  articles: LawArticle[];
}

const LAWS = (lawData as unknown as { laws: Law[] }).laws;

const byName = new Map<string, Law>();
for (const law of LAWS) {
  if (law.superseded) continue;
  for (const n of [law.name, ...law.shortNames]) byName.set(n, law);
}

export function allLaws(): readonly Law[] {
  return LAWS;
}

/** Strips marks and spaces so `《 行政处罚法 》` and `行政处罚法` look up alike. */
function normalise(name: string): string {
  return name.replace(/[《》〈〉\s]/g, '');
}

/** The current version of a law by its full or short name; undefined when it is not bundled. */
export function findLaw(name: string): Law | undefined {
  return byName.get(normalise(name));
}

export function lawById(id: string): Law | undefined {
  return LAWS.find((l) => l.id === id);
}

/** True when `name` is a short name (not the full name) of a bundled law. */
export function isShortName(name: string): boolean {
  const law = findLaw(name);
  return !!law && normalise(name) !== law.name;
}

export function getArticle(law: Law, article: number, sub?: number): LawArticle | undefined {
  return law.articles.find((a) => a.number === article && a.sub === sub);
}

export function articleCount(law: Law): number {
  return law.articles.reduce((max, a) => Math.max(max, a.number), 0);
}

export function paragraphCount(law: Law, article: number): number | undefined {
  return getArticle(law, article)?.paragraphs.length;
}

export function itemCount(law: Law, article: number, paragraph = 1): number | undefined {
  return getArticle(law, article)?.paragraphs[paragraph - 1]?.items.length;
}

/** The text of an article, a paragraph of it, or one item; undefined when it does not exist. */
export function articleText(
  law: Law,
  article: number,
  paragraph?: number,
  item?: number,
): string | undefined {
  const a = getArticle(law, article);
  if (!a) return undefined;
  if (paragraph === undefined && item === undefined) return a.text;
  // An item cited without its paragraph (第八十三条第二项) is an item of the first paragraph.
  const p = a.paragraphs[(paragraph ?? 1) - 1];
  if (!p) return undefined;
  if (item === undefined) return p.text;
  return p.items[item - 1];
}

import lawData from '../../../data/generated/laws.json';
import { toChineseInteger as cn } from './numerals';

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
  /** The first date of the law's history (its first adoption or promulgation). */
  enacted?: string;
  /** The day this version took effect; see `inForceBasis` for what says so. */
  inForce?: string;
  /**
   * `header`: the file's source line names the order that fixes the date; `info`: the text's own
   * commencement line; `article`: its 「本法自……起施行」; `version`: an amendment in force on
   * promulgation (data/laws/README.md).
   */
  inForceBasis?: 'header' | 'info' | 'article' | 'version';
  /** A later version of the same law is bundled; never returned by a lookup by name. */
  superseded: boolean;
  /** Where the text was copied from (the file's header line). */
  source: string;
  articles: LawArticle[];
}

const LAWS = (lawData as unknown as { laws: Law[] }).laws;

const byName = new Map<string, Law>();
/** Every bundled version of a law by its full name, in the order they took effect. */
const versions = new Map<string, Law[]>();
for (const law of LAWS) {
  versions.set(law.name, [...(versions.get(law.name) ?? []), law]);
  if (law.superseded) continue;
  for (const n of [law.name, ...law.shortNames]) byName.set(n, law);
}
// Dates compared as text (YYYY-MM-DD), not by localeCompare: ICU's collator costs 8 ms to set up.
const since = (l: Law) => l.inForce ?? '';
for (const list of versions.values())
  list.sort((a, b) => (since(a) < since(b) ? -1 : since(a) > since(b) ? 1 : 0));

export function allLaws(): readonly Law[] {
  return LAWS;
}

/** Strips marks and spaces so `《 行政处罚法 》` and `行政处罚法` look up alike. */
function normalise(name: string): string {
  return name.replace(/[《》〈〉\s]/g, '');
}

/** The current version of a law by its full or short name; undefined when it is not bundled. */
export function findLaw(name: string): Law | undefined {
  // Rules look up the same few names for every citation of every draft.
  if (found.has(name)) return found.get(name);
  const law = byName.get(normalise(name));
  if (found.size >= 10_000) found.clear();
  found.set(name, law);
  return law;
}
const found = new Map<string, Law | undefined>();

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

/** The bundled versions of a law (any of its names), oldest first; empty when it is not bundled. */
export function versionsOf(name: string): readonly Law[] {
  const current = findLaw(name);
  return current ? versions.get(current.name)! : [];
}

/** What the bundle knows of a law on a given day. */
export type LawOnDate =
  /** `law` is the version in force that day; `until` the day the next bundled version took effect. */
  | { status: 'in-force'; law: Law; until?: string }
  /** An earlier version, not bundled, was in force; `next` is the oldest bundled one. */
  | { status: 'earlier-version'; next: Law }
  /** The law had not yet been enacted that day. */
  | { status: 'not-enacted'; next: Law }
  /** No version of it is bundled. */
  | { status: 'not-bundled' };

/**
 * Which version of law `name` applies on `date` (YYYY-MM-DD): the bundled version that took effect
 * last on or before it. Without a date, the current version. Rules that read what the law says —
 * periods, organs, ranges, quoted words — ask this with the decision's date, so that a decision
 * of 2023 is read against the 行政复议法 of 2017 and one of 2024 against that of 2023.
 */
export function lawOnDate(name: string, date: string | undefined): LawOnDate {
  const list = versionsOf(name);
  if (!list.length) return { status: 'not-bundled' };
  if (date === undefined) return { status: 'in-force', law: list[list.length - 1]! };
  let i = list.length - 1;
  while (i >= 0 && (list[i]!.inForce ?? '') > date) i--;
  if (i < 0) {
    const first = list[0]!;
    return first.enacted && date < first.enacted
      ? { status: 'not-enacted', next: first }
      : { status: 'earlier-version', next: first };
  }
  return { status: 'in-force', law: list[i]!, until: list[i + 1]?.inForce };
}

/**
 * What the bundle knows of law `name` on every day from `from` on: the state on that day, then each
 * bundled version that took effect later. The newest is the last.
 */
export function lawSince(name: string, from: string): LawOnDate[] {
  const first = lawOnDate(name, from);
  if (first.status === 'not-bundled') return [first];
  const later = versionsOf(name).filter((v) => (v.inForce ?? '') > from);
  const rest = later.map((law, i): LawOnDate => ({ status: 'in-force', law, until: later[i + 1]?.inForce }));
  return [first, ...rest];
}

/** The version of `name` in force on `date`, or undefined when that version is not bundled. */
export function lawInForce(name: string, date: string | undefined): Law | undefined {
  const r = lawOnDate(name, date);
  return r.status === 'in-force' ? r.law : undefined;
}

/** 第九十七条第四项: a provision as the laws and the catalog write it. */
export function provisionLabel(article: number, paragraph?: number, item?: number): string {
  return `第${cn(article)}条${paragraph ? `第${cn(paragraph)}款` : ''}${item ? `第${cn(item)}项` : ''}`;
}

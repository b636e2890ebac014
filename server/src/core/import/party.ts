/**
 * The party block: 「当事人：……」 and the labelled lines after it (统一社会信用代码：, 住所：,
 * 法定代表人：…), or all of it in one paragraph. A new 当事人 label after a named party begins the
 * next party, so a decision against a unit and a responsible person yields two.
 */
import { isValidUscc } from '../ids';
import { ADDRESSEE, PARTY_LABELS, PERSON_NAME, partyKeyOf, UNIT_NAME, type PartyKey } from './shapes';
import type { SourceParagraph } from './source';

export interface FoundParty {
  类型?: '单位' | '个人';
  /** 名称 for a unit, 姓名 for a person (the type decides which key the front matter uses). */
  名称?: string;
  统一社会信用代码?: string;
  身份证号?: string;
  住所?: string;
  /** True when the address was labelled 住址 (a person's), not 住所. */
  addressIsHome?: boolean;
  法定代表人?: string;
  负责人?: string;
  电话?: string;
  /** The paragraph each value was read from. */
  origin: Partial<Record<string, SourceParagraph>>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A label is at the start of the text or after a separator, and is followed by a colon.
// 当事人 may carry an ordinal (当事人一、当事人（二）、当事人2).
// A label may stand in brackets (「（公司名称）：」, a template's field left in), open one inside a
// value (「某厂（统一社会信用代码：…）」), or offer alternatives (「当事人名称/姓名：」,
// 「法定代表人或负责人：」: the first names the key). Printed forms letter-space their labels
// (「法 定 代 表 人：」). A label of four or more characters needs no separator before it
// (「……XXX工作单位：」): that long a run of label words is not the end of a value.
const spaced = (label: string) => [...label].map(escape).join('\\s*');
const TAIL = `((?:[/／或][^：:，,；;/／\\s]{1,12})*)[)）]?(?:[一二三四五六七八九十\\d]|[（(][一二三四五六七八九十\\d][)）])?\\s*[：:]`;
const LABEL = new RegExp(
  `(?:(?:^|(?<=[，,；;。\\s（(]))[（(]?(${PARTY_LABELS.map(spaced).join('|')})|(?<=\\S)(${PARTY_LABELS.filter(
    (l) => l.length >= 4,
  )
    .map(escape)
    .join('|')}))${TAIL}`,
  'g',
);

/**
 * 「label：value」 pairs of one paragraph, in order; empty when it does not open with a label
 * (unless `anywhere`: the details after a person's name).
 */
export function labelledValues(
  text: string,
  anywhere = false,
): { key: PartyKey; label: string; value: string }[] {
  const hits = [...text.matchAll(LABEL)];
  if (!hits.length || (hits[0]!.index !== 0 && !anywhere)) return [];
  return hits.map((m, i) => {
    const end = hits[i + 1]?.index ?? text.length;
    const value = unbracket(
      text.slice(m.index + m[0].length, end).replace(/^[\s\u3000]+|[\s\u3000，,；;。.]+$/g, ''),
    );
    const label = (m[1] ?? m[2])!.replace(/\s+/g, '');
    // 「法定代表人（负责人）： /」: a form's field marked as not applying holds no value.
    if (/^(?:[/／—-]|无)$/.test(value)) return { key: 'other' as const, label, value };
    let key = partyKeyOf(label)!;
    // Alternatives that name different keys (法定代表人/负责人/经营者) leave it open which one the
    // person is: not taken, unless the value itself says (a credit code or an identity number).
    const alternatives = (m[3] ?? '')
      .split(/[/／或]/)
      .filter(Boolean)
      .map((a) => partyKeyOf(a) ?? 'other');
    if (alternatives.some((k) => k !== key)) {
      const ids = new Set<PartyKey>(['统一社会信用代码', '身份证号']);
      key = ids.has(key) && alternatives.every((k) => ids.has(k)) ? idKeyOf(value) : 'other';
    }
    // 「营业执照91430702MA4PLF1B97」: a licence's number is the party's credit code when it is one —
    // its check character right; otherwise the line is not read as a code at all.
    if (key === '统一社会信用代码' && !/统一社会信用代码|社会信用代码|信用代码/.test(label)) {
      const code = /[0-9A-Z]{18}/.exec(value)?.[0];
      return { key: code && isValidUscc(code) ? key : 'other', label, value: code ?? value };
    }
    return { key, label, value };
  });
}

/** 「统一社会信用代码/身份证件号码：…」: which of the two the value is, by its shape. */
function idKeyOf(value: string): PartyKey {
  return /^\d{6}(?:19|20|[*×X]{2})[\d*×X]{9}[\dXx*×]$/.test(value.trim()) ? '身份证号' : '统一社会信用代码';
}

/** A value without the bracket a label inside it opened or closed: 「某厂（」 → 某厂, 「9143…）」 → 9143…. */
function unbracket(v: string): string {
  let s = v;
  const opens = (x: string) => (x.match(/[（(]/g) ?? []).length;
  const closes = (x: string) => (x.match(/[)）]/g) ?? []).length;
  while (/[（(]$/.test(s)) s = s.slice(0, -1).trimEnd();
  while (/[)）]$/.test(s) && closes(s) > opens(s)) s = s.slice(0, -1).trimEnd();
  return s.replace(/[\s\u3000，,；;。.]+$/, '');
}

const PERSON_DETAIL = /^(?:男|女)(?:[，,]|$)|[，,](?:男|女)(?:[，,]|$)/;

/**
 * A party named without a label at the head of the block: 「某某有限公司：」 or 「某某有限公司」 on
 * its own line, 「刘凤军：经现场检查发现……」 opening a notice, 「戴**，男，汉族，……」.
 */
function addresseeOf(
  text: string,
): { name: string; person: boolean; rest?: string; details: boolean } | undefined {
  const person = /^([^，,：:；;。\s]{2,6})[，,](?=(?:男|女)(?:[，,]|$))/.exec(text);
  if (person && PERSON_NAME.test(person[1]!))
    return { name: person[1]!, person: true, rest: text.slice(person[0].length), details: true };
  const m = ADDRESSEE.exec(text + (/[：:]$/.test(text) ? ' ' : ''));
  const name = m ? m[0].slice(0, -1) : text.trim();
  // A name alone on its line: a unit's, or — masked as published copies print it — a person's.
  if (!UNIT_NAME.test(name) && !(m && PERSON_NAME.test(name)) && !/^[\u4e00-\u9fa5][*＊×]{1,3}$/.test(name))
    return undefined;
  if (!m && (name.length > 40 || /[，。；：:,;、\s]/.test(name))) return undefined;
  const rest = m ? text.slice(m[0].length).trim() : '';
  return {
    name,
    person: !UNIT_NAME.test(name) && PERSON_NAME.test(name),
    rest: rest || undefined,
    details: false,
  };
}

/** Reads the party block starting at paragraph `from`; returns the parties and where the block ends. */
export function readParties(
  paragraphs: readonly SourceParagraph[],
  from: number,
  /** The first paragraph after the document's head: the only place an addressee stands. */
  head: boolean,
): { parties: FoundParty[]; end: number } {
  const parties: FoundParty[] = [];
  let current: FoundParty | undefined;
  // An ID number after the unit's representative is the representative's, not the party's.
  let personSeen = false;
  let i = from;
  const first = paragraphs[from];
  const addressee =
    head && first && first.kind !== 'heading' && labelledValues(first.text).length === 0
      ? addresseeOf(first.text)
      : undefined;
  if (addressee) {
    const party: FoundParty = { 名称: addressee.name, origin: { 名称: first } };
    parties.push(party);
    current = party;
    if (addressee.person) party.类型 = '个人';
    if (addressee.rest) {
      // 「刘凤军：经现场检查发现，……」: the addressee of a letter-like notice, not a party block.
      if (!addressee.details) {
        party.类型 ??= typeOf(party) ?? (PERSON_NAME.test(addressee.name) ? '个人' : undefined);
        return { parties, end: from };
      }
      // 「戴**，男，汉族，身份证：……，住址：……」: the person's details on the same line.
      for (const { key, label, value } of labelledValues(addressee.rest, true))
        if (key !== 'other' && value) set(party, key, value, first, label);
    }
    i++;
  }
  for (; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (p.kind === 'heading' || p.kind === 'tableRow') break;
    const pairs = labelledValues(p.text);
    if (!pairs.length) {
      // 「男，汉族，1970年1月2日出生」 under a person's name, before the next labelled line.
      if (current && p.text.length <= 60 && PERSON_DETAIL.test(p.text)) {
        current.类型 ??= '个人';
        continue;
      }
      break;
    }
    for (const { key, label, value } of pairs) {
      if (key === '名称' && current?.名称 !== undefined) current = undefined;
      if (!current) {
        // Only a name label opens a party block; a stray 地址： elsewhere is not one.
        if (key !== '名称' && parties.length === 0) return { parties, end: from };
        current = { origin: {} };
        parties.push(current);
      }
      if (!value) continue;
      if (key === 'other') {
        if (label === '性别') current.类型 ??= '个人';
        continue;
      }
      if (key === '名称' && /姓名$/.test(label)) current.类型 ??= '个人';
      if (key === '法定代表人' || key === '负责人') personSeen = true;
      if (key === '身份证号' && (personSeen || current.统一社会信用代码)) continue;
      // A person has no credit code: one after a person's lines belongs to the unit that follows.
      if (key === '统一社会信用代码' && current.类型 === '个人') continue;
      set(current, key, value, p, label);
    }
  }
  for (const party of parties) party.类型 ??= typeOf(party);
  return { parties: parties.filter((p) => p.名称), end: i };
}

function set(
  party: FoundParty,
  key: Exclude<PartyKey, 'other'>,
  value: string,
  p: SourceParagraph,
  label = '',
): void {
  if (key === '名称') {
    const [name, ...rest] = value.split(/[，,；;]/);
    // 「某某便利店（刘威）」: the unit, with its operator in brackets.
    party.名称 = name!
      .replace(/[（(](?:以下简称|以下称|下称|简称)[^）)]*[）)]$/, '')
      .replace(/^(.+?)[（(][\u4e00-\u9fa5·*某]{2,4}[)）]$/, (whole, unit: string) =>
        UNIT_NAME.test(unit) ? unit : whole,
      )
      .trim();
    if (rest.length && PERSON_DETAIL.test(value)) party.类型 = '个人';
  } else if (party[key] === undefined) {
    party[key] = value;
    if (key === '住所') party.addressIsHome = /住址$/.test(label) && !/住所/.test(label);
  } else return;
  party.origin[key] = p;
}

function typeOf(p: FoundParty): '单位' | '个人' | undefined {
  if (p.统一社会信用代码 || p.法定代表人 || p.负责人) return '单位';
  if (p.身份证号) return '个人';
  if (p.名称 && UNIT_NAME.test(p.名称)) return '单位';
  return undefined;
}

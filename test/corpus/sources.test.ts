import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Nzh from 'nzh';
import { parse as parseYaml } from 'yaml';
import doctypes from '../../data/doctypes.json';

// Guards the real corpus (test/corpus/real/): every document is what its page published, with only
// the changes its index entry admits, and its hand-made draft carries the document's own text.

const REAL = path.join(__dirname, 'real');

interface Party {
  type: '单位' | '个人';
  name: string;
  note?: string;
}
interface Source {
  id: string;
  dir: string;
  doctype: string;
  field: string;
  body: string;
  date: string;
  dateBasis: string;
  url: string;
  read: string;
  mirror: boolean;
  truncated: boolean;
  /**
   * 1-based inclusive ranges of stored.txt lines that hold the document (the rest is page chrome); a
   * third number starts the range's first line at that character, where chrome runs into the document.
   */
  storedLines: ([number, number] | [number, number, number])[];
  /** HTML residue taken out of a stored line: [line, the exact text removed]. */
  removed?: [number, string][];
  changes: string;
  parties: Party[];
  shapes: string[];
  notes: string;
}

const sources = JSON.parse(readFileSync(path.join(REAL, 'sources.json'), 'utf8')) as Source[];

/** The draft's file name for each document type. */
const KIND: Record<string, string> = {
  行政处罚决定书: 'decision.case.md',
  不予行政处罚决定书: 'no-penalty-decision.case.md',
  行政处罚告知书: 'notice.case.md',
};

/** The only change a stored copy's text may undergo: these half-width marks back to full width. */
const FULL_TO_HALF: Record<string, string> = {
  '，': ',',
  '；': ';',
  '：': ':',
  '？': '?',
  '！': '!',
  '（': '(',
  '）': ')',
};
const toHalf = (s: string) => s.replace(/[，；：？！（）]/g, (c) => FULL_TO_HALF[c]!);

const SECTION_NAMES = new Set([
  ...doctypes.doctypes.flatMap((d) => d.requiredSections),
  ...doctypes.optionalSections,
]);
const IMPLIED = /^<!-- casedraft-section: (.+) -->$/;

/** Keys a corpus draft may carry: what a published text can state, and the import marker. */
const FRONT_MATTER_KEYS = new Set(['文书', '文号', '机关', '当事人', '处罚', '程序', '导入自', '节选']);

const read = (s: Source, file: string) => readFileSync(path.join(REAL, s.dir, file), 'utf8');
const lines = (text: string) => text.split('\n');
const sourceLines = (s: Source) => lines(read(s, 'source.txt')).filter((l) => l !== '');

function storedDocumentLines(s: Source): string[] {
  const stored = lines(read(s, 'stored.txt'));
  for (const [line, text] of s.removed ?? []) {
    assert.ok(
      stored[line - 1]?.includes(text),
      `${s.dir}: stored line ${line} holds the residue 「${text}」`,
    );
    stored[line - 1] = stored[line - 1]!.replace(text, '');
  }
  const picked: string[] = [];
  for (const [from, to, column = 0] of s.storedLines) {
    assert.ok(
      from >= 1 && from <= to && to <= stored.length,
      `${s.dir}: storedLines ${from}-${to} out of range`,
    );
    const range = stored.slice(from - 1, to);
    range[0] = [...range[0]!].slice(column).join('');
    picked.push(...range);
  }
  return picked.map((l) => l.trim()).filter((l) => l !== '');
}

function splitDraft(s: Source): { frontMatter: Record<string, unknown>; body: string[] } {
  const text = read(s, KIND[s.doctype]!);
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  assert.ok(m, `${s.dir}: the draft opens with a front matter block`);
  return {
    frontMatter: parseYaml(m[1]!) as Record<string, unknown>,
    body: lines(text.slice(m[0].length)).filter((l) => l !== ''),
  };
}

/** The draft's body as printed text: markup gone, one entry per paragraph. */
function bodyText(s: Source, body: string[]): string[] {
  const out: string[] = [];
  let titles = 0;
  for (const line of body) {
    const implied = IMPLIED.exec(line);
    if (implied) {
      assert.ok(SECTION_NAMES.has(implied[1]!), `${s.dir}: unknown implied section 「${implied[1]}」`);
      continue;
    }
    if (line.startsWith('# ')) titles++;
    out.push(line.replace(/^#{1,2} /, ''));
  }
  // A stored copy that lost the document's title line (shape no-title) gets no title rather than an invented one.
  assert.equal(titles, s.shapes.includes('no-title') ? 0 : 1, `${s.dir}: one # title line`);
  return out;
}

/** Every scalar in a front-matter value, with its key path. */
function scalars(value: unknown, at: string): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => scalars(v, `${at}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => scalars(v, at ? `${at}.${k}` : k));
  return [[at, value]];
}

const DIGITS = '〇一二三四五六七八九';
/** 13 → 十三, 20 → 二十, 10 → 十: how a month or a day is written in Chinese numerals. */
const chineseNumber = (n: number) =>
  `${n >= 20 ? DIGITS[Math.floor(n / 10)] : ''}${n >= 10 ? '十' : ''}${n % 10 ? DIGITS[n % 10] : ''}`;

/**
 * A date of the front matter (YYYY-MM-DD) as the body writes it: 2023年5月23日, 2025年01月17日,
 * 2023 年 6 月 30 日, or in Chinese numerals as a signing date is, 二〇二三年二月十三日 (also with 0 or ○ for 〇).
 */
function datePattern(iso: string): RegExp {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const year = [...String(y)].map((c) => (c === '0' ? '[〇0○零]' : DIGITS[Number(c)])).join('');
  return new RegExp(
    `${y}\\s*年\\s*0?${m}\\s*月\\s*0?${d}\\s*日|${year}年${chineseNumber(m)}月${chineseNumber(d)}日`,
  );
}

/** How a yuan amount may be printed: digits (with or without thousands separators) or Chinese numerals before 元. */
function amountForms(yuan: number): string[] {
  return [
    String(yuan),
    yuan.toLocaleString('en-US'),
    `${Nzh.cn.encodeB(yuan)}元`,
    `${Nzh.cn.encodeS(yuan)}元`,
  ];
}

/** The shape tags the README documents (its table rows: | `tag` | meaning |). */
const SHAPES = new Set(
  [...readFileSync(path.join(REAL, 'README.md'), 'utf8').matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map(
    (m) => m[1]!,
  ),
);

/** An issuing body as the index names it, without the note on how the text names it. */
const bodyName = (s: Source) => s.body.replace(/（.*$/, '');

describe('the real corpus (test/corpus/real)', () => {
  // The floor issue 11 sets; computed from the index, so a document dropped from it shows here.
  it('has at least 25 documents from 6 fields and 10 issuing bodies, of each kind', () => {
    assert.ok(sources.length >= 25, `${sources.length} documents`);
    assert.ok(new Set(sources.map((s) => s.field)).size >= 6, 'fields');
    assert.ok(new Set(sources.map(bodyName)).size >= 10, 'issuing bodies');
    for (const doctype of Object.keys(KIND))
      assert.ok(
        sources.some((s) => s.doctype === doctype),
        `a ${doctype}`,
      );
  });

  it('has an index entry for every folder and a folder for every entry', () => {
    const dirs = readdirSync(REAL, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    assert.deepEqual(sources.map((s) => s.dir).sort(), dirs);
    assert.equal(new Set(sources.map((s) => s.id)).size, sources.length, 'ids are unique');
  });

  for (const s of sources) {
    describe(s.dir, () => {
      it('has a complete index entry', () => {
        assert.ok(s.dir.startsWith(`${s.id}-`), 'the folder starts with the id');
        assert.ok(KIND[s.doctype], `known doctype ${s.doctype}`);
        assert.match(s.url, /^https?:\/\/\S+$/);
        assert.match(s.read, /^\d{4}-\d{2}-\d{2}$/);
        assert.match(s.date, /^(2018|2019|202\d)(-\d{2}(-\d{2})?)?$/, 'dated 2018–2029');
        for (const k of ['field', 'body', 'dateBasis', 'changes', 'notes'] as const)
          assert.ok(s[k].trim(), k);
        assert.equal(typeof s.mirror, 'boolean');
        assert.equal(typeof s.truncated, 'boolean');
        assert.ok(s.parties.length >= 1 && s.parties.every((p) => p.name && /^(单位|个人)$/.test(p.type)));
        assert.ok(s.shapes.length >= 1);
        for (const t of s.shapes) assert.ok(SHAPES.has(t), `shape ${t} is documented in README.md`);
        // The tags the other streams select documents by must be true of the document.
        if (s.shapes.includes('pre-2021'))
          assert.ok(s.date < '2021-07-15', 'pre-2021 means before 2021-07-15');
        if (s.shapes.includes('post-2024')) assert.ok(s.date >= '2024', 'post-2024 means from 2024-01-01');
        assert.equal(
          s.shapes.includes('multi-party'),
          s.parties.length > 1,
          'multi-party iff several parties',
        );
        for (const f of ['stored.txt', 'source.txt', KIND[s.doctype]!])
          assert.ok(existsSync(path.join(REAL, s.dir, f)), `${f} exists`);
      });

      it('source.txt is the stored text with only full-width punctuation restored', () => {
        const src = sourceLines(s);
        for (const l of src) assert.equal(l, l.trim(), `no stray spaces around 「${l.slice(0, 20)}…」`);
        assert.ok(read(s, 'source.txt').endsWith('\n'), 'source.txt ends with a newline');
        assert.deepEqual(src.map(toHalf), storedDocumentLines(s).map(toHalf));
      });

      it('the draft body is source.txt, paragraph for paragraph', () => {
        const { body } = splitDraft(s);
        const src = sourceLines(s);
        assert.deepEqual(bodyText(s, body), src);
        // A text line read as Markdown markup would no longer print as the document does.
        const markup = body.filter(
          (l) => !IMPLIED.test(l) && /^(#{3,}|#[^# ]|>|[-+*] |\d+[.)] |\||```)/.test(l),
        );
        assert.deepEqual(markup, []);
      });

      it('the front matter states only what the text states', () => {
        const { frontMatter: fm } = splitDraft(s);
        const text = sourceLines(s).join('\n');
        for (const k of Object.keys(fm)) assert.ok(FRONT_MATTER_KEYS.has(k), `unexpected key ${k}`);
        assert.equal(fm['文书'], s.doctype);
        assert.equal(fm['导入自'], 'source.txt');
        // A copy cut short says so, so that what would come after the cut is not taken for missing.
        assert.equal(fm['节选'] === '是', s.truncated, '节选: 是 exactly when the stored copy is cut short');
        const party = fm['当事人'] as Record<string, unknown> | undefined;
        assert.ok(party, '当事人 is recorded');
        assert.equal(party['类型'], s.parties[0]!.type);
        assert.equal(party[party['类型'] === '个人' ? '姓名' : '名称'], s.parties[0]!.name);
        const penalty = fm['处罚'] as { 罚款?: unknown } | undefined;
        if (penalty?.罚款 !== undefined) {
          assert.equal(typeof penalty.罚款, 'number');
          const forms = amountForms(penalty.罚款 as number);
          assert.ok(
            forms.some((f) => text.includes(f)),
            `罚款 ${penalty.罚款} is printed (${forms.join(' / ')})`,
          );
        }
        for (const [key, value] of Object.entries((fm['程序'] ?? {}) as Record<string, unknown>)) {
          const iso = String(value);
          assert.match(iso, /^\d{4}-\d{2}-\d{2}$/, `程序.${key} is a date`);
          assert.match(text, datePattern(iso), `程序.${key} ${iso} is a date the text gives`);
        }
        for (const [at, value] of scalars(fm, '')) {
          if (at === '处罚.罚款') continue;
          // An unquoted code of digits is a YAML number (914418810599220773 reads back as 914418810599220700).
          assert.equal(typeof value, 'string', `${at} is a string (quote it)`);
          if (
            at === '文书' ||
            at === '导入自' ||
            at === '节选' ||
            at === '当事人.类型' ||
            at.startsWith('程序.')
          )
            continue;
          assert.ok(text.includes(value as string), `${at} 「${value}」 occurs in source.txt`);
        }
      });
    });
  }
});

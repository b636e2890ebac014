/**
 * Quotations of law: where a draft cites an article and then quotes it (「……」 or “……” right after
 * the citation: 《中华人民共和国行政处罚法》第三十三条第一款规定：“违法行为轻微并及时改正……”), the quoted
 * words are compared with the bundled text of the version the citation reads (core/citations). Real
 * decisions quote constantly, and quote freely in form: half- and full-width punctuation, spaces and
 * line breaks, one paragraph or item of a longer article, a clause of it, gaps marked with 「……」.
 * None of that is a misquote; a word that differs is.
 */
import { resolveCitations, type ResolvedCitation } from './citations';
import { articleText, type Law } from './laws';
import type { CaseModel } from './model';
import type { Span } from './types';

export interface Quotation {
  citation: ResolvedCitation;
  /** The quoted words, without the marks. */
  span: Span;
  text: string;
}

/** After the citation: 「的规定」, 「规定」, 「明确规定」 and a colon or comma, then the opening mark. */
const LEAD = /^(?:的)?(?:明确)?(?:规定|指出)?[：:，,]?\s*([「“"])/;
const CLOSE: Record<string, string> = { '「': '」', '“': '”', '"': '"' };
/** Longest quotation read: an article is rarely longer; past it the closing mark is taken as missing. */
const MAX_QUOTE = 600;

/** Every quotation that follows a law citation in the draft's printed blocks. */
export function quotationsOf(model: CaseModel): Quotation[] {
  const out: Quotation[] = [];
  for (const r of resolveCitations(model)) {
    const c = r.citation;
    const after = model.text.slice(c.span.end, Math.min(c.block.span.end, c.span.end + MAX_QUOTE + 20));
    const m = LEAD.exec(after);
    if (!m) continue;
    const open = m[1]!;
    const start = c.span.end + m[0].length;
    const end = model.text.indexOf(CLOSE[open]!, start);
    if (end < 0 || end > c.block.span.end || end - start > MAX_QUOTE) continue;
    out.push({ citation: r, span: { start, end }, text: model.text.slice(start, end) });
  }
  return out;
}

/** Width, spacing and closing marks are form, not words: 「，」 and 「,」, 「（一）」 and 「(一)」 are one. */
function normalise(s: string): string {
  return s
    .replace(/[\s\u3000]/g, '')
    .replace(/[,，]/g, '，')
    .replace(/[;；]/g, '；')
    .replace(/[:：]/g, '：')
    .replace(/[(（]/g, '（')
    .replace(/[)）]/g, '）')
    .replace(/[“”"「」『』‘’']/g, '')
    .replace(/[。．.]$/, '');
}

const GAP = /……|…|\.{3,}|⋯+/;

export type QuoteVerdict =
  /** The words are the law's (every piece, in order, where 「……」 leaves gaps). */
  | { kind: 'exact' }
  /** The words differ; `expected` is the passage of the law the quotation stands for. */
  | { kind: 'misquote'; expected: string }
  /** Nothing to compare with: the law or its version is not bundled, or the article does not exist. */
  | { kind: 'unchecked' };

/**
 * Compares a quotation with the text it cites: the cited paragraph or item, else the whole article.
 * Each piece between gaps must appear in it, in order. When it does not, the passage it stands for
 * is the stretch of the law most like it (a fix restores it); a quotation too unlike anything in the
 * article (less than half its characters in common) is taken for something else and not judged.
 */
export function judgeQuotation(q: Quotation): QuoteVerdict {
  const { law, possible } = q.citation;
  if (!law) return { kind: 'unchecked' };
  const verdict = judgeIn(law, q);
  // Undated: a misquotation only if the words differ in every version that can have applied.
  const certain = possible.every(
    (v) => v.status === 'not-enacted' || (v.status === 'in-force' && judgeIn(v.law, q).kind === 'misquote'),
  );
  return verdict.kind !== 'misquote' || certain ? verdict : { kind: 'unchecked' };
}

function judgeIn(law: Law, q: Quotation): QuoteVerdict {
  const { citation } = q.citation;
  const article = citation.article?.value;
  if (article === undefined) return { kind: 'unchecked' };
  const whole = articleText(law, article);
  if (!whole) return { kind: 'unchecked' };
  // The article's own number (「第三十三条 」) is not part of what is quoted.
  const body = whole.replace(
    /^第[零〇一二三四五六七八九十百千]+条(?:之[一二三四五六七八九十]+)?[\s\u3000]*/,
    '',
  );
  const pieces = q.text.split(GAP).map(normalise).filter(Boolean);
  if (!pieces.length) return { kind: 'unchecked' };
  // A quotation of an item often quotes its paragraph's lead with it (「……有下列行为之一的……：（一）……」):
  // the words may come from anywhere in the article, in order.
  const text = normalise(body);
  let from = 0;
  const exact = pieces.every((p) => {
    const i = text.indexOf(p, from);
    if (i < 0) return false;
    from = i + p.length;
    return true;
  });
  if (exact) return { kind: 'exact' };
  if (pieces.length > 1) return { kind: 'unchecked' };
  const cited = articleText(law, article, citation.paragraph?.value, citation.item?.value);
  const expected =
    (cited && cited !== whole && closestPassage(q.text, cited)) || closestPassage(q.text, body);
  return expected ? { kind: 'misquote', expected } : { kind: 'unchecked' };
}

/**
 * The stretch of `text` closest to `quote` by edit distance (Sellers' approximate substring match),
 * cut at clause marks so that it reads as a passage; undefined when it shares too little with the
 * quotation. Bounded: quotations and articles are capped in length, so this is at most
 * 600 × 2,000 cells.
 */
function closestPassage(quote: string, text: string): string | undefined {
  const a = [...quote.replace(/[\s\u3000]/g, '')];
  const b = [...text.slice(0, 2000)];
  if (!a.length || a.length > MAX_QUOTE) return undefined;
  let prev = new Array<number>(b.length + 1).fill(0);
  let prevStart = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1);
    const curStart = new Array<number>(b.length + 1);
    cur[0] = i;
    curStart[0] = 0;
    for (let j = 1; j <= b.length; j++) {
      const same = sameChar(a[i - 1]!, b[j - 1]!) ? 0 : 1;
      const sub = prev[j - 1]! + same;
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      if (sub <= del && sub <= ins) {
        cur[j] = sub;
        curStart[j] = prevStart[j - 1]!;
      } else if (del <= ins) {
        cur[j] = del;
        curStart[j] = prevStart[j]!;
      } else {
        cur[j] = ins;
        curStart[j] = curStart[j - 1]!;
      }
    }
    prev = cur;
    prevStart = curStart;
  }
  let best = 1;
  for (let j = 1; j <= b.length; j++) if (prev[j]! < prev[best]!) best = j;
  const distance = prev[best]!;
  if (distance * 2 > a.length) return undefined;
  let start = prevStart[best]!;
  let end = best;
  // Whole words of the law: extend to the nearest clause marks when the match stops inside one.
  while (start > 0 && !/[，。；：、\n]/.test(b[start - 1]!) && best - start < a.length + 4) start--;
  while (end < b.length && !/[，。；：、\n]/.test(b[end]!) && end - start < a.length + 8) end++;
  return b.slice(start, end).join('').trim();
}

function sameChar(x: string, y: string): boolean {
  return x === y || normalise(x) === normalise(y);
}

/**
 * The model's printed text: what a formal document made from a draft says, paragraph by
 * paragraph, with the role each paragraph plays in the layout. The DOCX exporter renders exactly
 * this and nothing else, so tests can compare an export with it character by character.
 *
 * Choices (docs/export.md explains them to officers):
 * - `[证据N]` citations are checking markers, never printed.
 * - A `##` heading of a section the format knows (当事人, 违法事实, 落款 …) is structure for the
 *   checker and is not printed — a decision reads as continuous prose — unless the officer wrote
 *   it with an ordinal (`## 一、违法事实`), as many 生态环境 decisions print their parts.
 *   A heading the format does not know is the officer's own and is printed (level 1, 黑体);
 *   `###` headings inside a section print as level 2 (楷体).
 * - The evidence table prints as "以上事实，有下列证据证明：" and a numbered list.
 * - The signing block prints right-aligned, with a seal placeholder for decisions and notices.
 * - Decisions and notices are headed by the authority's name (front matter 机关) above the title,
 *   where the document does not name it there already.
 */
import type { Nodes, PhrasingContent } from 'mdast';
import { recogniseSection } from '../doctypes';
import { findEvidenceCitations } from '../extract';
import { parseMarkdown } from '../markdown';
import { isSection, type Block, type CaseModel, type EvidenceRow, type Section } from '../model';

export type PrintedRole =
  /** The issuing authority's name above the title, as the printed forms carry it (版头). */
  | 'issuer'
  | 'title'
  | 'docNumber'
  | 'heading1'
  | 'heading2'
  | 'body'
  /** A record's line (询问笔录, 签名): flush left, no indent. */
  | 'line'
  | 'evidenceIntro'
  | 'evidenceItem'
  /** The signing block: authority, date, seal placeholder; right-aligned. */
  | 'authority'
  | 'date'
  | 'seal';

export interface PrintedParagraph {
  role: PrintedRole;
  text: string;
}

export interface PrintOptions {
  /**
   * Rewrites each paragraph's text before it is printed (e.g. masking names for a public copy).
   * Return the paragraph unchanged to keep it; an empty text drops the paragraph.
   */
  transform?: (paragraph: PrintedParagraph) => PrintedParagraph;
}

export const EVIDENCE_INTRO = '以上事实，有下列证据证明：';
export const SEAL_PLACEHOLDER = '（印章）';

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** Sections whose lines are lines (one fact per line), not wrapped prose. */
const LINE_SECTIONS = new Set(['当事人', '落款', '基本情况', '签名']);
const ORDINAL =
  /^(?:第?[一二三四五六七八九十百零〇]+[、．.]|[（(][一二三四五六七八九十]+[)）]|\d+[、．.]|第[一二三四五六七八九十]+部分)/;
// However the date is written it is the date line; wording/date-format reports a wrong form.
const DATE_LINE =
  /^\d{4}[-./]\d{1,2}[-./]\d{1,2}$|^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$|^[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日$/;
const SEAL_LINE = /印章|盖章|公章/;

/** The printed paragraphs of a draft, in order, each with its layout role. */
export function printedDocument(model: CaseModel, options: PrintOptions = {}): PrintedParagraph[] {
  const out: PrintedParagraph[] = [];
  const isRecord = model.doctype?.kind === 'record';
  const push = (role: PrintedRole, raw: string) => {
    const text = printable(raw);
    if (text) out.push({ role, text });
  };

  // The head prints as the draft writes it: lines above the title (an issuing body, a 文号 on
  // its own line, as documents an officer imports have them) first, then the title; the 文号 of
  // the front matter only where the text does not print it already.
  const preamble = model.blocks.filter((b) => !b.section);
  const titleAt = model.title?.span.start ?? 0;
  const docNumber = model.facts.文号 ? squeeze(model.facts.文号) : undefined;
  const isDocNumber = (b: Block) => docNumber !== undefined && squeeze(stripInline(wordsOf(b))) === docNumber;
  const above = preamble.filter((b) => b.span.start < titleAt);
  // Decisions and notices written from the template are printed forms headed by the authority's
  // name: 「张家港市应急管理局」 over 「行政处罚决定书」, unless the draft names it there already (a line
  // above the title, or a title that begins with it). A draft made from a document (导入自) prints
  // its head as that document does.
  const title = model.title?.text ?? model.facts.文书 ?? '';
  const imported = model.frontMatter.data?.['导入自'] !== undefined;
  const issuer = isRecord || imported ? undefined : model.facts.机关?.trim();
  const named = (s: string) => squeeze(stripInline(s)).startsWith(squeeze(issuer ?? '\0'));
  if (issuer && !named(title) && !above.some((b) => named(b.text))) push('issuer', issuer);
  for (const block of above) printBlock(block, isDocNumber(block) ? 'docNumber' : 'title', push);
  push('title', title);
  const printsNumber =
    squeeze(model.title?.text ?? '').includes(docNumber ?? '\0') || preamble.some(isDocNumber);
  if (model.facts.文号 && !printsNumber) push('docNumber', model.facts.文号);

  for (const block of preamble)
    if (block.span.start >= titleAt)
      printBlock(block, isDocNumber(block) ? 'docNumber' : isRecord ? 'line' : 'body', push);

  for (const section of model.sections) {
    if (printsHeading(section)) push('heading1', stripInline(section.title));
    if (section.name === '落款') {
      printSigning(section, model, push);
      continue;
    }
    const role: PrintedRole = isRecord || section.name === '签名' ? 'line' : 'body';
    for (const block of section.blocks) printBlock(block, role, push);
    if (isSection(section, '证据') && model.evidence?.rows.length)
      printEvidence(section, model.evidence.rows, push, model);
  }

  const transformed = options.transform
    ? out.map((p) => options.transform!(p)).map((p) => ({ ...p, text: printable(p.text) }))
    : out;
  return transformed.filter((p) => p.text !== '');
}

/** The printed text alone: one string per paragraph of the formal document. */
export function printedParagraphs(model: CaseModel, options: PrintOptions = {}): string[] {
  return printedDocument(model, options).map((p) => p.text);
}

function printsHeading(section: Section): boolean {
  // An implied section marks where the document's own text changes part; it has no heading line.
  return !section.implied && headingPrints(section.title);
}

/**
 * Whether a `##` heading with this title is printed: a part the format knows is printed only with
 * its ordinal (see above). The importer asks too, so that a document's own label line always prints.
 */
export function headingPrints(title: string): boolean {
  return !recogniseSection(title).known || ORDINAL.test(title.trim());
}

type Push = (role: PrintedRole, raw: string) => void;

function printBlock(block: Block, role: PrintedRole, push: Push): void {
  const node = block.node;
  switch (node?.type) {
    case 'html':
      // Comments carry rule suppressions; raw HTML has no place in a formal document.
      return;
    case 'heading':
      push(node.depth === 1 ? 'heading1' : 'heading2', stripInline(joinLines(wordsOf(block).split('\n'))));
      return;
    case 'table':
      for (const row of block.rows ?? []) {
        const cells = row.map((c) => stripInline(c.text)).filter(Boolean);
        if (cells.length) push(role === 'line' ? 'line' : 'body', cells.join('　'));
      }
      return;
    case 'code':
      // Fenced code prints line by line; an indented "code block" is an officer indenting a
      // paragraph with spaces (空两格 by hand), so it prints as prose.
      if (/^\s*(`{3,}|~{3,})/.test(block.text)) {
        for (const line of node.value.split('\n')) push('line', line);
        return;
      }
      push(role, stripInline(joinLines(node.value.split(/\r?\n/))));
      return;
    default: {
      const lines = wordsOf(block).split(/\r?\n/);
      if (role === 'line' || LINE_SECTIONS.has(block.section?.name ?? '')) {
        for (const line of lines) push(role, stripInline(line));
      } else push(role, stripInline(joinLines(lines)));
    }
  }
}

/**
 * The words of a block as its mdast has them: the text of its lines without the marks of their
 * containers (`#`, `>`, bullets, indentation), a line per line, a hard break a line too. A block
 * kept unread (no node) is its text.
 */
function wordsOf(block: Block): string {
  let words = wordsOfBlock.get(block);
  if (words === undefined) wordsOfBlock.set(block, (words = readWords(block)));
  return words;
}

/**
 * Blocks are never changed once parsed, and the evidence list reads every block's words besides
 * the paragraph it prints: each block is walked once.
 */
const wordsOfBlock = new WeakMap<Block, string>();

function readWords(block: Block): string {
  if (!block.node) return cutCitations(block.text, trimBlanks);
  const out: string[] = [];
  const walk = (n: Nodes, first: boolean): void => {
    if (n.type === 'text') out.push(n.value);
    else if (n.type === 'break') out.push('\n');
    else if ('children' in n) {
      // Paragraphs of a quote or a list item are lines of their own.
      if (!first && n.type !== 'tableCell' && out.length) out.push('\n');
      n.children.forEach((c, i) => walk(c, i === 0 && first));
    } else if ('value' in n) out.push(n.value);
  };
  walk(block.node, true);
  // The markers are the checker's; the spaces before one separated it from the words.
  return cutCitations(out.join(''), trimBlanks);
}

function printEvidence(section: Section, rows: EvidenceRow[], push: Push, model: CaseModel): void {
  // A document that lists its evidence in its own words (an imported decision: 「以上事实，有《现
  // 场检查笔录》……为凭」) has the table only to be checked: its list is printed already.
  const prose = model.blocks
    .filter((b) => b.kind !== 'table')
    .map((b) => stripInline(wordsOf(b)))
    .join('\n');
  if (
    rows.every((r) => {
      const name = cell(r, '名称');
      return name !== '' && prose.includes(name);
    })
  )
    return;
  // The officer may have written the introductory sentence already; print it once.
  const own = section.blocks.some((b) => /下列证据|证据证明[：:]?\s*$/.test(b.text));
  if (!own) push('evidenceIntro', EVIDENCE_INTRO);
  rows.forEach((row, i) => {
    const name = cell(row, '名称');
    const kind = cell(row, '种类');
    const proves = cell(row, '证明事项').replace(/^(?:用以|用于)?证明/, '');
    let text = `${i + 1}.${name || row.id}`;
    if (kind) text += `（${kind}）`;
    if (proves) text += `，证明${proves}`;
    text += i === rows.length - 1 ? '。' : '；';
    push('evidenceItem', text);
  });
}

function cell(row: EvidenceRow, column: '名称' | '种类' | '证明事项'): string {
  return stripInline(row.cells[column]?.text ?? '').replace(/[；;。，,]+$/, '');
}

function printSigning(section: Section, model: CaseModel, push: Push): void {
  let seal = false;
  for (const block of section.blocks) {
    if (block.kind === 'html') continue;
    for (const raw of wordsOf(block).split(/\r?\n/)) {
      const line = stripInline(raw).trim();
      if (!line) continue;
      if (SEAL_LINE.test(line)) {
        seal = true;
        push('seal', line);
      } else push(DATE_LINE.test(line) ? 'date' : 'authority', line);
    }
  }
  // A decision or notice is only valid sealed (行政处罚法 Art. 59): leave the place for it.
  if (!seal && model.doctype && model.doctype.kind !== 'record') push('seal', SEAL_PLACEHOLDER);
}

/** Cleaned twice: removing a control character can join the pieces of a citation marker. */
const printable = (raw: string) => cleanText(dropCitations(cleanText(raw)));

/** Citation markers wherever they are, even in blocks the parser does not read as prose. */
const dropCitations = (text: string) => cutCitations(text, (s) => s.trimEnd());

/** Without its trailing spaces and tabs (not a line break, which a line-by-line section keeps). */
function trimBlanks(s: string): string {
  let e = s.length;
  while (e > 0 && (s[e - 1] === ' ' || s[e - 1] === '\t')) e--;
  return s.slice(0, e);
}

/**
 * The text without its `[证据N]` markers and what `trim` takes off the text before each. One pass: cutting them
 * one by one rebuilt the text per marker, quadratic in the markers of a paragraph.
 */
function cutCitations(text: string, trim: (piece: string) => string): string {
  const citations = findEvidenceCitations(text, 0);
  if (!citations.length) return text;
  let out = '';
  let at = 0;
  for (const c of citations) {
    out += trim(text.slice(at, c.span.start));
    at = c.span.end;
  }
  return out + text.slice(at);
}

/** Lines of one paragraph joined: Chinese needs no space at a soft break, Latin words do. */
function joinLines(lines: string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (out && /[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(line)) out += ' ';
    out += line;
  }
  return out;
}

/**
 * Markdown inline marks an officer might use, reduced to the words they mark — as the parser
 * reads them (remark: emphasis, code, links, images, escapes, entities), so that text which is
 * not markup (a masked 「张**、李**」, an escaped 「1\\.」) prints as written. `<br>` prints nothing.
 */
export function stripInline(text: string): string {
  if (!/[\\`*_[\]<>!&]/.test(text)) return text;
  // Read as the words of one paragraph: an ideographic space first keeps 「1.」, 「> 」 or 「- 」 at
  // the start of a cell from opening a list or a quote, and is whitespace to the emphasis rules,
  // as the start of a line is.
  const root = parseMarkdown(`${LEAD}${text}`);
  const only = root.children[0];
  if (root.children.length !== 1 || only?.type !== 'paragraph') return text;
  const words = (nodes: readonly PhrasingContent[]): string =>
    nodes
      .map((n) => {
        if (n.type === 'text' || n.type === 'inlineCode') return n.value;
        if (n.type === 'html') return /^<br\s*\/?>$/i.test(n.value) ? '' : n.value;
        if (n.type === 'image') return n.alt ?? '';
        if (n.type === 'break') return '';
        return 'children' in n ? words(n.children as PhrasingContent[]) : '';
      })
      .join('');
  return words(only.children).slice(LEAD.length);
}

const LEAD = '\u3000';

/** Text the document can hold: no control characters (invalid in XML), no stray blanks. */
function cleanText(text: string): string {
  return text
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g, '')
    .replace(/[\r\n]+/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .trim();
}

import type { RootContent } from 'mdast';
import type { FrontMatter } from './frontmatter';
import { replaceSpans, type LineIndex } from './text';
import type { Span } from './types';
import type { DocType } from './doctypes';
import type { CaseFacts } from './facts';

export type BlockKind =
  'paragraph' | 'listItem' | 'heading' | 'blockquote' | 'table' | 'code' | 'html' | 'other';

/** One evidence id inside a citation, e.g. `证据3` in `[证据1、证据3]`. */
export interface EvidenceRef {
  id: string;
  span: Span;
}

/** A bracketed citation `[证据1]` or `[证据1、证据3]`. */
export interface EvidenceCitation {
  span: Span;
  refs: EvidenceRef[];
}

/** A printed block of the body: the unit that rules about facts and wording read. */
export interface Block {
  kind: BlockKind;
  span: Span;
  /** Source text of the block, exactly as in the draft. */
  text: string;
  /** The section the block belongs to; undefined before the first `##`. */
  section?: Section;
  citations: EvidenceCitation[];
  /**
   * The block's node in the mdast the model was read from (block structure only: each line's
   * inline content is one text node, its container marks — `#`, `>`, bullets, fences — left
   * out). What prints the document walks it. Absent for a chunk kept unread (nested too deep).
   */
  node?: RootContent;
  /** A table's rows (delimiter row left out), each cell as the model reads cells. */
  rows?: { text: string; span: Span }[][];
}

export interface Section {
  /** Canonical name: the known section it was recognised as, or the title without its ordinal. */
  name: string;
  /**
   * Every canonical section this one stands for, `name` first. Usually just `[name]`; a national
   * template's 「一、环境违法事实和证据」 is both 违法事实 and 证据.
   */
  names: readonly string[];
  /** The heading text as written, ordinal included (for an implied section, the name it gives). */
  title: string;
  known: boolean;
  /**
   * Started by `<!-- casedraft-section: 名称 -->` rather than a `##` heading: the document has no
   * heading line there, so nothing is printed for it.
   */
  implied: boolean;
  /** The `##` heading line, or the comment line of an implied section. */
  headingSpan: Span;
  /** From the heading to the line before the next `##` (or the end). */
  span: Span;
  /** The source text of `span`, heading included, as Block.text is for a block. */
  text: string;
  blocks: Block[];
}

export const EVIDENCE_COLUMNS = ['编号', '名称', '种类', '来源', '取得时间', '收集人', '证明事项'] as const;
export type EvidenceColumn = (typeof EVIDENCE_COLUMNS)[number];

export interface Cell {
  text: string;
  /** The trimmed content; for an empty cell, the space between its pipes. */
  span: Span;
}

export interface EvidenceRow {
  id: string;
  span: Span;
  cells: Partial<Record<EvidenceColumn, Cell>>;
  /** 收集人 split on 、 and other separators. */
  collectors: string[];
}

export interface EvidenceTable {
  span: Span;
  headerSpan: Span;
  columns: string[];
  missingColumns: EvidenceColumn[];
  rows: EvidenceRow[];
}

export interface NumberRef {
  raw: string;
  /** The number, or undefined when the numeral could not be read. */
  value?: number;
  span: Span;
  /** True when written in Arabic digits (第10条). */
  arabic: boolean;
}

/** A reference to law: `《中华人民共和国水污染防治法》第十条第一款第二项`, or a bare article after one. */
export interface LawCitation {
  span: Span;
  /** Name as written, without the book-title marks. Undefined for a bare `第X条` (same law as before, or 本法). */
  law?: string;
  lawSpan?: Span;
  bookMarks: boolean;
  /**
   * The name is a law's: a bundled law, or the name of a kind of legal norm (……法, ……条例,
   * ……规定, ……办法, ……细则, ……规则, ……决定, ……解释). An insurer's 《……条款》 or an authority's
   * 《……通知书》 numbered 第N条 is no law. True for a bare 第X条 (it is an article of the law before it).
   */
  legal: boolean;
  article?: NumberRef;
  paragraph?: NumberRef;
  item?: NumberRef;
  block: Block;
}

/** A sum of money in the body: an uppercase form, its digits, or both. */
export interface Amount {
  span: Span;
  /** `wellFormed`: written as banks accept it (core/numerals isWellFormedUppercase); the value is read either way. */
  upper?: { raw: string; value?: number; wellFormed: boolean; span: Span };
  digits?: { raw: string; value: number; span: Span };
  /** 人民币 written before it. */
  currency: boolean;
  block: Block;
}

export interface BodyDate {
  span: Span;
  raw: string;
  /** YYYY-MM-DD when the date can be read. */
  iso?: string;
  /** True when written in the standard form 2023年2月16日. */
  standard: boolean;
  block: Block;
}

export interface CaseModel {
  uri: string;
  text: string;
  lines: LineIndex;
  frontMatter: FrontMatter;
  /** The front matter's values that have the right type; wrong or missing ones are absent. */
  facts: CaseFacts;
  /** The known document type, if `文书` names one. */
  doctype?: DocType;
  title?: { text: string; span: Span };
  sections: Section[];
  /** Every printed block, in order: the preamble's (before the first `##`) and each section's. */
  blocks: Block[];
  evidence?: EvidenceTable;
  lawCitations: LawCitation[];
  amounts: Amount[];
  dates: BodyDate[];
}

/** The first section that is (or stands for) the canonical section `name`. */
export function sectionByName(model: CaseModel, name: string): Section | undefined {
  return model.sections.find((s) => s.names.includes(name));
}

/** True when the section is (or stands for) the canonical section `name`. */
export function isSection(section: Section | undefined, name: string): boolean {
  return !!section?.names.includes(name);
}

/** A 行政处罚决定书 or 不予行政处罚决定书 (data/doctypes.json marks them kind: decision). */
export function isDecision(model: CaseModel): boolean {
  return model.doctype?.kind === 'decision';
}

/**
 * A block's text with its [证据N] citations blanked to spaces: offsets stay the same, and what
 * reads the words (fact roles, redaction) does not read the markers' digits. One pass, however
 * many citations (rebuilding the string per citation was quadratic).
 */
export function withoutCitations(block: Pick<Block, 'text' | 'span' | 'citations'>): string {
  return replaceSpans(
    block.text,
    block.citations.map((c) => ({
      span: { start: c.span.start - block.span.start, end: c.span.end - block.span.start },
      text: ' '.repeat(c.span.end - c.span.start),
    })),
  );
}

/**
 * The id `证据N` for the digits an officer wrote, leading zeros dropped. Kept as text: through a
 * number, ids beyond 2^53 (证据9007199254740993) turned into their neighbours and collided.
 */
export function evidenceId(digits: string): string {
  return `证据${digits.replace(/^0+(?=\d)/, '')}`;
}

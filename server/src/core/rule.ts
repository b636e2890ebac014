import type { Catalog } from './catalog';
import type { ResolvedConfig } from './config';
import type { CaseModel } from './model';
import type { Basis, LocalizedText, MessageData, Severity, Span } from './types';
import type { Workspace } from './workspace';

export interface RuleMeta {
  /** The id of ../spec/rules.md, e.g. `evidence/uncited-fact`. */
  id: string;
  severity: Severity;
  description: LocalizedText;
  /**
   * What the requirement rests on, named in the officer's words and appended to every message:
   * the article(s) of law, the national standard and its clause, the agency rule, or CaseDraft's
   * own convention. The default severity follows from its kind (docs/developing.md).
   */
  basis: Basis;
  /** Path of the rule's docs page, relative to the package root. */
  docs: string;
  /** Reports fixes (the rule tester checks that it does, and that a rule without it does not). */
  fixable?: boolean;
  /** Reports suggestions: edits that need the officer's judgement (checked as `fixable` is). */
  hasSuggestions?: boolean;
  /** Reads other drafts of the workspace: which ones, and what of them. */
  crossDocument?: CrossDocument;
}

/**
 * What a cross-document rule reads of other drafts, declared beside the index it reads them
 * through. A draft is checked against the others of its groups (`party:<id>`, a case folder);
 * `shared` is all the rule reads of a draft when it checks another one of its groups. When a
 * draft changes, the others of its groups (before and after the change) are checked again only
 * if its groups or what it shares changed: a keystroke in a fact paragraph re-checks that draft
 * alone (the server's scheduler).
 */
export interface CrossDocument {
  groups(model: CaseModel): readonly string[];
  /** Compared as JSON before and after a change. */
  shared(model: CaseModel): unknown;
}

/** One edit by source offsets. Insert: start === end. Delete: text ''. */
export interface Edit {
  span: Span;
  text: string;
}

/** A fix or suggestion: its title is one of the rule's messages. */
export interface FixSpec<M extends string = string> {
  messageId: M;
  data?: MessageData;
  edits: Edit[];
}

export interface RelatedSpec<M extends string = string> {
  uri?: string;
  /** Offsets in this draft, or in the other draft when `uri` is given (then `model` too). */
  span: Span;
  model?: CaseModel;
  messageId: M;
  data?: MessageData;
}

/**
 * What a rule reports: data, never words. Values that read differently per language go in `data`
 * as `{ zh, en }` texts or lists (see MessageValue): a rule does not know the reader's language.
 */
export interface Report<M extends string = string> {
  messageId: M;
  data?: MessageData;
  span: Span;
  /**
   * At most this severity (never more than the rule's or the agency's): a check that could not be
   * made is information (the range of a law not bundled), a question a warning, whatever the
   * rule's finding of a breach is.
   */
  atMost?: Exclude<Severity, 'error'>;
  fixes?: FixSpec<M>[];
  suggestions?: FixSpec<M>[];
  related?: RelatedSpec<M>[];
}

export interface RuleContext<M extends string = string> {
  readonly model: CaseModel;
  readonly config: ResolvedConfig;
  readonly workspace: Workspace;
  readonly catalog: Catalog;
  /**
   * The document's date (YYYY-MM-DD) the law in force is read on; undefined for an undated draft,
   * which is read under the current texts.
   */
  readonly lawDate: string | undefined;
  report(report: Report<M>): void;
}

/** A piece of the draft that a local check reads on its own: a block (as it is), an evidence-table cell. */
export interface TextPiece {
  text: string;
  /** Where `text` starts in the draft. */
  span: { start: number };
  /** What the text is (a block's kind, `cell`): a check may read kinds differently, so it is part of the memo's key. */
  kind: string;
}

/** A finding of a local check, by offsets in the piece's text. A piece has no related places to name. */
export type LocalReport<M extends string = string> = Omit<Report<M>, 'related'>;

/**
 * The part of a rule that reads one piece of text at a time and nothing else of the draft. The
 * engine runs it piece by piece and keeps its findings by the piece's text and kind and by the
 * values `inputs` gives; on the next run a piece whose text, kind and inputs are all the same
 * (Object.is, value by value) is not checked again, and its findings are moved to where the piece
 * now is. A keystroke then re-checks its paragraph only, and the drafts of one folder check their
 * template's paragraphs once.
 *
 * That is exact only if `check` reads nothing but its piece, its inputs and constants of its
 * module: whatever else of the draft or the run it needs (configuration, dictionary, the party's
 * data, the document's date) must come through `inputs`, as primitives or objects that are never
 * changed (a resolved config, a dictionary). Severity and suppressions are applied by the engine
 * after the memo, so they need not be inputs.
 */
export interface LocalCheck<M extends string = string, I extends readonly unknown[] = readonly unknown[]> {
  /** The pieces to check, with their offsets. Runs every time: selection only, no reading. */
  pieces(ctx: RuleContext<M>): Iterable<TextPiece>;
  /** Everything besides the piece that `check` reads, once per draft. */
  inputs?(ctx: RuleContext<M>): I;
  check(piece: { text: string; kind: string }, report: (r: LocalReport<M>) => void, inputs: I): void;
}

export interface Rule<M extends string = string, I extends readonly unknown[] = readonly unknown[]> {
  meta: RuleMeta;
  messages: Record<M, LocalizedText>;
  /** Piece by piece, memoised (see LocalCheck); runs before `check`. */
  local?: LocalCheck<M, I>;
  /** What the rule reads of the draft as a whole. A rule has `local`, `check` or both. */
  check?(ctx: RuleContext<M>): void;
}

/** Identity, for inference: a rule's message ids are checked against its message table. */
export function defineRule<M extends string, I extends readonly unknown[] = readonly unknown[]>(
  rule: Rule<M, I>,
): Rule<M> {
  return rule as unknown as Rule<M>;
}

export const replace = (span: Span, text: string): Edit => ({ span, text });
export const insertAt = (offset: number, text: string): Edit => ({
  span: { start: offset, end: offset },
  text,
});
export const remove = (span: Span): Edit => ({ span, text: '' });

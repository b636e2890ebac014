/** Zero-based line and UTF-16 character, exactly as LSP counts. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A span of the source by UTF-16 offsets; converted to a Range only when reported. */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export type Locale = 'zh-cn' | 'en';

/** A message in both languages the product speaks. Placeholders are `{name}`. */
export interface LocalizedText {
  zh: string;
  en: string;
}

/**
 * What a requirement rests on, and so how hard it is enforced:
 * - `law`: an article of a law, regulation or rule (依据); severity as the law makes it;
 * - `standard`: a national standard (GB/T 9704-2012, GB/T 15834-2011, GB 32100-2015): warning;
 * - `agency`: an agency's own rule (a review chain, the evidence a catalog lists, clause
 *   templates, discretion bands): off until the agency's configuration or preset turns it on;
 * - `house`: CaseDraft's own convention for drafts: info.
 */
export type BasisKind = 'law' | 'standard' | 'agency' | 'house';

export interface Basis extends LocalizedText {
  kind: BasisKind;
  /**
   * The day the provisions the requirement rests on came into force (YYYY-MM-DD), where they are
   * newer than the documents CaseDraft reads: 2021-07-15 for a provision the 2021 行政处罚法 added
   * (no 2017 counterpart in data/chufa-fa-renumbering.json). A document dated before that day is
   * not held to it: the engine does not run the rule on it — unless the earlier text set a
   * requirement of its own, which the rule then applies itself (see `earlier`).
   */
  inForceFrom?: string;
  /**
   * The basis of the earlier text's own requirement, for a document dated before `inForceFrom`
   * (its provisions in that text's numbering; the words the project has of it and their source
   * are on the rule's docs page). With it the rule runs on such a document and applies that
   * requirement (reading `RuleContext.lawDate`).
   */
  earlier?: LocalizedText;
  /**
   * The finding is about something done now, not about the document as it was made — publishing a
   * copy of it: the law in force today applies whatever the document's date, so the rule is not
   * gated by it and its basis is not renumbered.
   */
  actNow?: true;
}

/** One edit: replace `range` with `newText`. Insert = empty range; delete = empty text. */
export interface TextEdit {
  range: Range;
  newText: string;
}

/**
 * A value of a finding's `data`. Findings carry no translated words, so a value that reads
 * differently per language says so in its shape and the translation picks or joins at the edge:
 * - a string or a number reads the same in every language (a date, an amount, a quoted term);
 * - `{ zh, en }` is a word or phrase in each language;
 * - `{ list, join }` is a list joined as each language joins it (、 / ", ", 和 / " and " …);
 * - `{ text, data }` is a phrase with placeholders of its own.
 */
export type MessageValue = string | number | LocalizedText | MessageList | MessagePhrase;

/** How a list reads: enum 「甲、乙」 "A, B"; and 「甲和乙」 "A and B"; or 「甲或乙」 "A or B"; semicolon 「甲；乙」 "A; B". */
export type ListJoin = 'enum' | 'and' | 'or' | 'semicolon';

export interface MessageList {
  list: readonly MessageValue[];
  join: ListJoin;
}

export interface MessagePhrase {
  text: LocalizedText;
  data?: MessageData;
}

export type MessageData = Readonly<Record<string, MessageValue>>;

/** A fix or a suggestion: its title is a message of the rule (`messageId` + `data`), its edits are certain. */
export interface Fix {
  messageId: string;
  data?: MessageData;
  edits: TextEdit[];
}

export interface RelatedInformation {
  /** Absent when the place is in the same document. */
  uri?: string;
  range: Range;
  messageId: string;
  data?: MessageData;
}

/**
 * A finding of the core, as data: which rule, which of its messages and the values that fill it,
 * where. No words: the CLI's formatters and the LSP adapter translate it (core/translate.ts) into
 * the reader's language.
 */
export interface CaseDiagnostic {
  rule: string;
  severity: Severity;
  messageId: string;
  data?: MessageData;
  span: Span;
  range: Range;
  /**
   * The document's date (YYYY-MM-DD), when it has one: the laws in force that day are the ones
   * the finding rests on, and its basis names their articles as that version numbers them.
   */
  lawDate?: string;
  /** Safe, deterministic fixes (applied by "fix all"). */
  fixes?: Fix[];
  /** Edits that need the officer's judgement: offered, never applied in bulk. */
  suggestions?: Fix[];
  related?: RelatedInformation[];
}

/** A fix with its title in the reader's language. */
export interface TranslatedFix extends Fix {
  title: string;
}

/** A finding in the reader's language: what the edges (CLI, LSP) show. */
export interface TranslatedDiagnostic extends Omit<CaseDiagnostic, 'fixes' | 'suggestions' | 'related'> {
  message: string;
  fixes?: TranslatedFix[];
  suggestions?: TranslatedFix[];
  related?: (RelatedInformation & { message: string })[];
}

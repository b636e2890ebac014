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

/** One edit: replace `range` with `newText`. Insert = empty range; delete = empty text. */
export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface RelatedInformation {
  /** Absent when the place is in the same document. */
  uri?: string;
  range: Range;
  message: string;
}

/** A finding of the core, free of any transport; the LSP adapter and the CLI convert it. */
export interface CaseDiagnostic {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Safe, deterministic fixes (applied by "fix all"). */
  fixes?: Fix[];
  /** Edits that need the officer's judgement: offered, never applied in bulk. */
  suggestions?: Fix[];
  related?: RelatedInformation[];
}

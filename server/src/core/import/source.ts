/**
 * The original document as its reader shows it: a flat list of paragraphs, the unit an officer
 * and a reviewer refer to («第 12 段»). Every reader (DOCX, HTML, text) produces this and nothing
 * else, so recognition and writing the draft are one code path for all of them.
 */
export type SourceKind = 'paragraph' | 'heading' | 'listItem' | 'tableRow';

export interface SourceParagraph {
  /**
   * Its number in the original, from 1: a text file's line number; in a DOCX or a web page the
   * count of non-empty paragraphs from the top, each table row counting as one.
   */
  n: number;
  /** The text as shown, without the indentation around it (layout, not text). */
  text: string;
  /** For a text file, the indentation trimmed before `text`: columns are counted in the line. */
  indent?: number;
  kind: SourceKind;
  /** Heading level 1–6 for a heading the file marks as one (Word's heading styles, `<h2>`). */
  level?: number;
  /** A list item of a numbered list (`<ol>`, Word numbering); its number is layout, not text. */
  ordered?: boolean;
  /** A table row's cells, and which table of the document it belongs to (from 0). */
  cells?: string[];
  table?: number;
}

export type SourceFormat = 'docx' | 'html' | 'txt';

export interface SourceDocument {
  format: SourceFormat;
  paragraphs: SourceParagraph[];
}

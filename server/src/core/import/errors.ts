import type { LocalizedText } from '../types';

export type ImportErrorCode =
  | 'too-large'
  | 'not-zip'
  | 'not-docx'
  | 'encrypted'
  | 'zip-bomb'
  | 'not-text'
  | 'unsupported'
  | 'not-a-case-document';

/**
 * Why a file cannot be imported, in both languages: the CLI prints it and exits 2, the server
 * shows it; nothing is written. Every other failure inside the importer is a bug of ours.
 */
export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    readonly text: LocalizedText,
  ) {
    super(`${text.zh} / ${text.en}`);
  }
}

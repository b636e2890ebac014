// Which files import reads, apart from the readers: the host asks it of every path it opens, and
// loading it must not load mammoth and the HTML parser (they cost the CLI's start-up ≈ 100 ms).
import type { SourceFormat } from './source';

/** The file types import reads, by extension. */
export const IMPORT_EXTENSIONS: Readonly<Record<string, SourceFormat>> = {
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.txt': 'txt',
};

export function importFormatOf(name: string): SourceFormat | undefined {
  const m = /\.[^./\\]+$/.exec(name.toLowerCase());
  return m ? IMPORT_EXTENSIONS[m[0]] : undefined;
}

/** A text file → paragraphs: each non-empty line is one, numbered by its line in the file. */
import type { SourceParagraph } from './source';

export function textParagraphs(text: string): SourceParagraph[] {
  const out: SourceParagraph[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    const t = line.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, '');
    if (t) out.push({ n: i + 1, text: t, kind: 'paragraph' });
  });
  return out;
}

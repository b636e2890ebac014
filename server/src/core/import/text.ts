/** A text file → paragraphs: each non-empty line is one, numbered by its line in the file. */
import type { SourceParagraph } from './source';

export function textParagraphs(text: string): SourceParagraph[] {
  const out: SourceParagraph[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    const indent = /^[\s\u3000\u00a0]*/.exec(line)![0].length;
    const t = line.slice(indent).replace(/[\s\u3000\u00a0]+$/, '');
    if (t) out.push({ n: i + 1, text: t, kind: 'paragraph', ...(indent ? { indent } : {}) });
  });
  return out;
}

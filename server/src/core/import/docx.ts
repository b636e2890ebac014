/**
 * DOCX → paragraphs. mammoth (pure JS, well kept) turns the document body into HTML with
 * headings from Word's heading styles, lists from Word's numbering and tables as tables; the
 * HTML then goes the same way as a web page's. The package is opened by zip.ts, which bounds
 * what inflating it can cost.
 */
import mammoth from 'mammoth';
import { ImportError } from './errors';
import { htmlParagraphs } from './html';
import type { SourceParagraph } from './source';
import { openDocxPackage } from './zip';

export async function docxParagraphs(bytes: Uint8Array): Promise<SourceParagraph[]> {
  const file = openDocxPackage(bytes);
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ file } as unknown as { buffer: Buffer }, {
      // Images are not text: never read (so never inflated), never embedded.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      // Word's "Title" style is the document's title line.
      styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='标题'] => h1:fresh"],
    });
    html = result.value;
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw new ImportError('not-docx', {
      zh: `DOCX 文件已损坏，无法读取：${(err as Error).message}`,
      en: `the DOCX is damaged and cannot be read: ${(err as Error).message}`,
    });
  }
  return htmlParagraphs(html);
}

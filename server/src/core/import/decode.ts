/**
 * Bytes → text for the files officers receive: UTF-8 (with or without a BOM), UTF-16 with a BOM
 * (Windows Notepad's "Unicode"), and GB 18030 — the superset of GBK and GB 2312 that Chinese
 * Windows and many government sites still write. Node's TextDecoder (full ICU) decodes all three.
 */
import { ImportError } from './errors';

/** Text and HTML above this are refused: ten times the longest decision, and a bound on memory. */
export const MAX_TEXT_BYTES = 10 * 1024 * 1024;

const mb = (n: number) => (n / 1048576).toFixed(1);

export function checkTextSize(bytes: Uint8Array, what: { zh: string; en: string }): void {
  if (bytes.length > MAX_TEXT_BYTES)
    throw new ImportError('too-large', {
      zh: `${what.zh}过大（${mb(bytes.length)} MB，上限 ${mb(MAX_TEXT_BYTES)} MB）：请只保留文书正文（例如在浏览器中“另存为文本”）后再导入`,
      en: `the ${what.en} is too large (${mb(bytes.length)} MB; the limit is ${mb(MAX_TEXT_BYTES)} MB): keep only the document's text (e.g. save the page as text) and import that`,
    });
}

/**
 * Decodes with the declared charset if there is one (an HTML page's `<meta charset>`), else by
 * BOM, else UTF-8 when the bytes are valid UTF-8, else GB 18030. Returns the text without a BOM.
 */
export function decodeText(bytes: Uint8Array, declared?: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const label = declared?.trim().toLowerCase();
  if (label && /^(?:gb2312|gbk|gb18030|x-gbk|cp936|windows-936)$/.test(label))
    return new TextDecoder('gb18030').decode(bytes);
  if (bytes.subarray(0, 65536).includes(0))
    throw new ImportError('not-text', {
      zh: '不是文本文件（含有二进制内容）',
      en: 'not a text file (binary content)',
    });
  try {
    return utf8(bytes);
  } catch {
    // Not UTF-8: a Chinese file that is not UTF-8 is, in practice, GBK/GB 18030.
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const utf8 = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);

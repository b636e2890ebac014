/**
 * The DOCX's zip container, opened so that a hostile file (a zip bomb, an entry that lies about
 * its size, an encrypted package) costs bounded memory and gets a clear message.
 *
 * mammoth opens a zip itself with JSZip, which inflates an entry whole and trusts the size it
 * declares. It also accepts any object with `exists` and `read`, so this module hands it one: the
 * central directory is read here (the few records of APPNOTE 4.3 that Word writes) and each part
 * is inflated only when mammoth asks for it, with zlib's `maxOutputLength` set to the size the
 * entry declares and a budget for all parts together. Images are never asked for.
 */
import type * as Zlib from 'node:zlib';
import { ImportError } from './errors';

/** The whole file: a DOCX of text is tens of KB; one with photographs of evidence a few MB. */
export const MAX_DOCX_BYTES = 50 * 1024 * 1024;
/** All parts read, inflated: a 300-page decision's document.xml is about 5 MB. */
export const MAX_INFLATED_BYTES = 40 * 1024 * 1024;
/** Entries in the central directory: Word writes 10–40; thousands is not a document. */
const MAX_ENTRIES = 5000;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeader: number;
  encrypted: boolean;
}

/** What mammoth needs of an opened package (its `options.file`). */
export interface DocxPackage {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<string | Uint8Array>;
}

const mb = (n: number) => (n / 1048576).toFixed(1);

/**
 * Opens the bytes as a DOCX package, or throws ImportError saying in both languages why they are
 * not one. Nothing is inflated yet; each `read` inflates one part within the limits.
 */
export function openDocxPackage(bytes: Uint8Array): DocxPackage {
  if (bytes.length > MAX_DOCX_BYTES)
    throw new ImportError('too-large', {
      zh: `文件过大（${mb(bytes.length)} MB，DOCX 上限 ${mb(MAX_DOCX_BYTES)} MB）`,
      en: `too large (${mb(bytes.length)} MB; the limit for a DOCX is ${mb(MAX_DOCX_BYTES)} MB)`,
    });
  if (OLE_MAGIC.every((b, i) => bytes[i] === b))
    throw new ImportError('encrypted', {
      zh: '这是加密的 Word 文件或旧版 .doc 文件（OLE 复合文档），无法读取：请在 Word/WPS 中取消密码保护并另存为 .docx 后再导入',
      en: 'an encrypted Word file or a legacy .doc (an OLE compound file): remove the password in Word/WPS and save it as .docx, then import it',
    });
  const entries = new Map(readCentralDirectory(bytes).map((e) => [e.name, e]));
  if (!entries.has('word/document.xml'))
    throw new ImportError('not-docx', {
      zh: '不是 Word 文档：压缩包中没有 word/document.xml',
      en: 'not a Word document: the package has no word/document.xml',
    });
  let budget = MAX_INFLATED_BYTES;
  return {
    exists: (name) => entries.has(name),
    read(name, encoding) {
      try {
        const e = entries.get(name);
        if (!e) throw notZip();
        if (e.size > budget) throw bomb(MAX_INFLATED_BYTES - budget + e.size);
        budget -= e.size;
        const data = inflateEntry(bytes, e);
        return Promise.resolve(encoding ? new TextDecoder(encoding).decode(data) : data);
      } catch (err) {
        return Promise.reject(err);
      }
    },
  };
}

function bomb(size: number): ImportError {
  return new ImportError('zip-bomb', {
    zh: `DOCX 解压后过大（${mb(size)} MB 以上，上限 ${mb(MAX_INFLATED_BYTES)} MB），可能是压缩炸弹，已拒绝`,
    en: `the DOCX would inflate to more than ${mb(size)} MB (limit ${mb(MAX_INFLATED_BYTES)} MB): refused as a possible zip bomb`,
  });
}

function notZip(): ImportError {
  return new ImportError('not-zip', {
    zh: '不是有效的 DOCX 文件（不是 zip 压缩包，或文件已损坏）。若是旧版 .doc，请在 Word/WPS 中另存为 .docx',
    en: 'not a valid DOCX (not a zip archive, or damaged). If it is a legacy .doc, save it as .docx in Word/WPS',
  });
}

function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  if (bytes.length < 22) throw notZip();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 22 + 65535 bytes (its comment is ≤ 64 KB).
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notZip();
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff)
    throw new ImportError('not-docx', {
      zh: '不是 Word 文档：ZIP64 压缩包（Word 不写这种格式）',
      en: 'not a Word document: a ZIP64 archive (Word does not write those)',
    });
  if (count > MAX_ENTRIES) throw bomb(0);
  if (cdOffset + cdSize > eocd) throw notZip();
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== 0x02014b50) throw notZip();
    const flags = view.getUint16(p + 8, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    entries.push({
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localHeader: view.getUint32(p + 42, true),
      encrypted: (flags & 1) === 1,
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Inflates one entry with its declared size as the cap: an entry that lies is refused, not trusted. */
function inflateEntry(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  if (e.encrypted)
    throw new ImportError('encrypted', {
      zh: `文件中的 ${e.name} 已加密，无法读取：请取消密码保护后再导入`,
      en: `${e.name} in the file is encrypted and cannot be read: remove the password, then import it`,
    });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const h = e.localHeader;
  if (h + 30 > bytes.length || view.getUint32(h, true) !== 0x04034b50) throw notZip();
  const start = h + 30 + view.getUint16(h + 26, true) + view.getUint16(h + 28, true);
  const data = bytes.subarray(start, start + e.compressedSize);
  if (data.length !== e.compressedSize) throw notZip();
  if (e.method === 0) {
    if (e.compressedSize !== e.size) throw notZip();
    return data;
  }
  if (e.method !== 8)
    throw new ImportError('not-docx', {
      zh: `不是 Word 文档：${e.name} 使用了不支持的压缩方式（${e.method}）`,
      en: `not a Word document: ${e.name} uses an unsupported compression method (${e.method})`,
    });
  let out: Uint8Array;
  try {
    // Loaded here: every CLI start loads this module (the host's limits), few read a DOCX.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous lazy load
    const { inflateRawSync } = require('node:zlib') as typeof Zlib;
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.size) });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw bomb(e.size);
    throw notZip();
  }
  if (out.length !== e.size) throw bomb(e.size);
  return out;
}

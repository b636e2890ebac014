/**
 * The DOCX's zip container, written with Node's zlib. docx zips its parts with fflate at level 6 in
 * JavaScript, which was a sixth of an export (a 50-page decision's document.xml is 330 KB: 63 ms;
 * zlib at the same level: 1 ms, and a smaller file). The parts are docx's own (`Packer`'s compiler),
 * in its order; the container is the few records of APPNOTE 4.3 a DOCX needs (local headers, the
 * central directory, its end), every entry deflated, dated 1980-01-01 so that the same document
 * makes the same bytes.
 */
import { gzipSync } from 'node:zlib';

/**
 * A part deflated, with its CRC-32, both computed by zlib: a gzip member is a 10-byte header, the
 * raw deflate stream a zip entry holds, then the CRC-32 and the size. (zlib.crc32 came in Node
 * 20.15, and the server runs on the Node of VS Code 1.91, 20.9; a CRC-32 in JavaScript was a
 * third of the zip's time in a cold CLI run.)
 */
function deflated(raw: Uint8Array): { packed: Uint8Array; crc: number } {
  const gz = gzipSync(raw);
  // No name, comment or extra field (zlib writes none unless asked): the stream starts at byte 10.
  if (gz[3] !== 0) throw new Error('zip: unexpected gzip header');
  return { packed: gz.subarray(10, gz.length - 8), crc: gz.readUInt32LE(gz.length - 8) };
}

/** MS-DOS date of 1980-01-01 (the earliest a zip can say), time 00:00. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 1 << 11;

/** The zip of `parts` (path → content, strings as UTF-8), in their order. */
export function zipParts(parts: Iterable<[string, string | Uint8Array]>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  let count = 0;
  for (const [path, data] of parts) {
    const name = Buffer.from(path, 'utf8');
    const raw = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const { packed, crc } = deflated(raw);
    const local = Buffer.alloc(30 + name.length);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    name.copy(local, 30);
    const entry = Buffer.alloc(46 + name.length);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // made by: 2.0
    local.copy(entry, 6, 4, 30); // version needed … name length, as in the local header
    entry.writeUInt16LE(0, 32); // comment length (30, 32: extra and comment, 0)
    entry.writeUInt16LE(0, 34); // disk
    entry.writeUInt16LE(0, 36); // internal attributes
    entry.writeUInt32LE(0, 38); // external attributes
    entry.writeUInt32LE(offset, 42);
    name.copy(entry, 46);
    chunks.push(local, packed);
    central.push(entry);
    offset += local.length + packed.length;
    count++;
  }
  const centralSize = central.reduce((n, e) => n + e.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  const out = Buffer.concat([...chunks, ...central, end]);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

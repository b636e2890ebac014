// The DOCX container (core/export/zip.ts): what a zip reader checking every CRC-32 reads back.
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { zipParts } from '../../server/src/core/export/zip';

describe('export: the zip container', () => {
  const parts: [string, string | Uint8Array][] = [
    ['[Content_Types].xml', '<?xml version="1.0"?><Types/>'],
    ['word/document.xml', '当事人：张家港市锦帆精密机械有限公司。'.repeat(5000)],
    ['word/empty.xml', ''],
    ['word/media/bytes.bin', Uint8Array.from({ length: 70000 }, (_, i) => (i * 7919) % 251)],
  ];

  it('holds every part, in order, with its CRC-32 right', async () => {
    const zip = await JSZip.loadAsync(zipParts(parts), { checkCRC32: true });
    assert.deepEqual(
      Object.keys(zip.files),
      parts.map(([p]) => p),
    );
    for (const [path, data] of parts) {
      const read = await zip.file(path)!.async('uint8array');
      assert.deepEqual(read, typeof data === 'string' ? new TextEncoder().encode(data) : data, path);
    }
  });

  it('is the same bytes for the same parts', () => {
    assert.deepEqual(zipParts(parts), zipParts(parts));
  });

  it('a reader refuses it with a CRC-32 changed (the check above reads them)', async () => {
    const bytes = zipParts(parts.slice(0, 2));
    // The first entry's CRC-32 in the central directory, whose offset the last record gives.
    const central = new DataView(bytes.buffer, bytes.byteOffset).getUint32(bytes.length - 22 + 16, true);
    bytes[central + 16] ^= 1;
    await assert.rejects(JSZip.loadAsync(bytes, { checkCRC32: true }), /crc32/i);
  });
});

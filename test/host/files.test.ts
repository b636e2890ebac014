import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError, readDraft } from '../../server/src/host/files';

describe('host: reading a draft', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'casedraft-files-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const file = (bytes: Buffer | string) => {
    const path = join(dir, 'x.case.md');
    writeFileSync(path, bytes);
    return path;
  };

  it('gives the text as a UTF-8 decoder does: without a byte order mark, of any length', () => {
    assert.equal(readDraft(file('\ufeff---\n文书: 决定\n')), '---\n文书: 决定\n');
    assert.equal(readDraft(file('')), '');
    // Only the first mark is dropped; a later one is text.
    assert.equal(readDraft(file('\ufeff\ufeff甲')), '\ufeff甲');
    const long = '当事人：'.repeat(50_000);
    assert.equal(readDraft(file(long)), long);
  });

  it('refuses bytes that are not UTF-8, surrogates and overlong forms included', () => {
    for (const bytes of [
      [0xff, 0xfe],
      [0xed, 0xa0, 0x80],
      [0xc0, 0xaf],
      [0xe4, 0xb8],
    ])
      assert.throws(
        () => readDraft(file(Buffer.from(bytes))),
        (err) => err instanceof InputError && /not UTF-8/.test(err.message),
      );
  });
});

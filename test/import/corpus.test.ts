// The real corpus (test/corpus/real/), imported from each document's source.txt: the draft's
// printed text is the document's text, paragraph for paragraph and character for character.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printedParagraphs } from '../../server/src/core/export';
import { importDocument } from '../../server/src/core/import';

const REAL = join(__dirname, '..', 'corpus', 'real');
const folders = existsSync(REAL)
  ? readdirSync(REAL)
      .filter((d) => existsSync(join(REAL, d, 'source.txt')))
      .sort()
  : [];

describe('import: the real corpus', () => {
  it('has documents to import', () => assert.ok(folders.length >= 10, `${folders.length} documents`));

  for (const dir of folders) {
    it(`${dir}: the printed draft is the document's text`, async () => {
      const source = readFileSync(join(REAL, dir, 'source.txt'), 'utf8');
      const draft = await importDocument('source.txt', Buffer.from(source));
      const original = source
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      // The printer leaves room for the seal where a signing block has none printed: not text.
      const printed = printedParagraphs(draft.model).filter((p) => p !== '（印章）' || original.includes(p));
      assert.deepEqual(printed, original);
    });
  }
});

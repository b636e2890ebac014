import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printedParagraphs, PUBLIC_MARK } from '../../server/src/core/export';
import { parseCase } from '../../server/src/core/parse';
import { servedTransform } from '../../server/src/core/redact';
import { cli, ROOT } from '../cli/run';
import { openDocx, referencedPart } from './docxReader';

const PERSON = join(ROOT, 'test/fixtures/individual-decision.case.md');
const ID = '320582199003071232';
const PHONE = '13912345678';
const HOME = '张家港市金港镇长江村三组18号';

describe('casedraft export --public (CLI)', () => {
  before(function () {
    this.timeout(120000);
    // npm test builds first; a bare mocha run may meet a bundle from before --public existed.
    const dist = join(ROOT, 'dist/cli.js');
    if (!existsSync(dist) || !readFileSync(dist, 'utf8').includes('.public.docx')) {
      const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      assert.equal(r.status, 0, r.stderr);
    }
  });

  it('writes <name>.public.docx next to the draft, without the person’s ID number, phone or home address', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casedraft-public-'));
    const draft = join(dir, 'individual-decision.case.md');
    copyFileSync(PERSON, draft);
    // --force: this test is about masking; another rule's finding must not stop the export.
    const r = cli(['export', draft, '--public', '--force']);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(readdirSync(dir).sort(), [
      'individual-decision.case.md',
      'individual-decision.public.docx',
    ]);
    const doc = await openDocx(readFileSync(join(dir, 'individual-decision.public.docx')));
    const all = doc.files.map((f) => doc.xml(f)).join('\n');
    for (const s of [ID, PHONE, HOME]) assert.ok(!all.includes(s), `public copy holds ${s}`);
    assert.ok(doc.paragraphs().includes('身份证号：320582************'));
    // Every page says what this copy is (odd and even headers), and so does the message.
    for (const type of ['default', 'even'] as const)
      assert.ok(doc.paragraphs(referencedPart(doc, 'header', type)).includes(PUBLIC_MARK), type);
    assert.match(PUBLIC_MARK, /^公开版/);
    assert.match(r.stderr, /公开版.*individual-decision\.public\.docx/);
  });

  it('the served copy never prints a trade-secret marker, only its content', async () => {
    const model = parseCase(readFileSync(PERSON, 'utf8').replace('已售出三袋', '已售出〖商业秘密：三袋〗'));
    const served = printedParagraphs(model, { transform: servedTransform });
    assert.ok(served.some((p) => p.includes('已售出三袋')));
    assert.ok(!served.some((p) => /〖|〗|商业秘密/.test(p)));

    const dir = mkdtempSync(join(tmpdir(), 'casedraft-served-'));
    const draft = join(dir, 'd.case.md');
    writeFileSync(draft, model.text);
    const r = cli(['export', draft, '--force']);
    assert.equal(r.code, 0, r.stderr);
    const text = (await openDocx(readFileSync(join(dir, 'd.docx')))).paragraphs().join('\n');
    assert.ok(text.includes('已售出三袋') && !/〖|〗|商业秘密/.test(text));
  });
});

// Writes that cannot destroy: export never over its input (also through links), never over an
// existing DOCX without --force, and a link planted where a temporary file might go redirects nothing.
import assert from 'node:assert/strict';
import {
  existsSync,
  linkSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { exportCommand } from '../../server/src/cli/export';
import { printedParagraphs } from '../../server/src/core/export';
import { parseCase } from '../../server/src/core/parse';
import { writeAtomic } from '../../server/src/host/files';
import { openDocx } from '../export/docxReader';
import { BASE, edit } from '../helpers/ruleTester';
import { cli } from '../cli/run';

/** BASE with a fact left uncited: an error (evidence/uncited-fact), so export refuses it. */
const FAULTY = edit('未如实记录培训时间和内容。[证据3]', '未如实记录培训时间和内容。');

/**
 * Runs `export` in this process while the draft is swapped for `then` the moment its first read
 * is closed, as another program could between a check and a print. Returns the exit code and how
 * many times the draft was opened.
 */
async function exportWhileSwapped(draft: string, then: string, args: string[]) {
  // host/files.ts calls fs through the module object, so spies set on it see every open and close.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the module object itself, not a namespace copy
  const fs = require('node:fs') as typeof import('node:fs');
  const { openSync, closeSync } = fs;
  const draftFds = new Set<number>();
  let opens = 0;
  fs.openSync = (...args: Parameters<typeof openSync>) => {
    const fd = openSync(...args);
    if (resolve(String(args[0])) === draft) {
      opens++;
      draftFds.add(fd);
    }
    return fd;
  };
  fs.closeSync = (fd: number) => {
    closeSync(fd);
    if (draftFds.delete(fd) && opens === 1) fs.writeFileSync(draft, then);
  };
  const stderr = process.stderr.write;
  process.stderr.write = () => true;
  try {
    return { code: await exportCommand([draft, ...args], 'zh-cn'), opens };
  } finally {
    fs.openSync = openSync;
    fs.closeSync = closeSync;
    process.stderr.write = stderr;
  }
}

describe('hostile workspaces: writes', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'casedraft-writes-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('export X.case.md -o X.case.md (or a link to it, or a hard link) leaves the draft as it was', () => {
    const draft = join(dir, 'X.case.md');
    writeFileSync(draft, BASE);
    symlinkSync(draft, join(dir, 'sym.docx'));
    linkSync(draft, join(dir, 'hard.docx'));
    for (const target of [draft, join(dir, 'sym.docx'), join(dir, 'hard.docx')]) {
      const r = cli(['export', draft, '-o', target, '--force']);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /the output is the input|must end in \.docx/);
      assert.equal(readFileSync(draft, 'utf8'), BASE);
    }
  });

  it('an existing DOCX is replaced only with --force', () => {
    const draft = join(dir, 'd.case.md');
    const out = join(dir, 'd.docx');
    writeFileSync(draft, BASE);
    writeFileSync(out, 'earlier export');
    const r = cli(['export', draft, '-o', out]);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /already exists; add --force/);
    assert.equal(readFileSync(out, 'utf8'), 'earlier export');
    assert.equal(cli(['export', draft, '-o', out, '--force']).code, 0);
    assert.notEqual(readFileSync(out, 'utf8'), 'earlier export');
  });

  it('the temporary file has a random name, created exclusively: the old predictable name is inert, nothing is left', () => {
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'precious');
    const out = join(dir, 'out.docx');
    // The name the old code used; a link there used to be written through.
    symlinkSync(victim, `${out}.${process.pid}.tmp`);
    writeAtomic(out, 'new bytes');
    assert.equal(readFileSync(victim, 'utf8'), 'precious');
    assert.equal(readFileSync(out, 'utf8'), 'new bytes');
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.endsWith('.tmp') && !f.includes(String(process.pid))),
      [],
    );
    assert.ok(existsSync(out));
  });

  it('export reads its draft once: what is checked is what is printed, whatever happens to the file after', async () => {
    const draft = join(dir, 'd.case.md');
    const out = join(dir, 'd.docx');
    // Checked clean, then made faulty on disk: the clean text that was checked is printed.
    writeFileSync(draft, BASE);
    const clean = await exportWhileSwapped(draft, FAULTY, ['-o', out]);
    assert.deepEqual(clean, { code: 0, opens: 1 });
    assert.equal(readFileSync(draft, 'utf8'), FAULTY, 'the swap happened');
    const doc = await openDocx(readFileSync(out));
    assert.deepEqual(doc.paragraphs(), printedParagraphs(parseCase(BASE)));
    // Checked faulty, then made clean on disk: refused, and nothing written.
    rmSync(out);
    const faulty = await exportWhileSwapped(draft, BASE, ['-o', out]);
    assert.deepEqual(faulty, { code: 1, opens: 1 });
    assert.equal(existsSync(out), false);
  });
});

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
import { join } from 'node:path';
import { writeAtomic } from '../../server/src/host/files';
import { BASE } from '../helpers/ruleTester';
import { cli } from '../cli/run';

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
});

// The CLI on inputs at and past its limits: a clear message, the right exit code, no stack trace.
// Spawns the built CLI (npm test builds first; run `npm run build` before mocha by hand).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_DRAFT_BYTES } from '../../server/src/host/files';
import { cli, noStackTrace, ROOT } from '../cli/run';

/** A real draft padded with more fact paragraphs, spread over sections, to about `bytes`. */
export function bigDraft(bytes: number): string {
  const base = readFileSync(join(ROOT, 'examples/clean/decision.case.md'), 'utf8');
  const para =
    '经查，当事人于2025年3月10日在生产车间组织作业，执法人员现场检查发现培训档案记录与实际情况不符。[证据1]\n\n';
  const parts = [base, '\n## 附录\n\n'];
  let size = Buffer.byteLength(base) + 20;
  const paraBytes = Buffer.byteLength(para);
  for (let i = 0; size + paraBytes < bytes; i++) {
    // An H2 now and then: the parser splits at H2 (remark is superlinear in one section), as real drafts are split.
    const piece = i % 50 === 0 ? `## 补充${i}\n\n${para}` : para;
    parts.push(piece);
    size += Buffer.byteLength(piece);
  }
  return parts.join('');
}

describe('limits: CLI', function () {
  this.timeout(180000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'casedraft-limits-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a draft over 10 MB is refused: exit 2, the size named, no stack trace', () => {
    const f = join(dir, 'huge.case.md');
    writeFileSync(f, Buffer.alloc(MAX_DRAFT_BYTES + 1, 'a'));
    const r = cli(['lint', f]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /10 MB/);
    assert.ok(noStackTrace(r.stderr));
  });

  it('a draft just under 10 MB is checked (exit 0 or 1), no stack trace', () => {
    const f = join(dir, 'large.case.md');
    const text = bigDraft(MAX_DRAFT_BYTES - 4096);
    writeFileSync(f, text);
    assert.ok(Buffer.byteLength(text) <= MAX_DRAFT_BYTES);
    const r = cli(['lint', '--format', 'json', f]);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    assert.ok(noStackTrace(r.stderr), r.stderr);
    assert.equal((JSON.parse(r.stdout) as unknown[]).length, 1);
  });

  const cases: { name: string; content?: string | Buffer; code: number; stderr?: RegExp; stdout?: RegExp }[] =
    [
      {
        name: 'no YAML front matter',
        content: '# 行政处罚决定书\n\n正文。\n',
        code: 1,
        stdout: /structure\/front-matter/,
      },
      { name: 'an empty file', content: '', code: 1, stdout: /structure\/front-matter/ },
      {
        name: 'a binary file',
        content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff]),
        code: 2,
        stderr: /binary|二进制/,
      },
      { name: 'a missing file', code: 2, stderr: /no such file/ },
      {
        name: 'an alias bomb',
        content:
          '---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n---\n',
        code: 1,
        stdout: /front matter|前置|YAML/i,
      },
    ];
  for (const c of cases) {
    it(`${c.name}: exit ${c.code}, a clear message, no stack trace`, () => {
      const f = join(dir, `${c.name.replace(/\W+/g, '-')}.case.md`);
      if (c.content !== undefined) writeFileSync(f, c.content);
      const r = cli(['lint', '--locale', 'en', f]);
      assert.equal(r.code, c.code, r.stdout + r.stderr);
      if (c.stderr) assert.match(r.stderr, c.stderr);
      if (c.stdout) assert.match(r.stdout, c.stdout);
      assert.ok(noStackTrace(r.stdout + r.stderr));
      assert.ok(!/internal error|内部错误/.test(r.stderr), r.stderr);
    });
  }
});

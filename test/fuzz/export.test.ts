// Property: export writes the whole document or nothing. In the core, exportDocx resolves to a
// complete DOCX (a zip JSZip can open, with its document part) or rejects with an Error; in the
// CLI, a failed export leaves no file behind.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { exportDocx } from '../../server/src/core/export';
import { parseCase } from '../../server/src/core/parse';
import { cli } from '../cli/run';
import { mutatedDraft, runs } from './helpers';

describe('fuzz: export is all or nothing', function () {
  this.timeout(0);

  it('exportDocx gives a complete DOCX or a clean Error, on mutated drafts', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedDraft, async (text) => {
        let bytes: Uint8Array;
        try {
          bytes = await exportDocx(parseCase(text));
        } catch (err) {
          assert.ok(err instanceof Error, `threw a non-Error: ${String(err)}`);
          return;
        }
        assert.ok(bytes instanceof Uint8Array && bytes.length > 0);
        const zip = await JSZip.loadAsync(bytes);
        assert.ok(zip.file('word/document.xml'), 'no word/document.xml');
        assert.ok(zip.file('[Content_Types].xml'), 'no [Content_Types].xml');
      }),
      // Each export builds a DOCX; a few dozen runs in npm test, FUZZ_RUNS for the long mode.
      { numRuns: Math.min(runs(40), Number(process.env.FUZZ_EXPORT_RUNS) || 2000) },
    );
  });

  it('the CLI leaves no file when export fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casedraft-export-fuzz-'));
    try {
      const inputs: [string, string | Buffer][] = [
        ['binary.case.md', Buffer.from([0x50, 0x4b, 0, 0, 0xff])],
        ['no-front-matter.case.md', '# 行政处罚决定书\n\n正文\n'],
        [
          'alias-bomb.case.md',
          '---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n---\n',
        ],
      ];
      for (const [name, content] of inputs) {
        const f = join(dir, name);
        writeFileSync(f, content);
        const out = join(dir, `${name}.docx`);
        const r = cli(['export', f, '-o', out]);
        if (r.code !== 0) assert.ok(!existsSync(out), `${name}: exit ${r.code} but ${out} was written`);
        else assert.ok(existsSync(out));
        assert.ok(!/\n\s+at .+:\d+:\d+\)/.test(r.stderr), r.stderr);
      }
      const missing = join(dir, 'missing.docx');
      assert.equal(cli(['export', join(dir, 'nope.case.md'), '-o', missing]).code, 2);
      assert.ok(!existsSync(missing));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, noStackTrace, ROOT, SHARED } from './run';

interface JsonFile {
  file: string;
  diagnostics: {
    rule: string;
    severity: string;
    message: string;
    messageId: string;
    data?: Record<string, unknown>;
    lawDate?: string;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    fixes?: JsonFix[];
    suggestions?: JsonFix[];
  }[];
}

interface JsonFix {
  title: string;
  messageId: string;
  data?: Record<string, unknown>;
  edits: { range: JsonFile['diagnostics'][number]['range']; newText: string }[];
}

const tmp = () => mkdtempSync(join(tmpdir(), 'casedraft-cli-'));

describe('casedraft lint', () => {
  it('the clean sample: exit 0, no diagnostics', () => {
    const r = cli(['lint', 'examples/clean', '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as JsonFile[];
    assert.deepEqual(out, [{ file: 'examples/clean/decision.case.md', diagnostics: [] }]);
  });

  it('the flawed sample: exit 1, and the JSON has exactly the contract’s keys', () => {
    const r = cli(['lint', 'examples/flawed', '--format', 'json']);
    assert.equal(r.code, 1);
    const [file] = JSON.parse(r.stdout) as JsonFile[];
    assert.ok(file!.diagnostics.length > 5);
    // The contract's keys, and the message id and data each message was worded from.
    assert.ok(file!.diagnostics.some((d) => d.data !== undefined));
    for (const d of file!.diagnostics) {
      const keys = ['message', 'messageId', 'range', 'rule', 'severity'];
      for (const k of ['data', 'lawDate', 'fixes', 'suggestions'] as const) if (d[k]) keys.push(k);
      assert.deepEqual(Object.keys(d).sort(), keys.sort());
      assert.match(d.messageId, /^\w+$/);
      assert.ok(['error', 'warning', 'info'].includes(d.severity));
      assert.deepEqual(Object.keys(d.range.start).sort(), ['character', 'line']);
    }
  });

  it('each finding carries its fixes and suggestions, titled, with their edits (as ESLint’s JSON does)', () => {
    const r = cli(['lint', 'examples/flawed', '--format', 'json']);
    const [file] = JSON.parse(r.stdout) as JsonFile[];
    const withFix = file!.diagnostics.filter((d) => d.fixes);
    assert.ok(withFix.length > 3);
    assert.ok(file!.diagnostics.some((d) => d.suggestions));
    for (const f of file!.diagnostics.flatMap((d) => [...(d.fixes ?? []), ...(d.suggestions ?? [])])) {
      assert.match(f.title, /[\u4e00-\u9fa5]/);
      assert.match(f.messageId, /^\w+$/);
      assert.ok(f.edits.length > 0);
      for (const e of f.edits) assert.equal(typeof e.newText, 'string');
    }
    // The 文号 fix, read from the JSON alone, says what it writes.
    const docNumber = withFix.find((d) => d.rule === 'wording/doc-number');
    assert.equal(docNumber?.fixes?.[0]?.edits[0]?.newText, '张应急罚决字〔2025〕8号');
  });

  it('files come in sorted path order, folders searched for *.case.md only', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'b'));
    mkdirSync(join(dir, 'a'));
    const clean = readFileSync(join(ROOT, 'examples/clean/decision.case.md'), 'utf8');
    writeFileSync(join(dir, 'b', 'x.case.md'), clean);
    writeFileSync(join(dir, 'a', 'y.case.md'), clean);
    writeFileSync(join(dir, 'a', 'notes.md'), '# not a draft');
    const r = cli(['lint', '--format', 'json', '.'], dir);
    assert.deepEqual(
      (JSON.parse(r.stdout) as JsonFile[]).map((f) => f.file),
      ['a/y.case.md', 'b/x.case.md'],
    );
  });

  it('--max-warnings turns too many warnings into exit 1', () => {
    const dir = tmp();
    const clean = readFileSync(join(ROOT, 'examples/clean/decision.case.md'), 'utf8');
    // A 文号 with [] around its year: a warning (GB/T 9704-2012, a standard), not an error.
    writeFileSync(join(dir, 'w.case.md'), clean.replace(/^文号: (.*)〔(\d{4})〕/m, '文号: $1[$2]'));
    assert.equal(cli(['lint', dir]).code, 0);
    assert.equal(cli(['lint', dir, '--max-warnings', '0']).code, 1);
    assert.equal(cli(['lint', dir, '--max-warnings', '5']).code, 0);
  });

  it('a config file changes severities', () => {
    const dir = tmp();
    const clean = readFileSync(join(ROOT, 'examples/clean/decision.case.md'), 'utf8');
    writeFileSync(
      join(dir, 'w.case.md'),
      clean.replace('未如实记录培训时间和内容。[证据3]', '未如实记录培训时间和内容。'),
    );
    assert.equal(cli(['lint', dir]).code, 1);
    writeFileSync(
      join(dir, 'casedraft.config.json'),
      JSON.stringify({ rules: { 'evidence/uncited-fact': 'warning', 'evidence/unused': 'off' } }),
    );
    const r = cli(['lint', dir, '--format', 'json']);
    assert.equal(r.code, 0, r.stdout);
    const d = (JSON.parse(r.stdout) as JsonFile[])[0]!.diagnostics.find(
      (x) => x.rule === 'evidence/uncited-fact',
    );
    assert.equal(d?.severity, 'warning');
  });

  it('an invalid config: exit 2 with the schema’s complaint', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'casedraft.config.json'), JSON.stringify({ rules: { 'no/such-rule': 'error' } }));
    writeFileSync(
      join(dir, 'a.case.md'),
      readFileSync(join(ROOT, 'examples/clean/decision.case.md'), 'utf8'),
    );
    const r = cli(['lint', dir]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /casedraft\.config\.json/);
  });

  it('--format sarif writes SARIF 2.1.0 with rule ids and 1-based regions', () => {
    const r = cli(['lint', 'examples/flawed', '--format', 'sarif']);
    const sarif = JSON.parse(r.stdout);
    assert.equal(sarif.version, '2.1.0');
    const run = sarif.runs[0];
    assert.ok(run.tool.driver.rules.some((x: { id: string }) => x.id === 'evidence/uncited-fact'));
    assert.ok(run.results.length > 0);
    for (const res of run.results) {
      assert.ok(res.locations[0].physicalLocation.region.startLine >= 1);
      assert.ok(['error', 'warning', 'note'].includes(res.level));
    }
  });

  it('--locale en gives English messages', () => {
    const r = cli(['lint', 'examples/flawed', '--format', 'json', '--locale', 'en']);
    const [file] = JSON.parse(r.stdout) as JsonFile[];
    assert.ok(file!.diagnostics.every((d) => /[A-Za-z]{4}/.test(d.message)));
  });
});

describe('casedraft lint --fix', () => {
  const clean = readFileSync(join(ROOT, 'examples/clean/decision.case.md'), 'utf8');
  // Three of the flawed sample's mistakes in the clean one: each has a certain fix.
  const broken = clean
    .replace('张应急罚决字〔2025〕8号', '张应急罚决字[2025]第08号')
    .replace('罚款人民币贰万元整', '罚金人民币贰万元整')
    .replace('违反了《中华人民共和国安全生产法》第二十八条第四款', '违反了安全生产法第28条第4款');

  it('writes the fixed draft back — the clean text — and the re-lint finds nothing', () => {
    assert.notEqual(broken, clean);
    const dir = tmp();
    const path = join(dir, 'decision.case.md');
    writeFileSync(path, broken);
    const before = JSON.parse(
      cli(['lint', '--format', 'json', 'decision.case.md'], dir).stdout,
    ) as JsonFile[];
    const rules = new Set(before[0]!.diagnostics.filter((d) => d.fixes).map((d) => d.rule));
    assert.deepEqual([...rules].sort(), [
      'citation/article-number',
      'citation/book-marks',
      'citation/short-name',
      'wording/doc-number',
      'wording/nonstandard-term',
    ]);
    const inode = statSync(path).ino;
    const r = cli(['lint', '--fix', '--format', 'json', 'decision.case.md'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const out = JSON.parse(r.stdout) as (JsonFile & { fixed?: number })[];
    assert.ok(out[0]!.fixed! >= 3);
    assert.deepEqual(out[0]!.diagnostics, []);
    assert.equal(readFileSync(path, 'utf8'), clean);
    // Written as a whole new file renamed over the old one (host writeAtomic): no temporary left.
    assert.notEqual(statSync(path).ino, inode);
    assert.deepEqual(readdirSync(dir), ['decision.case.md']);
    const again = cli(['lint', '--format', 'json', 'decision.case.md'], dir);
    assert.equal(again.code, 0);
    assert.deepEqual((JSON.parse(again.stdout) as JsonFile[])[0]!.diagnostics, []);
  });

  it('applies no suggestion and leaves a draft with nothing to fix untouched', () => {
    const dir = tmp();
    const path = join(dir, 'decision.case.md');
    // 罚金 → 罚款 is certain; the hedge 可能 needs the officer (a suggestion at most).
    const text = broken.replace('档案记载与实际情况不符', '档案记载可能与实际情况不符');
    writeFileSync(path, text);
    const r = cli(['lint', '--fix', 'decision.case.md'], dir);
    assert.match(r.stdout, /已自动修复 \d+ 处，已写回文件/);
    const fixed = readFileSync(path, 'utf8');
    assert.ok(fixed.includes('档案记载可能与实际情况不符'));
    assert.ok(fixed.includes('罚款人民币贰万元整'));
    const inode = statSync(path).ino;
    const second = cli(['lint', '--fix', 'decision.case.md'], dir);
    assert.doesNotMatch(second.stdout, /已自动修复/);
    assert.equal(statSync(path).ino, inode);
    assert.equal(readFileSync(path, 'utf8'), fixed);
  });
});

describe('casedraft lint on bad input: a clear message, the right exit code, no stack trace', () => {
  it('a file without front matter: exit 1 with structure/front-matter', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'plain.case.md'), '# 行政处罚决定书\n\n正文。\n');
    const r = cli(['lint', dir, '--format', 'json']);
    assert.equal(r.code, 1);
    assert.ok(
      (JSON.parse(r.stdout) as JsonFile[])[0]!.diagnostics.some((d) => d.rule === 'structure/front-matter'),
    );
    assert.ok(noStackTrace(r.stderr));
  });

  it('an empty file: exit 1 with structure/front-matter', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'empty.case.md'), '');
    const r = cli(['lint', dir, '--format', 'json']);
    assert.equal(r.code, 1);
    assert.equal((JSON.parse(r.stdout) as JsonFile[])[0]!.diagnostics[0]!.rule, 'structure/front-matter');
  });

  it('a binary file: exit 2, named on stderr, the other drafts still checked', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bin.case.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe]));
    writeFileSync(
      join(dir, 'ok.case.md'),
      readFileSync(join(ROOT, 'examples/clean/decision.case.md'), 'utf8'),
    );
    const r = cli(['lint', dir, '--format', 'json']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /bin\.case\.md.*(不是文本文件|not a text file)/);
    assert.deepEqual(
      (JSON.parse(r.stdout) as JsonFile[]).map((f) => f.file.replace(/.*\//, '')),
      ['ok.case.md'],
    );
    assert.ok(noStackTrace(r.stderr));
  });

  it('a file that is not UTF-8: exit 2', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'gbk.case.md'), Buffer.from([0xd0, 0xd0, 0xd5, 0xfe, 0x0a]));
    const r = cli(['lint', join(dir, 'gbk.case.md')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /UTF-8/);
  });

  it('a path that does not exist: exit 2', () => {
    const r = cli(['lint', 'no/such/draft.case.md']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no\/such\/draft\.case\.md/);
    assert.ok(noStackTrace(r.stderr));
  });

  it('--help, for the tool and for each command: the usage on stdout, exit 0', function () {
    // Nine runs of the CLI: on a loaded machine each start takes seconds.
    this.timeout(120000);
    const top = cli(['--help']);
    assert.equal(top.code, 0);
    assert.match(top.stdout, /casedraft <命令 command> --help/);
    for (const [command, flag] of [
      ['lint', '--help'],
      ['export', '-h'],
      ['new', '--help'],
      ['timeline', '--help'],
      ['guidance', '-h'],
      ['rules', '--help'],
    ] as const) {
      const r = cli([command, flag]);
      assert.equal(r.code, 0, `${command} ${flag}: ${r.stderr}`);
      assert.match(r.stdout, new RegExp(`^用法 / usage:\\n  casedraft ${command}\\b`), command);
      assert.equal(r.stderr, '');
    }
    // An option's text comes with it, and --help wins over the other arguments.
    assert.match(cli(['export', 'x.case.md', '--help']).stdout, /--public/);
    assert.match(cli(['help', 'lint']).stdout, /--max-warnings N/);
  });

  it('an unknown command or option: exit 2 with the usage', () => {
    assert.equal(cli(['frobnicate']).code, 2);
    const r = cli(['lint', '--format', 'xml']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /casedraft lint/);
  });
});

describe('casedraft rules', () => {
  it('lists every rule with its default severity and docs page', () => {
    const r = cli(['rules', '--format', 'json']);
    assert.equal(r.code, 0);
    const rows = JSON.parse(r.stdout) as { id: string; severity: string; docs: string }[];
    assert.ok(
      rows.some(
        (x) =>
          x.id === 'structure/missing-section' &&
          x.severity === 'error' &&
          x.docs === 'docs/rules/structure/missing-section.md',
      ),
    );
  });
});

describe('casedraft new', () => {
  it('writes the template of a document type, which parses and names its sections', () => {
    const dir = tmp();
    const out = join(dir, 'n.case.md');
    const r = cli(['new', '行政处罚决定书', '-o', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(readFileSync(out, 'utf8'), /## 救济途径/);
    assert.equal(cli(['new', '行政处罚决定书', '-o', out]).code, 2, 'refuses to overwrite');
    assert.equal(cli(['new', '某某书']).code, 2);
  });
});

describe('the shared samples (test/fixtures/shared/examples)', function () {
  it('2024-fh-017 (clean): no error or warning', () => {
    const r = cli(['lint', join(SHARED, 'examples/2024-fh-017'), '--format', 'json']);
    const [file] = JSON.parse(r.stdout) as JsonFile[];
    assert.deepEqual(
      file!.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.rule} ${d.message}`),
      [],
    );
    assert.equal(r.code, 0);
  });

  it('2024-fh-021 (flawed): the structure and evidence problems it has', () => {
    const r = cli(['lint', join(SHARED, 'examples/2024-fh-021'), '--format', 'json']);
    assert.equal(r.code, 1);
    const [file] = JSON.parse(r.stdout) as JsonFile[];
    const found = file!.diagnostics
      .filter((d) => /^(structure|evidence)\//.test(d.rule))
      .map((d) => `${d.range.start.line + 1} ${d.rule}`);
    // Read off the draft: no 救济途径 section; two fact paragraphs without evidence; 证据1 (an
    // on-site record) by one officer; 证据2 a 检验报告 (not a statutory kind) with no sampling
    // record; 证据2 and 证据3 cited by no fact; 证据3 without date or purpose.
    for (const expected of [
      '49 structure/missing-section',
      '61 evidence/uncited-fact',
      '63 evidence/uncited-fact',
      '69 evidence/collector-count',
      '70 evidence/unused',
      '70 evidence/sampling-record',
      '70 evidence/invalid-kind',
      '71 evidence/unused',
      '71 evidence/missing-field',
    ]) {
      assert.ok(found.includes(expected), `expected ${expected}; found:\n${found.join('\n')}`);
    }
    assert.equal(found.filter((f) => f === '71 evidence/missing-field').length, 2);
  });
});

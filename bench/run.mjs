// `npm run bench`: CaseDraft's figures and its peers' on the same generated drafts.
// Prints one table and writes the same figures to bench/results.json. Generated drafts live in
// bench/out/ (gitignored). Not part of `npm test`: figures depend on the machine and its load.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { importBench } from './import.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench/out');
const BIN = join(ROOT, 'node_modules/.bin');
const CLI = join(ROOT, 'bin/casedraft.js');
const require = createRequire(import.meta.url);
const quick = process.env.BENCH_QUICK === '1';

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

// ---------- drafts ----------
const BASE = readFileSync(join(ROOT, 'examples/clean/decision.case.md'), 'utf8');
const FACTS = [
  '经查，当事人于2025年3月10日在生产车间组织作业，执法人员现场检查发现培训档案记录与实际情况不符。[证据1]',
  '当事人的上述行为违反了《中华人民共和国安全生产法》第二十八条第四款的规定。[证据2]',
  '当事人现有从业人员四十二人，2025年2月组织新员工岗前培训，实际培训学时为八学时。[证据1][证据4]',
  '以上事实有现场检查笔录、询问笔录、培训档案复印件等证据证实，罚款人民币贰万元整（¥20,000元）。[证据3]',
];

/** The clean decision with fact paragraphs added to 违法事实 until it has about `lines` lines. */
function draftOfLines(lines) {
  const have = BASE.split('\n').length;
  const extra = [];
  for (let i = 0; have + extra.length < lines; i++) {
    if (i % 20 === 0) extra.push(`### 事实${i / 20 + 1}`, '');
    extra.push(FACTS[i % FACTS.length], '');
  }
  return BASE.replace('## 违法事实\n', `## 违法事实\n\n${extra.join('\n')}\n`);
}

/** About 50 printed pages: ~600 characters a page. */
function fiftyPages() {
  const target = 50 * 600;
  let text = draftOfLines(0);
  const extra = [];
  let n = 0;
  for (let i = 0; n < target; i++) {
    extra.push(FACTS[i % FACTS.length], '');
    n += FACTS[i % FACTS.length].length;
  }
  return text.replace('## 违法事实\n', `## 违法事实\n\n${extra.join('\n')}\n`);
}

const files = {};
for (const n of [100, 1000, 3000]) {
  files[n] = join(OUT, `draft-${n}.case.md`);
  writeFileSync(files[n], draftOfLines(n));
}
const WS = join(OUT, 'workspace');
const WS100 = join(OUT, 'workspace-100');
mkdirSync(WS);
mkdirSync(WS100);
const WS_N = quick ? 200 : 1000;
for (let i = 0; i < WS_N; i++) {
  const name = `锦帆精密机械${String(i).padStart(4, '0')}`;
  const text = BASE.replaceAll('锦帆精密机械', name).replace('〔2025〕8号', `〔2025〕${i + 1}号`);
  writeFileSync(join(WS, `d${i}.case.md`), text);
  if (i < 100) writeFileSync(join(WS100, `d${i}.case.md`), text);
}
// Just under the CLI's 10 MB limit (files.ts MAX_DRAFT_BYTES): the bound docs/performance.md gives.
const BIG = join(OUT, 'ten-mb.case.md');
{
  const parts = [BASE, '\n## 附录\n\n'];
  let size = Buffer.byteLength(BASE);
  for (let i = 0; size < 10 * 1024 * 1024 - 8192; i++) {
    const fact = FACTS[i % FACTS.length] + '\n\n';
    const piece = i % 50 === 0 ? `## 补充${i}\n\n${fact}` : fact;
    parts.push(piece);
    size += Buffer.byteLength(piece);
  }
  writeFileSync(BIG, parts.join(''));
}
const PAGES50 = join(OUT, 'fifty-pages.case.md');
writeFileSync(PAGES50, fiftyPages());

// ---------- helpers ----------
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
};
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const r1 = (x) => (x === undefined ? undefined : Math.round(x * 10) / 10);

/** Wall time of a command (ms) and its peak RSS (MB) from /usr/bin/time -v where available. */
function timed(cmd, args, opts = {}) {
  const useTime = existsSync('/usr/bin/time');
  const t = process.hrtime.bigint();
  const r = useTime
    ? spawnSync('/usr/bin/time', ['-v', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, ...opts })
    : spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28, ...opts });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
  return {
    ms,
    rssMb: rss ? Number(rss[1]) / 1024 : undefined,
    status: r.status,
    error: r.error,
    stderr: r.stderr,
  };
}

function medianOf(n, f) {
  const xs = [];
  for (let i = 0; i < n; i++) xs.push(f());
  return median(xs);
}

const rows = [];
const row = (group, metric, value, unit, target, note) =>
  rows.push({ group, metric, value: r1(value), unit, target, note });

// ---------- in process: parse-only vs full lint ----------
await build({
  stdin: {
    contents: `export { parseCase } from './server/src/core/parse'; export { lintModel } from './server/src/core/engine'; export { allRules } from './server/src/rules'; export { clearMarkdownCache } from './server/src/core/markdown';`,
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile: join(OUT, 'core.cjs'),
  logLevel: 'warning',
});
const core = require(join(OUT, 'core.cjs'));
for (const n of [100, 1000, 3000]) {
  const text = readFileSync(files[n], 'utf8');
  const reps = n >= 3000 ? 5 : 9;
  core.lintModel(core.parseCase(text), { rules: core.allRules }); // warm up
  // Cold: the section cache (markdown.ts) serves the editor's re-parses; a CLI run parses each text once.
  const cold = () => core.clearMarkdownCache?.();
  const parse = medianOf(reps, () => {
    cold();
    const t = performance.now();
    core.parseCase(text);
    return performance.now() - t;
  });
  const full = medianOf(reps, () => {
    cold();
    const t = performance.now();
    core.lintModel(core.parseCase(text), { rules: core.allRules });
    return performance.now() - t;
  });
  const warm = medianOf(reps, () => {
    const t = performance.now();
    core.parseCase(text);
    return performance.now() - t;
  });
  row('casedraft', `parse only, ${n} lines`, parse, 'ms', '', `re-parse with section cache: ${r1(warm)} ms`);
  row(
    'casedraft',
    `parse + full lint, ${n} lines`,
    full,
    'ms',
    '≤ 2× parse',
    `${(full / parse).toFixed(2)}× parse`,
  );
}

// ---------- CLI ----------
const one = medianOf(
  7,
  () => timed(process.execPath, [CLI, 'lint', join(ROOT, 'examples/clean/decision.case.md')]).ms,
);
row('casedraft', 'one-file `casedraft lint`, end to end', one, 'ms', '≤ 150');
const ws = timed(process.execPath, [CLI, 'lint', '--format', 'json', WS], { cwd: OUT });
row(
  'casedraft',
  `workspace lint, ${WS_N} drafts`,
  (WS_N / ws.ms) * 1000,
  'files/s',
  '≥ 700',
  `${Math.round(ws.ms)} ms wall, exit ${ws.status}, worker threads`,
);
const ws1 = timed(process.execPath, [CLI, 'lint', '--format', 'json', WS], {
  cwd: OUT,
  env: { ...process.env, CASEDRAFT_WORKERS: '0' },
});
row(
  'casedraft',
  `workspace lint, ${WS_N} drafts, one thread`,
  (WS_N / ws1.ms) * 1000,
  'files/s',
  '',
  `${Math.round(ws1.ms)} ms wall, peak RSS ${Math.round(ws1.rssMb ?? 0)} MB`,
);
row('casedraft', `workspace lint, ${WS_N} drafts, peak RSS`, ws.rssMb, 'MB');
const ws100 = timed(process.execPath, [CLI, 'lint', WS100], { cwd: OUT });
row('casedraft', 'lint 100 drafts (same set as peers)', (100 / ws100.ms) * 1000, 'files/s');
const d3000 = medianOf(3, () => timed(process.execPath, [CLI, 'lint', files[3000]]).ms);
row('casedraft', 'lint the 3,000-line draft, end to end', d3000, 'ms');

const big = timed(process.execPath, [CLI, 'lint', '--format', 'json', BIG]);
row(
  'casedraft',
  'lint a 10 MB draft (just under the limit), end to end',
  big.ms,
  'ms',
  '',
  `peak RSS ${Math.round(big.rssMb ?? 0)} MB, exit ${big.status}`,
);

// ---------- export ----------
const exportHelp = spawnSync(process.execPath, [CLI, 'export'], { encoding: 'utf8' });
let exportMs;
if (!/unknown command/.test(exportHelp.stderr)) {
  const out = join(OUT, 'fifty.docx');
  const r = timed(process.execPath, [CLI, 'export', PAGES50, '-o', out, '--force']);
  if (r.status === 0 || r.status === 1) {
    exportMs = medianOf(3, () => timed(process.execPath, [CLI, 'export', PAGES50, '-o', out, '--force']).ms);
    row('casedraft', 'export a 50-page decision to DOCX', exportMs, 'ms', '≤ 0.5× Pandoc');
  } else
    row(
      'casedraft',
      'export a 50-page decision to DOCX',
      undefined,
      'ms',
      '≤ 0.5× Pandoc',
      `failed: exit ${r.status} ${r.stderr.split('\n')[0]}`,
    );
}

// ---------- language server: edit to diagnostics ----------
async function lspBench() {
  const server = join(ROOT, 'dist/server.js');
  if (!existsSync(server)) return;
  const rpc = require('vscode-languageserver-protocol/node');
  const proc = spawn(process.execPath, [server, '--stdio'], { stdio: 'pipe' });
  const conn = rpc.createProtocolConnection(
    new rpc.StreamMessageReader(proc.stdout),
    new rpc.StreamMessageWriter(proc.stdin),
  );
  let waiting;
  conn.onNotification('textDocument/publishDiagnostics', (p) => waiting?.(p));
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => null));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {},
    workspaceFolders: null,
  });
  await conn.sendNotification('initialized', {});
  const uri = `file://${files[3000]}`;
  let text = readFileSync(files[3000], 'utf8');
  const until = (version) =>
    new Promise((resolve) => {
      waiting = (p) => {
        if (p.uri === uri && (p.version === undefined || p.version >= version)) resolve(p);
      };
    });
  let first = until(1);
  await conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'casedraft', version: 1, text },
  });
  await first;
  const lines = text.split('\n');
  const editLine = lines.findIndex((l) => l.startsWith('经查'));
  const times = [];
  const N = quick ? 50 : 200;
  for (let v = 2; v < N + 2; v++) {
    // Type then delete one character, alternately, in a fact paragraph.
    const insert = v % 2 === 0;
    const change = insert
      ? {
          range: { start: { line: editLine, character: 2 }, end: { line: editLine, character: 2 } },
          text: '，',
        }
      : {
          range: { start: { line: editLine, character: 2 }, end: { line: editLine, character: 3 } },
          text: '',
        };
    const p = until(v);
    const t = performance.now();
    await conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: v },
      contentChanges: [change],
    });
    await p;
    times.push(performance.now() - t);
  }
  conn.dispose();
  proc.kill();
  return times;
}
const lsp = await Promise.race([lspBench(), new Promise((r) => setTimeout(() => r('timeout'), 300000))]);
if (Array.isArray(lsp)) {
  const debounce = Number(
    /DEBOUNCE_MS = (\d+)/.exec(readFileSync(join(ROOT, 'server/src/lsp/caseServer.ts'), 'utf8'))?.[1] ?? 0,
  );
  row(
    'casedraft',
    'edit → diagnostics, 3,000 lines, p50',
    median(lsp),
    'ms',
    '',
    `incl. ${debounce} ms debounce`,
  );
  row(
    'casedraft',
    'edit → diagnostics, 3,000 lines, p95',
    pct(lsp, 95),
    'ms',
    '≤ 30',
    `incl. ${debounce} ms debounce; p95 − debounce = ${Math.round(pct(lsp, 95) - debounce)} ms`,
  );
} else if (lsp === 'timeout')
  row('casedraft', 'edit → diagnostics, 3,000 lines', undefined, 'ms', '≤ 30', 'timed out after 300 s');

// ---------- import and the archive (bench/import.mjs) ----------
await importBench({ ROOT, OUT, BASE, quick, row, r1 });

// ---------- peers ----------
const terms = JSON.parse(readFileSync(join(ROOT, 'data/dictionary/standard-terms.json'), 'utf8'));
const prh = ['version: 1', 'rules:'];
for (const e of terms.entries ?? []) {
  const wrong = (Array.isArray(e.wrong) ? e.wrong : [e.wrong]).filter((w) => typeof w === 'string' && w);
  if (!wrong.length || typeof e.standard !== 'string') continue;
  prh.push(
    `  - expected: ${JSON.stringify(e.standard)}`,
    '    patterns:',
    ...wrong.map((w) => `      - ${JSON.stringify(w)}`),
  );
}
writeFileSync(join(OUT, 'prh.yml'), prh.join('\n') + '\n');
writeFileSync(
  join(OUT, '.textlintrc.json'),
  JSON.stringify({ rules: { prh: { rulePaths: [join(OUT, 'prh.yml')] } } }),
);
writeFileSync(join(OUT, '.markdownlint-cli2.jsonc'), '{}');

/**
 * autocorrect-node ships its binary in per-platform packages, and only the Linux ones are on this
 * registry: as a devDependency it would make `npm ci` fail on the lock file. The bench installs it
 * on its own, once, into bench/.peers (git-ignored).
 */
function autocorrectBin() {
  const dir = join(ROOT, 'bench/.peers');
  const bin = join(dir, 'node_modules/.bin/autocorrect');
  if (!existsSync(bin)) {
    spawnSync(
      'npm',
      ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', 'autocorrect-node@2.14.0'],
      {
        stdio: 'inherit',
      },
    );
  }
  return bin;
}

const peerFiles = Array.from({ length: 100 }, (_, i) => join(WS100, `d${i}.case.md`));
const peers = [
  {
    name: 'textlint + prh',
    cmd: join(BIN, 'textlint'),
    args: (fs) => ['--config', join(OUT, '.textlintrc.json'), ...fs],
  },
  { name: 'markdownlint-cli2', cmd: join(BIN, 'markdownlint-cli2'), args: (fs) => fs },
  { name: 'AutoCorrect', cmd: autocorrectBin(), args: (fs) => ['--lint', ...fs] },
  { name: 'zhlint', cmd: join(BIN, 'zhlint'), args: (fs) => fs },
];
for (const p of peers) {
  if (!existsSync(p.cmd)) {
    row(p.name, 'not installed', undefined, '');
    continue;
  }
  const many = timed(p.cmd, p.args(peerFiles), { cwd: OUT });
  row(
    p.name,
    'lint 100 drafts',
    (100 / many.ms) * 1000,
    'files/s',
    '',
    many.error ? String(many.error) : `exit ${many.status}`,
  );
  const big = medianOf(3, () => timed(p.cmd, p.args([files[3000]]), { cwd: OUT }).ms);
  row(p.name, 'lint the 3,000-line draft, end to end', big, 'ms');
}
const pandoc = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
if (pandoc.status === 0) {
  const out = join(OUT, 'fifty-pandoc.docx');
  const ms = medianOf(3, () => timed('pandoc', [PAGES50, '-f', 'markdown', '-o', out]).ms);
  row('Pandoc', 'convert the 50-page decision to DOCX', ms, 'ms', '', pandoc.stdout.split('\n')[0]);
  if (exportMs !== undefined) row('casedraft', 'export ÷ Pandoc', exportMs / ms, '×', '≤ 0.5');
} else row('Pandoc', 'not installed', undefined, '');

// ---------- report ----------
const cpu = cpus();
const machine = {
  nproc: cpu.length,
  cpu: cpu[0]?.model,
  memGb: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  loadavg: readFileSync('/proc/loadavg', 'utf8').trim(),
  date: new Date().toISOString(),
};
const w = [22, 48, 10, 8, 16];
const line = (cells) => '| ' + cells.map((c, i) => String(c ?? '—').padEnd(w[i])).join(' | ') + ' |';
console.log(
  `machine: ${machine.nproc} × ${machine.cpu}, ${machine.memGb} GB, node ${machine.node}, load ${machine.loadavg}`,
);
console.log(line(['tool', 'measure', 'value', 'unit', 'target']) + ' note');
console.log('|' + w.map((n) => '-'.repeat(n + 2)).join('|') + '|');
for (const r of rows)
  console.log(line([r.group, r.metric, r.value, r.unit, r.target]) + (r.note ? ` ${r.note}` : ''));
writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify({ machine, quick, rows }, null, 2) + '\n');

// `npm run bench`: CaseDraft's figures and its peers' on the same generated drafts, in one run.
// Prints one table and writes the same figures to bench/results.json; `npm run bench -- --readme`
// also rewrites the README's bench table (bench/report.mjs). Generated drafts live in bench/out/
// (gitignored). Not part of `npm test`: figures depend on the machine and its load.
//
// Rows another stream owns live in their own file, called from the end of this one: bench/import.mjs
// (import throughput, the archive index: `importBench({ ROOT, OUT, BASE, quick, row, r1 })`).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleModules } from './bundle.mjs';
import { importBench } from './import.mjs';
import { printTable, updateReadme } from './report.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench/out');
const BIN = join(ROOT, 'node_modules/.bin');
const CLI = join(ROOT, 'bin/casedraft.js');
const require = createRequire(import.meta.url);
const quick = process.env.BENCH_QUICK === '1' || process.argv.includes('--quick');
const loadStart = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

// ---------- the core, bundled as the CLI bundles it ----------
const core = await bundleModules(ROOT, join(OUT, 'core.cjs'), {
  parseCase: './server/src/core/parse',
  lintModel: './server/src/core/engine',
  allRules: './server/src/rules',
  clearMarkdownCache: './server/src/core/markdown',
  usccCheckChar: './server/src/core/ids',
});

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
// The workspace every tool lints: 1,000 copies of the clean decision, each its own case: its own
// party (name and a valid 统一社会信用代码, so that the drafts are not one party's 1,000 decisions)
// and 文号.
const WS = join(OUT, 'workspace');
mkdirSync(WS);
const WS_N = quick ? 200 : 1000;
const wsFiles = [];
const USCC = '91320582MA27RT5K3T';
for (let i = 0; i < WS_N; i++) {
  const name = `锦帆精密机械${String(i).padStart(4, '0')}`;
  const first17 = USCC.slice(0, 13) + String(i).padStart(4, '0');
  const text = BASE.replaceAll('锦帆精密机械', name)
    .replace('〔2025〕8号', `〔2025〕${i + 1}号`)
    .replaceAll(USCC, first17 + core.usccCheckChar(first17));
  wsFiles.push(join(WS, `d${i}.case.md`));
  writeFileSync(wsFiles[i], text);
}
const ONE = join(OUT, 'decision.case.md');
writeFileSync(ONE, BASE);
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

/** Wall time of a command (ms), its CPU time and peak RSS (MB) from /usr/bin/time -v where available. */
function timed(cmd, args, opts = {}) {
  const useTime = existsSync('/usr/bin/time');
  const t = process.hrtime.bigint();
  const r = useTime
    ? spawnSync('/usr/bin/time', ['-v', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, ...opts })
    : spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28, ...opts });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
  const secs = (what) =>
    Number(new RegExp(`${what} time \\(seconds\\): ([\\d.]+)`).exec(r.stderr ?? '')?.[1]);
  return {
    ms,
    // CPU time (user + system) says more than wall time on a loaded machine.
    cpuMs: useTime ? (secs('User') + secs('System')) * 1000 : undefined,
    rssMb: rss ? Number(rss[1]) / 1024 : undefined,
    status: r.status,
    error: r.error,
    stderr: r.stderr,
  };
}

/** Of `n` runs of a command, the one of median wall time. */
function medianRun(n, f) {
  const runs = Array.from({ length: n }, f).sort((a, b) => a.ms - b.ms);
  return runs[Math.floor((n - 1) / 2)];
}
const cpuNote = (r) => (r.cpuMs === undefined ? '' : `CPU ${Math.round(r.cpuMs)} ms`);

function medianOf(n, f) {
  const xs = [];
  for (let i = 0; i < n; i++) xs.push(f());
  return median(xs);
}

const rows = [];
const row = (group, metric, value, unit, target, note) =>
  rows.push({ group, metric, value: r1(value), unit, target, note });

// ---------- in process: parse-only vs full lint ----------
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

// ---------- the same measures, every linter ----------
// CaseDraft runs as a user runs it (node bin/casedraft.js …, process start included); each peer
// runs through its own CLI on the same files. Peak memory is the process's maximum RSS
// (/usr/bin/time -v), worker threads included.
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
      { stdio: 'inherit' },
    );
  }
  return bin;
}

const MEASURE = {
  workspace: `workspace lint, the same ${WS_N} drafts`,
  memory: `peak memory of that ${WS_N}-draft lint`,
  cpu: `CPU time (user + system) of that ${WS_N}-draft lint`,
  one: 'one file (the clean decision), end to end',
  long: 'the 3,000-line draft, end to end',
};
const linters = [
  {
    name: 'casedraft',
    cmd: process.execPath,
    // A folder, as an officer runs it; it finds the same files.
    args: (fs) => [CLI, 'lint', '--format', 'json', ...(fs === wsFiles ? [WS] : fs)],
    targets: { workspace: '≥ 700, ≥ AutoCorrect', one: '≤ 150' },
  },
  { name: 'AutoCorrect', cmd: autocorrectBin(), args: (fs) => ['--lint', ...fs] },
  { name: 'zhlint', cmd: join(BIN, 'zhlint'), args: (fs) => fs },
  {
    name: 'textlint + prh',
    cmd: join(BIN, 'textlint'),
    args: (fs) => ['--config', join(OUT, '.textlintrc.json'), ...fs],
  },
  { name: 'markdownlint-cli2', cmd: join(BIN, 'markdownlint-cli2'), args: (fs) => fs },
];
const reps = quick ? 3 : 7;
for (const t of linters) {
  if (!existsSync(t.cmd)) {
    row(t.name, MEASURE.workspace, undefined, 'files/s', t.targets?.workspace, 'not installed');
    continue;
  }
  const ws = timed(t.cmd, t.args(wsFiles), { cwd: OUT });
  const exit = ws.error ? String(ws.error) : `exit ${ws.status}`;
  row(
    t.name,
    MEASURE.workspace,
    (WS_N / ws.ms) * 1000,
    'files/s',
    t.targets?.workspace,
    `${Math.round(ws.ms)} ms wall, ${exit}`,
  );
  row(t.name, MEASURE.memory, ws.rssMb, 'MB');
  // On a loaded machine wall time counts the waiting for a core; CPU time is the work done.
  row(t.name, MEASURE.cpu, ws.cpuMs, 'ms');
  const one = medianRun(reps, () => timed(t.cmd, t.args([ONE]), { cwd: OUT }));
  row(t.name, MEASURE.one, one.ms, 'ms', t.targets?.one, cpuNote(one));
  const long = medianRun(3, () => timed(t.cmd, t.args([files[3000]]), { cwd: OUT }));
  row(t.name, MEASURE.long, long.ms, 'ms', undefined, cpuNote(long));
}

// CaseDraft alone: one thread, and the bound the hardening docs give.
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
  `peak RSS ${Math.round(ws1.rssMb ?? 0)} MB`,
);
const big = timed(process.execPath, [CLI, 'lint', '--format', 'json', BIG]);
row(
  'casedraft',
  'a 10 MB draft (just under the limit), end to end',
  big.ms,
  'ms',
  '',
  `peak RSS ${Math.round(big.rssMb ?? 0)} MB, exit ${big.status}`,
);

// ---------- export of the 50-page decision ----------
const EXPORT = 'the 50-page decision to DOCX, end to end';
const pandoc = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
let pandocMs;
if (pandoc.status === 0) {
  const out = join(OUT, 'fifty-pandoc.docx');
  pandocMs = medianOf(reps, () => timed('pandoc', [PAGES50, '-f', 'markdown', '-o', out]).ms);
  row('Pandoc', EXPORT, pandocMs, 'ms', '', pandoc.stdout.split('\n')[0]);
} else row('Pandoc', EXPORT, undefined, 'ms', '', 'pandoc not installed');
{
  const out = join(OUT, 'fifty.docx');
  const args = [CLI, 'export', PAGES50, '-o', out, '--force'];
  const first = timed(process.execPath, args);
  if (first.status === 0 || first.status === 1) {
    const ms = medianOf(reps, () => timed(process.execPath, args).ms);
    row('casedraft', EXPORT, ms, 'ms');
    if (pandocMs) row('casedraft', 'CLI export ÷ Pandoc', ms / pandocMs, '×', '≤ 1.5');
  } else
    row(
      'casedraft',
      EXPORT,
      undefined,
      'ms',
      '',
      `failed: exit ${first.status} ${first.stderr.split('\n')[0]}`,
    );
}

// ---------- the language server's real path ----------
/** A language server over stdio, as an editor starts it; `onPublish` sees every publishDiagnostics. */
async function startServer(rootUri) {
  const rpc = require('vscode-languageserver-protocol/node');
  const proc = spawn(process.execPath, [join(ROOT, 'dist/server.js'), '--stdio'], { stdio: 'pipe' });
  const conn = rpc.createProtocolConnection(
    new rpc.StreamMessageReader(proc.stdout),
    new rpc.StreamMessageWriter(proc.stdin),
  );
  const listeners = new Set();
  conn.onNotification('textDocument/publishDiagnostics', (p) => listeners.forEach((l) => l(p)));
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => null));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    capabilities: { workspace: { workspaceFolders: true } },
    workspaceFolders: rootUri ? [{ uri: rootUri, name: 'bench' }] : null,
  });
  await conn.sendNotification('initialized', {});
  return {
    conn,
    onPublish(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    /** Resolves when `uri` is published at `version` or later. */
    published(uri, version) {
      return new Promise((resolve) => {
        const off = this.onPublish((p) => {
          if (p.uri === uri && (p.version === undefined || p.version >= version)) {
            off();
            resolve(p);
          }
        });
      });
    },
    /** Resolves once no diagnostics were published for `quietMs` (or after `maxMs`). */
    quiet(quietMs, maxMs) {
      return new Promise((resolve) => {
        let timer;
        const arm = () => {
          clearTimeout(timer);
          timer = setTimeout(done, quietMs);
        };
        const off = this.onPublish(arm);
        const limit = setTimeout(done, maxMs);
        function done() {
          clearTimeout(timer);
          clearTimeout(limit);
          off();
          resolve();
        }
        arm();
      });
    },
    /** The server process's resident memory now and at its peak (MB), from /proc; undefined elsewhere. */
    memory() {
      try {
        const status = readFileSync(`/proc/${proc.pid}/status`, 'utf8');
        const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
        return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
      } catch {
        return undefined;
      }
    },
    stop() {
      conn.dispose();
      proc.kill();
    },
  };
}

/** A row of the server process's memory, as the operating system counts it. */
function memoryRow(what, memory) {
  row(
    'casedraft',
    `language server peak RSS: ${what}`,
    memory?.peak,
    'MB',
    '',
    memory ? `RSS at the end ${r1(memory.rss)} MB` : 'no /proc here',
  );
}

/** didOpen, then `n` keystrokes in a fact paragraph (type then delete one character, alternately). */
async function typeInto(server, path, n, onEach) {
  const uri = pathToFileURL(path).href;
  const text = readFileSync(path, 'utf8');
  const opened = server.published(uri, 1);
  await server.conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'casedraft', version: 1, text },
  });
  await opened;
  const line = text.split('\n').findIndex((l) => l.startsWith('经查'));
  for (let v = 2; v < n + 2; v++) {
    const insert = v % 2 === 0;
    const at = (c) => ({ line, character: c });
    const change = insert
      ? { range: { start: at(2), end: at(2) }, text: '，' }
      : { range: { start: at(2), end: at(3) }, text: '' };
    await onEach(uri, v, () =>
      server.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: [change],
      }),
    );
  }
}

/** The server's debounce, read from its source, so the figures can say what of them is waiting. */
function debounceMs() {
  for (const f of readdirSync(join(ROOT, 'server/src/lsp'))) {
    const m = /DEBOUNCE_MS = (\d+)/.exec(readFileSync(join(ROOT, 'server/src/lsp', f), 'utf8'));
    if (m) return Number(m[1]);
  }
  return 0;
}

/** `p`, or 'timeout' after `ms`; the timer does not keep the bench alive once the work is done. */
const withTimeout = (p, ms) =>
  Promise.race([p, new Promise((r) => setTimeout(() => r('timeout'), ms).unref())]);

if (existsSync(join(ROOT, 'dist/server.js'))) {
  const debounce = debounceMs();
  // Edit → diagnostics on the 3,000-line draft, no workspace folder.
  const edit = await withTimeout(
    (async () => {
      const server = await startServer(null);
      const times = [];
      await typeInto(server, files[3000], quick ? 50 : 200, async (uri, v, send) => {
        const p = server.published(uri, v);
        const t = performance.now();
        await send();
        await p;
        times.push(performance.now() - t);
      });
      memoryRow(`the 3,000-line draft after ${times.length} keystrokes`, server.memory());
      server.stop();
      return times;
    })(),
    300000,
  );
  if (Array.isArray(edit)) {
    const p95 = pct(edit, 95);
    row(
      'casedraft',
      'edit → diagnostics, 3,000 lines, p50 beyond the debounce',
      median(edit) - debounce,
      'ms',
      '',
      `debounce ${debounce} ms`,
    );
    row(
      'casedraft',
      'edit → diagnostics, 3,000 lines, p95 beyond the debounce',
      p95 - debounce,
      'ms',
      '≤ 30',
      `p95 ${r1(p95)} ms with the debounce`,
    );
  } else
    row(
      'casedraft',
      'edit → diagnostics, 3,000 lines, p95 beyond the debounce',
      undefined,
      'ms',
      '≤ 30',
      'timed out after 300 s',
    );

  // A body edit in the 1,000-draft workspace: how many drafts get diagnostics published again.
  const republished = await withTimeout(
    (async () => {
      const server = await startServer(pathToFileURL(WS).href);
      await server.quiet(2000, 120000);
      const seen = new Set();
      let counting = false;
      server.onPublish((p) => counting && seen.add(p.uri));
      await typeInto(server, wsFiles[0], 1, async (uri, v, send) => {
        counting = true;
        await send();
        await server.quiet(debounce + 1000, 60000);
      });
      memoryRow(`the ${WS_N}-draft workspace open, after a body edit`, server.memory());
      server.stop();
      return seen.size;
    })(),
    300000,
  );
  row(
    'casedraft',
    `body edit in the ${WS_N}-draft workspace: drafts re-published`,
    typeof republished === 'number' ? republished : undefined,
    'drafts',
    '= 1',
    typeof republished === 'number' ? undefined : 'timed out',
  );

  // Export through the server: answered from the model and diagnostics the server holds.
  const viaServer = await withTimeout(
    (async () => {
      const server = await startServer(null);
      const uri = pathToFileURL(PAGES50).href;
      const opened = server.published(uri, 1);
      await server.conn.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'casedraft', version: 1, text: readFileSync(PAGES50, 'utf8') },
      });
      await opened;
      const once = async () => {
        const t = performance.now();
        const r = await server.conn.sendRequest('casedraft/export', { uri, force: true });
        return { ms: performance.now() - t, r };
      };
      try {
        const first = await once();
        // The answer carries the DOCX as base64 in `docx` (server/src/lsp/export.ts).
        if (!first.r?.docx) return `no DOCX in the answer: ${JSON.stringify(first.r)?.slice(0, 80)}`;
        const xs = [];
        for (let i = 0; i < reps; i++) xs.push((await once()).ms);
        return median(xs);
      } catch (e) {
        return `casedraft/export: ${e.message}`;
      } finally {
        server.stop();
      }
    })(),
    120000,
  );
  const serverMs = typeof viaServer === 'number' ? viaServer : undefined;
  row(
    'casedraft',
    'the 50-page decision to DOCX through the server',
    serverMs,
    'ms',
    '',
    serverMs ? 'request to answer, draft open' : String(viaServer),
  );
  if (serverMs && pandocMs) row('casedraft', 'server export ÷ Pandoc', serverMs / pandocMs, '×', '≤ 0.5');
}

// ---------- import and the archive (bench/import.mjs) ----------
await importBench({ ROOT, OUT, BASE, quick, row, r1 });

// ---------- report ----------
const cpu = cpus();
const machine = {
  nproc: cpu.length,
  cpu: cpu[0]?.model,
  memGb: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  loadStart,
  loadEnd: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
  date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  quick,
};
printTable(machine, rows);
writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify({ machine, rows }, null, 2) + '\n');
if (process.argv.includes('--readme')) {
  updateReadme(join(ROOT, 'README.md'), machine, rows);
  console.log('README.md: bench table rewritten');
}

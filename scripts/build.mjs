// Bundles the server, the CLI and the client into dist/ with esbuild: one file each, so the CLI
// starts without resolving hundreds of modules.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { renderDocs } from './docs-html.mjs';

const require = createRequire(import.meta.url);

// V8 compiles a large object literal far more slowly than it runs JSON.parse on a string, so big
// data files (the law database) go into the bundle as strings: it cuts the CLI's start-up.
const jsonAsString = {
  name: 'json-as-string',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (text.length < 32 * 1024) return undefined;
      return {
        contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))});`,
        loader: 'js',
      };
    });
  },
};

// The law database (data/generated/laws.json, 3.4 MB) stays out of the bundles: reading and parsing
// it whole was a tenth of a one-file lint, which cites two or three laws. The bundles keep its index
// (names, versions, dates); each law's articles are written to dist/laws/<id>.json and read the first
// time a rule asks for them (core/laws.ts reads `law.articles` and nothing else of a law's text).
const LAW_DB = resolve('data/generated/laws.json');
function writeLawSlices() {
  const { laws } = JSON.parse(readFileSync(LAW_DB, 'utf8'));
  rmSync('dist/laws', { recursive: true, force: true });
  mkdirSync('dist/laws', { recursive: true });
  for (const law of laws) writeFileSync(`dist/laws/${law.id}.json`, JSON.stringify(law.articles));
}
const lazyLaws = {
  name: 'lazy-laws',
  setup(b) {
    b.onLoad({ filter: /data[\\/]generated[\\/]laws\.json$/ }, () => {
      const db = JSON.parse(readFileSync(LAW_DB, 'utf8'));
      const index = db.laws.map(({ articles: _articles, ...law }) => law);
      return {
        contents: `const { join } = require('node:path');
const index = ${JSON.stringify(index)};
for (const law of index) {
  let articles;
  Object.defineProperty(law, 'articles', {
    enumerable: true,
    get: () => (articles ??= require(join(__dirname, 'laws', law.id + '.json'))),
  });
}
module.exports = { source: ${JSON.stringify(db.source)}, laws: index };`,
        loader: 'js',
      };
    });
  },
};

// Ajv's standalone code for every schema of server/src/core/validators.ts, in place of that module:
// the bundles then validate without compiling a schema at start-up (the module says why).
async function standaloneValidators() {
  const tmp = resolve('.tmp/validators.cjs');
  mkdirSync('.tmp', { recursive: true });
  // ajv stays external so that `_` below and the Ajv the schemas compile with are one module.
  await build({
    entryPoints: ['server/src/core/validators.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['ajv'],
    outfile: tmp,
    logLevel: 'warning',
  });
  delete require.cache[tmp];
  const { SCHEMAS, ajvFor } = require(tmp);
  const { _ } = require('ajv');
  const standaloneCode = require('ajv/dist/standalone').default;
  const formats = _`({ date: require('./facts').isCaseDate })`;
  const thunks = Object.entries(SCHEMAS).map(([name, { schema, frontMatter }]) => {
    const ajv = ajvFor(frontMatter, { code: { source: true, formats } });
    ajv.addSchema(schema, name);
    const code = standaloneCode(ajv, { v: name });
    return `${JSON.stringify(name)}: () => { const exports = {}; ${code}; return exports.v; },`;
  });
  return `'use strict';
const make = { ${thunks.join('\n')} };
const compiled = new Map();
exports.isSchemaName = (name) => Object.hasOwn(make, name);
exports.validator = (name) => {
  if (!compiled.has(name)) compiled.set(name, make[name]());
  return compiled.get(name);
};`;
}
const validatorsCode = await standaloneValidators();
const precompiledValidators = {
  name: 'precompiled-validators',
  setup(b) {
    b.onLoad({ filter: /server[\\/]src[\\/]core[\\/]validators\.ts$/ }, (args) => ({
      contents: validatorsCode,
      loader: 'js',
      resolveDir: resolve(args.path, '..'),
    }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
  // ASCII (Chinese text as \uXXXX escapes): bin/load.js then reads a bundle as Latin-1, a copy of its
  // bytes, instead of decoding UTF-8 (20 ms of a one-file lint for the CLI's 100,000 Chinese
  // characters). With the law texts out of the bundles this costs 0.3 MB.
  charset: 'ascii',
  plugins: [lazyLaws, jsonAsString, precompiledValidators],
  // ESM dependencies bundled into CommonJS keep import.meta.url working (tinyglobby's fdir builds
  // its require() from it): the bundle's own file URL.
  banner: { js: 'const __import_meta_url = require("node:url").pathToFileURL(__filename).href;' },
  define: { 'import.meta.url': '__import_meta_url' },
};

const entries = [
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' },
  // The server and the worker are loaded by dist/server.js and dist/worker.js (written below), so
  // that they start from their code cache as the CLI does.
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.bundle.js', optional: true },
  { entryPoints: ['server/src/cli/worker.ts'], outfile: 'dist/worker.bundle.js', optional: true },
  {
    entryPoints: ['client/src/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
    optional: true,
  },
  // Scripts of the extension's webviews: run in the browser, loaded from dist/ under a strict CSP.
  ...['preview', 'state', 'caseForm'].map((name) => ({
    entryPoints: [`client/webview/${name}.ts`],
    outfile: `dist/webview/${name}.js`,
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
    sourcemap: false,
    minify: true,
    // Not the Node bundles' import.meta.url shim: a webview has no require().
    banner: {},
    define: {},
    optional: true,
  })),
];

writeLawSlices();
await Promise.all(
  entries
    .filter((e) => !e.optional || existsSync(e.entryPoints[0]))
    .map(({ optional: _optional, ...e }) => build({ ...common, ...e })),
);

// esbuild's ASCII charset escapes strings and identifiers but leaves regular-expression literals
// and comments as written; escaped here too, the bundles bin/load.js reads are all ASCII (read as
// Latin-1, without decoding). A \uXXXX means the same character in a regular expression, with or
// without the u flag; an identity escape (\、, only possible without it) loses its backslash. The
// source maps' columns shift after such a character on its line.
for (const file of ['dist/cli.js', 'dist/server.bundle.js', 'dist/worker.bundle.js']) {
  if (!existsSync(file)) continue;
  const text = readFileSync(file, 'utf8');
  const ascii = text.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, c) => {
    const kept = slashes.length % 2 ? slashes.slice(1) : slashes;
    return `${kept}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  writeFileSync(file, ascii);
}

// The docs pages findings link to, as HTML for the extension's webview (scripts/docs-html.mjs).
renderDocs('.', 'dist');

// V8's code cache of the CLI (bin/load.js says why): made by one `casedraft lint` of the sample, so
// that it holds the functions a lint compiles. Made anew by every build: a stale cache is rejected.
{
  const { loadBundle, saveCodeCache } = require('../bin/load.js');
  rmSync('dist/cli.js.cache', { force: true });
  const cli = loadBundle(resolve('dist/cli.js'), { fresh: true });
  const write = process.stdout.write;
  process.stdout.write = () => true;
  try {
    await cli.main(['lint', 'examples/clean/decision.case.md']);
  } finally {
    process.stdout.write = write;
  }
  saveCodeCache();
}

// A second cache of the CLI, for the commands that write a DOCX (bin/casedraft.js picks it): made by
// one export of the sample, its gate lint included. In the lint's cache docx, the printer and the
// zip writer would cost every lint their share of the cache's load (2.0 → 2.4 MB); without them an
// export compiles them cold.
{
  const { spawnSync } = await import('node:child_process');
  rmSync('dist/cli.js.export.cache', { force: true });
  const out = resolve('.tmp/code-cache-sample.docx');
  const r = spawnSync(
    process.execPath,
    ['bin/casedraft.js', 'export', 'examples/clean/decision.case.md', '-o', out, '--force'],
    { env: { ...process.env, CASEDRAFT_SAVE_CODE_CACHE: 'cli.js' }, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`the export that makes the code cache failed: ${r.stderr}`);
  rmSync(out, { force: true });
}

// dist/server.js and dist/worker.js, the files editors, `casedraft-server` and the CLI start: each
// loads its bundle with the code cache beside it (bin/load.js). Their caches are made by running
// them once on the sample: the server through a session as an editor drives it (initialize, open
// the sample, its diagnostics, shutdown), the worker by starting it as the CLI does (its top level).
for (const name of ['server', 'worker']) {
  if (!existsSync(`dist/${name}.bundle.js`)) continue;
  writeFileSync(
    `dist/${name}.js`,
    `// Loads ${name}.bundle.js with V8's code cache beside it (bin/load.js).\n'use strict';\n` +
      `require('../bin/load.js').loadBundle(require('node:path').join(__dirname, '${name}.bundle.js'));\n`,
  );
  rmSync(`dist/${name}.bundle.js.cache`, { force: true });
}
const withCacheSaved = (name) => ({ ...process.env, CASEDRAFT_SAVE_CODE_CACHE: `${name}.bundle.js` });
if (existsSync('dist/server.bundle.js')) await serverSession();
if (existsSync('dist/worker.bundle.js')) await startWorker();

async function serverSession() {
  const { spawn } = await import('node:child_process');
  const { pathToFileURL } = await import('node:url');
  const rpc = require('vscode-languageserver-protocol/node');
  const proc = spawn(process.execPath, ['dist/server.js', '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: withCacheSaved('server'),
  });
  const exited = new Promise((r) => proc.once('exit', r));
  const conn = rpc.createProtocolConnection(
    new rpc.StreamMessageReader(proc.stdout),
    new rpc.StreamMessageWriter(proc.stdin),
  );
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => null));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.listen();
  const sample = resolve('examples/clean/decision.case.md');
  const uri = pathToFileURL(sample).href;
  const published = new Promise((r) =>
    conn.onNotification('textDocument/publishDiagnostics', (p) => p.uri === uri && r()),
  );
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  await conn.sendNotification('initialized', {});
  await conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'casedraft', version: 1, text: readFileSync(sample, 'utf8') },
  });
  await published;
  await conn.sendRequest('shutdown');
  await conn.sendNotification('exit');
  await exited;
  conn.dispose();
}

async function startWorker() {
  const { MessageChannel, Worker } = await import('node:worker_threads');
  const { port2 } = new MessageChannel();
  const worker = new Worker(resolve('dist/worker.js'), {
    workerData: { port: port2, done: new Int32Array(new SharedArrayBuffer(4)) },
    transferList: [port2],
    env: withCacheSaved('worker'),
  });
  // The cache is written once the top level has run; the worker then waits for a task.
  for (let i = 0; i < 200 && !existsSync('dist/worker.bundle.js.cache'); i++)
    await new Promise((r) => setTimeout(r, 50));
  await worker.terminate();
}

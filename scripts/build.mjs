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
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', optional: true },
  { entryPoints: ['server/src/cli/worker.ts'], outfile: 'dist/worker.js', optional: true },
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

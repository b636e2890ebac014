// Loads a bundle of dist/ as require() would, but compiled from V8's code cache beside it
// (dist/cli.js.cache, dist/cli.js.export.cache, dist/server.bundle.js.cache,
// dist/worker.bundle.js.cache, made by `npm run build`): functions the cache holds are not compiled
// again, which is most of what a short run compiles. Node 20 has no module.enableCompileCache
// (Node 22 has). V8 rejects a cache made by another V8 or for another text, and then compiles as usual.
'use strict';
const { isAscii } = require('node:buffer');
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { basename, dirname } = require('node:path');
const { Script } = require('node:vm');

let last;

/**
 * The bundle's exports; with `fresh`, the cache is ignored (to make a new one). `cache` names one of
 * several caches of a bundle (`cli.js.export.cache`: the CLI as an export runs it). The build makes
 * the caches of the server, the worker and the CLI's export by running them with
 * CASEDRAFT_SAVE_CODE_CACHE naming the bundle: its cache is written once its top level has run and
 * again when the process (or the worker thread) exits, so that it holds every function the run compiled.
 */
function loadBundle(file, { fresh = false, cache } = {}) {
  const save = process.env.CASEDRAFT_SAVE_CODE_CACHE === basename(file);
  const cacheFile = cache ? `${file}.${cache}.cache` : `${file}.cache`;
  let cachedData;
  if (!fresh && !save) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // No cache (a build that did not make one): compile as require() does.
    }
  }
  // The bundles are ASCII (scripts/build.mjs): read as Latin-1 they need no UTF-8 decoding.
  const bytes = readFileSync(file);
  const text = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  const script = new Script(Module.wrap(text), { filename: file, cachedData });
  const m = new Module(file, module);
  m.filename = file;
  m.paths = Module._nodeModulePaths(dirname(file));
  last = { cacheFile, script };
  if (save) process.once('exit', saveCodeCache);
  script.runInThisContext().call(m.exports, m.exports, Module.createRequire(file), m, file, dirname(file));
  m.loaded = true;
  if (save) saveCodeCache();
  return m.exports;
}

/**
 * Writes the code cache of the bundle loaded last, with every function compiled so far; renamed into
 * place, so that a reader (the build, waiting for a worker's) never sees half of it.
 */
function saveCodeCache() {
  const tmp = `${last.cacheFile}.${process.pid}.${require('node:worker_threads').threadId}.tmp`;
  writeFileSync(tmp, last.script.createCachedData());
  renameSync(tmp, last.cacheFile);
}

module.exports = { loadBundle, saveCodeCache };

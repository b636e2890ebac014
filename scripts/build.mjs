// Bundles the server, the CLI and the client into dist/ with esbuild: one file each, so the CLI
// starts without resolving hundreds of modules.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

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

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
  plugins: [jsonAsString],
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
];

await Promise.all(
  entries
    .filter((e) => !e.optional || existsSync(e.entryPoints[0]))
    .map(({ optional: _optional, ...e }) => build({ ...common, ...e })),
);

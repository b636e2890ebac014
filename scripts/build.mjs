// Bundles the server, the CLI and the client into dist/ with esbuild: one file each, so the CLI
// starts without resolving hundreds of modules.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // opencc-js and docx are large; they stay bundled but are only required when used.
  legalComments: 'none',
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

// The bench's in-process rows run the core as the CLI ships it: bundled by esbuild, not through tsx.
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);

/**
 * Bundles the named exports of the project's modules (`{ parseCase: './server/src/core/parse' }`,
 * paths from `root`) into one CommonJS file at `outfile`, and loads it.
 */
export async function bundleModules(root, outfile, exports) {
  await build({
    stdin: {
      contents: Object.entries(exports)
        .map(([name, path]) => `export { ${name} } from '${path}';`)
        .join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    // Modules that find their data beside them by import.meta.url (the readers of DOCX and HTML).
    banner: { js: 'const __import_meta_url = require("node:url").pathToFileURL(__filename).href;' },
    define: { 'import.meta.url': '__import_meta_url' },
  });
  return require(outfile);
}

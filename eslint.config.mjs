import tseslint from 'typescript-eslint';

const FS = ['fs', 'node:fs', 'fs/*', 'node:fs/*'];
const EDITOR = ['vscode', 'vscode-*'];
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/out/**', '.tmp/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
    },
  },
  // The floors of ../shared/DESIGN.md: each imports only the floors below it.
  {
    // The core is a library shared by the CLI, the server and the tests: no LSP, VS Code or fs.
    files: ['server/src/core/**/*.ts', 'server/src/rules/**/*.ts'],
    rules: restrict(
      [...FS, ...EDITOR, '**/host/*', '**/lsp/*', '**/cli/*'],
      'The core knows no file system, editor or adapter (server/src/host, lsp and cli sit above it).',
    ),
  },
  {
    // The host alone touches the file system; it knows no adapter.
    files: ['server/src/host/**/*.ts'],
    rules: restrict(
      [...EDITOR, '**/lsp/*', '**/cli/*'],
      'The host layer serves the CLI and the server alike.',
    ),
  },
  {
    files: ['server/src/lsp/**/*.ts'],
    rules: restrict(
      [...FS, '**/cli/*'],
      'The server reads files through server/src/host and never imports the CLI.',
    ),
  },
  {
    files: ['server/src/cli/**/*.ts'],
    rules: restrict(
      [...FS, ...EDITOR, '**/lsp/*'],
      'The CLI reads files through server/src/host and never imports the server.',
    ),
  },
);

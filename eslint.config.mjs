import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/out/**', '.tmp/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
    },
  },
  {
    // The core is a library shared by the CLI, the server and the tests: no LSP, VS Code or fs.
    files: ['server/src/core/**/*.ts', 'server/src/rules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['vscode', 'vscode-*', 'fs', 'node:fs', 'fs/*', 'node:fs/*'] },
      ],
    },
  },
);

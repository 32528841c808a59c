/**
 * ESLint (flat config): typescript-eslint's recommended rules, and the layer rule of
 * docs/architecture.md as lint rules, the way VS Code's code-layering rule does it: each folder
 * may import only what its layer may reach. tests/unit/layers.test.ts checks the same rule on
 * the whole tree; this one points at the line as you write it.
 * No formatter rules: formatting is left as each file has it.
 */
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'zlib',
  'worker_threads',
];
const NODE_ONLY_PACKAGES = ['better-sqlite3', 'jsdom', 'mammoth', 'pdfkit', 'docx', 'iconv-lite', 'electron', 'pg'];

/** A no-restricted-imports rule: these module patterns are out of this layer's reach, with the reason. */
const restrict = (groups) => ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'native/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'dist/**',
      '**/*.cjs',
      'bin/**',
      'scripts/**',
      '.scratch/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    rules: {
      // Unused names are errors, but a leading underscore says "deliberately unused".
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict([
        [[...NODE_BUILTINS, ...NODE_ONLY_PACKAGES], 'src/shared runs everywhere: no Node, Electron or SQLite (docs/architecture.md).'],
        [['react', 'react-dom', 'react/*', '@lexical/react/*'], 'src/shared has no UI.'],
        [
          ['**/main/**', '**/renderer/**', '**/cli/**', '**/preload/**', '../main', '../renderer', '../cli', '../preload'],
          'src/shared may import only src/shared.',
        ],
      ]),
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': restrict([
        [
          [...NODE_BUILTINS, ...NODE_ONLY_PACKAGES],
          'The renderer is a web page: it reaches the app only through the API contract (window.copydesk).',
        ],
        [
          ['**/main/**', '**/cli/**', '**/preload/**'],
          'The renderer talks to the app only through src/shared/api/contract.ts, never main, the CLI or the preload.',
        ],
      ]),
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/electron/**', '**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict([
        [['electron'], 'Only src/main/electron imports electron: main also runs in the CLI and the web host.'],
        [['**/renderer/**'], 'main never imports the UI.'],
      ]),
    },
  },
  {
    files: ['src/main/electron/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': restrict([[['**/renderer/**'], 'main never imports the UI.']]) },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': restrict([[['electron', '**/renderer/**'], 'The CLI runs without Electron and without the UI.']]) },
  },
  {
    files: ['src/preload/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict([
        [
          ['**/main/**', '**/renderer/**', '**/cli/**', ...NODE_BUILTINS, ...NODE_ONLY_PACKAGES.filter((p) => p !== 'electron')],
          'The preload exposes the API contract only: src/shared/api and electron.',
        ],
      ]),
    },
  },
);

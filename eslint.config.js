import tseslint from 'typescript-eslint';

/**
 * Layering, enforced so nobody has to remember it (after VS Code's import rules):
 *   renderer → shared ← main; preload only bridges; shared imports no Electron, Node, DOM or React.
 */
const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'worker_threads', 'zlib', 'buffer'];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'dist/**', 'test-results/**', 'playwright-report/**', 'docs/**', 'resources/**'] },
  ...tseslint.configs.recommended,
  {
    // CommonJS on purpose: preloaded with `node -r`.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-empty-object-type': 'off',
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'Shared code runs everywhere: no Electron.' },
            { group: NODE_BUILTINS, message: 'Shared code is pure: no Node built-ins (pass data in instead).' },
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@tiptap/react'], message: 'Shared code has no UI.' },
            { group: ['**/main/**', '**/renderer/**', '**/preload/**', '../main/*', '../renderer/*'], message: 'Shared code depends on nothing above it.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'HTMLElement', 'DOMParser', 'process', 'require', 'Buffer', '__dirname'].map((name) => ({
          name,
          message: 'Shared code is pure: no DOM or Node globals.',
        })),
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'The renderer reaches Electron only through window.copydesk.' },
            { group: NODE_BUILTINS, message: 'The renderer is sandboxed: no Node built-ins.' },
            { group: ['**/main/**', '**/preload/**'], message: 'The renderer never imports main or preload code; use the contract.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: NODE_BUILTINS, message: 'The preload is sandboxed and only bridges.' },
            { group: ['**/main/**', '**/renderer/**'], message: 'The preload only bridges the contract.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**', 'react', 'react-dom'], message: 'Main never imports the renderer.' }] },
      ],
    },
  },
);

// @ts-check
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Layer rules: dependencies point one way, electron/ and renderer/ -> shared/. */
const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'worker_threads', 'stream', 'events'];

const sharedBoundary = {
  patterns: [
    { group: ['**/electron/**', '**/electron', '**/renderer/**', '**/renderer'], message: 'shared/ is the pure domain: it may not import electron/ or renderer/.' },
    { group: NODE_BUILTINS, message: 'shared/ is pure: no Node built-ins (it runs in the renderer and in workers).' },
    { group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'electron', 'zustand', 'zustand/*'], message: 'shared/ is pure: no React, Electron or UI state.' },
  ],
};

const rendererBoundary = {
  patterns: [
    { group: ['**/electron/**', '**/electron'], message: 'renderer/ talks to the platform only through DesktopApi (shared/ipc.ts).' },
    { group: [...NODE_BUILTINS, 'electron'], message: 'renderer/ runs in a sandboxed page: no Node built-ins or Electron.' },
  ],
};

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'out/**', 'dist/**', 'dist-web/**', 'release/**', 'test-results/**', 'test/fixtures/lint/**', '.stryker-tmp/**', 'reports/**'],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', sharedBoundary], '@typescript-eslint/no-explicit-any': 'error' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'no-restricted-imports': ['error', rendererBoundary],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['shared/ipc.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
);

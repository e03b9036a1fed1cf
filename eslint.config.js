// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  { ignores: ['dist/**', 'docs/api/**', 'coverage/**', 'reports/**', '.stryker-tmp*/**', 'node_modules/**', 'temp/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  regexp.configs['flat/recommended'],
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      // Node scripts (bench/, scripts/): the globals they use, without a dependency for the list.
      globals: Object.fromEntries(
        ['console', 'process', 'URL', 'Buffer', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
          'setImmediate', 'TextDecoder', 'TextEncoder', 'performance', 'structuredClone', 'queueMicrotask',
          'globalThis', 'AbortController', 'fetch'].map((name) => [name, 'readonly']),
      ),
    },
    // Some scripts also name their globals in a `/* global */` comment; that is not a redeclaration.
    rules: { ...tseslint.configs.disableTypeChecked.rules, 'no-redeclare': ['error', { builtinGlobals: false }] },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);

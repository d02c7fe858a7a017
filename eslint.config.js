import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The renderer talks to the contract only: never to core, main or Node.
      'no-restricted-imports': [
        'error',
        { patterns: ['**/core/**', '**/main/**', '**/server/**', '**/preload/**', 'node:*', 'better-sqlite3', 'electron'] },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/common/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['electron', 'react', 'react-dom', '**/renderer/**', '**/main/**'] }],
    },
  },
);

import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

import layers from './eslint.layers.cjs';

const { LAYERS, NOT_SHIPPED, layerRules } = layers;

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'coverage/**',
      'out/**',
      'test-output/**',
      '*.config.js',
      'webpack.config.js',
      'eslint.config.mjs',
      'eslint.layers.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      // Chinese text uses the ideographic space (U+3000) inside strings and templates.
      'no-irregular-whitespace': [
        'error',
        { skipStrings: true, skipTemplates: true, skipRegExps: true },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  ...layerRules,
  {
    // Nothing shipped imports the test folders or the test tools.
    files: ['src/**/*.{ts,tsx}'],
    ignores: Object.keys(LAYERS).map((l) => `src/${l}/**`),
    rules: {
      'no-restricted-imports': ['error', { patterns: [NOT_SHIPPED] }],
    },
  },
  {
    // Only the Excel host, the runtime, the pane and the ribbon commands touch Office.js.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/hosts/excel/**', 'src/runtime/**', 'src/taskpane/**', 'src/commands/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        {
          name: 'Office',
          message: 'Office.js belongs to hosts/excel, runtime, taskpane and commands.',
        },
        {
          name: 'Excel',
          message: 'Office.js belongs to hosts/excel, runtime, taskpane and commands.',
        },
        {
          name: 'OfficeExtension',
          message: 'Office.js belongs to hosts/excel, runtime, taskpane and commands.',
        },
      ],
    },
  },
  {
    files: [
      'src/rules/**',
      'src/recognize/**',
      'src/audit/**',
      'src/plan/**',
      'src/model/**',
      'src/snapshot/**',
      'src/core/**',
    ],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
  prettier,
);

import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

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
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: [
      'src/**/*.{ts,tsx}',
      'test/**/*.{ts,tsx}',
      'scripts/**/*.ts',
      'bench/**/*.ts',
      'demo/**/*.{ts,tsx}',
      'tools/**/*.{ts,tsx}',
    ],
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
  {
    files: [
      'src/rules/**',
      'src/recognize/**',
      'src/audit/**',
      'src/plan/**',
      'src/model/**',
      'src/snapshot/**',
    ],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
  prettier,
);

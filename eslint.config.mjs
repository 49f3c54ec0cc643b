import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/**
 * The layers of src, bottom first. A layer imports only from the layers listed for it; the lint
 * fails on an upward import. (The flow and the layers: README, "Architecture".)
 */
const LAYERS = {
  snapshot: [],
  rules: ['snapshot'],
  model: ['snapshot', 'rules'],
  messages: ['snapshot', 'rules', 'model'],
  report: ['snapshot', 'rules', 'model'],
  recognize: ['snapshot', 'rules', 'model', 'messages', 'report'],
  audit: ['snapshot', 'rules', 'model', 'messages', 'report'],
  plan: ['snapshot', 'rules', 'model', 'messages', 'report', 'audit'],
  core: ['snapshot', 'rules', 'model', 'messages', 'report', 'recognize', 'audit', 'plan'],
  hosts: ['snapshot', 'rules', 'model', 'messages', 'report', 'plan'],
};
const ALL = [...Object.keys(LAYERS), 'runtime', 'taskpane', 'commands', 'cli', 'web'];

/** Import patterns that reach a src folder from anywhere below src (any depth of `../`). */
const reach = (folder) => [
  `../${folder}`,
  `../${folder}/**`,
  `../../${folder}`,
  `../../${folder}/**`,
];

const layerRules = Object.entries(LAYERS).map(([layer, allowed]) => {
  const forbidden = ALL.filter((f) => f !== layer && !allowed.includes(f));
  const patterns = [
    {
      group: forbidden.flatMap(reach),
      message: `${layer} may import only from: ${allowed.join(', ') || 'nothing in src'} (see README, Architecture).`,
    },
  ];
  if (layer === 'plan') {
    patterns.push({
      group: ['../audit/*'],
      message: 'plan uses the audit through its public index (../audit), not its internals.',
    });
  }
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
});

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
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/test/**', '**/tools/**'], message: 'src never imports test/ or tools/.' },
          ],
        },
      ],
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

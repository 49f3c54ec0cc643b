/* eslint-disable */
// The layers of src and the import rules that enforce them: used by eslint.config.mjs and by
// test/architecture/layers.test.ts.
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
const reach = (folder) =>
  ['../', '../../', '../../../'].flatMap((up) => [`${up}${folder}`, `${up}${folder}/**`]);

/** Nothing shipped imports the tests or the test tools. */
const NOT_SHIPPED = {
  group: ['**/test/**', '**/tools/**', '**/test', '**/tools'],
  message: 'src never imports test/ or tools/.',
};

const layerRules = Object.entries(LAYERS).map(([layer, allowed]) => {
  const forbidden = ALL.filter((f) => f !== layer && !allowed.includes(f));
  const patterns = [
    NOT_SHIPPED,
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

module.exports = { LAYERS, ALL, NOT_SHIPPED, layerRules };

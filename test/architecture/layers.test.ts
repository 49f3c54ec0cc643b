/**
 * The layers of src are enforced by lint (eslint.layers.cjs, used by eslint.config.mjs): an
 * upward import, a plan reaching into the audit's internals, or src importing the test tools
 * fails `npm run lint`, and so `npm test`. Checked here with ESLint's own linter and the same
 * rules, on probe files of every layer.
 */
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const layers = require('../../eslint.layers.cjs') as {
  LAYERS: Record<string, string[]>;
  ALL: string[];
  layerRules: Linter.Config[];
};

const linter = new Linter({ configType: 'flat' });
const config: Linter.Config[] = [
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
  ...layers.layerRules,
];

function errors(file: string, source: string): string[] {
  return linter.verify(source, config, { filename: file }).map((m) => m.ruleId ?? m.message);
}

describe('layers', () => {
  const cases = Object.entries(layers.LAYERS).flatMap(([layer, allowed]) =>
    layers.ALL.filter((other) => other !== layer).map(
      (other) => [layer, other, allowed.includes(other)] as const,
    ),
  );

  it.each(cases)('src/%s importing src/%s: allowed %s', (layer, other, allowed) => {
    for (const file of [`src/${layer}/probe.ts`, `src/${layer}/deeper/probe.ts`]) {
      const up = file.split('/').length - 2;
      const source = `import { x } from '${'../'.repeat(up)}${other}';\nexport const y = x;\n`;
      expect(errors(file, source).includes('no-restricted-imports')).toBe(!allowed);
    }
  });

  it('the plan uses the audit through its index only', () => {
    const probe = (path: string) => `import { x } from '${path}';\nexport const y = x;\n`;
    expect(errors('src/plan/probe.ts', probe('../audit'))).toEqual([]);
    expect(errors('src/plan/probe.ts', probe('../audit/basis'))).toEqual(['no-restricted-imports']);
  });

  it('no layer imports the tests or the test tools', () => {
    const source = `import { x } from '../../tools/office-sim';\nexport const y = x;\n`;
    for (const layer of Object.keys(layers.LAYERS)) {
      expect(errors(`src/${layer}/probe.ts`, source)).toEqual(['no-restricted-imports']);
    }
  });
});

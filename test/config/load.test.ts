import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../../rules/index.js';
import { CONFIG_FILE_NAMES, loadConfig } from '../../src/config/index.js';
import { BOOTCAMP, stubRule, tree } from './helpers.js';

describe('extends: built-in preset → npm package → files', () => {
  it('applies the chain in order, later wins, and records where each value came from', async () => {
    const config = await loadConfig(BOOTCAMP);
    expect(config.file).toBe(path.join(BOOTCAMP, 'portfolio-check.config.json'));
    expect(config.chain).toEqual([
      'portfolio-check:saas',
      'node_modules/@acme/portfolio-check-config/index.json',
      'portfolio-check/cohort.yaml',
      'portfolio-check.config.json',
    ]);
    const { engineConfig, sources } = config;
    // The package sets 70, the cohort file (later) 60.
    expect(engineConfig.passScore).toBe(60);
    expect(sources.passScore).toBe('portfolio-check/cohort.yaml');
    expect(engineConfig.rules['commit-messages']).toEqual({ level: 'warn', weight: 8, options: { maxSubjectLength: 72 } });
    expect(sources['rules.commit-messages.weight']).toBe('node_modules/@acme/portfolio-check-config/index.json');
    expect(sources['rules.commit-messages.level']).toBe('portfolio-check:saas');
    expect(sources['rules.commit-messages.options.maxSubjectLength']).toBe('default');
    expect(engineConfig.rules['license-present']!.level).toBe('off');
    expect(engineConfig.rules['readme-present']).toMatchObject({ level: 'error', options: { minWords: 40 } });
    expect(sources['rules.readme-present.options.minWords']).toBe('portfolio-check.config.json');
    expect(engineConfig.categories).toEqual({ operations: 0, history: 0.5 });
    expect(sources['categories.operations']).toBe('node_modules/@acme/portfolio-check-config/index.json');
    expect(engineConfig.exemptions).toEqual([
      { rule: 'container-present', reason: 'Deployed as a serverless function: there is no container to build' },
    ]);
    expect(config.ignore).toEqual(['scratch/**']);
  });

  it('loads the plugin the package declares, resolved from the package, namespaced', async () => {
    const config = await loadConfig(BOOTCAMP);
    expect(config.plugins).toEqual([{ name: 'bootcamp', file: 'node_modules/@acme/portfolio-check-plugin-bootcamp/index.js' }]);
    expect(config.rules.map((r) => r.meta.id)).toEqual([...BUILTIN_RULES.map((r) => r.meta.id), 'bootcamp/readme-demo-link']);
    expect(config.engineConfig.rules['bootcamp/readme-demo-link']).toEqual({ level: 'error', weight: 2, options: { heading: 'demo' } });
    expect(config.sources['plugins.bootcamp']).toBe('node_modules/@acme/portfolio-check-config/index.json');
  });

  it('resolves a package through its exports to a JS config, and a CommonJS module.exports config', async () => {
    const dir = tree({
      'portfolio-check.config.json': { extends: ['@team/rubric', './legacy.cjs'] },
      'node_modules/@team/rubric/package.json': { name: '@team/rubric', exports: { '.': { default: './rubric.mjs' } } },
      'node_modules/@team/rubric/rubric.mjs': 'export default { passScore: 80, rules: { "ci-present": "warn" } };\n',
      'legacy.cjs': 'module.exports = { rules: { "ci-present": { weight: 4, reason: "CI matters double here" } } };\n',
    });
    const config = await loadConfig(dir);
    expect(config.chain).toEqual(['node_modules/@team/rubric/rubric.mjs', 'legacy.cjs', 'portfolio-check.config.json']);
    expect(config.engineConfig.passScore).toBe(80);
    expect(config.engineConfig.rules['ci-present']).toMatchObject({ level: 'warn', weight: 4 });
  });

  it('an explicit config path overrides discovery', async () => {
    const config = await loadConfig(BOOTCAMP, { configPath: 'portfolio-check/cohort.yaml' });
    expect(config.chain).toEqual(['portfolio-check/cohort.yaml']);
    expect(config.engineConfig.passScore).toBe(60);
  });

  it('merges options per key and keeps inherited weight and options when only the level changes', async () => {
    const rule = stubRule('sample', { weight: 4, options: { a: { type: 'number', default: 1, description: '' }, b: { type: 'string', default: 'x', description: '' } } });
    const dir = tree({
      'base.json': { rules: { sample: { weight: 9, reason: 'sample matters more', options: { a: 2, b: 'y' } } } },
      'portfolio-check.config.json': { extends: './base.json', rules: { sample: ['warn', { a: 3 }] } },
    });
    const { engineConfig, sources } = await loadConfig(dir, { builtinRules: [rule] });
    expect(engineConfig.rules.sample).toEqual({ level: 'warn', weight: 9, options: { a: 3, b: 'y' } });
    expect(sources['rules.sample.options.a']).toBe('portfolio-check.config.json');
    expect(sources['rules.sample.options.b']).toBe('base.json');
  });

  it('the same exemption later replaces the earlier reason; ignore globs accumulate without duplicates', async () => {
    const dir = tree({
      'base.yml': 'exemptions:\n  - { rule: ci-present, reason: old }\nignore: [a/**, b/**]\n',
      'portfolio-check.config.json': { extends: ['./base.yml'], exemptions: [{ rule: 'ci-present', reason: '  CI runs in GitLab  ' }], ignore: ['b/**', 'c/**'] },
    });
    const config = await loadConfig(dir);
    expect(config.engineConfig.exemptions).toEqual([{ rule: 'ci-present', reason: 'CI runs in GitLab' }]);
    expect(config.ignore).toEqual(['a/**', 'b/**', 'c/**']);
    expect(config.sources['ignore[2]']).toBe('portfolio-check.config.json');
  });
});

describe('built-in presets are generated from rule metadata', () => {
  const rules = [stubRule('always'), stubRule('api-thing', { presets: ['saas'], level: 'warn' }), stubRule('pipeline-thing', { presets: ['data', 'platform'] })];
  const levels = async (preset?: string) => {
    const dir = tree(preset ? { 'portfolio-check.config.json': { extends: `portfolio-check:${preset}` } } : {});
    const { engineConfig } = await loadConfig(dir, { builtinRules: rules });
    return Object.fromEntries(Object.entries(engineConfig.rules).map(([id, s]) => [id, s.level]));
  };

  const settings = async (preset?: string) => {
    const dir = tree(preset ? { 'portfolio-check.config.json': { extends: `portfolio-check:${preset}` } } : {});
    const { engineConfig } = await loadConfig(dir, { builtinRules: rules });
    return Object.fromEntries(Object.entries(engineConfig.rules).map(([id, s]) => [id, [s.level, s.weight]]));
  };

  it('recommended (also the default without a config) runs every rule at its own level and weight', async () => {
    expect(await levels()).toEqual({ always: 'error', 'api-thing': 'warn', 'pipeline-thing': 'error' });
    expect(await levels('recommended')).toEqual({ always: 'error', 'api-thing': 'warn', 'pipeline-thing': 'error' });
  });

  it('a direction preset makes its tagged rules errors with twice the weight', async () => {
    const weight = stubRule('x').meta.weight;
    expect(await settings('saas')).toEqual({ always: ['error', weight], 'api-thing': ['error', weight * 2], 'pipeline-thing': ['error', weight] });
    expect(await settings('data')).toEqual({ always: ['error', weight], 'api-thing': ['warn', weight], 'pipeline-thing': ['error', weight * 2] });
    expect(await settings('platform')).toEqual({ always: ['error', weight], 'api-thing': ['warn', weight], 'pipeline-thing': ['error', weight * 2] });
  });

  it('strict turns every rule on as an error', async () => {
    expect(await levels('strict')).toEqual({ always: 'error', 'api-thing': 'error', 'pipeline-thing': 'error' });
  });

  it('without a config file the chain is empty and nothing is exempted', async () => {
    const config = await loadConfig(tree({}));
    expect(config.file).toBeUndefined();
    expect(config.chain).toEqual([]);
    expect(config.engineConfig.exemptions).toEqual([]);
    expect(config.sources['rules.readme-present.level']).toBe('portfolio-check:recommended');
  });
});

describe('discovery', () => {
  const formats: Record<string, string> = {
    'portfolio-check.config.json': '{ "passScore": 1 }',
    'portfolio-check.config.yaml': 'passScore: 1\n',
    'portfolio-check.config.yml': 'passScore: 1\n',
    'portfolio-check.config.js': 'export default { passScore: 1 };\n',
    'portfolio-check.config.mjs': 'export default { passScore: 1 };\n',
    '.portfolio-checkrc': 'passScore: 1\n',
    '.portfolio-checkrc.json': '{ "passScore": 1 }',
    '.portfolio-checkrc.yaml': 'passScore: 1\n',
    '.portfolio-checkrc.yml': 'passScore: 1\n',
  };

  it('reads every supported file name and format', async () => {
    expect(Object.keys(formats)).toEqual([...CONFIG_FILE_NAMES]);
    for (const [name, content] of Object.entries(formats)) {
      const dir = tree({ [name]: content, 'package.json': '{ "type": "module" }' });
      const config = await loadConfig(dir);
      expect(config.chain, name).toEqual([name]);
      expect(config.engineConfig.passScore, name).toBe(1);
    }
  });

  it('a JSON .portfolio-checkrc is read as JSON', async () => {
    const config = await loadConfig(tree({ '.portfolio-checkrc': '{ "passScore": 2 }' }));
    expect(config.engineConfig.passScore).toBe(2);
  });

  it('uses package.json#portfolio-check, but only when the key is there', async () => {
    const withKey = await loadConfig(tree({ 'package.json': { name: 'x', 'portfolio-check': { passScore: 3 } } }));
    expect(withKey.chain).toEqual(['package.json']);
    expect(withKey.engineConfig.passScore).toBe(3);
    const without = await loadConfig(tree({ 'package.json': { name: 'x' } }));
    expect(without.chain).toEqual([]);
  });

  it('the first name in the documented order wins', async () => {
    const dir = tree({
      '.portfolio-checkrc.yml': 'passScore: 9\n',
      'portfolio-check.config.yaml': 'passScore: 5\n',
      'package.json': { 'portfolio-check': { passScore: 7 } },
    });
    expect((await loadConfig(dir)).chain).toEqual(['portfolio-check.config.yaml']);
  });
});

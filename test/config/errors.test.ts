import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/index.js';
import { closest, levenshtein } from '../../src/config/errors.js';
import { tree } from './helpers.js';

const CONFIG = 'portfolio-check.config.json';

/** Loads a config made of these files and returns the error message lines. */
async function problems(files: Record<string, string | object>, configPath?: string): Promise<{ dir: string; lines: string[] }> {
  const dir = tree(files);
  try {
    await loadConfig(dir, configPath ? { configPath } : {});
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return { dir, lines: (error as ConfigError).message.split('\n') };
  }
  throw new Error('expected a ConfigError');
}

const lines = async (config: unknown) => (await problems({ [CONFIG]: typeof config === 'string' ? config : JSON.stringify(config) })).lines;

describe('schema errors name the file, the JSON path and what was expected', () => {
  it('unknown top-level field, with a suggestion', async () => {
    expect(await lines({ passscore: 70 })).toEqual([
      `${CONFIG}: passscore: unknown field; expected one of $schema, extends, plugins, rules, categories, passScore, exemptions, ignore; did you mean "passScore"?`,
    ]);
  });

  it('unknown rule id, with a suggestion for a near miss and none for a far one', async () => {
    expect(await lines({ rules: { 'readme-presnt': 'warn', 'kubernetes-everywhere': 'off' } })).toEqual([
      `${CONFIG}: rules.readme-presnt: unknown rule "readme-presnt"; did you mean "readme-present"?`,
      `${CONFIG}: rules.kubernetes-everywhere: unknown rule "kubernetes-everywhere"`,
    ]);
  });

  it('a namespaced rule without its plugin', async () => {
    expect(await lines({ rules: { 'acme/readme-demo': 'error' } })).toEqual([
      `${CONFIG}: rules.acme/readme-demo: unknown rule "acme/readme-demo": no plugin named "acme" is loaded (add it to "plugins")`,
    ]);
  });

  it('a bad level in each rule form', async () => {
    expect(await lines({ rules: { 'readme-present': 'eror', 'readme-setup': { level: 'warning' }, 'ci-present': ['of'], 'tests-present': 2 } })).toEqual([
      `${CONFIG}: rules.readme-present: expected "off" | "warn" | "error" | [level, options] | an object; got "eror"; did you mean "error"?`,
      `${CONFIG}: rules.readme-setup.level: expected one of "off", "warn", "error"; got "warning"; did you mean "warn"?`,
      `${CONFIG}: rules.ci-present[0]: expected one of "off", "warn", "error"; got "of"; did you mean "off"?`,
      `${CONFIG}: rules.tests-present: expected "off" | "warn" | "error" | [level, options] | an object; got 2`,
    ]);
  });

  it('unknown fields of a rule setting and a negative weight', async () => {
    expect(await lines({ rules: { 'readme-present': { level: 'warn', wieght: 2 }, 'ci-present': { weight: -1 } } })).toEqual([
      `${CONFIG}: rules.readme-present.wieght: unknown field; expected one of level, weight, options, reason; did you mean "weight"?`,
      `${CONFIG}: rules.ci-present.weight: expected a number >= 0; got -1`,
    ]);
  });

  it('bad options: unknown key, wrong type, options on a rule without any', async () => {
    expect(
      await lines({
        rules: {
          'readme-present': { options: { minWord: 10 } },
          'commit-messages': ['warn', { maxSubjectLength: 'long' }],
          'ci-present': { options: { strict: true } },
        },
      }),
    ).toEqual([
      `${CONFIG}: rules.readme-present.options.minWord: unknown option of readme-present; expected one of minWords; did you mean "minWords"?`,
      `${CONFIG}: rules.commit-messages[1].maxSubjectLength: expected a number; got "long"`,
      `${CONFIG}: rules.ci-present.options.strict: unknown option: ci-present takes no options`,
    ]);
  });

  it('categories: unknown id and bad weight', async () => {
    expect(await lines({ categories: { securty: 2, history: 'of', testing: -1 } })).toEqual([
      `${CONFIG}: categories.testing: expected a number >= 0; got -1`,
      `${CONFIG}: categories.history: expected a number | "off" | an object; got "of"; did you mean "off"?`,
      `${CONFIG}: categories.securty: unknown category; expected one of documentation, testing, delivery, data, security, operations, history; did you mean "security"?`,
    ]);
  });

  it('passScore out of range or of the wrong type', async () => {
    expect(await lines({ passScore: 120 })).toEqual([`${CONFIG}: passScore: expected a number <= 100; got 120`]);
    expect(await lines({ passScore: '70' })).toEqual([`${CONFIG}: passScore: expected a number; got "70"`]);
  });

  it('an exemption without a reason, with a blank one, or for an unknown rule', async () => {
    expect(await lines({ exemptions: [{ rule: 'container-present' }, { rule: 'ci-present', reason: '   ' }] })).toEqual([
      `${CONFIG}: exemptions[0].reason: a reason is required (a non-empty string): every report shows why the rule is waived`,
      `${CONFIG}: exemptions[1].reason: a reason is required (a non-empty string): every report shows why the rule is waived`,
    ]);
    expect(await lines({ exemptions: [{ rule: 'docker-present', reason: 'serverless' }] })).toEqual([
      `${CONFIG}: exemptions[0].rule: unknown rule "docker-present"`,
    ]);
    expect(await lines({ exemptions: [{ rule: 'container-presnt', reason: 'serverless' }] })).toEqual([
      `${CONFIG}: exemptions[0].rule: unknown rule "container-presnt"; did you mean "container-present"?`,
    ]);
  });

  it('ignore must be a list of globs', async () => {
    expect(await lines({ ignore: 'dist/**' })).toEqual([`${CONFIG}: ignore: expected an array; got "dist/**"`]);
  });

  it('the file is not an object, or not JSON or YAML at all', async () => {
    expect(await lines('[]')).toEqual([`${CONFIG}: expected a configuration object; got an array`]);
    const json = await lines('{ "rules": ');
    expect(json).toHaveLength(1);
    expect(json[0]).toMatch(/^portfolio-check\.config\.json: invalid JSON: \S/);
    const yaml = (await problems({ 'portfolio-check.config.yaml': 'rules:\n  a: [\n' })).lines;
    expect(yaml[0]).toMatch(/^portfolio-check\.config\.yaml: invalid YAML: \S/);
  });

  it('a JS config without a default export, and one that throws', async () => {
    expect((await problems({ 'portfolio-check.config.mjs': 'export const rules = {};\n' })).lines).toEqual([
      'portfolio-check.config.mjs: expected a configuration object; got nothing',
    ]);
    expect((await problems({ 'portfolio-check.config.mjs': 'throw new Error("boom");\n' })).lines).toEqual([
      'portfolio-check.config.mjs: cannot load the module: boom',
    ]);
  });

  it('package.json#portfolio-check errors carry the key in the path', async () => {
    expect((await problems({ 'package.json': { 'portfolio-check': { rules: { 'ci-present': 'on' } } } })).lines).toEqual([
      'package.json: portfolio-check.rules.ci-present: expected "off" | "warn" | "error" | [level, options] | an object; got "on"; did you mean "off"?',
    ]);
    expect((await problems({ 'package.json': { 'portfolio-check': { colour: 1 } } })).lines).toEqual([
      'package.json: portfolio-check.colour: unknown field; expected one of $schema, extends, plugins, rules, categories, passScore, exemptions, ignore',
    ]);
  });

  it('--config pointing nowhere', async () => {
    expect((await problems({}, 'missing.json')).lines).toEqual(['missing.json: config file not found']);
  });
});

describe('extends errors', () => {
  it('unknown built-in preset, with a suggestion', async () => {
    expect(await lines({ extends: 'portfolio-check:sass' })).toEqual([
      `${CONFIG}: extends: unknown preset "portfolio-check:sass"; expected one of portfolio-check:recommended, portfolio-check:saas, portfolio-check:data, portfolio-check:platform, portfolio-check:strict; did you mean "portfolio-check:saas"?`,
    ]);
  });

  it('a missing relative file', async () => {
    const { dir, lines: out } = await problems({ [CONFIG]: { extends: ['portfolio-check:recommended', './nope.json'] } });
    expect(out).toEqual([`${CONFIG}: extends[1]: cannot find the file "./nope.json" (looked for ${path.join(dir, 'nope.json')})`]);
  });

  it('a package that is not installed', async () => {
    const { dir, lines: out } = await problems({ [CONFIG]: { extends: '@acme/portfolio-check-config' } });
    expect(out).toEqual([
      `${CONFIG}: extends: cannot find the package "@acme/portfolio-check-config" from ${dir}: is it installed? (npm install --save-dev @acme/portfolio-check-config)`,
    ]);
  });

  it('a cycle, with the whole chain', async () => {
    expect(
      (
        await problems({
          [CONFIG]: { extends: './a.json' },
          'a.json': { extends: './b.yaml' },
          'b.yaml': 'extends: ./a.json\n',
        })
      ).lines,
    ).toEqual(['b.yaml: extends: "./a.json" makes an extends cycle: a.json → b.yaml → a.json']);
    expect((await problems({ [CONFIG]: { extends: `./${CONFIG}` } })).lines).toEqual([
      `${CONFIG}: extends: "./${CONFIG}" makes an extends cycle: ${CONFIG} → ${CONFIG}`,
    ]);
  });

  it('an error inside an extended file names that file', async () => {
    expect((await problems({ [CONFIG]: { extends: './team/base.json' }, 'team/base.json': { rules: { 'readme-setup': 'warm' } } })).lines).toEqual([
      'team/base.json: rules.readme-setup: expected "off" | "warn" | "error" | [level, options] | an object; got "warm"; did you mean "warn"?',
    ]);
  });

  it('a package found in node_modules that is itself invalid', async () => {
    expect(
      (
        await problems({
          [CONFIG]: { extends: 'portfolio-check-config-broken' },
          'node_modules/portfolio-check-config-broken/package.json': { name: 'portfolio-check-config-broken', main: 'config.yml' },
          'node_modules/portfolio-check-config-broken/config.yml': 'passScore: high\n',
        })
      ).lines,
    ).toEqual(['node_modules/portfolio-check-config-broken/config.yml: passScore: expected a number; got "high"']);
  });
});

describe('plugin errors', () => {
  const rule = (id: string) => `{ meta: { id: '${id}', category: 'testing', title: 't', rationale: 'r', fix: 'f', level: 'warn', weight: 1, stage: 1 }, check: () => ({ outcome: 'pass', summary: 'ok' }) }`;

  it('a preset given as a plugin, a missing module, a module that throws', async () => {
    expect(await lines({ plugins: ['portfolio-check:saas'] })).toEqual([`${CONFIG}: plugins[0]: "portfolio-check:saas" is a preset, not a plugin; put it in "extends"`]);
    expect(await lines({ plugins: 'portfolio-check-plugin-nothing' })).toEqual([
      expect.stringMatching(/^portfolio-check\.config\.json: plugins: cannot find the package "portfolio-check-plugin-nothing" from .+: is it installed\? \(npm install --save-dev portfolio-check-plugin-nothing\)$/),
    ]);
    expect((await problems({ [CONFIG]: { plugins: ['./p.mjs'] }, 'p.mjs': 'throw new Error("no");\n' })).lines).toEqual([
      `${CONFIG}: plugins[0]: cannot load the plugin "./p.mjs": no`,
    ]);
  });

  it('a module without rules, a bad rule, a bad name, a name clash', async () => {
    const load = (plugins: string[], files: Record<string, string>) => problems({ [CONFIG]: { plugins }, ...files });
    expect((await load(['./p.mjs'], { 'p.mjs': 'export default { name: "p" };\n' })).lines).toEqual([
      `${CONFIG}: plugins[0]: plugin "./p.mjs": expected it to export "rules": an array of rules made with defineRule`,
    ]);
    expect((await load(['./p.mjs'], { 'p.mjs': 'export default { rules: [{ id: "x" }] };\n' })).lines).toEqual([
      `${CONFIG}: plugins[0]: plugin "./p.mjs": rules[0] is not a rule made with defineRule (expected { meta, check })`,
    ]);
    expect((await load(['./p.mjs'], { 'p.mjs': `export default { rules: [${rule('Bad_Id')}] };\n` })).lines).toEqual([
      `${CONFIG}: plugins[0]: plugin "./p.mjs": rule id "p/Bad_Id" is not kebab-case`,
    ]);
    expect((await load(['./p.mjs'], { 'p.mjs': `export default { rules: [${rule('x').replace("title: 't', ", '')}] };\n` })).lines).toEqual([
      `${CONFIG}: plugins[0]: plugin "./p.mjs": rule "x": meta needs title (text shown in every report)`,
    ]);
    expect((await load(['./p.mjs'], { 'p.mjs': `export default { name: "My Plugin", rules: [${rule('x')}] };\n` })).lines).toEqual([
      `${CONFIG}: plugins[0]: plugin "./p.mjs": its name "My Plugin" must be kebab-case (a-z, 0-9, -)`,
    ]);
    expect((await load(['./a.mjs', './b/a.mjs'], { 'a.mjs': `export const rules = [${rule('x')}];\n`, 'b/a.mjs': `export const rules = [${rule('y')}];\n` })).lines).toEqual([
      `${CONFIG}: plugins[1]: plugin "./b/a.mjs" is named "a", like a.mjs; plugin names must be unique`,
    ]);
  });

  it('a local plugin module with named exports works, and its options are validated', async () => {
    const dir = tree({
      [CONFIG]: { plugins: ['./rules/team.mjs'], rules: { 'team/x': 'error' } },
      'rules/team.mjs': `export const rules = [${rule('x')}];\n`,
    });
    const config = await loadConfig(dir);
    expect(config.engineConfig.rules['team/x']).toEqual({ level: 'error', weight: 1, options: {} });
    expect((await problems({ [CONFIG]: { plugins: ['./team.mjs'], rules: { 'team/x': ['warn', { y: 1 }] } }, 'team.mjs': `export const rules = [${rule('x')}];\n` })).lines).toEqual([
      `${CONFIG}: rules.team/x[1].y: unknown option: team/x takes no options`,
    ]);
  });
});

describe('did you mean', () => {
  it('measures edits and suggests only close candidates', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(closest('readme-presnt', ['readme-present', 'readme-setup'])).toBe('readme-present');
    expect(closest('xyz', ['readme-present'])).toBeUndefined();
  });
});

import { cpSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../rules/index.js';
import { defineRule, defaultOptions, docsUrl } from '../src/engine/define-rule.js';
import { runChecks, type EngineConfig } from '../src/engine/run.js';
import { band, computeScores } from '../src/engine/score.js';
import { evaluateStages, nextStep } from '../src/engine/stages.js';
import { RepositoryFacts } from '../src/facts/facts.js';
import { WorkingTreeSource } from '../src/source/working-tree.js';
import type { CategoryId, Finding, Result, Rule, RuleOutcome, RuleResult, Stage } from '../src/types.js';
import { FIXTURES_DIR, buildRepo, makeTempDir, removeDir } from './helpers/repo.js';

interface FixedRuleSpec {
  category?: CategoryId;
  weight?: number;
  stage?: Stage;
  level?: 'warn' | 'error';
  kind?: 'evidence' | 'defect';
  options?: Rule['meta']['options'];
}

/** A rule that always returns `outcome` (or calls it with the options). */
function fixedRule(id: string, outcome: RuleOutcome | ((options: Record<string, unknown>) => RuleOutcome), spec: FixedRuleSpec = {}): Rule {
  return defineRule({
    meta: {
      id,
      category: spec.category ?? 'documentation',
      title: `Title of ${id}`,
      rationale: 'Because.',
      fix: `General fix for ${id}.`,
      level: spec.level ?? 'error',
      weight: spec.weight ?? 1,
      stage: spec.stage ?? 1,
      ...(spec.kind ? { kind: spec.kind } : {}),
      ...(spec.options ? { options: spec.options } : {}),
    },
    check: ({ options }) => (typeof outcome === 'function' ? outcome(options) : outcome),
  });
}

const pass: RuleOutcome = { outcome: 'pass', summary: 'ok' };
const fail: RuleOutcome = { outcome: 'fail', summary: 'bad', findings: [{ message: 'broken' }] };
const partial = (score: number, findings: Finding[] = [{ message: 'half' }]): RuleOutcome => ({ outcome: 'partial', score, summary: 'some', findings });
const notApplicable: RuleOutcome = { outcome: 'not-applicable', summary: 'n/a' };
const notAvailable: RuleOutcome = { outcome: 'not-available', summary: 'unknown' };

let emptyDir: string;
/** A directory with source code of a supported language, so not-applicable stays not applicable. */
let codeDir: string;
beforeAll(() => {
  emptyDir = makeTempDir('pc-engine-');
  codeDir = makeTempDir('pc-engine-code-');
  writeFileSync(path.join(codeDir, 'package.json'), '{"name":"x","version":"1.0.0"}\n');
  writeFileSync(path.join(codeDir, 'index.js'), 'console.log(1);\n');
});
afterAll(() => {
  removeDir(emptyDir);
  removeDir(codeDir);
});

async function run(rules: Rule[], config: Partial<EngineConfig> = {}, root = codeDir): Promise<Result> {
  return runChecks({ facts: new RepositoryFacts(new WorkingTreeSource(root)), rules, config: { rules: {}, ...config }, version: '0.0.0-test' });
}

const byId = (result: Result, id: string): RuleResult => {
  const rule = result.rules.find((r) => r.id === id);
  if (!rule) throw new Error(`no result for ${id}`);
  return rule;
};
const category = (result: Result, id: CategoryId) => result.categories.find((c) => c.id === id)!;
const totalPointsLost = (result: Result) => result.rules.reduce((sum, r) => sum + r.pointsLost, 0);

describe('scoring', () => {
  const rules = [
    fixedRule('doc-a', pass, { category: 'documentation', weight: 3 }),
    fixedRule('doc-b', fail, { category: 'documentation', weight: 1 }),
    fixedRule('test-a', partial(0.5), { category: 'testing', weight: 5 }),
    fixedRule('test-b', notApplicable, { category: 'testing', weight: 2 }),
    fixedRule('hist-a', notAvailable, { category: 'history', weight: 3 }),
  ];

  it('the overall score is evidence points earned over points applicable', async () => {
    const result = await run(rules);
    // doc-a 3 of 3, doc-b 0 of 1, test-a 2.5 of 5; test-b (not applicable) and hist-a (not
    // available) leave the denominator: 5.5 / 9 = 61.1.
    expect(result.points).toEqual({ earned: 5.5, applicable: 9, deductions: 0 });
    expect(result.score).toBe(61);
    expect(result.band).toBe('amber');
    expect(result.bandLabel).toBe('getting there');
  });

  it('categories group the rules and show their own points without averaging each other', async () => {
    const result = await run(rules);
    expect(category(result, 'documentation')).toMatchObject({ score: 75, band: 'green', weight: 1, pointsEarned: 33.3, pointsApplicable: 44.4, pointsLost: 11.1, deductions: 0 });
    expect(category(result, 'testing')).toMatchObject({ score: 50, band: 'amber', pointsEarned: 27.8, pointsApplicable: 55.6, pointsLost: 27.8 });
    expect(category(result, 'history')).toMatchObject({ score: null, band: null, pointsLost: 0 });
    expect(category(result, 'security')).toMatchObject({ score: null, band: null });
  });

  it('rule scores, points earned and points lost', async () => {
    const result = await run(rules);
    expect(byId(result, 'doc-a')).toMatchObject({ kind: 'evidence', outcome: 'pass', score: 1, pointsEarned: 33.3, pointsLost: 0 });
    expect(byId(result, 'doc-b')).toMatchObject({ outcome: 'fail', score: 0, pointsEarned: 0, pointsLost: 11.1 });
    expect(byId(result, 'test-a')).toMatchObject({ outcome: 'partial', score: 0.5, pointsEarned: 27.8, pointsLost: 27.8 });
    expect(byId(result, 'test-b')).toMatchObject({ outcome: 'not-applicable', score: null, pointsLost: 0 });
    expect(byId(result, 'hist-a')).toMatchObject({ outcome: 'not-available', score: null, pointsLost: 0 });
  });

  it('pointsLost sums to 100 - score (within rounding)', async () => {
    for (const config of [{}, { categories: { testing: 3 } }, { categories: { documentation: 0.5, testing: 2 } }]) {
      const result = await run(rules, config);
      expect(Math.abs(100 - result.score - totalPointsLost(result))).toBeLessThanOrEqual(1);
      const categoryLost = result.categories.reduce((s, c) => s + c.pointsLost, 0);
      expect(Math.abs(100 - result.score - categoryLost)).toBeLessThanOrEqual(1);
    }
  });

  it('a defect rule deducts its weight when it finds something and earns nothing when clean', async () => {
    const secret = fixedRule('secret', fail, { category: 'security', weight: 8, kind: 'defect' });
    const found = await run([...rules, secret]);
    expect(found.score).toBe(53); // 61.1 − 8
    expect(found.points).toEqual({ earned: 5.5, applicable: 9, deductions: 8 });
    expect(byId(found, 'secret')).toMatchObject({ kind: 'defect', pointsEarned: 0, pointsLost: 8, deduction: 8, deductionLabel: 'Title of secret' });
    expect(category(found, 'security')).toMatchObject({ score: null, deductions: 8, pointsLost: 8 });
    const clean = await run([...rules, fixedRule('secret', pass, { category: 'security', weight: 8, kind: 'defect' })]);
    // A clean defect rule is no evidence: the score is the same as without it.
    expect(clean.score).toBe(61);
    expect(clean.points.applicable).toBe(9);
    expect(byId(clean, 'secret')).toMatchObject({ pointsLost: 0, deduction: 0 });
  });

  it('a partial defect deducts its share, and the score never goes below 0', async () => {
    const result = await run([fixedRule('doc-b', fail), fixedRule('artefacts', partial(0.5), { kind: 'defect', weight: 3 })]);
    expect(byId(result, 'artefacts').pointsLost).toBe(1.5);
    expect(result.score).toBe(0);
  });

  it("a category's deductions lower its own gauge", async () => {
    const result = await run([fixedRule('auth', pass, { category: 'security', weight: 5 }), fixedRule('secret', fail, { category: 'security', weight: 2, kind: 'defect' })]);
    // 5 of 5 earned is 100 overall − 2 = 98; in the category's own units the 2 points are 2 % of 100.
    expect(result.score).toBe(98);
    expect(category(result, 'security')).toMatchObject({ score: 98, deductions: 2 });
  });

  it('category weights multiply the points of their rules', async () => {
    const result = await run(rules, { categories: { testing: 3 } });
    // (3 + 7.5) / (4 + 15) = 55.3
    expect(result.score).toBe(55);
    expect(byId(result, 'test-a').pointsLost).toBe(39.5);
    expect(category(result, 'testing').weight).toBe(3);
  });

  it('a category weighted 0 is left out', async () => {
    const result = await run(rules, { categories: { testing: 0 } });
    expect(result.score).toBe(75);
    expect(category(result, 'testing')).toMatchObject({ score: null, pointsLost: 0 });
    expect(byId(result, 'test-a').pointsLost).toBe(0);
  });

  it('a rule weight from the config overrides the metadata', async () => {
    const result = await run(rules, { rules: { 'doc-b': { level: 'error', weight: 3 } } });
    expect(category(result, 'documentation').score).toBe(50);
    expect(byId(result, 'doc-b').weight).toBe(3);
  });

  it('a rule weighted 0 is reported but not scored', async () => {
    const result = await run([fixedRule('a', pass), fixedRule('b', fail, { weight: 0 })]);
    expect(result.score).toBe(100);
    expect(byId(result, 'b')).toMatchObject({ outcome: 'fail', pointsLost: 0 });
  });

  it('without source code of a supported language, missing evidence is not shown rather than not applicable', async () => {
    const result = await run([fixedRule('a', pass), fixedRule('b', notApplicable, { weight: 3 }), fixedRule('c', notApplicable, { kind: 'defect' })], {}, emptyDir);
    expect(byId(result, 'b')).toMatchObject({ outcome: 'fail', score: 0, pointsLost: 75 });
    expect(byId(result, 'b').summary).toMatch(/^Not shown/);
    expect(byId(result, 'c')).toMatchObject({ outcome: 'not-applicable', score: null });
    expect(result.score).toBe(25);
  });

  it('records the config chain and the score under the default rule set', async () => {
    const result = await run(rules, {
      rules: { 'doc-b': { level: 'off' } },
      chain: ['team.json'],
      changes: [{ path: 'rules.doc-b.level', default: 'error', value: 'off', source: 'team.json', reason: 'no docs here' }],
    });
    expect(result.score).toBe(69); // 5.5 / 8
    expect(result.config).toEqual({
      chain: ['team.json'],
      changes: [{ path: 'rules.doc-b.level', default: 'error', value: 'off', source: 'team.json', reason: 'no docs here' }],
      defaultScore: 61,
      defaultBand: 'amber',
    });
    expect(result.rules.map((r) => r.id)).not.toContain('doc-b');
  });

  it('has no default score without a configuration', async () => {
    const result = await run(rules);
    expect(result.config).toEqual({ chain: [], changes: [] });
  });

  it('nothing scored gives 0, not NaN', async () => {
    const result = await run([fixedRule('a', notApplicable)]);
    expect(result.score).toBe(0);
    expect(result.categories.every((c) => c.score === null)).toBe(true);
  });

  it('computeScores is pure and agrees with the engine', async () => {
    const result = await run(rules);
    const again = computeScores({ rules: result.rules, categoryWeights: {} });
    expect(again.score).toBe(result.score);
    expect(again.categories).toEqual(result.categories);
    for (const r of result.rules) expect(again.rulePoints.get(r.id)?.pointsLost).toBe(r.pointsLost);
  });
});

describe('bands', () => {
  it.each([
    [0, 'red'],
    [44, 'red'],
    [45, 'amber'],
    [74, 'amber'],
    [75, 'green'],
    [100, 'green'],
  ] as const)('band(%i) is %s', (score, expected) => {
    expect(band(score)).toBe(expected);
  });

  it.each([
    [0.44, 44, 'red'],
    [0.45, 45, 'amber'],
    [0.74, 74, 'amber'],
    [0.75, 75, 'green'],
  ] as const)('an overall score from a partial of %f is %i (%s)', async (ruleScore, score, expected) => {
    const result = await run([fixedRule('only', partial(ruleScore))]);
    expect(result.score).toBe(score);
    expect(result.band).toBe(expected);
    expect(category(result, 'documentation').band).toBe(expected);
  });

  it('passScore sets passed', async () => {
    const rules = [fixedRule('only', partial(0.7))];
    expect(await run(rules, { passScore: 70 })).toMatchObject({ score: 70, passScore: 70, passed: true });
    expect(await run(rules, { passScore: 71 })).toMatchObject({ score: 70, passScore: 71, passed: false });
    expect(await run(rules)).not.toHaveProperty('passed');
  });
});

describe('outcomes', () => {
  it('a rule that throws becomes an error without affecting the others', async () => {
    const boom = defineRule({ ...fixedRule('boom', pass, { weight: 10 }), check: () => Promise.reject(new Error('kaput')) });
    const result = await run([boom, fixedRule('fine', pass), fixedRule('bad', fail)]);
    expect(byId(result, 'boom')).toMatchObject({ outcome: 'error', score: null, pointsLost: 0, findings: [], summary: 'The rule failed to run: kaput' });
    expect(byId(result, 'fine').outcome).toBe('pass');
    expect(byId(result, 'bad').outcome).toBe('fail');
    // The error leaves the denominator: 1 of 2 scored rules passes.
    expect(result.score).toBe(50);
  });

  it('a synchronous throw of a non-Error is caught too', async () => {
    const boom = defineRule({
      ...fixedRule('boom', pass),
      check: () => {
        throw 'plain string';
      },
    });
    const result = await run([boom]);
    expect(byId(result, 'boom')).toMatchObject({ outcome: 'error', summary: 'The rule failed to run: plain string' });
  });

  it('a partial with score 1 becomes pass and with score 0 becomes fail', async () => {
    const result = await run([fixedRule('full', partial(1)), fixedRule('none', partial(0))]);
    expect(byId(result, 'full')).toMatchObject({ outcome: 'pass', score: 1, pointsLost: 0 });
    expect(byId(result, 'none')).toMatchObject({ outcome: 'fail', score: 0 });
  });

  it.each([
    ['no score', { outcome: 'partial', summary: 'x' }],
    ['a score above 1', { outcome: 'partial', score: 1.5, summary: 'x' }],
    ['a negative score', { outcome: 'partial', score: -0.1, summary: 'x' }],
    ['NaN', { outcome: 'partial', score: Number.NaN, summary: 'x' }],
  ] as [string, RuleOutcome][])('a partial with %s is an error', async (_label, outcome) => {
    const result = await run([fixedRule('odd', outcome)]);
    expect(byId(result, 'odd')).toMatchObject({ outcome: 'error', score: null });
    expect(byId(result, 'odd').summary).toMatch(/partial outcome needs a score between 0 and 1/);
  });

  it('a check that returns nothing is an error', async () => {
    const result = await run([fixedRule('empty', undefined as unknown as RuleOutcome)]);
    expect(byId(result, 'empty')).toMatchObject({ outcome: 'error', summary: 'The rule failed to run: check() returned no outcome' });
  });

  it('partial scores are rounded to three decimals', async () => {
    const result = await run([fixedRule('third', partial(1 / 3))]);
    expect(byId(result, 'third').score).toBe(0.333);
  });

  it('findings with a location sort by file, line and column; the rest keep the rule order, last', async () => {
    const findings: Finding[] = [
      { message: 'b', file: 'src/b.ts', line: 2 },
      { message: 'z', file: 'src/a.ts', line: 10 },
      { message: 'y', file: 'src/a.ts', line: 9 },
      { message: 'most important' },
      { message: 'x', file: 'src/a.ts', line: 9, column: 1 },
      { message: 'c', file: 'src/b.ts', line: 2 },
      { message: 'and 3 more' },
    ];
    const result = await run([fixedRule('many', { outcome: 'fail', summary: 's', findings })]);
    expect(byId(result, 'many').findings.map((f) => f.message)).toEqual(['y', 'x', 'z', 'b', 'c', 'most important', 'and 3 more']);
  });

  it('rules are ordered by category, then id', async () => {
    const result = await run([
      fixedRule('zeta', pass, { category: 'history' }),
      fixedRule('beta', pass, { category: 'testing' }),
      fixedRule('alpha', pass, { category: 'testing' }),
      fixedRule('omega', pass, { category: 'documentation' }),
    ]);
    expect(result.rules.map((r) => r.id)).toEqual(['omega', 'alpha', 'beta', 'zeta']);
  });

  it('result entries carry the metadata, the docs URL and the level', async () => {
    const rule = fixedRule('meta-rule', pass, { level: 'warn', stage: 4, category: 'data', weight: 2 });
    const result = await run([rule]);
    expect(byId(result, 'meta-rule')).toEqual({
      id: 'meta-rule',
      title: 'Title of meta-rule',
      category: 'data',
      stage: 4,
      level: 'warn',
      kind: 'evidence',
      outcome: 'pass',
      score: 1,
      weight: 2,
      pointsEarned: 100,
      pointsLost: 0,
      summary: 'ok',
      rationale: 'Because.',
      fix: 'General fix for meta-rule.',
      findings: [],
      docs: docsUrl(rule.meta),
    });
    expect(docsUrl(rule.meta)).toBe('https://github.com/portfolio-check/portfolio-check/blob/main/rules/meta-rule.md');
  });
});

describe('configuration', () => {
  it("level 'off' skips the rule entirely", async () => {
    let called = false;
    const rule = defineRule({
      ...fixedRule('quiet', pass),
      check: () => {
        called = true;
        return pass;
      },
    });
    const result = await run([rule, fixedRule('other', pass)], { rules: { quiet: { level: 'off' } } });
    expect(called).toBe(false);
    expect(result.rules.map((r) => r.id)).toEqual(['other']);
  });

  it('the configured level replaces the default one', async () => {
    const result = await run([fixedRule('lvl', pass, { level: 'error' })], { rules: { lvl: { level: 'warn' } } });
    expect(byId(result, 'lvl').level).toBe('warn');
  });

  it('options are the defaults overlaid with the configured ones', async () => {
    const seen: Record<string, unknown>[] = [];
    const rule = fixedRule(
      'opts',
      (options) => {
        seen.push(options);
        return pass;
      },
      {
        options: {
          minWords: { type: 'number', default: 150, description: 'x' },
          strict: { type: 'boolean', default: false, description: 'y' },
        },
      },
    );
    expect(defaultOptions(rule.meta)).toEqual({ minWords: 150, strict: false });
    await run([rule]);
    await run([rule], { rules: { opts: { level: 'error', options: { minWords: 10 } } } });
    expect(seen).toEqual([
      { minWords: 150, strict: false },
      { minWords: 10, strict: false },
    ]);
  });

  it('an exemption makes the rule not-applicable without running it', async () => {
    const neverRun = defineRule({
      ...fixedRule('exempt', pass, { weight: 5 }),
      check: () => {
        throw new Error('must not run');
      },
    });
    const result = await run([neverRun, fixedRule('other', partial(0.5))], { exemptions: [{ rule: 'exempt', reason: 'a CLI tool has no server' }] });
    expect(byId(result, 'exempt')).toMatchObject({
      outcome: 'not-applicable',
      score: null,
      pointsLost: 0,
      summary: 'Exempted: a CLI tool has no server',
      exemption: 'a CLI tool has no server',
    });
    expect(result.score).toBe(50);
    expect(result.nextStep?.rule).toBe('other');
  });
});

describe('defineRule', () => {
  it.each([
    ['a non-kebab id', { id: 'NoDebugger' }, /not kebab-case/],
    ['a negative weight', { weight: -1 }, /weight must be >= 0/],
    ['stage 0', { stage: 0 }, /stage must be 1-7/],
    ['stage 8', { stage: 8 }, /stage must be 1-7/],
    ['a fractional stage', { stage: 1.5 }, /stage must be 1-7/],
  ] as const)('rejects %s', (_label, override, message) => {
    const base = fixedRule('valid-id', pass);
    expect(() => defineRule({ ...base, meta: { ...base.meta, ...override } as Rule['meta'] })).toThrow(message);
  });

  it('accepts a plugin-scoped id', () => {
    const base = fixedRule('valid-id', pass);
    expect(() => defineRule({ ...base, meta: { ...base.meta, id: 'my-plugin/no-todo' } })).not.toThrow();
  });
});

describe('stages and the next step', () => {
  it('evaluates each stage from its scored rules', async () => {
    const result = await run([
      fixedRule('s1', pass, { stage: 1 }),
      fixedRule('s2', partial(0.5), { stage: 2 }),
      fixedRule('s2-pass', pass, { stage: 2 }),
      fixedRule('s3', notApplicable, { stage: 3 }),
      fixedRule('s6', fail, { stage: 6 }),
    ]);
    expect(result.stages.map((s) => [s.stage, s.status, s.score])).toEqual([
      [1, 'reached', 100],
      [2, 'partly', 75],
      [3, 'not-assessed', null],
      [4, 'not-assessed', null],
      [5, 'not-assessed', null],
      [6, 'not-yet', 0],
      [7, 'not-assessed', null],
    ]);
    expect(result.stageReached).toBe(1);
    expect(result.stages[0]!.title).toBe('One language, with unit tests');
  });

  it('80% of a stage reaches it; not-assessed stages are skipped over', async () => {
    const { stages, reached } = evaluateStages([
      resultOf('a', { stage: 1, score: 0.8 }),
      resultOf('b', { stage: 3, score: 1 }),
      resultOf('c', { stage: 4, score: 0.79 }),
      resultOf('d', { stage: 5, score: 1 }),
    ]);
    expect(stages.map((s) => s.status)).toEqual(['reached', 'not-assessed', 'reached', 'partly', 'reached', 'not-assessed', 'not-assessed']);
    // Stage 4 is only partly there, so stage 5 does not count as reached.
    expect(reached).toBe(3);
  });

  it('nothing assessed reaches stage 0', () => {
    expect(evaluateStages([]).reached).toBe(0);
  });

  it('the next step comes from the earliest open stage, not the biggest loss', async () => {
    const result = await run([
      fixedRule('early', partial(0.5), { stage: 2, weight: 1, category: 'documentation' }),
      fixedRule('late-big', fail, { stage: 6, weight: 10, category: 'delivery' }),
      fixedRule('first', pass, { stage: 1, category: 'testing' }),
    ]);
    expect(result.nextStep).toMatchObject({ rule: 'early', stage: 2, title: 'Title of early' });
    expect(result.nextStep!.pointsLost).toBe(byId(result, 'early').pointsLost);
  });

  it('rules of reached stages come after those of open stages', async () => {
    const result = await run([
      fixedRule('almost', partial(0.85), { stage: 1, weight: 10 }),
      fixedRule('open', partial(0.5), { stage: 3 }),
    ]);
    expect(result.stages[0]!.status).toBe('reached');
    expect(result.nextStep?.rule).toBe('open');
  });

  it('ties break by points lost, then by id', () => {
    const stages = evaluateStages([]).stages;
    const rules = [resultOf('b-rule', { stage: 2, pointsLost: 5 }), resultOf('a-rule', { stage: 2, pointsLost: 5 }), resultOf('c-rule', { stage: 2, pointsLost: 9 })];
    expect(nextStep(rules, stages)?.rule).toBe('c-rule');
    expect(nextStep(rules.slice(0, 2), stages)?.rule).toBe('a-rule');
  });

  it("uses a single finding's fix, else the rule's general fix", async () => {
    const one = await run([fixedRule('one', { outcome: 'fail', summary: 's', findings: [{ message: 'm', fix: 'Do exactly this.' }] })]);
    expect(one.nextStep?.fix).toBe('Do exactly this.');
    const two = await run([fixedRule('two', { outcome: 'fail', summary: 's', findings: [{ message: 'm', fix: 'A' }, { message: 'n', fix: 'B' }] })]);
    expect(two.nextStep?.fix).toBe('General fix for two.');
  });

  it('is null when no rule lost points', async () => {
    const result = await run([fixedRule('a', pass), fixedRule('b', notApplicable)]);
    expect(result.nextStep).toBeNull();
  });
});

describe('the Result', () => {
  const fixture = (name: string) => path.join(FIXTURES_DIR, name);

  it('is byte-for-byte deterministic across runs', async () => {
    for (const name of ['js-good', 'python-weak']) {
      // A private copy with its own history: the fixtures would otherwise share the host repository's.
      const dir = makeTempDir('pc-determinism-');
      try {
        cpSync(fixture(name), dir, { recursive: true });
        buildRepo(dir, { git: true, commits: [{ message: 'wip' }, { message: 'Add the health endpoint' }] });
        const first = await run([...BUILTIN_RULES], {}, dir);
        const second = await run([...BUILTIN_RULES], {}, dir);
        expect(JSON.stringify(second)).toBe(JSON.stringify(first));
        expect(first).not.toHaveProperty('timings');
        expect(first.history).toEqual({ available: true, shallow: false, commits: 3 });
        expect(first.target.commit).toMatch(/^[0-9a-f]{40}$/);
      } finally {
        removeDir(dir);
      }
    }
  });

  it('includes timings only when asked', async () => {
    const result = await runChecks({
      facts: new RepositoryFacts(new WorkingTreeSource(emptyDir)),
      rules: [fixedRule('a', pass)],
      config: { rules: {} },
      version: 'x',
      timings: true,
    });
    expect(Object.keys(result.timings ?? {})).toEqual(['total', 'rule:a']);
  });

  it('reports ecosystems, frameworks and the tool', async () => {
    const result = await run([...BUILTIN_RULES], {}, fixture('python-good'));
    expect(result).toMatchObject({
      schemaVersion: 2,
      tool: { name: 'portfolio-check', version: '0.0.0-test' },
      target: { kind: 'path', name: fixture('python-good') },
      ecosystems: ['python'],
      frameworks: ['FastAPI'],
    });
  });

  it('does not run git log when no rule reads the history', async () => {
    const result = await run([fixedRule('a', pass)]);
    expect(result.history).toEqual({ available: false, reason: 'no enabled rule reads the history', shallow: false, commits: 0 });
  });

  it('reports why history is unavailable when a rule asked for it', async () => {
    const reader = defineRule({
      ...fixedRule('reads-history', pass),
      check: async ({ facts }) => {
        await facts.history();
        return pass;
      },
    });
    const result = await run([reader]);
    expect(result.history).toEqual({ available: false, reason: 'not a git repository', shallow: false, commits: 0 });
    expect(result.target).not.toHaveProperty('commit');
  });

  it('scores the good fixtures well above the weak ones', async () => {
    // Fixtures share the host repository's history, so history rules would judge this project.
    const rules = BUILTIN_RULES.filter((r) => r.meta.category !== 'history');
    const scores = Object.fromEntries(
      await Promise.all(['js-good', 'python-good', 'js-weak', 'python-weak'].map(async (name) => [name, (await run([...rules], {}, fixture(name))).score] as const)),
    );
    // The good fixtures are stage-6 projects (tests, CI, container, docs) without a database or auth.
    expect(scores['js-good']).toBeGreaterThanOrEqual(60);
    expect(scores['python-good']).toBeGreaterThanOrEqual(60);
    expect(scores['js-weak']).toBeLessThan(35);
    expect(scores['python-weak']).toBeLessThan(50);
    expect(scores['js-good']! - scores['js-weak']!).toBeGreaterThanOrEqual(35);
    expect(scores['python-good']! - scores['python-weak']!).toBeGreaterThanOrEqual(20);
  });
});

describe('built-in rules', () => {
  it('are sorted by id and unique', () => {
    const ids = BUILTIN_RULES.map((r) => r.meta.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(BUILTIN_RULES.map((r) => r.meta.id))('%s has a test file', (id) => {
    expect(existsSync(path.resolve(import.meta.dirname, 'rules', `${id}.test.ts`))).toBe(true);
  });
});

function resultOf(id: string, fields: Partial<RuleResult>): RuleResult {
  return {
    id,
    title: id,
    category: 'documentation',
    stage: 1,
    level: 'error',
    kind: 'evidence',
    outcome: 'partial',
    score: 0.5,
    weight: 1,
    pointsEarned: 0,
    pointsLost: 0,
    summary: '',
    rationale: '',
    fix: '',
    findings: [],
    docs: '',
    ...fields,
  };
}

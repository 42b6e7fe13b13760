import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMIT_STATS_LIMIT } from '../../src/check.js';
import { runChecks, type EngineConfig } from '../../src/engine/run.js';
import { RepositoryFacts } from '../../src/facts/facts.js';
import { WorkingTreeSource } from '../../src/source/working-tree.js';
import type { OutcomeKind, Result, Rule, RuleResult } from '../../src/types.js';
import { FIXTURES_DIR, buildRepo, makeTempDir, removeDir, shallowClone, type CommitSpec, type FileMap } from './repo.js';

export interface ExpectedFinding {
  file?: string;
  line?: number;
  message?: RegExp;
}

interface CaseBase {
  name: string;
  /** A folder under fixtures/, analysed as the root. */
  fixture?: string;
  /** Files written to a fresh temp dir. */
  files?: FileMap;
  /** `git init` and commit `files`, so tracked-ness is real. */
  git?: boolean;
  /** History to build (implies git); each commit stages only its own files. */
  commits?: CommitSpec[];
  /** Files left in the working tree, never committed. */
  untracked?: FileMap;
  /** Analyse a `git clone --depth 1` of the built repository. */
  shallow?: boolean;
  options?: Record<string, unknown>;
  /** Exact score (to 3 decimals) or an inclusive [min, max] range. */
  score?: number | [number, number];
  /** When given, the findings must match one-to-one, in the engine's (sorted) order. */
  findings?: ExpectedFinding[];
  summary?: RegExp;
  /** Extra assertions on the rule's result. */
  assert?: (result: RuleResult, full: Result) => void;
  only?: boolean;
}

export interface ValidCase extends CaseBase {
  /** Defaults to 'pass'. */
  outcome?: Extract<OutcomeKind, 'pass' | 'not-applicable' | 'not-available'>;
}

export interface InvalidCase extends CaseBase {
  outcome: Extract<OutcomeKind, 'fail' | 'partial' | 'not-available' | 'error'>;
}

export interface RuleTests {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

/** Builds the case's repository, runs the single rule through the engine, and returns the Result. */
export async function runRuleCase(rule: Rule<any>, testCase: CaseBase): Promise<Result> {
  const cleanups: (() => void)[] = [];
  try {
    let root: string;
    if (testCase.fixture) {
      if (testCase.files || testCase.commits || testCase.git) throw new Error('a case uses either a fixture or files/commits');
      root = path.join(FIXTURES_DIR, testCase.fixture);
    } else {
      const dir = makeTempDir('pc-rule-');
      cleanups.push(() => removeDir(dir));
      buildRepo(dir, {
        ...(testCase.files ? { files: testCase.files } : {}),
        ...(testCase.git ? { git: true } : {}),
        ...(testCase.commits ? { commits: testCase.commits } : {}),
        ...(testCase.untracked ? { untracked: testCase.untracked } : {}),
      });
      root = dir;
      if (testCase.shallow) {
        const clone = shallowClone(dir);
        cleanups.unshift(clone.cleanup);
        root = clone.dir;
      }
    }
    const config: EngineConfig = {
      rules: testCase.options ? { [rule.meta.id]: { level: rule.meta.level, options: testCase.options } } : {},
    };
    // As src/check.ts does: rules that need per-commit stats get them.
    const statsLimit = rule.meta.needs?.includes('commit-stats') ? COMMIT_STATS_LIMIT : 0;
    return await runChecks({ facts: new RepositoryFacts(new WorkingTreeSource(root), { statsLimit }), rules: [rule], config, version: '0.0.0-test' });
  } finally {
    for (const cleanup of cleanups) cleanup();
  }
}

function formatFindings(result: RuleResult): string {
  return result.findings.map((f) => `  ${f.file ?? '-'}:${f.line ?? '-'} ${f.message}`).join('\n') || '  (none)';
}

/** Asserts a rule result against a case's expectations. */
export function expectCase(result: RuleResult, full: Result, testCase: CaseBase & { outcome?: OutcomeKind }, defaultOutcome: OutcomeKind): void {
  const context = `${result.id}: ${result.summary}\nfindings:\n${formatFindings(result)}`;
  expect(result.outcome, context).toBe(testCase.outcome ?? defaultOutcome);
  if (testCase.score !== undefined) {
    expect(result.score, context).not.toBeNull();
    if (Array.isArray(testCase.score)) {
      expect(result.score!, context).toBeGreaterThanOrEqual(testCase.score[0]);
      expect(result.score!, context).toBeLessThanOrEqual(testCase.score[1]);
    } else {
      expect(result.score!, context).toBeCloseTo(testCase.score, 3);
    }
  }
  if (testCase.summary) expect(result.summary, context).toMatch(testCase.summary);
  if (testCase.findings) {
    expect(result.findings.length, context).toBe(testCase.findings.length);
    testCase.findings.forEach((want, i) => {
      const got = result.findings[i]!;
      if ('file' in want) expect(got.file, `finding ${i} file\n${context}`).toBe(want.file);
      if ('line' in want) expect(got.line, `finding ${i} line\n${context}`).toBe(want.line);
      if (want.message) expect(got.message, `finding ${i} message\n${context}`).toMatch(want.message);
    });
  }
  testCase.assert?.(result, full);
}

/**
 * Declarative rule tests (after stylelint's and ESLint's RuleTester): `valid` repositories pass
 * (or are not applicable), `invalid` ones fail or score partially, each with its expectations.
 */
export function ruleTester(rule: Rule<any>, tests: RuleTests): void {
  const register = (kind: 'valid' | 'invalid', cases: CaseBase[], defaultOutcome: OutcomeKind) => {
    describe(kind, () => {
      for (const testCase of cases) {
        const test = testCase.only ? it.only : it;
        test(testCase.name, async () => {
          const full = await runRuleCase(rule, testCase);
          const result = full.rules.find((r) => r.id === rule.meta.id);
          expect(result, `rule ${rule.meta.id} missing from the result`).toBeDefined();
          const expected = (testCase as ValidCase | InvalidCase).outcome ?? defaultOutcome;
          if (kind === 'valid') expect(['pass', 'not-applicable', 'not-available']).toContain(expected);
          else if (testCase.findings === undefined && (expected === 'fail' || expected === 'partial')) {
            // A rejected repository must say why.
            expect(result!.findings.length, `${rule.meta.id} rejected the repository without findings`).toBeGreaterThan(0);
          }
          expectCase(result!, full, testCase, defaultOutcome);
        });
      }
    });
  };
  describe(rule.meta.id, () => {
    register('valid', tests.valid, 'pass');
    register('invalid', tests.invalid, 'fail');
  });
}

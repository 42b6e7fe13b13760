import { checkSource } from '../../src/check.js';
import { WorkingTreeSource } from '../../src/source/working-tree.js';
import type { Result, RuleResult } from '../../src/types.js';
import { FIXTURES_DIR } from '../helpers/repo.js';
import path from 'node:path';

/** The real Result of a fixture repository under fixtures/. */
export function fixtureResult(name: string): Promise<Result> {
  return checkSource(new WorkingTreeSource(path.join(FIXTURES_DIR, name), name));
}

/** A rule result with sensible defaults; override what the test is about. */
export function ruleResult(over: Partial<RuleResult> & { id: string }): RuleResult {
  return {
    title: `Title of ${over.id}`,
    category: 'documentation',
    stage: 1,
    level: 'error',
    kind: 'evidence',
    outcome: 'fail',
    score: 0,
    weight: 1,
    pointsEarned: 0,
    pointsLost: 10,
    summary: `Summary of ${over.id}.`,
    rationale: 'Because reviewers care.',
    fix: `General fix for ${over.id}.`,
    findings: [],
    docs: `https://example.test/rules/${over.id}.md`,
    ...over,
  };
}

/** A hand-made Result, small enough to reason about in a test. */
export function sampleResult(rules: RuleResult[], over: Partial<Result> = {}): Result {
  return {
    schemaVersion: 2,
    tool: { name: 'portfolio-check', version: '0.0.0-test' },
    target: { kind: 'path', name: 'sample' },
    score: 42,
    band: 'red',
    bandLabel: 'early',
    points: { earned: 42, applicable: 100, deductions: 0 },
    config: { chain: [], changes: [] },
    categories: [
      { id: 'documentation', title: 'Documentation', score: 42, band: 'red', weight: 1, pointsEarned: 42, pointsApplicable: 100, pointsLost: 58, deductions: 0 },
      { id: 'testing', title: 'Testing', score: null, band: null, weight: 1, pointsEarned: 0, pointsApplicable: 0, pointsLost: 0, deductions: 0 },
    ],
    rules,
    stages: [1, 2, 3, 4, 5, 6, 7].map((stage) => ({
      stage: stage as 1,
      title: `Stage ${stage}`,
      status: stage === 1 ? 'partly' : 'not-assessed',
      score: stage === 1 ? 42 : null,
    })),
    stageReached: 0,
    nextStep: null,
    ecosystems: ['javascript'],
    frameworks: [],
    history: { available: true, shallow: false, commits: 3 },
    ...over,
  };
}

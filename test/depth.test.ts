import { describe, expect, it } from 'vitest';
import { evaluateDepth } from '../src/engine/depth.js';
import type { RuleResult } from '../src/types.js';
import { checkSource } from '../src/check.js';
import { WorkingTreeSource } from '../src/source/working-tree.js';
import { FIXTURES_DIR } from './helpers/repo.js';
import path from 'node:path';

const rule = (id: string, score: number | null): RuleResult => ({
  id, title: id, category: 'data', stage: 4, level: 'error', outcome: score === null ? 'not-applicable' : score === 1 ? 'pass' : 'fail',
  kind: 'evidence', score, weight: 1, pointsEarned: 0, pointsLost: 0, summary: '', rationale: '', fix: '', findings: [], docs: '',
});

describe('project depth checklist', () => {
  it('treats rules absent from the result as not met, without failing', () => {
    const depth = evaluateDepth([], false);
    expect(depth.map((d) => d.id)).toEqual(['defines-schema', 'writes-endpoints', 'validates-input', 'authenticates-users', 'tests-behaviour', 'deploys', 'explains-tradeoffs']);
    expect(depth.every((d) => !d.met && d.rules.length === 0)).toBe(true);
  });

  it('meets an item from any of its rules, and names the evidence', () => {
    const depth = evaluateDepth([rule('database-present', 1), rule('migrations-present', 0), rule('auth-present', 0.5), rule('readme-tradeoffs', null)], false);
    const byId = Object.fromEntries(depth.map((d) => [d.id, d]));
    expect(byId['defines-schema']).toMatchObject({ met: true, rules: ['database-present'] });
    expect(byId['authenticates-users']).toMatchObject({ met: false, rules: ['auth-present'] });
    expect(byId['explains-tradeoffs']!.met).toBe(false);
  });

  it('counts a detected HTTP framework as writing endpoints', () => {
    expect(evaluateDepth([], true).find((d) => d.id === 'writes-endpoints')!.met).toBe(true);
  });

  it('counts declared routes as writing endpoints, with no framework detected and no rule evidence', () => {
    expect(evaluateDepth([], false, 3).find((d) => d.id === 'writes-endpoints')!.met).toBe(true);
    expect(evaluateDepth([], false, 0).find((d) => d.id === 'writes-endpoints')!.met).toBe(false);
  });

  it('is part of every Result', async () => {
    const result = await checkSource(new WorkingTreeSource(path.join(FIXTURES_DIR, 'js-good'), 'js-good'));
    expect(result.depth).toHaveLength(7);
    expect(result.depth!.find((d) => d.id === 'writes-endpoints')!.met).toBe(true);
  });
});

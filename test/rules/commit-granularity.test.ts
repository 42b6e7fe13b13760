import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/commit-granularity.js';
import { runChecks } from '../../src/engine/run.js';
import { Facts } from '../../src/facts/facts.js';
import { WorkingTreeSource } from '../../src/source/working-tree.js';
import { git, tempRepo, type CommitSpec } from '../helpers/repo.js';
import { ruleTester } from '../helpers/rule-tester.js';

/** A file of n lines. */
const lines = (n: number, tag = 'x'): string => Array.from({ length: n }, (_, i) => `const ${tag}${i} = ${i};`).join('\n') + '\n';
const steps = (n: number, size: number): CommitSpec[] =>
  Array.from({ length: n }, (_, i) => ({ message: `Add feature module ${i + 1} with its handler`, files: { [`src/f${i}.js`]: lines(size, `f${i}_`) } }));

ruleTester(rule, {
  valid: [
    { name: 'steady feature commits on different days', commits: steps(8, 200), summary: /in reasonably sized steps/ },
    { name: 'a young history is not a defect', commits: [{ message: 'Start the notes API', files: { 'index.js': lines(40) } }], outcome: 'not-applicable' },
    { name: 'lockfiles do not count as written lines', commits: [{ message: 'Add dependencies', files: { 'package-lock.json': lines(5000) } }, ...steps(4, 100)] },
    { name: 'a shallow clone cannot be judged', commits: steps(4, 300), shallow: true, outcome: 'not-available' },
  ],
  invalid: [
    {
      name: 'one giant initial dump',
      commits: [{ message: 'Initial commit', files: { 'src/app.js': lines(3000) } }, { message: 'Fix a typo in the README', files: { 'README.md': 'x\n' } }, { message: 'Rename the port variable', files: { 'src/port.js': 'x\n' } }],
      outcome: 'partial',
      score: 0.2,
      findings: [{ message: /giant initial commit holds 100%/ }],
    },
    {
      name: 'code dumped in two commits',
      commits: [...steps(3, 20), { message: 'Add the backend', files: { 'src/api.js': lines(1500) } }, { message: 'Add the frontend', files: { 'web/app.js': lines(1500) } }],
      outcome: 'partial',
      findings: [{ message: /Two commits hold 9\d% of all changed lines/ }],
    },
    {
      name: 'every commit on one day',
      commits: steps(5, 300).map((c, i) => ({ ...c, date: `2024-03-01T0${i}:00:00Z` })),
      outcome: 'partial',
      score: 0.8,
      findings: [{ message: /All 5 commits were made on one day/ }],
    },
  ],
});

describe('commit-granularity on a history longer than the stats window', () => {
  it('does not call two big recent commits a dump when older commits are not measured', async () => {
    const { dir, cleanup } = tempRepo({
      commits: [
        ...steps(6, 50),
        { message: 'Import the reporting module from the old service', files: { 'src/reports.js': lines(2000, 'r') } },
        { message: 'Import the billing module from the old service', files: { 'src/billing.js': lines(2000, 'b') } },
      ],
    });
    try {
      const facts = new Facts(new WorkingTreeSource(dir), { statsLimit: 3 });
      const result = await runChecks({ facts, rules: [rule], config: { rules: {} }, version: '0.0.0-test' });
      const verdict = result.rules.find((r) => r.id === 'commit-granularity')!;
      expect(verdict.outcome).toBe('pass');
      expect(verdict.summary).toMatch(/^8 commit\(s\); the 3 measured among the newest 3 changed \d+ authored lines, in reasonably sized steps\.$/);
    } finally {
      cleanup();
    }
  });

  it('keeps the commit messages when diffs cannot be read (a missing blob)', async () => {
    const { dir, cleanup } = tempRepo({ commits: steps(4, 20) });
    try {
      // Delete one blob of the newest commit: git log still lists commits, --numstat cannot diff.
      const blob = git(dir, ['rev-parse', 'HEAD:src/f3.js']).trim();
      rmSync(path.join(dir, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
      const facts = new Facts(new WorkingTreeSource(dir), { statsLimit: 10 });
      const history = await facts.history();
      expect(history.available).toBe(true);
      expect(history.available && history.commits.length).toBe(4);
      expect(history.available && history.commits.every((c) => c.files === undefined)).toBe(true);
      const result = await runChecks({ facts, rules: [rule], config: { rules: {} }, version: '0.0.0-test' });
      expect(result.rules.find((r) => r.id === 'commit-granularity')!.outcome).toBe('not-available');
    } finally {
      cleanup();
    }
  });
});

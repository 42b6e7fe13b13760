import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/commit-granularity.js';
import { runChecks } from '../../src/engine/run.js';
import { RepositoryFacts } from '../../src/facts/facts.js';
import { WorkingTreeSource } from '../../src/source/working-tree.js';
import { git, tempRepo, type CommitSpec } from '../helpers/repo.js';
import { ruleTester } from '../helpers/rule-tester.js';

/** A file of n lines. */
const lines = (n: number, tag = 'x'): string => Array.from({ length: n }, (_, i) => `const ${tag}${i} = ${i};`).join('\n') + '\n';
const FEATURES = ['orders', 'users', 'payments', 'invoices', 'carts', 'products', 'reviews', 'coupons', 'shipping', 'reports', 'search', 'sessions'];
const steps = (n: number, size: number): CommitSpec[] =>
  Array.from({ length: n }, (_, i) => ({ message: `Add the ${FEATURES[i % FEATURES.length]} module with its handler (${i + 1})`, files: { [`src/f${i}.js`]: lines(size, `f${i}_`) } }));

ruleTester(rule, {
  valid: [
    { name: 'steady feature commits on different days', commits: steps(12, 200), summary: /^12 commit\(s\) of your own over 12 day\(s\); the largest commit holds 8% of the 2400 lines written; history grade good\.$/ },
    {
      name: 'lockfiles, generated and vendored files do not count as written lines',
      commits: [{ message: 'Add the dependencies', files: { 'package-lock.json': lines(5000), 'node_modules/x/index.js': lines(3000), 'app-venv/lib/python3.11/site-packages/y.py': lines(3000) } }, ...steps(10, 100)],
      summary: /holds 10% of the 1000 lines written; history grade good/,
    },
    {
      name: 'a scaffold commit may hold most of the lines',
      commits: [{ message: 'Initial commit from Create React App', files: { 'src/App.js': lines(6000) } }, ...steps(10, 100)],
      summary: /grade good/,
    },
    { name: 'a shallow clone cannot be judged', commits: steps(4, 300), shallow: true, outcome: 'not-available' },
    { name: 'no git repository', files: { 'a.js': '1\n' }, outcome: 'not-available' },
  ],
  invalid: [
    {
      name: 'fewer than 10 commits is poor',
      commits: steps(6, 100),
      outcome: 'fail',
      score: 0,
      findings: [{ message: /^Only 6 commit\(s\) of your own: too few to show how the project was built\.$/ }],
    },
    {
      name: 'one commit holding more than 75 % of the lines written is poor',
      commits: [{ message: 'Initial commit', files: { 'src/app.js': lines(3000), 'package-lock.json': lines(9000) } }, ...steps(10, 20)],
      outcome: 'fail',
      findings: [{ message: /^One commit \("Initial commit"\) holds 94% of the lines written \(3000 of 3200 inserted, lockfiles and generated files aside\): the code was dumped/ }],
    },
    {
      name: 'one commit holding 40–75 % is fair',
      commits: [...steps(10, 100), { message: 'Add the backend', files: { 'src/api.js': lines(1500) } }],
      outcome: 'partial',
      score: 0.6,
      findings: [{ message: /^One commit \("Add the backend"\) holds 60% of the lines written/ }],
    },
    {
      name: 'every commit on one day is fair',
      commits: steps(12, 300).map((c, i) => ({ ...c, date: `2024-03-01T${String(i + 1).padStart(2, '0')}:00:00Z` })),
      outcome: 'partial',
      score: 0.6,
      findings: [{ message: /^All 12 commits were made on one day \(2024-03-01\)\.$/ }],
    },
    {
      name: 'vague messages set the grade: explained here with the messages finding',
      commits: [...steps(6, 100), ...['wip', 'update', 'fix', 'changes', 'stuff'].map((message, i) => ({ message, files: { [`w${i}.js`]: lines(50, `w${i}`) } }))],
      outcome: 'fail',
      findings: [{ message: /^History grade poor because of the commit messages \(commit-messages\): 5 of 11 commit subjects \(45%\) say nothing/ }],
    },
  ],
});

describe('commit-granularity on a history longer than the stats window', () => {
  it('judges no commit share when older commits are not measured', async () => {
    const { dir, cleanup } = tempRepo({
      commits: [
        ...steps(10, 50),
        { message: 'Import the reporting module from the old service', files: { 'src/reports.js': lines(2000, 'r') } },
        { message: 'Import the billing module from the old service', files: { 'src/billing.js': lines(2000, 'b') } },
      ],
    });
    try {
      const facts = new RepositoryFacts(new WorkingTreeSource(dir), { statsLimit: 3 });
      const result = await runChecks({ facts, rules: [rule], config: { rules: {} }, version: '0.0.0-test' });
      const verdict = result.rules.find((r) => r.id === 'commit-granularity')!;
      expect(verdict.outcome).toBe('pass');
      expect(verdict.summary).toBe('12 commit(s) of your own over 12 day(s); sizes cover the newest 3 of 12 commits, so no commit\'s share of the whole history is judged; history grade good.');
    } finally {
      cleanup();
    }
  });

  it('keeps the commit messages when diffs cannot be read (a missing blob)', async () => {
    const { dir, cleanup } = tempRepo({ commits: steps(10, 20) });
    try {
      // Delete one blob of the newest commit: git log still lists commits, --numstat cannot diff.
      const blob = git(dir, ['rev-parse', 'HEAD:src/f9.js']).trim();
      rmSync(path.join(dir, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
      const facts = new RepositoryFacts(new WorkingTreeSource(dir), { statsLimit: 20 });
      const history = await facts.history();
      expect(history.available).toBe(true);
      if (!history.available) return;
      expect(history.summary.commits).toBe(10);
      expect(history.summary.newest.every((c) => c.size === undefined)).toBe(true);
      const result = await runChecks({ facts, rules: [rule], config: { rules: {} }, version: '0.0.0-test' });
      expect(result.rules.find((r) => r.id === 'commit-granularity')!.summary).toMatch(/per-commit sizes were not read; history grade good/);
    } finally {
      cleanup();
    }
  });
});

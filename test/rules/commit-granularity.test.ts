import rule from '../../rules/commit-granularity.js';
import type { CommitSpec } from '../helpers/repo.js';
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

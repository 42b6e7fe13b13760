import { expect } from 'vitest';
import rule from '../../rules/commit-messages.js';
import { ruleTester } from '../helpers/rule-tester.js';
import type { CommitSpec } from '../helpers/repo.js';

const subjects = (...messages: string[]): CommitSpec[] => messages.map((message) => ({ message }));
const DEPENDABOT = 'dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>';

ruleTester(rule, {
  valid: [
    {
      name: 'descriptive, imperative subjects',
      commits: subjects('Add the orders table migration', 'Validate order totals before saving', 'Return 404 for unknown orders'),
      summary: /^3 of 3 commit subject\(s\) are descriptive\.$/,
      findings: [],
    },
    {
      name: '"Initial commit" once is fine',
      commits: subjects('Initial commit', 'Add FastAPI skeleton with health endpoint', 'Store notes in SQLite'),
      summary: /3 of 3/,
    },
    {
      name: 'Conventional Commits with a scope',
      commits: subjects('feat(auth): issue refresh tokens on login', 'fix(orders): reject negative quantities', 'docs: explain the Docker setup'),
    },
    {
      name: 'merges, reverts, releases and bots are not graded',
      commits: [
        { message: 'Add pagination to the products endpoint' },
        { message: 'update', author: DEPENDABOT },
        { message: 'Bump express from 4.18.2 to 4.21.2', author: DEPENDABOT },
        { message: "Merge branch 'main' into feature/cart" },
        { message: 'Revert "Add pagination to the products endpoint"' },
        { message: '1.2.0' },
        { message: 'Cache product lookups in Redis' },
      ],
      summary: /^2 of 2 /,
    },
    { name: 'no git repository', outcome: 'not-available', files: { 'main.py': 'print(1)\n' }, summary: /not a git repository/ },
    { name: 'a git repository without commits', outcome: 'not-available', files: { 'main.py': 'print(1)\n' }, commits: [], summary: /no commits yet/ },
    {
      name: 'a shallow clone cannot be graded',
      outcome: 'not-available',
      commits: subjects('wip', 'fix', 'Add an endpoint'),
      shallow: true,
      summary: /Shallow clone/,
    },
    {
      name: 'only bot commits',
      outcome: 'not-available',
      commits: [{ message: 'Bump pytest from 8.1 to 8.2', author: DEPENDABOT }],
      summary: /No commits of your own/,
    },
  ],
  invalid: [
    {
      name: 'an unsquashed fixup! costs like a vague subject',
      commits: subjects('Add orders API', 'fixup! Add orders API'),
      outcome: 'partial',
      score: [0.49, 0.51],
      findings: [{ message: /1 fixup!\/squash! commit\(s\) left unsquashed/ }],
    },
    {
      name: 'vague subjects are counted per subject',
      commits: subjects('Add user model', 'fix', 'fix', 'wip', 'update', 'Add login endpoint with JWT'),
      outcome: 'partial',
      score: 1 - 4 / 6,
      summary: /^2 of 6 commit subject\(s\) are descriptive; 4 are not\.$/,
      findings: [{ message: /^"fix" ×2 \(vague\)\.$/ }, { message: /^"update" ×1 \(vague\)\.$/ }, { message: /^"wip" ×1 \(vague\)\.$/ }],
      assert: (result) => {
        for (const f of result.findings) expect(f.commit).toMatch(/^[0-9a-f]{7}$/);
      },
    },
    {
      name: 'GitHub web-editor defaults',
      commits: subjects('Create README.md', 'Add files via upload', 'Add files via upload', 'Implement order checkout flow'),
      outcome: 'partial',
      score: 0.25,
      findings: [{ message: /^"Add files via upload" ×2 \(GitHub web-editor default\)/ }, { message: /^"Create README\.md" ×1 \(GitHub web-editor default\)/ }],
    },
    {
      name: 'a generic verb plus a file name, and one-word subjects',
      commits: subjects('refactor: Update url.py', 'Login', 'Add rate limiting to the public API'),
      outcome: 'partial',
      score: 1 / 3,
      findings: [{ message: /"Login" ×1 \(too short\)/ }, { message: /"refactor: Update url\.py" ×1 \(generic verb plus a file name\)/ }],
    },
    {
      name: '"Initial commit" twice is not fine',
      commits: subjects('Initial commit', 'Initial commit', 'Add the inventory service'),
      outcome: 'partial',
      score: 2 / 3,
      findings: [{ message: /"Initial commit" ×1 \(vague\)/ }],
    },
    {
      name: 'every subject vague scores zero',
      commits: subjects('wip', 'stuff', '.', 'asdf'),
      outcome: 'fail',
      summary: /0 of 4/,
    },
    {
      name: 'subjects over maxSubjectLength cost a quarter point each',
      commits: subjects('Add the endpoint that exports monthly reports as CSV files', 'Add pagination'),
      options: { maxSubjectLength: 50 },
      outcome: 'partial',
      score: 1 - 0.25 * (1 / 2),
      findings: [{ message: /^1 subject\(s\) longer than 50 characters\.$/ }],
    },
  ],
});

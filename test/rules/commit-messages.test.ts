import { expect } from 'vitest';
import rule from '../../rules/commit-messages.js';
import { ruleTester } from '../helpers/rule-tester.js';
import type { CommitSpec } from '../helpers/repo.js';

const subjects = (...messages: string[]): CommitSpec[] => messages.map((message) => ({ message }));
/** Ten descriptive subjects: enough commits for a good grade on their own. */
const GOOD = [
  'Add the orders table migration',
  'Validate order totals before saving',
  'Return 404 for unknown orders',
  'Hash passwords with bcrypt on sign-up',
  'Issue JWT access tokens on login',
  'Paginate GET /orders with limit and offset',
  'Document the Docker setup in the README',
  'Run the test suite in GitHub Actions',
  'Log requests with pino and a request id',
  'Seed the database with demo products',
];
const DEPENDABOT = 'dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>';

ruleTester(rule, {
  valid: [
    {
      name: 'descriptive, imperative subjects',
      commits: subjects(...GOOD),
      summary: /^10 of 10 commit subject\(s\) say what changed; history grade good\.$/,
      findings: [],
    },
    {
      name: '"Initial commit" once is fine, and emoji and Conventional Commits prefixes are stripped',
      commits: subjects('Initial commit', '✨ feat(auth): issue refresh tokens on login', ':bug: fix(orders): reject negative quantities', ...GOOD.slice(3)),
      summary: /^10 of 10 /,
    },
    {
      name: 'a few vague subjects (under 15 %) keep the grade good and are named',
      commits: subjects(...GOOD, 'fix', 'Store sessions in Redis', 'Add rate limiting to /login', 'Add OpenAPI docs for orders'),
      summary: /^13 of 14 .*grade good/,
      findings: [{ message: /^"fix" ×1 \(vague\)\.$/ }],
    },
    {
      name: 'merges, reverts, releases and bots are not graded, and bots are reported apart',
      commits: [
        ...subjects(...GOOD),
        { message: 'update', author: DEPENDABOT },
        { message: 'Bump express from 4.18.2 to 4.21.2', author: DEPENDABOT },
        { message: "Merge branch 'main' into feature/cart" },
        { message: 'Revert "Add pagination to the products endpoint"' },
        { message: '1.2.0' },
      ],
      summary: /^10 of 10 .*; 2 bot commit\(s\) not graded \(dependabot\[bot\] ×2\)\.$/,
    },
    {
      name: 'an unsquashed fixup! and long subjects are reported; one vague leftover keeps the grade good',
      commits: subjects(...GOOD, 'fixup! Add the orders table migration', 'Add the endpoint that exports monthly reports as CSV files for accounting'),
      options: { maxSubjectLength: 50 },
      findings: [{ message: /^"fixup! Add the orders table migration" ×1 \(unsquashed fixup!\)\.$/ }, { message: /^1 subject\(s\) longer than 50 characters\.$/ }, { message: /^1 fixup!\/squash! commit\(s\) left unsquashed\.$/ }],
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
      name: 'more than 40 % vague is poor: "first commit" twice, "little changes", "last change", "..", a web-editor default',
      commits: subjects('first commit', 'little changes', 'last change', '..', 'first commit', 'Update README.md', ...GOOD.slice(0, 6)),
      outcome: 'fail',
      score: 0,
      summary: /^7 of 12 commit subject\(s\) say what changed; history grade poor\.$/,
      assert: (result) => {
        const messages = result.findings.map((f) => f.message);
        expect(messages[0]).toMatch(/^5 of 12 commit subjects \(42%\) say nothing about the change: /);
        expect(messages).toContain('"little changes" ×1 (vague).');
        expect(messages).toContain('"last change" ×1 (vague).');
        expect(messages).toContain('".." ×1 (vague).');
        expect(messages).toContain('"Update README.md" ×1 (GitHub web-editor default).');
        expect(messages).toContain('"first commit" ×1 ("initial commit" again).');
        for (const f of result.findings.filter((x) => x.message.startsWith('"'))) expect(f.commit).toMatch(/^[0-9a-f]{7}$/);
      },
    },
    {
      name: '15–40 % vague is fair',
      commits: subjects(...GOOD, 'wip', 'update', 'changes'),
      outcome: 'partial',
      score: 0.6,
      summary: /^10 of 13 .*history grade fair\.$/,
      findings: [{ message: /^3 of 13 commit subjects \(23%\) say nothing about the change: "changes" ×1, "update" ×1, "wip" ×1\.$/ }, { message: /"changes" ×1/ }, { message: /"update" ×1/ }, { message: /"wip" ×1/ }],
    },
    {
      name: 'a few distinct messages across many commits is a generated or padded history',
      commits: subjects(...Array.from({ length: 40 }, (_, i) => ['Improve the order service', 'Refine the user controller', 'Adjust the payment module', 'Tune the database layer'][i % 4]!)),
      outcome: 'fail',
      findings: [{ message: /^4 distinct messages across 40 commits: "Adjust the payment module" ×10, "Improve the order service" ×10, "Refine the user controller" ×10, "Tune the database layer" ×10\. The history looks generated or padded\.$/ }],
    },
    {
      name: 'more than 40 % of subjects with at most two words is fair',
      commits: subjects(...GOOD, 'Login page', 'Orders', 'Add tests', 'Docker', 'Swagger docs', 'Pagination', 'Auth', 'Redis cache'),
      outcome: 'partial',
      score: 0.6,
      assert: (result) => expect(result.findings[0]!.message).toBe('8 of 18 subjects (44%) have at most two words.'),
    },
    {
      name: 'fewer than 10 commits: the grade commit-granularity sets, explained here too',
      commits: subjects(...GOOD.slice(0, 3)),
      outcome: 'fail',
      summary: /^3 of 3 .*history grade poor \(set by commit-granularity\)\.$/,
      findings: [{ message: /^History grade poor because of the commit count and sizes \(commit-granularity\): Only 3 commit\(s\) of your own/ }],
    },
    {
      name: 'Portuguese, Spanish and Chinese content-free subjects are vague too',
      commits: subjects('att', 'atualização', 'cambios', '修正', 'Ajustes finais', ...GOOD.slice(0, 6)),
      outcome: 'fail',
      assert: (result) => expect(result.findings[0]!.message).toMatch(/^5 of 11 commit subjects \(45%\)/),
    },
  ],
});

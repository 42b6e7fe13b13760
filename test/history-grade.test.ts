import { describe, expect, it } from 'vitest';
import { GRADE_SCORE, gradeHistory } from '../src/engine/history-grade.js';
import { gradeCommits } from '../src/engine/pr-commits.js';
import { classifySubject, commitKind, describe as describeSubject, HistoryAggregator, isScaffoldSubject, isTwoWordsOrFewer, measureCommit, normalizeSubject, retryStem, type HistorySummary } from '../src/facts/commits.js';
import type { Commit } from '../src/source/types.js';

let counter = 0;
/** A commit as the git log streams it; dates one hour apart. */
function commit(subject: string, fields: Partial<Commit> = {}): Commit {
  counter++;
  return {
    hash: counter.toString(16).padStart(40, '0'),
    parents: ['p'],
    authorName: 'Jane Dev',
    authorEmail: 'jane@example.com',
    authorDate: new Date(Date.UTC(2024, 0, 1) + counter * 3_600_000 * 7).toISOString(),
    committerDate: '',
    subject,
    ...fields,
  };
}

/** Streams subjects (newest first) through the aggregator, the last `newest` of them with stats. */
function summarize(commits: Commit[], newestCount = 0): HistorySummary {
  const aggregator = new HistoryAggregator();
  const newest = commits.slice(0, newestCount);
  for (const c of commits.slice(newestCount)) aggregator.add(c);
  for (const c of newest) aggregator.add(c);
  if (commits.length) aggregator.setOldest(commits[commits.length - 1]!);
  return aggregator.summary(newest);
}

const DESCRIPTIVE = Array.from({ length: 30 }, (_, i) => `Add endpoint number ${i} for the orders API`);

describe('commit subjects', () => {
  it.each([
    ['Add JWT refresh endpoint', 'descriptive'],
    ['feat(auth): add refresh tokens', 'descriptive'],
    ['修复登录页面的错误', 'descriptive'],
    ['wip', 'vague'],
    ['fix: fix', 'vague'],
    ['Update', 'vague'],
    ['updates', 'vague'],
    ['minor changes', 'vague'],
    ['little changes', 'vague'],
    ['last change', 'vague'],
    ['final', 'vague'],
    ['done', 'vague'],
    ['Fixing a bug', 'vague'],
    ['Updating the code', 'vague'],
    ['Refactoring the code', 'vague'],
    ['cleanup', 'vague'],
    ['.', 'vague'],
    ['..', 'vague'],
    ['??', 'vague'],
    ['✨ update', 'vague'],
    [':sparkles: feat: changes', 'vague'],
    ['att', 'vague'],
    ['atualização', 'vague'],
    ['cambios', 'vague'],
    ['修正', 'vague'],
    ['Retoques menores.', 'vague'],
    ['update README', 'vague'],
    ['Update version.', 'vague'],
    ['Commit update', 'vague'],
    ['first commit', 'initial'],
    ['Initial commit', 'initial'],
    ['Update README.md', 'web-ui'],
    ['Create main.go', 'web-ui'],
    ['Delete node_modules', 'web-ui'],
    ['Add files via upload', 'web-ui'],
    ['Rename a.py to b.py', 'web-ui'],
    ["Potential fix for code scanning alert no. 3: Missing rate limiting", 'web-ui'],
    ['fix: Update url.py', 'verb-filename'],
    ['Login', 'too-short'],
  ])('classifySubject(%j) is %s', (subject, expected) => {
    expect(classifySubject(subject)).toBe(expected);
  });

  it('strips a leading emoji, a gitmoji code and a Conventional Commits or [TAG] prefix', () => {
    expect(describeSubject('🐛 fix(api): reject negative totals')).toBe('reject negative totals');
    expect(describeSubject(':memo: docs: explain setup')).toBe('explain setup');
    expect(describeSubject('[FEAT] - Add login')).toBe('Add login');
    expect(isTwoWordsOrFewer('feat: Add login')).toBe(true);
    expect(isTwoWordsOrFewer('feat: Add login page')).toBe(false);
    expect(isTwoWordsOrFewer('初回のコミット。Goモジュールの設定')).toBe(false);
  });

  it('tells bots, merges, reverts and releases from the author', () => {
    expect(commitKind(commit('Bump x', { authorName: 'dependabot[bot]' }))).toBe('bot');
    expect(commitKind(commit('Update deps', { authorName: 'renovate-bot', authorEmail: 'bot@renovateapp.com' }))).toBe('bot');
    expect(commitKind(commit('chore: format', { authorName: 'github-actions' }))).toBe('bot');
    expect(commitKind(commit('Add x', { parents: ['a', 'b'] }))).toBe('merge');
    expect(commitKind(commit('Merge pull request #4 from jane/x'))).toBe('merge');
    expect(commitKind(commit('Revert "Add cache"'))).toBe('revert');
    expect(commitKind(commit('v1.2.3'))).toBe('release');
    expect(commitKind(commit('Add cache'))).toBe('human');
  });

  it('recognises scaffold subjects and counts only lines written by hand', () => {
    expect(isScaffoldSubject('Initial commit from Create React App')).toBe(true);
    expect(isScaffoldSubject('Install Laravel')).toBe(true);
    expect(isScaffoldSubject('Initial commit')).toBe(false);
    expect(
      measureCommit([
        { path: 'src/app.ts', added: 10, deleted: 2 },
        { path: 'package-lock.json', added: 5000, deleted: 0 },
        { path: 'node_modules/x/i.js', added: 100, deleted: 0 },
        { path: 'api-venv/lib/python3.8/site-packages/y.py', added: 100, deleted: 0 },
        { path: 'logo.png', added: null, deleted: null },
      ]),
    ).toEqual({ insertions: 10, changed: 12, changedAll: 5212 });
  });

  it('normalises subjects as the regular expressions define it, whatever the whitespace', () => {
    const reference = (s: string) =>
      s
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .replace(/[\s.!?,;:…~-]+$/u, '')
        .trim();
    const subjects = ['Fix the build.', '  Fix\tthe   build  !! ', '\u00a0Fix\u3000build…~-', ' ...', '', '-', 'Add X ; ', 'ÄNDERUNGEN\n\n', 'a\u2028b  ?', '\ufeffwip'];
    for (const subject of subjects) expect(normalizeSubject(subject)).toBe(reference(subject));
    expect(retryStem('Fix deploy (2)')).toBe(retryStem('fix deploy again'));
  });

  it('counts words and characters as a reader does (tabs, no-break spaces, emoji)', () => {
    expect(isTwoWordsOrFewer('fix\u00a0the\tbuild')).toBe(false);
    expect(isTwoWordsOrFewer(' fix   build ')).toBe(true);
    expect(isTwoWordsOrFewer('修复登录')).toBe(true);
    expect(isTwoWordsOrFewer('修复登录页面')).toBe(false);
    expect(classifySubject('🐛🐛')).toBe('vague');
    const summary = summarize([commit('😀 Add the 🚀 launch endpoint')]);
    expect(summary.subjectLengths[[...'😀 Add the 🚀 launch endpoint'].length]).toBe(1);
  });
});

describe('the history grade', () => {
  it('803 commits with 9 distinct messages is a generated history: poor, with counts and examples', () => {
    const messages: [string, number][] = [
      ['Fixing a bug', 157],
      ['Updating the code', 133],
      ['Refactoring the code', 133],
      ['Improving performance', 100],
      ['Adding new feature', 90],
      ['Cleaning up the code', 80],
      ['Adding tests', 60],
      ['Updating documentation', 30],
      ['Optimizing queries', 20],
    ];
    const commits = messages.flatMap(([s, n]) => Array.from({ length: n }, () => commit(s)));
    const summary = summarize(commits);
    expect(summary.human).toBe(803);
    expect(summary.distinct).toBe(9);
    const judgement = gradeHistory(summary);
    expect(judgement.grade).toBe('poor');
    const generated = judgement.criteria.find((c) => /distinct/.test(c.finding.message))!;
    expect(generated.rule).toBe('commit-messages');
    expect(generated.finding.message).toBe(
      '9 distinct messages across 803 commits: "Fixing a bug" ×157, "Refactoring the code" ×133, "Updating the code" ×133, "Improving performance" ×100 …. The history looks generated or padded.',
    );
  });

  it('"first commit", "little changes", "last change", ".." are vague; the first "first commit" is not', () => {
    const commits = [...DESCRIPTIVE.slice(0, 6), 'little changes', 'last change', '..', 'first commit', 'first commit'].map((s) => commit(s));
    const summary = summarize(commits);
    expect(summary.verdicts).toMatchObject({ vague: 4, initial: 1, descriptive: 6 });
    const judgement = gradeHistory(summary);
    expect(judgement.vague).toBe(4);
    expect(judgement.grade).toBe('fair'); // 4 of 11: 36 %
    expect(summary.unclear.map((e) => [e.subject, e.count])).toEqual([
      ['..', 1],
      ['first commit', 1],
      ['last change', 1],
      ['little changes', 1],
    ]);
  });

  it('counts commits that retry the previous subject as trial and error: fair from 8 %', () => {
    const tries = ['fixed create user - 4', 'fixed create user - 3', 'fixed create user - 2', 'fixed create user', 'Fix the deploy again', 'fix: fix the deploy'];
    const summary = summarize([...tries, ...DESCRIPTIVE.slice(0, 24)].map((s) => commit(s)));
    expect(summary.retries).toBe(4);
    expect(summary.retryExample).toEqual({ subject: 'fixed create user - 3', hash: expect.stringMatching(/^[0-9a-f]{7}$/) });
    const judgement = gradeHistory(summary);
    expect(judgement.grade).toBe('fair');
    expect(judgement.criteria[0]!.finding.message).toBe('4 of 30 commits (13%) repeat the previous commit\'s subject ("fixed create user - 3" …): visible trial and error.');
    // A run split across the source's two streams is not joined.
    const aggregator = new HistoryAggregator();
    aggregator.add(commit('Fix the build'));
    aggregator.breakRun();
    aggregator.add(commit('Fix the build 2'));
    expect(aggregator.summary([]).retries).toBe(0);
  });

  it('maps grades to rule scores worth the rubric points (5 / 3 / 0)', () => {
    expect(GRADE_SCORE).toEqual({ good: 1, fair: 0.6, poor: 0 });
  });

  it('leaves bots out of the human share and reports them apart', () => {
    const commits = [...Array.from({ length: 40 }, () => commit('Bump lodash', { authorName: 'dependabot[bot]' })), ...DESCRIPTIVE.slice(0, 12).map((s) => commit(s))];
    const summary = summarize(commits);
    expect(summary.human).toBe(12);
    expect(summary.kinds.bot).toBe(40);
    expect(summary.bots).toEqual([{ name: 'dependabot[bot]', email: 'jane@example.com', commits: 40 }]);
    expect(gradeHistory(summary).grade).toBe('good');
  });

  it('judges the largest non-scaffold commit only when sizes cover the whole history', () => {
    const sized = (s: string, added: number, extra: Partial<Commit> = {}) => commit(s, { files: [{ path: 'src/a.ts', added, deleted: 0 }], ...extra });
    const dump = [...DESCRIPTIVE.slice(0, 11).map((s) => sized(s, 30)), sized('Initial commit', 2000)];
    expect(gradeHistory(summarize(dump, 12))).toMatchObject({ grade: 'poor', largest: { share: 2000 / 2330, total: 2330 } });
    // The same history with sizes for the newest 5 commits only: no share is judged.
    const partial = gradeHistory(summarize(dump, 5));
    expect(partial.grade).toBe('good');
    expect(partial.sizesNote).toBe("sizes cover the newest 5 of 12 commits, so no commit's share of the whole history is judged");
    // A scaffold may hold most of the lines.
    const scaffold = [...DESCRIPTIVE.slice(0, 11).map((s) => sized(s, 30)), sized('Initial commit from Create React App', 2000)];
    expect(gradeHistory(summarize(scaffold, 12)).grade).toBe('good');
  });

  it('keeps subject frequencies bounded on a huge history and still finds the heavy hitters', () => {
    const aggregator = new HistoryAggregator();
    for (let i = 0; i < 60_000; i++) aggregator.add(commit(i % 3 === 0 ? 'Bump the version' : `Unique change ${i}`));
    const summary = aggregator.summary([]);
    expect(summary.human).toBe(60_000);
    expect(summary.distinctExact).toBe(false);
    expect(summary.distinct).toBeLessThanOrEqual(20_000);
    expect(summary.repeated[0]!.subject).toBe('Bump the version');
    // Misra–Gries: low by at most n / table size.
    expect(summary.repeated[0]!.count).toBeGreaterThanOrEqual(20_000 - 3);
  });
});

describe('grading a pull request\'s commits', () => {
  it('uses the history rules\' verdicts, exclusions and authored-lines threshold', () => {
    const graded = gradeCommits(
      [
        commit('Bump lodash', { authorName: 'dependabot[bot]', files: [{ path: 'package.json', added: 1, deleted: 1 }] }),
        commit('Add the lockfile', { files: [{ path: 'package-lock.json', added: 9000, deleted: 0 }] }),
        commit('Add the reports module', { files: [{ path: 'src/reports.ts', added: 1200, deleted: 0 }] }),
        commit('little changes', { files: [{ path: 'src/a.ts', added: 900, deleted: 0 }] }),
      ],
      'git',
    );
    if (!graded.available) throw new Error('unavailable');
    expect(graded.commits.map((c) => [c.subject, c.verdict, c.lines, c.large])).toEqual([
      ['little changes', 'vague', 900, false],
      ['Add the reports module', 'descriptive', 1200, true],
      ['Add the lockfile', 'descriptive', 0, false],
      ['Bump lodash', 'ignored', 2, false],
    ]);
    expect(graded).toMatchObject({ descriptive: 2, graded: 3, large: 1 });
  });
});

import { describe, expect, it } from 'vitest';
import { compareResults } from '../../src/engine/compare.js';
import { gradeCommits } from '../../src/engine/pr-commits.js';
import { COMMENT_MARKER, COMMENT_MAX_CHARS, formatComment, formatSummary, selectAnnotations, SUMMARY_MAX_BYTES } from '../../src/report/github.js';
import type { Commit } from '../../src/source/types.js';
import type { Finding } from '../../src/types.js';
import { ruleResult, sampleResult } from '../report/sample-result.js';

describe('compareResults', () => {
  it('reports the delta overall and per category, fixed and regressed rules and new findings', () => {
    const base = sampleResult(
      [
        ruleResult({ id: 'readme-present', outcome: 'fail', score: 0, pointsLost: 20, findings: [{ message: 'Stub README.', file: 'README.md', line: 1 }] }),
        ruleResult({ id: 'env-example', outcome: 'partial', score: 0.5, pointsLost: 5, findings: [{ message: 'PORT is undocumented.', file: 'index.js', line: 3 }] }),
        ruleResult({ id: 'license-present', outcome: 'pass', score: 1, pointsLost: 0 }),
      ],
      { score: 40 },
    );
    const head = sampleResult(
      [
        ruleResult({ id: 'readme-present', outcome: 'pass', score: 1, pointsLost: 0 }),
        ruleResult({
          id: 'env-example',
          outcome: 'partial',
          score: 0.5,
          pointsLost: 6,
          // The old finding moved down two lines: same finding. The second one is new.
          findings: [
            { message: 'PORT is undocumented.', file: 'index.js', line: 5 },
            { message: 'SECRET is undocumented.', file: 'src/config.js', line: 2 },
          ],
        }),
        ruleResult({ id: 'license-present', outcome: 'fail', score: 0, pointsLost: 4 }),
      ],
      { score: 55, categories: [{ id: 'documentation', title: 'Documentation', score: 60, band: 'amber', weight: 1, pointsEarned: 60, pointsApplicable: 100, pointsLost: 40, deductions: 0 }, { id: 'testing', title: 'Testing', score: null, band: null, weight: 1, pointsEarned: 0, pointsApplicable: 0, pointsLost: 0, deductions: 0 }] },
    );
    const c = compareResults(base, head);
    expect(c).toMatchObject({ base: 40, head: 55, delta: 15 });
    expect(c.categories).toEqual([
      { id: 'documentation', title: 'Documentation', base: 42, head: 60, delta: 18 },
      { id: 'testing', title: 'Testing', base: null, head: null, delta: null },
    ]);
    expect(c.fixed.map((r) => r.id)).toEqual(['readme-present']);
    // env-example lost a point more only because weights shifted: its own score did not move.
    expect(c.regressed.map((r) => [r.id, r.baseOutcome, r.headOutcome])).toEqual([['license-present', 'pass', 'fail']]);
    expect(c.newFindings).toEqual([{ rule: 'env-example', title: 'Title of env-example', level: 'error', finding: { message: 'SECRET is undocumented.', file: 'src/config.js', line: 2 } }]);
  });
});

describe('gradeCommits', () => {
  const commit = (hash: string, subject: string, lines?: number, parents = ['p']): Commit => ({
    hash,
    parents,
    authorName: 'A',
    authorEmail: 'a@example.com',
    authorDate: '2024-01-01T00:00:00Z',
    committerDate: '2024-01-01T00:00:00Z',
    subject,
    body: '',
    ...(lines === undefined ? {} : { files: [{ path: 'a.js', added: lines, deleted: 0 }] }),
  });

  it('grades messages and sizes oldest first, leaving merges out', () => {
    const graded = gradeCommits([commit('c3', 'Merge branch main into feature', 0, ['a', 'b']), commit('c2', 'fixup! Add login', 3), commit('c1', 'Add the login endpoint with JWT', 1200)], 'git');
    expect(graded).toEqual({
      available: true,
      source: 'git',
      descriptive: 1,
      graded: 2,
      large: 1,
      commits: [
        { hash: 'c1', subject: 'Add the login endpoint with JWT', verdict: 'descriptive', lines: 1200, large: true },
        { hash: 'c2', subject: 'fixup! Add login', verdict: 'autosquash', lines: 3, large: false },
        { hash: 'c3', subject: 'Merge branch main into feature', verdict: 'ignored', lines: 0, large: false },
      ],
    });
  });
});

describe('selectAnnotations', () => {
  const findings = (n: number, file: string): Finding[] => Array.from({ length: n }, (_, i) => ({ message: `Problem ${i}.`, file, line: i + 1 }));

  it('annotates only real file and line findings, touched files first, 10 per level, then one notice', () => {
    const result = sampleResult([
      ruleResult({ id: 'costly', level: 'error', pointsLost: 9, findings: [...findings(12, 'old.js'), { message: 'No line.', file: 'README.md' }, { message: 'Repository level.' }] }),
      ruleResult({ id: 'cheap', level: 'error', pointsLost: 1, findings: findings(2, 'new.js') }),
      ruleResult({ id: 'warned', level: 'warn', pointsLost: 2, findings: [...findings(3, 'w.js'), { message: 'Outside.', file: '../etc/passwd', line: 1 }] }),
      ruleResult({ id: 'passing', level: 'error', outcome: 'pass', score: 1, pointsLost: 0, findings: findings(1, 'ok.js') }),
    ]);
    const annotations = selectAnnotations(result, { touchedFiles: new Set(['new.js']), failOn: 'error' });
    const errors = annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(10);
    expect(errors.slice(0, 3).map((a) => `${a.file}:${a.line}`)).toEqual(['new.js:1', 'new.js:2', 'old.js:1']);
    // The warn-level rule cannot fail this job: a notice.
    expect(annotations.filter((a) => a.level === 'notice' && a.line > 0).map((a) => `${a.file}:${a.line}`)).toEqual(['w.js:1', 'w.js:2', 'w.js:3']);
    expect(annotations.at(-1)).toEqual({
      level: 'notice',
      title: 'More portfolio-check findings',
      message: '4 more finding(s) with a file and line are not annotated (GitHub shows 10 per level); see the job summary.',
      file: '',
      line: 0,
    });
    expect(annotations[0]).toMatchObject({ title: 'Title of cheap (cheap)', message: 'Problem 0.\nFix: General fix for cheap.\nhttps://example.test/rules/cheap.md' });
  });

  it('shows errors only for rules that fail the gate: warnings and notices otherwise', () => {
    const result = sampleResult([
      ruleResult({ id: 'err', level: 'error', pointsLost: 3, findings: findings(1, 'e.js') }),
      ruleResult({ id: 'warned', level: 'warn', outcome: 'partial', score: 0.5, pointsLost: 1, findings: findings(1, 'w.js') }),
    ]);
    const levels = (failOn?: 'error' | 'warn' | 'none') => selectAnnotations(result, failOn ? { failOn } : {}).map((a) => `${a.file}:${a.level}`);
    expect(levels()).toEqual(['e.js:warning', 'w.js:notice']);
    expect(levels('none')).toEqual(['e.js:warning', 'w.js:notice']);
    expect(levels('error')).toEqual(['e.js:error', 'w.js:notice']);
    expect(levels('warn')).toEqual(['e.js:error', 'w.js:error']);
  });

  it('prefixes paths when the checked directory is a subdirectory', () => {
    const result = sampleResult([ruleResult({ id: 'r', findings: [{ message: 'm', file: 'src/a.js', line: 2 }] })]);
    expect(selectAnnotations(result, { pathPrefix: 'services/api' })[0]).toMatchObject({ file: 'services/api/src/a.js', line: 2 });
  });
});

describe('summary and comment', () => {
  const hostile = '<img src=x onerror=alert(1)> @octocat `code` | pipe [link](javascript:alert(1))';

  it('escapes user text: no HTML, no mentions, no broken tables', () => {
    const result = sampleResult([ruleResult({ id: 'readme-present', summary: hostile, findings: [{ message: hostile, file: 'a|b`c.md', line: 1 }] })]);
    const summary = formatSummary({ head: result, commits: gradeCommits([{ hash: 'abcdef1234', parents: [], authorName: '', authorEmail: '', authorDate: '', committerDate: '', subject: hostile, body: '' }], 'git') });
    expect(summary).not.toMatch(/(^|[^\\])<img/);
    expect(summary).not.toMatch(/@octocat/);
    expect(summary).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(summary).toContain("`a\\|b'c.md:1`");
    expect(summary).not.toMatch(/[^\\]\]\(javascript:/);
  });

  it('trims the summary by bytes under 1 MiB and the comment under 65,536 characters, with a note', () => {
    const many = Array.from({ length: 400 }, (_, i) =>
      ruleResult({ id: `rule-${String(i).padStart(3, '0')}`, pointsLost: 1, summary: 'é'.repeat(3000), findings: [{ message: '€'.repeat(2000), file: 'a.js', line: 1 }] }),
    );
    const result = sampleResult(many);
    const summary = formatSummary({ head: result });
    expect(Buffer.byteLength(summary)).toBeLessThan(SUMMARY_MAX_BYTES);
    expect(summary).toContain("section(s) were left out to stay within GitHub's size limit; see the JSON report (report-json output).");
    const comment = formatComment({ head: result });
    expect(comment.length).toBeLessThan(COMMENT_MAX_CHARS);
    expect(comment.startsWith(COMMENT_MARKER)).toBe(true);
    expect(comment).toContain("section(s) were left out to stay within GitHub's size limit; see the job summary.");
  });

  it('keeps a small report whole', () => {
    const result = sampleResult([ruleResult({ id: 'readme-present' })]);
    const comment = formatComment({ head: result, gate: { passed: false, reasons: ['the score 42 is below the minimum 70'] } });
    expect(comment).not.toContain('left out');
    expect(comment).toContain('❌ The quality gate failed: the score 42 is below the minimum 70.');
    expect(comment).toContain('<details><summary>What to fix (1 rule(s) lose points)</summary>');
  });
});

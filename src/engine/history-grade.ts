import type { HistoryCommit, HistorySummary, SubjectCount } from '../facts/commits.js';
import type { Finding } from '../types.js';

/*
 * The reviewer's commit-history grade (REVIEWER-RUBRIC.md, "Commit history grade"), judged once
 * from the streamed history summary. `commit-messages` and `commit-granularity` each own some of
 * the criteria and show their findings, and both carry the one grade as their score, so the two
 * rules together are worth the rubric's points: good all, fair 60 %, poor nothing.
 */

export type HistoryGrade = 'good' | 'fair' | 'poor';
export type HistoryRuleId = 'commit-messages' | 'commit-granularity';

/** The rule score of each grade (the rubric's 5 / 3 / 0 points). */
export const GRADE_SCORE: Record<HistoryGrade, number> = { good: 1, fair: 0.6, poor: 0 };

/** The thresholds of the grade; the PR-commit grading uses the same. */
export const HISTORY_THRESHOLDS = {
  /** Fewer human commits than this is poor. */
  minCommits: 10,
  /** Share of vague subjects: above `poor` is poor, from `fair` up is fair. */
  vague: { fair: 0.15, poor: 0.4 },
  /** Share of subjects of at most two words above which the history is fair. */
  short: 0.4,
  /** Trial and error: at least `minCommits` commits, and this share of them repeating the previous subject. */
  retries: { minCommits: 20, share: 0.08 },
  /** Generated or padded: at least this many commits, and distinct subjects at most this share of them. */
  repetitive: { minCommits: 20, maxDistinctShare: 0.35 },
  /** One non-scaffold commit's share of the non-lockfile insertions: above `poor` is poor, above `fair` fair. */
  dump: { fair: 0.4, poor: 0.75 },
  /** A share is judged only when the measured commits insert at least this many lines in total. */
  dumpMinLines: 1000,
  /** A single commit changing more authored lines than this is too large to review. */
  largeCommitLines: 1000,
  /** Padding: more than this many measured commits with a median under `paddingMedian` changed lines. */
  paddingCommits: 100,
  paddingMedian: 3,
} as const;

export interface HistoryCriterion {
  /** The rule that shows this criterion. */
  rule: HistoryRuleId;
  grade: HistoryGrade;
  finding: Finding;
}

export interface HistoryJudgement {
  grade: HistoryGrade;
  /** Every criterion that lowered the grade, worst first. */
  criteria: HistoryCriterion[];
  /** Human commits graded. */
  human: number;
  /** Vague subjects among them (content-free, web-editor defaults, verb + file name, repeated "initial commit", fixup!). */
  vague: number;
  /** The dump check: largest non-scaffold commit and its share, when the sizes cover the whole history. */
  largest?: { commit: HistoryCommit; share: number; total: number };
  /** Why the dump check did not run, when it did not. */
  sizesNote?: string;
}

const RANK: Record<HistoryGrade, number> = { good: 0, fair: 1, poor: 2 };

export function worse(a: HistoryGrade, b: HistoryGrade): HistoryGrade {
  return RANK[a] >= RANK[b] ? a : b;
}

const pct = (n: number, d: number): string => `${Math.round((n / d) * 100)}%`;

/** Quoted examples: "'Fixing a bug' ×157, 'Updating the code' ×133". */
export function examples(entries: readonly SubjectCount[], n = 4): string {
  const shown = entries.slice(0, n).map((e) => `"${quote(e.subject)}" ×${e.count}`);
  return `${shown.join(', ')}${entries.length > n ? ' …' : ''}`;
}

/** A subject shortened for a message. */
export function quote(s: string): string {
  const chars = [...s];
  return chars.length > 50 ? `${chars.slice(0, 47).join('')}...` : s;
}

/** Judges a history summary against the rubric. Pure. */
export function gradeHistory(summary: HistorySummary): HistoryJudgement {
  const t = HISTORY_THRESHOLDS;
  const criteria: HistoryCriterion[] = [];
  const n = summary.human;
  const v = summary.verdicts;
  const vague = v.vague + v['web-ui'] + v['verb-filename'] + v.autosquash;
  const judgement: HistoryJudgement = { grade: 'good', criteria, human: n, vague };
  if (n === 0) return judgement;

  // Messages.
  const vagueShare = vague / n;
  const unclear = summary.unclear.filter((e) => e.verdict !== 'too-short');
  if (vagueShare > t.vague.poor || vagueShare >= t.vague.fair) {
    criteria.push({
      rule: 'commit-messages',
      grade: vagueShare > t.vague.poor ? 'poor' : 'fair',
      finding: {
        message: `${vague} of ${n} commit subjects (${pct(vague, n)}) say nothing about the change${unclear.length ? `: ${examples(unclear)}` : ''}.`,
        ...(unclear[0] ? { commit: unclear[0].hash } : {}),
        fix: 'Say what changed and why in each subject ("Add pagination to GET /tasks"); reword unpushed commits with git rebase -i.',
      },
    });
  }
  const distinctShare = summary.distinct / n;
  if (n >= t.repetitive.minCommits && summary.distinctExact && distinctShare <= t.repetitive.maxDistinctShare) {
    criteria.push({
      rule: 'commit-messages',
      grade: 'poor',
      finding: {
        message: `${summary.distinct} distinct messages across ${n} commits: ${examples(summary.repeated)}. The history looks generated or padded.`,
        ...(summary.repeated[0] ? { commit: summary.repeated[0].hash } : {}),
        fix: 'Commit real steps of the work, each with its own subject; a reviewer reads repeated subjects as filler.',
      },
    });
  }
  if (summary.shortSubjects / n > t.short) {
    criteria.push({
      rule: 'commit-messages',
      grade: 'fair',
      finding: {
        message: `${summary.shortSubjects} of ${n} subjects (${pct(summary.shortSubjects, n)}) have at most two words.`,
        fix: 'Write a subject that names the change and its subject matter ("Validate email on sign-up", not "validation").',
      },
    });
  }

  if (n >= t.retries.minCommits && summary.retries / n >= t.retries.share) {
    const example = summary.retryExample;
    criteria.push({
      rule: 'commit-messages',
      grade: 'fair',
      finding: {
        message: `${summary.retries} of ${n} commits (${pct(summary.retries, n)}) repeat the previous commit's subject${example ? ` ("${quote(example.subject)}" …)` : ''}: visible trial and error.`,
        ...(example ? { commit: example.hash } : {}),
        fix: 'Squash attempts into the change that worked before pushing (git rebase -i), and try builds and deploys on a branch.',
      },
    });
  }

  // Granularity.
  if (n < t.minCommits) {
    criteria.push({
      rule: 'commit-granularity',
      grade: 'poor',
      finding: {
        message: `Only ${n} commit(s) of your own: too few to show how the project was built.`,
        fix: 'Commit each feature, fix and refactor on its own as you work; the history is part of the portfolio.',
      },
    });
  }
  const measured = summary.newest.filter((c) => c.kind === 'human' && c.size);
  if (!summary.sizesComplete) {
    judgement.sizesNote =
      measured.length === 0
        ? 'per-commit sizes were not read'
        : `sizes cover the newest ${measured.length} of ${n} commits, so no commit's share of the whole history is judged`;
  } else {
    const total = measured.reduce((s, c) => s + c.size!.insertions, 0);
    const candidates = measured.filter((c) => !c.scaffold).sort((a, b) => b.size!.insertions - a.size!.insertions);
    const top = candidates[0];
    if (top && total > 0) {
      const share = top.size!.insertions / total;
      judgement.largest = { commit: top, share, total };
      if (total >= t.dumpMinLines && share > t.dump.fair) {
        criteria.push({
          rule: 'commit-granularity',
          grade: share > t.dump.poor ? 'poor' : 'fair',
          finding: {
            message: `One commit ("${quote(top.subject)}") holds ${pct(top.size!.insertions, total)} of the lines written (${top.size!.insertions} of ${total} inserted, lockfiles and generated files aside): the code was dumped rather than built up.`,
            commit: top.hash.slice(0, 7),
            fix: 'Commit each feature separately as you build it; say in the README if the project was imported from elsewhere.',
          },
        });
      }
    } else if (total < t.dumpMinLines) {
      judgement.sizesNote = `${total} lines inserted in total: too little to judge commit sizes`;
    }
    if (measured.length > t.paddingCommits) {
      const sorted = measured.map((c) => c.size!.changed).sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)]!;
      if (median < t.paddingMedian) {
        criteria.push({
          rule: 'commit-granularity',
          grade: 'fair',
          finding: {
            message: `${measured.length} commits with a median of ${median} changed line(s): the activity looks padded.`,
            fix: 'Squash trivial commits; each commit should be one meaningful change.',
          },
        });
      }
    }
    if (n >= 3 && summary.days === 1 && total >= t.dumpMinLines) {
      criteria.push({
        rule: 'commit-granularity',
        grade: 'fair',
        finding: {
          message: `All ${n} commits were made on one day (${summary.firstDate?.slice(0, 10) ?? '?'}).`,
          fix: 'Keep committing as the project grows; a history spread over the work shows how it evolved.',
        },
      });
    }
  }
  criteria.sort((a, b) => RANK[b.grade] - RANK[a.grade]);
  judgement.grade = criteria.reduce<HistoryGrade>((g, c) => worse(g, c.grade), 'good');
  return judgement;
}

/**
 * When the grade was set by the other rule's criteria, the finding that explains it to a reader of
 * this rule ("history grade poor because of the commit messages: …"); undefined otherwise.
 */
export function gradeSetElsewhere(judgement: HistoryJudgement, rule: HistoryRuleId): Finding | undefined {
  if (judgement.grade === 'good') return undefined;
  if (judgement.criteria.some((c) => c.rule === rule && c.grade === judgement.grade)) return undefined;
  const other = judgement.criteria.find((c) => c.grade === judgement.grade)!;
  const what = other.rule === 'commit-messages' ? 'the commit messages' : 'the commit count and sizes';
  return { ...other.finding, message: `History grade ${judgement.grade} because of ${what} (${other.rule}): ${other.finding.message}` };
}

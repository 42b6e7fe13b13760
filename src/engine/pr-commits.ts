import { classifySubject, commitKind, isAutosquash, measureCommit, type SubjectVerdict } from '../facts/commits.js';
import type { Commit } from '../source/types.js';
import { HISTORY_THRESHOLDS } from './history-grade.js';

/** Above this many changed lines in files written by hand, a commit is hard to review (the rules' dump threshold). */
export const LARGE_COMMIT_LINES = HISTORY_THRESHOLDS.largeCommitLines;

export interface GradedCommit {
  hash: string;
  subject: string;
  verdict: SubjectVerdict | 'autosquash' | 'ignored';
  /** Lines added plus deleted in files written by hand (no lockfiles, generated or vendored files); null when unknown (commits read through the API). */
  lines: number | null;
  large: boolean;
}

export type PullRequestCommits =
  | { available: true; source: 'git' | 'api'; commits: GradedCommit[]; descriptive: number; graded: number; large: number }
  | { available: false; reason: string };

/**
 * Grades the pull request's own commits (oldest first) as the history rules grade the whole
 * history: the same subject verdicts, the same bot/merge exclusions, the same authored-lines
 * measure and size threshold. Pure.
 */
export function gradeCommits(commits: readonly Commit[], source: 'git' | 'api'): PullRequestCommits {
  const graded: GradedCommit[] = [...commits].reverse().map((c) => {
    const lines = c.files ? measureCommit(c.files).changed : null;
    const verdict: GradedCommit['verdict'] = commitKind(c) !== 'human' ? 'ignored' : isAutosquash(c.subject) ? 'autosquash' : classifySubject(c.subject);
    return { hash: c.hash, subject: c.subject, verdict, lines, large: verdict !== 'ignored' && lines !== null && lines > LARGE_COMMIT_LINES };
  });
  const eligible = graded.filter((c) => c.verdict !== 'ignored');
  return {
    available: true,
    source,
    commits: graded,
    descriptive: eligible.filter((c) => c.verdict === 'descriptive' || c.verdict === 'initial' || c.verdict === 'too-short').length,
    graded: eligible.length,
    large: eligible.filter((c) => c.large).length,
  };
}

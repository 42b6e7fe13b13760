import { classifySubject, isAutosquash, isIgnoredCommit, type SubjectVerdict } from '../facts/commits.js';
import type { Commit } from '../source/types.js';

/** Above this many changed lines a commit is hard to review (signals §3.4 uses 1000 for dumps). */
export const LARGE_COMMIT_LINES = 800;

export interface GradedCommit {
  hash: string;
  subject: string;
  verdict: SubjectVerdict | 'autosquash' | 'ignored';
  /** Lines added plus deleted; null when the size is unknown (commits read through the API). */
  lines: number | null;
  large: boolean;
}

export type PullRequestCommits =
  | { available: true; source: 'git' | 'api'; commits: GradedCommit[]; descriptive: number; graded: number; large: number }
  | { available: false; reason: string };

/** Grades the pull request's own commits (oldest first): message quality and size. Pure. */
export function gradeCommits(commits: readonly Commit[], source: 'git' | 'api'): PullRequestCommits {
  const graded: GradedCommit[] = [...commits].reverse().map((c) => {
    const lines = c.files ? c.files.reduce((n, f) => n + (f.added ?? 0) + (f.deleted ?? 0), 0) : null;
    const verdict: GradedCommit['verdict'] = isIgnoredCommit(c) ? 'ignored' : isAutosquash(c.subject) ? 'autosquash' : classifySubject(c.subject);
    return { hash: c.hash, subject: c.subject, verdict, lines, large: verdict !== 'ignored' && lines !== null && lines > LARGE_COMMIT_LINES };
  });
  const eligible = graded.filter((c) => c.verdict !== 'ignored');
  return {
    available: true,
    source,
    commits: graded,
    descriptive: eligible.filter((c) => c.verdict === 'descriptive').length,
    graded: eligible.length,
    large: eligible.filter((c) => c.large).length,
  };
}

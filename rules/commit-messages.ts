import { defineRule } from '../src/engine/define-rule.js';
import { classifySubject, isAutosquash, isIgnoredCommit, type SubjectVerdict } from '../src/facts/commits.js';
import type { Finding } from '../src/types.js';

const LABEL: Record<Exclude<SubjectVerdict, 'descriptive'>, string> = {
  vague: 'vague',
  'web-ui': 'GitHub web-editor default',
  'verb-filename': 'generic verb plus a file name',
  'too-short': 'too short',
};

export default defineRule({
  meta: {
    id: 'commit-messages',
    category: 'history',
    title: 'Commit messages describe the change',
    rationale: 'Reviewers skim the history to see how you work; subjects like "update" or "fix" say nothing, while descriptive ones show a developer a team can follow.',
    fix: 'Write subjects that say what changed and why ("Add JWT refresh endpoint"), in the imperative, under 72 characters.',
    level: 'warn',
    weight: 3,
    stage: 6,
    options: {
      maxSubjectLength: { type: 'number', default: 72, description: 'Subjects longer than this count a quarter as much as a vague subject.' },
    },
  },
  async check({ facts, options }) {
    const history = await facts.history();
    if (!history.available) return { outcome: 'not-available', summary: `No history to grade: ${history.reason}.` };
    if (history.shallow) {
      return { outcome: 'not-available', summary: 'Shallow clone: the history is incomplete (clone fully, or use fetch-depth: 0 in CI).' };
    }
    const eligible = history.commits.filter((c) => !isIgnoredCommit(c));
    if (eligible.length === 0) return { outcome: 'not-available', summary: 'No commits of your own to grade (only merges, reverts or bots).' };

    const maxLength = Number(options.maxSubjectLength);
    const bad = new Map<string, { verdict: SubjectVerdict; count: number; hash: string; subject: string }>();
    let low = 0;
    let long = 0;
    let autosquash = 0;
    let initialSeen = false;
    for (const c of eligible.slice().reverse()) {
      const subject = c.subject.trim();
      const initial = /^initial commit$/i.test(subject);
      if (initial && !initialSeen) {
        initialSeen = true; // "Initial commit" is fine once
        continue;
      }
      if (subject.length > maxLength) long++;
      if (isAutosquash(subject)) {
        autosquash++;
        low++;
        continue;
      }
      const verdict: SubjectVerdict = initial ? 'vague' : classifySubject(subject); // …but not twice
      if (verdict === 'descriptive') continue;
      low++;
      const key = subject.toLowerCase();
      const entry = bad.get(key) ?? { verdict, count: 0, hash: c.hash.slice(0, 7), subject };
      entry.count++;
      bad.set(key, entry);
    }
    const n = eligible.length;
    const score = Math.max(0, Math.min(1, 1 - low / n - 0.25 * (long / n)));
    const findings: Finding[] = [...bad.entries()]
      .sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))
      .slice(0, 8)
      .map(([, e]) => ({
        message: `"${truncate(e.subject)}" ×${e.count} (${LABEL[e.verdict as Exclude<SubjectVerdict, 'descriptive'>]}).`,
        commit: e.hash,
      }));
    if (long > 0) findings.push({ message: `${long} subject(s) longer than ${maxLength} characters.`, fix: 'Keep the subject short; put details in the body after a blank line.' });
    if (autosquash > 0) findings.push({ message: `${autosquash} fixup!/squash! commit(s) left unsquashed.`, fix: 'Run git rebase -i --autosquash before merging.' });
    const summary = `${n - low} of ${n} commit subject(s) are descriptive${low ? `; ${low} are not` : ''}.`;
    if (low === 0 && long === 0) return { outcome: 'pass', summary, findings };
    return { outcome: 'partial', score, summary, findings };
  },
});

function truncate(s: string): string {
  return s.length > 50 ? `${s.slice(0, 47)}...` : s;
}

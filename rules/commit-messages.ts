import { defineRule } from '../src/engine/define-rule.js';
import { GRADE_SCORE, gradeHistory, gradeSetElsewhere, quote } from '../src/engine/history-grade.js';
import type { SubjectVerdict } from '../src/facts/commits.js';
import type { Finding } from '../src/types.js';

const LABEL: Record<Exclude<SubjectVerdict, 'descriptive'> | 'autosquash', string> = {
  vague: 'vague',
  'web-ui': 'GitHub web-editor default',
  'verb-filename': 'generic verb plus a file name',
  initial: '"initial commit" again',
  'too-short': 'too short',
  autosquash: 'unsquashed fixup!',
};

export default defineRule({
  meta: {
    id: 'commit-messages',
    category: 'history',
    title: 'Commit messages describe the change',
    rationale: 'Reviewers skim the history to see how you work; subjects like "update" or "fix" say nothing, while descriptive ones show a developer a team can follow.',
    fix: 'Write subjects that say what changed and why ("Add JWT refresh endpoint"), in the imperative, under 72 characters.',
    level: 'warn',
    kind: 'evidence',
    weight: 3,
    stage: 6,
    options: {
      maxSubjectLength: { type: 'number', default: 72, description: 'Subjects longer than this are reported (not graded).' },
    },
  },
  async check({ facts, options }) {
    const history = await facts.history();
    if (!history.available) return { outcome: 'not-available', summary: `No history to grade: ${history.reason}.` };
    if (history.shallow) {
      return { outcome: 'not-available', summary: 'Shallow clone: the history is incomplete (clone fully, or use fetch-depth: 0 in CI).' };
    }
    const s = history.summary;
    const n = s.human;
    if (n === 0) return { outcome: 'not-available', summary: 'No commits of your own to grade (only merges, reverts or bots).' };

    const judgement = gradeHistory(s);
    const findings: Finding[] = judgement.criteria.filter((c) => c.rule === 'commit-messages').map((c) => c.finding);
    for (const e of s.unclear.slice(0, 8)) {
      findings.push({ message: `"${quote(e.subject)}" ×${e.count} (${LABEL[e.verdict as keyof typeof LABEL]}).`, commit: e.hash });
    }
    const maxLength = Number(options.maxSubjectLength);
    const long = s.subjectLengths.reduce((sum, count, length) => (length > maxLength ? sum + count : sum), 0);
    if (long > 0) findings.push({ message: `${long} subject(s) longer than ${maxLength} characters.`, fix: 'Keep the subject short; put details in the body after a blank line.' });
    if (s.verdicts.autosquash > 0) findings.push({ message: `${s.verdicts.autosquash} fixup!/squash! commit(s) left unsquashed.`, fix: 'Run git rebase -i --autosquash before merging.' });

    const botCommits = s.kinds.bot;
    const bots = botCommits ? `; ${botCommits} bot commit(s) not graded (${s.bots.slice(0, 3).map((b) => `${b.name || b.email} ×${b.commits}`).join(', ')})` : '';
    const elsewhere = gradeSetElsewhere(judgement, 'commit-messages');
    if (elsewhere) findings.push(elsewhere);
    const summary = `${n - judgement.vague} of ${n} commit subject(s) say what changed; history grade ${judgement.grade}${elsewhere ? ` (set by commit-granularity)` : ''}${bots}.`;
    if (judgement.grade === 'good') return { outcome: 'pass', summary, findings };
    if (judgement.grade === 'poor') return { outcome: 'fail', summary, findings };
    return { outcome: 'partial', score: GRADE_SCORE.fair, summary, findings };
  },
});

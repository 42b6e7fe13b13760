import { defineRule } from '../src/engine/define-rule.js';
import { GRADE_SCORE, gradeHistory, gradeSetElsewhere } from '../src/engine/history-grade.js';

export default defineRule({
  meta: {
    id: 'commit-granularity',
    category: 'history',
    title: 'Work is committed in small, real steps',
    rationale: 'A history of focused commits shows how you built the project; a handful of commits, one giant upload or padded filler commits hide it, and reviewers notice.',
    fix: 'Commit each logical change on its own as you go (git add -p helps), with a subject that says what it does; never re-upload a finished project as one commit.',
    level: 'warn',
    kind: 'evidence',
    weight: 2,
    stage: 6,
    needs: ['commit-stats'],
  },
  async check({ facts }) {
    const history = await facts.history();
    if (!history.available) return { outcome: 'not-available', summary: `No history to judge: ${history.reason}.` };
    if (history.shallow) return { outcome: 'not-available', summary: 'Shallow clone: the history is incomplete (clone fully, or use fetch-depth: 0 in CI).' };
    const s = history.summary;
    const n = s.human;
    if (n === 0) return { outcome: 'not-available', summary: 'No commits of your own to judge (only merges, reverts or bots).' };

    const judgement = gradeHistory(s);
    const findings = judgement.criteria.filter((c) => c.rule === 'commit-granularity').map((c) => c.finding);
    const largest = judgement.largest
      ? `the largest commit holds ${Math.round(judgement.largest.share * 100)}% of the ${judgement.largest.total} lines written`
      : judgement.sizesNote ?? 'sizes not judged';
    const elsewhere = gradeSetElsewhere(judgement, 'commit-granularity');
    if (elsewhere) findings.push(elsewhere);
    const summary = `${n} commit(s) of your own over ${s.days} day(s); ${largest}; history grade ${judgement.grade}${elsewhere ? ` (set by commit-messages)` : ''}.`;
    if (judgement.grade === 'good') return { outcome: 'pass', summary, findings };
    if (judgement.grade === 'poor') return { outcome: 'fail', summary, findings };
    return { outcome: 'partial', score: GRADE_SCORE.fair, summary, findings };
  },
});

import { defineRule } from '../src/engine/define-rule.js';
import { isIgnoredCommit } from '../src/facts/commits.js';
import { isExcludedPath } from '../src/facts/path-roles.js';
import type { Commit } from '../src/source/types.js';
import type { Finding } from '../src/types.js';

/** Lockfiles and generated files do not count as written lines (signals §3.4). */
const GENERATED = /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|composer\.lock|poetry\.lock|Pipfile\.lock|uv\.lock|pdm\.lock|Gemfile\.lock|go\.sum|Cargo\.lock|[^/]+\.min\.(js|css)|[^/]+\.map|[^/]+\.(svg|snap))$|\.designer\.cs$|ModelSnapshot\.cs$/i;
const VENDORED = /(^|\/)(node_modules|vendor|bower_components|dist|build|target|\.venv|venv|obj|__pycache__|\.next|coverage)\//;
const DUMP_MIN_LINES = 1000;

/** Lines a commit changes in authored files, or undefined without stats. */
function authoredLines(commit: Commit): number | undefined {
  if (!commit.files) return undefined;
  let n = 0;
  for (const f of commit.files) {
    if (GENERATED.test(f.path) || VENDORED.test(f.path) || isExcludedPath(f.path)) continue;
    n += (f.added ?? 0) + (f.deleted ?? 0);
  }
  return n;
}

export default defineRule({
  meta: {
    id: 'commit-granularity',
    category: 'history',
    title: 'Work is committed in small, real steps',
    rationale: 'A history of focused commits shows how you built the project; one giant upload, a dump in two commits or padded filler commits hide it, and reviewers notice.',
    fix: 'Commit each logical change on its own as you go (git add -p helps), with a subject that says what it does; never re-upload a finished project as one commit.',
    level: 'warn',
    weight: 3,
    stage: 6,
    needs: ['commit-stats'],
  },
  async check({ facts }) {
    const history = await facts.history();
    if (!history.available) return { outcome: 'not-available', summary: `No history to judge: ${history.reason}.` };
    if (history.shallow) return { outcome: 'not-available', summary: 'Shallow clone: the history is incomplete (clone fully, or use fetch-depth: 0 in CI).' };
    const eligible = history.commits.filter((c) => !isIgnoredCommit(c));
    const sized = eligible.map((c) => ({ commit: c, lines: authoredLines(c) })).filter((x): x is { commit: Commit; lines: number } => x.lines !== undefined);
    if (sized.length === 0 && eligible.length > 0) return { outcome: 'not-available', summary: 'Per-commit line counts were not collected for this run.' };
    const total = sized.reduce((s, x) => s + x.lines, 0);
    if (eligible.length < 3 && total < DUMP_MIN_LINES) {
      return { outcome: 'not-applicable', summary: `A young history (${eligible.length} commit(s), ${total} lines): too little to judge yet.` };
    }
    const findings: Finding[] = [];
    let score = 1;
    const short = (c: Commit) => c.hash.slice(0, 7);
    const root = history.commits[history.commits.length - 1]!;
    const rootSized = sized.find((x) => x.commit.hash === root.hash);
    const bySize = [...sized].sort((a, b) => b.lines - a.lines);
    // A dump is a judgment on the whole history: in a slice of a long one (stats cover the newest
    // commits only), two big recent commits say nothing about how the project was built.
    const whole = sized.length === eligible.length;
    if (whole && total >= DUMP_MIN_LINES && rootSized && rootSized.lines >= 0.8 * total) {
      score = Math.min(score, 0.2);
      findings.push({ message: `One giant initial commit holds ${Math.round((rootSized.lines / total) * 100)}% of all changed lines (${rootSized.lines} of ${total}).`, commit: short(root), fix: 'From now on, commit each feature separately; say in the README if the project was imported from elsewhere.' });
    } else if (whole && total >= DUMP_MIN_LINES && bySize.length >= 2) {
      const top2 = bySize[0]!.lines + (bySize[1]?.lines ?? 0);
      if (top2 >= 0.7 * total) {
        score = Math.min(score, 0.5 - 0.3 * ((top2 / total - 0.7) / 0.3));
        findings.push({ message: `Two commits hold ${Math.round((top2 / total) * 100)}% of all changed lines: the code was dumped rather than built up.`, commit: short(bySize[0]!.commit), fix: 'Commit each feature, fix and refactor on its own.' });
      }
    }
    // Padding: many near-empty commits, or one subject repeated over and over.
    if (sized.length > 100) {
      const sorted = sized.map((x) => x.lines).sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)]!;
      if (median < 3) {
        score -= 0.3;
        findings.push({ message: `${sized.length} commits with a median of ${median} changed line(s): activity looks padded.`, fix: 'Squash trivial commits; each commit should be a meaningful change.' });
      }
    }
    const subjects = new Map<string, { n: number; hash: string }>();
    for (const c of eligible) {
      const key = c.subject.trim().toLowerCase();
      const e = subjects.get(key) ?? { n: 0, hash: short(c) };
      e.n++;
      subjects.set(key, e);
    }
    const [topSubject, top] = [...subjects.entries()].sort((a, b) => b[1].n - a[1].n)[0] ?? ['', { n: 0, hash: '' }];
    if (top.n >= 5 && top.n / eligible.length > 0.2) {
      score -= 0.3;
      findings.push({ message: `"${topSubject.slice(0, 50)}" is repeated in ${top.n} of ${eligible.length} commits.`, commit: top.hash, fix: 'Describe each change; repeated subjects read as filler.' });
    }
    const days = new Set(eligible.map((c) => c.authorDate.slice(0, 10)));
    if (eligible.length >= 3 && days.size === 1 && total >= DUMP_MIN_LINES) {
      score -= 0.2;
      findings.push({ message: `All ${eligible.length} commits were made on one day (${[...days][0]}).`, fix: 'Keep committing as the project grows; a history spread over the work shows how it evolved.' });
    }
    score = Math.max(0, Math.min(1, score));
    const measured = whole
      ? `${eligible.length} commit(s), ${total} authored lines changed`
      : `${eligible.length} commit(s); the ${sized.length} measured among the newest ${history.statsLimit} changed ${total} authored lines`;
    const summary = `${measured}${findings.length ? `; ${findings.length} granularity problem(s)` : ', in reasonably sized steps'}.`;
    if (findings.length === 0) return { outcome: 'pass', summary };
    return { outcome: 'partial', score, summary, findings };
  },
});

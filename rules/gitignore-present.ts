import { defineRule } from '../src/engine/define-rule.js';
import { envFacts } from '../src/facts/env.js';
import { gitignoreFacts } from '../src/facts/gitignore.js';

export default defineRule({
  meta: {
    id: 'gitignore-present',
    category: 'history',
    title: 'A .gitignore keeps generated files out',
    rationale: 'A .gitignore for the stack is the first file a clean repository needs; without it dependencies, build output and .env files end up committed.',
    fix: 'Add a .gitignore from github/gitignore for your stack (Node, Python, Maven/Gradle, Go, Laravel, VisualStudio, Rails) and add .env to it.',
    level: 'warn',
    kind: 'evidence',
    weight: 1,
    stage: 6,
  },
  async check({ facts }) {
    const { main: at, unignored, envIgnored, envTracked: committed } = await gitignoreFacts(facts);
    if (!at) return { outcome: 'fail', summary: 'No .gitignore.', findings: [{ message: 'The repository has no .gitignore file.' }] };
    const missing = [...unignored];
    // .env matters only where the project configures itself through environment variables, and a
    // committed .env is no-committed-env's finding: ignoring a tracked file would not untrack it.
    const env = await envFacts(facts);
    const usesEnv = env.reads.size > 0 || env.templates.length > 0;
    if (usesEnv && !committed && !envIgnored) missing.push('.env');
    if (missing.length === 0) {
      const envNote = !usesEnv ? '' : committed ? ' (.env is committed: see no-committed-env)' : ' and .env';
      return { outcome: 'pass', summary: `${at} covers the stack's generated paths${envNote}.` };
    }
    const unique = [...new Set(missing)];
    return {
      outcome: 'partial',
      score: Math.max(0.3, 1 - 0.25 * unique.length),
      summary: `${at} does not ignore ${unique.join(', ')}.`,
      findings: unique.map((p) => ({ message: `${p} is not ignored.`, file: at, fix: `Add "${p}" to ${at}.` })),
    };
  },
});

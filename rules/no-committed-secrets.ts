import { defineRule } from '../src/engine/define-rule.js';
import { historySecrets, HISTORY_SCAN_LIMITS, SECRET_LABEL, treeSecrets } from '../src/facts/secrets.js';
import type { Finding } from '../src/types.js';
import { maskSecret } from '../src/util.js';
import type { SecretMatch } from '../src/facts/secret-patterns.js';

/** A guessable default key costs a quarter of the deduction (2 of 8 points): weak, but not a leaked credential. */
const GUESSABLE_KEY_SCORE = 0.75;

export default defineRule({
  meta: {
    id: 'no-committed-secrets',
    category: 'security',
    title: 'No secrets in the code or its history',
    rationale: 'A private key, cloud or GitHub token, hard-coded JWT secret or database password in git is leaked to everyone who clones it — and deleting the file does not remove it from the history.',
    fix: 'Rotate the secret, read it from an environment variable, and purge it from the history with git filter-repo.',
    level: 'error',
    kind: 'defect',
    deduction: 'committed secret',
    weight: 8,
    stage: 7,
  },
  async check({ facts }) {
    const [tree, tracked, history] = await Promise.all([treeSecrets(facts), facts.tracked(), historySecrets(facts)]);
    const introducedBy = new Map<string, string>();
    for (const s of history?.secrets ?? []) {
      const key = `${s.kind}\0${s.value}`;
      if (!introducedBy.has(key)) introducedBy.set(key, s.commit);
    }
    const findings: Finding[] = [];
    const inTree = new Set<string>();
    // Only guessable default keys (made of words): the app runs with a key anyone can guess, but no
    // credential that looks real leaked. A reviewer takes a little off for that, not the full deduction.
    let realLeaks = 0;
    const label = (s: SecretMatch) => (s.guessable ? 'A guessable hard-coded signing key' : SECRET_LABEL[s.kind]);
    for (const s of tree) {
      const key = `${s.kind}\0${s.value}`;
      inTree.add(key);
      if (!s.guessable) realLeaks++;
      const commit = introducedBy.get(key);
      findings.push({
        message: `${label(s)} (${maskSecret(s.value)})${tracked && !tracked.has(s.file) ? ' in an untracked file' : ''}.`,
        file: s.file,
        line: s.line,
        ...(commit ? { commit: commit.slice(0, 7) } : {}),
        fix: s.kind === 'jwt-secret' ? 'Read the signing key from an environment variable, with no literal fallback, and rotate it.' : 'Rotate it, move it to an environment variable or secret store, and purge it from the history.',
      });
    }
    // Removed since, but still in the history: only the first commit that added each value.
    const reported = new Set<string>();
    for (const s of history?.secrets ?? []) {
      const key = `${s.kind}\0${s.value}`;
      if (inTree.has(key) || reported.has(key)) continue;
      if (tracked?.has(s.file) && s.kind === 'env-secret') continue; // a tracked .env is no-committed-env's finding
      reported.add(key);
      if (!s.guessable) realLeaks++;
      findings.push({
        message: `${label(s)} (${maskSecret(s.value)}) was committed and later removed; it is still in the history.`,
        file: s.file,
        line: s.line,
        commit: s.commit.slice(0, 7),
        fix: 'Rotate it: anyone can read it with git log. Then purge it with git filter-repo.',
      });
    }
    const scope = history ? `the tree and the newest ${HISTORY_SCAN_LIMITS.maxCommits} commits` : tracked ? 'the tree (the git history could not be read)' : 'the tree (no git history to read)';
    if (findings.length === 0) return { outcome: 'pass', summary: `No secrets found in ${scope}.` };
    const shown = findings.slice(0, 20);
    if (findings.length > shown.length) shown.push({ message: `…and ${findings.length - shown.length} more.` });
    if (realLeaks === 0) {
      return { outcome: 'partial', score: GUESSABLE_KEY_SCORE, summary: `${findings.length} guessable signing key(s) made of words hard-coded in ${scope}; no credential that looks real.`, findings: shown };
    }
    return { outcome: 'fail', summary: `${findings.length} secret(s) found in ${scope}.`, findings: shown };
  },
});

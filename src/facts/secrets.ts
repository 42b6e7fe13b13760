import { contentPass } from './content-pass.js';
import { isEnvTemplate, isMachineWrittenText, isTestOrDocPath } from './path-roles.js';
import type { Facts } from './facts.js';
import { detectSecrets, SECRET_HINT, type SecretMatch, type TreeSecret } from './secret-patterns.js';

export { SECRET_LABEL, type SecretKind, type SecretMatch, type TreeSecret } from './secret-patterns.js';

/** Secrets in the analysable files of the tree, by file and line (matched by the single content pass). */
export async function treeSecrets(facts: Facts): Promise<TreeSecret[]> {
  return (await contentPass(facts)).secrets;
}

/** A secret added by a commit. */
export interface HistorySecret extends SecretMatch {
  commit: string;
  file: string;
  line: number;
}

/** Newest commits and bytes of patch read for secrets in history: bounded so a 20,000-commit repository stays fast. */
export const HISTORY_SCAN_LIMITS = { maxCommits: 400, maxBytes: 8 * 1024 * 1024 };

/**
 * Secrets added anywhere in the recent history (all refs), oldest commit first, or undefined when
 * the source has no history to read.
 */
export function historySecrets(facts: Facts): Promise<{ secrets: HistorySecret[]; complete: boolean } | undefined> {
  return facts.derive('history-secrets', async () => {
    if (!facts.source.addedLines) return undefined;
    const added = await facts.source.addedLines(SECRET_HINT, HISTORY_SCAN_LIMITS);
    if (!added) return undefined;
    const secrets: HistorySecret[] = [];
    // git log lists newest first; reverse so the first hit of a value is the commit that introduced it.
    for (const a of [...added.lines].reverse()) {
      if (isMachineWrittenText(a.path) || isTestOrDocPath(a.path) || isEnvTemplate(a.path.slice(a.path.lastIndexOf('/') + 1))) continue;
      for (const s of detectSecrets(a.text, a.path)) secrets.push({ ...s, commit: a.commit, file: a.path, line: a.line });
    }
    return { secrets, complete: added.complete };
  });
}

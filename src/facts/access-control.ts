import { inProse, type SignalHit } from './code-scan.js';
import type { Detector } from './detector.js';
import type { Facts } from './facts.js';
import { firstLines } from './content-pass.js';
import { OWNER_SCOPED_QUERY, OWNER_SCOPED_RECORD, OWNERSHIP_CHECK } from './line-detectors.js';
import { isTestPath } from './path-roles.js';

/** Policy and permission files by convention (Laravel policies, Pundit, CanCanCan, Symfony voters, casbin). */
const POLICY_FILE = /(^|\/)(app\/Policies\/\w+Policy\.php|app\/policies\/\w+_policy\.rb|app\/models\/ability\.rb|src\/Security\/Voter\/\w+Voter\.php|[\w-]*rbac[\w-]*\.conf|model\.conf|policy\.csv)$/i;

/** Authorization policy files, the first three. */
export async function policyFiles(facts: Facts): Promise<string[]> {
  return (await facts.files()).all.filter((f) => POLICY_FILE.test(f.path)).slice(0, 3).map((f) => f.path);
}

/** A comment line, or a line that creates a record (setting its owner is not checking it) or handles tokens. */
const NOT_AN_ACCESS_CHECK = /^\s*(\/\/|#|\*)|\b(?:save|create|insert|insertOne|build)\b\s*[({]|\bnew\s+[A-Z]\w*\s*\(\s*\{|\bINSERT\b|\b(?:refresh_?)?tokens?\b|\bsessions?\b|password/i;

/**
 * Ownership checks in non-test source code, outside comments: comparisons (`todo.owner_id !==
 * user.id`), single records fetched with their owner (`WHERE id = $1 AND user_id = $2`,
 * `findByIdAndUserId`) and queries through the current user (`current_user.todos`,
 * `filter(owner=request.user)`); the first three files of each kind.
 */
export async function ownershipChecks(facts: Facts): Promise<{ id: string; hit: SignalHit }[]> {
  const paths = (await facts.sourceFiles()).map((f) => f.path).filter((p) => !isTestPath(p));
  const keep = (text: string) => !NOT_AN_ACCESS_CHECK.test(text);
  // A comparison or query quoted in a sentence (advice or a message: "Check ownership in the handler
  // (post.UserID != claims.UserID → 403)") is text, not code. Not for records: their SQL sits in strings.
  const inCode = ({ re }: Detector) => {
    const all = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    return (text: string) => keep(text) && [...text.matchAll(all)].some((m) => !inProse(text, m.index));
  };
  const [compared, records, queries] = await Promise.all([
    firstLines(facts, paths, OWNERSHIP_CHECK, 3, inCode(OWNERSHIP_CHECK)),
    firstLines(facts, paths, OWNER_SCOPED_RECORD, 3, keep),
    firstLines(facts, paths, OWNER_SCOPED_QUERY, 3, inCode(OWNER_SCOPED_QUERY)),
  ]);
  return [
    ...compared.map((hit) => ({ id: 'authz:ownership', hit })),
    ...records.map((hit) => ({ id: 'authz:owner-scoped-record', hit })),
    ...queries.map((hit) => ({ id: 'authz:owner-scoped-query', hit })),
  ];
}

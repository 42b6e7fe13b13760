import type { SignalHit } from './code-scan.js';
import type { Facts } from './facts.js';
import { firstLines } from './content-pass.js';
import { OWNERSHIP_CHECK } from './line-detectors.js';
import { isTestPath } from './path-roles.js';

/** Policy and permission files by convention (Laravel policies, Pundit, CanCanCan, Symfony voters, casbin). */
const POLICY_FILE = /(^|\/)(app\/Policies\/\w+Policy\.php|app\/policies\/\w+_policy\.rb|app\/models\/ability\.rb|src\/Security\/Voter\/\w+Voter\.php|[\w-]*rbac[\w-]*\.conf|model\.conf|policy\.csv)$/i;

/** Authorization policy files, the first three. */
export async function policyFiles(facts: Facts): Promise<string[]> {
  return (await facts.files()).all.filter((f) => POLICY_FILE.test(f.path)).slice(0, 3).map((f) => f.path);
}

/** Ownership comparisons (`todo.owner_id !== user.id`) in non-test source code, outside comments: the first three files. */
export async function ownershipChecks(facts: Facts): Promise<{ id: string; hit: SignalHit }[]> {
  const paths = (await facts.sourceFiles()).map((f) => f.path).filter((p) => !isTestPath(p));
  const hits = await firstLines(facts, paths, OWNERSHIP_CHECK, 3, (text) => !/^\s*(\/\/|#|\*)/.test(text));
  return hits.map((hit) => ({ id: 'authz:ownership', hit }));
}

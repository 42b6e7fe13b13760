import { defineRule } from '../src/engine/define-rule.js';
import { authEvidence } from '../src/facts/auth.js';
import { codeScan } from '../src/facts/code-scan.js';
import { signalHits } from '../src/facts/evidence.js';
import type { Facts } from '../src/facts/facts.js';
import { firstLines } from '../src/facts/grep.js';
import { isTestPath } from '../src/facts/path-roles.js';

/** Policy and permission files by convention (Laravel policies, Pundit, CanCanCan, Symfony voters, casbin). */
const POLICY_FILE = /(^|\/)(app\/Policies\/\w+Policy\.php|app\/policies\/\w+_policy\.rb|app\/models\/ability\.rb|src\/Security\/Voter\/\w+Voter\.php|[\w-]*rbac[\w-]*\.conf|model\.conf|policy\.csv)$/i;

/**
 * A resource's owner id compared with the current user's, in any language: `todo.account_id !==
 * account_id`, `ownerID != userID`, `if task.owner_id != user_id`. Checked on the tree grep's lines.
 */
const OWNER = String.raw`(?:[oO]wner|[aA]uthor|[aA]ccount|[uU]ser)_?[iI][dD]`;
const OWNERSHIP = new RegExp(String.raw`\.${OWNER}\s*(?:!==?|===?)\s*(?:\w+\.)?(?:currentUser|authUser|current_user|auth_user)?_?${OWNER}\b|\b(?:current_?|auth_?)?${OWNER}\s*(?:!==?|===?)\s*\w+\.${OWNER}\b|\b\w*(?:[oO]wner|[aA]uthor)_?I[dD]\s*(?:!=|==)\s*\w*[uU]ser_?I[dD]\b`);

/** Ownership comparisons in non-test source code, from the tree grep's lines (no file is read). */
async function ownershipChecks(facts: Facts): Promise<{ id: string; hit: { file: string; line: number } }[]> {
  const paths = (await facts.sourceFiles()).map((f) => f.path).filter((p) => !isTestPath(p));
  const hits = await firstLines(facts, paths, (text) => OWNERSHIP.test(text) && !/^\s*(\/\/|#|\*)/.test(text), 3);
  return hits.map((hit) => ({ id: 'authz:ownership', hit }));
}

export default defineRule({
  meta: {
    id: 'authorization',
    category: 'security',
    title: 'Access is checked by role, permission or ownership',
    rationale: 'Logging in is not enough: a reviewer checks that one user cannot edit another\'s data and that admin actions need an admin role.',
    fix: 'Check ownership on writes (resource.userId === user.id) and guard admin routes with a role or permission (@Roles, permission_classes, @PreAuthorize, policies, [Authorize(Roles=…)], Pundit).',
    level: 'warn',
    weight: 3,
    stage: 5,
    presets: ['saas'],
  },
  async check({ facts }) {
    const [auth, scan, files] = await Promise.all([authEvidence(facts), codeScan(facts), facts.files()]);
    const hits = [...signalHits(scan, ['authz'], 5), ...(await ownershipChecks(facts))].slice(0, 5);
    const policies = files.all.filter((f) => POLICY_FILE.test(f.path)).slice(0, 3);
    if (hits.length > 0 || policies.length > 0) {
      const findings = [
        ...policies.map((f) => ({ message: 'Authorization policy.', file: f.path })),
        ...hits.map(({ hit }) => ({ message: 'Role, permission or ownership check.', file: hit.file, line: hit.line })),
      ];
      return { outcome: 'pass', summary: `Access checks found (${findings[0]!.file}).`, findings };
    }
    if (auth.used.length === 0) return { outcome: 'not-applicable', summary: 'No authentication, so there are no users to authorize.' };
    return {
      outcome: 'fail',
      summary: 'Users authenticate, but no role, permission or ownership check was found.',
      findings: [{ message: 'Every logged-in user appears able to do everything: no role, permission, policy or ownership check.' }],
    };
  },
});

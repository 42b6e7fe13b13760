import { defineRule } from '../src/engine/define-rule.js';
import { ownershipFindings } from '../src/engine/endpoint-findings.js';
import { routes } from '../src/facts/routes/index.js';
import { authEvidence } from '../src/facts/auth.js';
import { codeScan } from '../src/facts/code-scan.js';
import { signalHits } from '../src/facts/evidence.js';
import { ownershipChecks, policyFiles } from '../src/facts/access-control.js';

export default defineRule({
  meta: {
    id: 'authorization',
    category: 'security',
    title: 'Access is checked by role, permission or ownership',
    rationale: 'Logging in is not enough: a reviewer checks that one user cannot edit another\'s data and that admin actions need an admin role.',
    fix: 'Check ownership on writes (resource.userId === user.id) and guard admin routes with a role or permission (@Roles, permission_classes, @PreAuthorize, policies, [Authorize(Roles=…)], Pundit).',
    level: 'warn',
    kind: 'evidence',
    weight: 4,
    stage: 5,
    presets: ['saas'],
  },
  async check({ facts }) {
    const [auth, scan, policies] = await Promise.all([authEvidence(facts), codeScan(facts), policyFiles(facts)]);
    const hits = [...signalHits(scan, ['authz'], 5), ...(await ownershipChecks(facts))].slice(0, 5);
    if (hits.length > 0 || policies.length > 0) {
      const findings = [
        ...policies.map((file) => ({ message: 'Authorization policy.', file })),
        ...hits.map(({ hit }) => ({ message: 'Role, permission or ownership check.', file: hit.file, line: hit.line })),
      ];
      return { outcome: 'pass', summary: `Access checks found (${findings[0]!.file}).`, findings: [...findings, ...ownershipFindings(await routes(facts))] };
    }
    if (auth.used.length === 0) return { outcome: 'not-applicable', summary: 'No authentication, so there are no users to authorize.' };
    return {
      outcome: 'fail',
      summary: 'Users authenticate, but no role, permission or ownership check was found.',
      findings: [{ message: 'Every logged-in user appears able to do everything: no role, permission, policy or ownership check.' }, ...ownershipFindings(await routes(facts))],
    };
  },
});

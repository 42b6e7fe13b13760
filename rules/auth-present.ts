import { defineRule } from '../src/engine/define-rule.js';
import { unguardedWriteFindings } from '../src/engine/endpoint-findings.js';
import { routes } from '../src/facts/routes/index.js';
import { authEvidence } from '../src/facts/auth.js';
import { judgeEvidence } from '../src/engine/judge.js';
import { servesHttp } from '../src/facts/http.js';

/** Sign-up and login exist but protect no route: less than half of "the app authenticates users". */
const ACCOUNTS_ONLY_SCORE = 0.4;

export default defineRule({
  meta: {
    id: 'auth-present',
    category: 'security',
    title: 'Users can authenticate',
    rationale: 'Signup, login and protected routes are stage 5 of the roadmap and part of nearly every real backend; reviewers look for tokens or sessions that are issued and checked.',
    fix: 'Add login that issues a JWT or session (passport/jsonwebtoken, OAuth2PasswordBearer, Spring Security, golang-jwt, Sanctum, AddJwtBearer, Devise or has_secure_password) and protect the write routes with it.',
    level: 'error',
    kind: 'evidence',
    weight: 5,
    stage: 5,
  },
  async check({ facts }) {
    const [evidence, http] = await Promise.all([authEvidence(facts), servesHttp(facts)]);
    if (evidence.permitsAll.length > 0) {
      const at = evidence.permitsAll[0]!;
      return {
        outcome: 'fail',
        summary: `Spring Security is configured to permit every request (${at.file}:${at.line}): nobody authenticates.`,
        findings: evidence.permitsAll.map((hit) => ({ message: 'Every request is permitted: the security configuration authenticates no one.', file: hit.file, line: hit.line, fix: 'Require authentication (.anyRequest().authenticated()) and add a login that issues a token or session.' })),
      };
    }
    if (evidence.accountsOnly) {
      const at = evidence.used[0]!.hit;
      return {
        outcome: 'partial',
        score: ACCOUNTS_ONLY_SCORE,
        summary: `Users have accounts (${at.file}:${at.line}), but no controller requires a login: every route is public.`,
        findings: [
          ...evidence.used.map(({ hit }) => ({ message: 'Accounts with passwords (Devise or has_secure_password).', file: hit.file, line: hit.line })),
          { message: 'No controller calls before_action :authenticate_user! (or another login check).', fix: 'Add before_action :authenticate_user! (Devise) or your own login check to the controllers that change data.' },
        ],
      };
    }
    const verdict = judgeEvidence(evidence, {
      what: 'authentication',
      fix: 'Issue a token or session at login and check it on protected routes.',
      label: () => 'Authentication in code',
    });
    if (verdict.outcome === 'fail' && !http) return { outcome: 'not-applicable', summary: 'No HTTP framework or server and no authentication code: not a web service with users.' };
    // State-changing routes left open while others require a login: for the reviewer to verify.
    const open = unguardedWriteFindings(await routes(facts));
    return open.length > 0 ? { ...verdict, findings: [...(verdict.findings ?? []), ...open] } : verdict;
  },
});

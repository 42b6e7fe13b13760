import { defineRule } from '../src/engine/define-rule.js';
import { authEvidence } from '../src/facts/auth.js';
import { judgeEvidence } from '../src/engine/judge.js';
import { servesHttp } from '../src/facts/http.js';

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
    const verdict = judgeEvidence(evidence, {
      what: 'authentication',
      fix: 'Issue a token or session at login and check it on protected routes.',
      label: () => 'Authentication in code',
    });
    if (verdict.outcome === 'fail' && !http) return { outcome: 'not-applicable', summary: 'No HTTP framework or server and no authentication code: not a web service with users.' };
    return verdict;
  },
});

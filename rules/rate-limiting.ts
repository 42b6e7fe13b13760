import { defineRule } from '../src/engine/define-rule.js';
import { judgeEvidence } from '../src/engine/judge.js';
import { gatherEvidence } from '../src/facts/evidence.js';
import { servesHttp } from '../src/facts/http.js';

const RATE_LIMIT_DEPENDENCIES = [
  'express-rate-limit', 'rate-limiter-flexible', 'express-slow-down', '@upstash/ratelimit', '@nestjs/throttler', '@fastify/rate-limit', 'koa-ratelimit',
  'slowapi', 'fastapi-limiter', 'flask-limiter', 'django-ratelimit', 'django-axes',
  'com.bucket4j:bucket4j-core', 'com.bucket4j:bucket4j_jdk17-core', 'com.github.vladimir-bukhtoyarov:bucket4j-core', 'io.github.resilience4j:resilience4j-ratelimiter',
  'golang.org/x/time', 'github.com/ulule/limiter/v3', 'github.com/didip/tollbooth', 'github.com/didip/tollbooth/v7', 'github.com/go-chi/httprate',
  'symfony/rate-limiter', 'AspNetCoreRateLimit', 'rack-attack',
];

export default defineRule({
  meta: {
    id: 'rate-limiting',
    category: 'security',
    title: 'Requests are rate-limited',
    rationale: 'A limiter on the API, and a stricter one on login, stops brute force and abuse; it is a small addition that shows production thinking.',
    fix: 'Register a rate limiter (express-rate-limit, @nestjs/throttler, slowapi, DRF throttling, Bucket4j, x/time/rate, Laravel throttle, AddRateLimiter, Rack::Attack), at least on the auth routes.',
    level: 'warn',
    kind: 'evidence',
    weight: 3,
    stage: 7,
    presets: ['saas', 'platform'],
  },
  async check({ facts }) {
    const [evidence, http] = await Promise.all([
      gatherEvidence(facts, { signals: ['rate'], dependencies: RATE_LIMIT_DEPENDENCIES }),
      servesHttp(facts),
    ]);
    const verdict = judgeEvidence(evidence, { what: 'a rate limiter', fix: 'Add a rate-limiting middleware to the API.', label: () => 'Rate limiting configured' });
    if (verdict.outcome === 'fail' && !http) return { outcome: 'not-applicable', summary: 'No HTTP framework or server: nothing to rate-limit.' };
    return verdict;
  },
});

import { defineRule } from '../src/engine/define-rule.js';
import { codeScan } from '../src/facts/code-scan.js';
import { declaredDependencies, signalHits } from '../src/facts/evidence.js';
import { servesHttp } from '../src/facts/http.js';

const ACTUATOR = 'org.springframework.boot:spring-boot-starter-actuator';

export default defineRule({
  meta: {
    id: 'health-check',
    category: 'operations',
    title: 'A health endpoint exists',
    rationale: 'Load balancers, Kubernetes and uptime checks need a /health (or /healthz, /ready) endpoint; adding one shows you know how services are run.',
    fix: 'Add GET /health that returns 200 (and checks the database), or use the framework\'s: @nestjs/terminus, Spring Boot Actuator, MapHealthChecks, Rails /up.',
    level: 'warn',
    kind: 'evidence',
    weight: 1,
    stage: 7,
    presets: ['platform'],
  },
  async check({ facts }) {
    const [scan, deps, http] = await Promise.all([codeScan(facts), declaredDependencies(facts), servesHttp(facts)]);
    const hits = signalHits(scan, ['health'], 3);
    const actuator = deps.find((d) => !d.dev && d.name === ACTUATOR);
    if (hits.length > 0 || actuator) {
      const findings = [
        ...(actuator ? [{ message: 'Spring Boot Actuator provides /actuator/health.', file: actuator.manifest, ...(actuator.line ? { line: actuator.line } : {}) }] : []),
        ...hits.map(({ hit }) => ({ message: 'Health endpoint.', file: hit.file, line: hit.line })),
      ];
      return { outcome: 'pass', summary: `Health endpoint found (${findings[0]!.file}).`, findings };
    }
    if (!http) return { outcome: 'not-applicable', summary: 'No HTTP framework or server: not a service to health-check.' };
    return { outcome: 'fail', summary: 'No health or readiness endpoint.', findings: [{ message: 'No /health, /healthz, /ready or /up route and no health library.' }] };
  },
});

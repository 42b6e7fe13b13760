import { defineRule } from '../src/engine/define-rule.js';
import { testCoverageFindings } from '../src/engine/endpoint-findings.js';
import { routes } from '../src/facts/routes/index.js';
import { servesHttp } from '../src/facts/http.js';
import { testFacts } from '../src/facts/tests.js';

export default defineRule({
  meta: {
    id: 'tests-api',
    category: 'testing',
    title: 'Tests drive the API over HTTP',
    rationale: 'Unit tests of helpers are a start; tests that send real requests to your endpoints (status codes, validation errors, auth) prove the API behaves as documented.',
    fix: 'Add endpoint tests with your stack\'s HTTP harness: supertest, FastAPI TestClient, MockMvc, httptest, WebApplicationFactory, Laravel feature tests or request specs.',
    level: 'warn',
    kind: 'evidence',
    weight: 8,
    stage: 2,
  },
  async check({ facts }) {
    if (!(await servesHttp(facts))) return { outcome: 'not-applicable', summary: 'No HTTP framework or server detected: there is no API to test over HTTP.' };
    const [tests, inventory] = await Promise.all([testFacts(facts), routes(facts)]);
    const coverage = testCoverageFindings(inventory);
    const http = tests.files.filter((f) => f.http && !f.scaffold && f.cases > 0);
    if (http.length > 0) {
      const cases = http.reduce((n, f) => n + f.cases, 0);
      const example = [...http].sort((a, b) => b.cases - a.cases)[0]!;
      return { outcome: 'pass', summary: `${cases} case(s) in ${http.length} HTTP-level test file(s), e.g. ${example.path}.${coverage.note}`, findings: coverage.findings };
    }
    const real = tests.files.filter((f) => !f.scaffold && f.cases > 0);
    if (real.length > 0) {
      return {
        outcome: 'partial',
        score: 0.3,
        summary: `${real.length} test file(s), none of them sends HTTP requests to the app.`,
        findings: [{ message: `None of the ${real.length} test file(s) calls an endpoint (supertest, TestClient, MockMvc, httptest, WebApplicationFactory, request specs, …).`, file: real[0]!.path }],
      };
    }
    return { outcome: 'fail', summary: 'No tests exercise the API.', findings: [{ message: 'No test sends a request to an endpoint.' }] };
  },
});

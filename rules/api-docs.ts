import { defineRule } from '../src/engine/define-rule.js';
import { apiDocEvidence } from '../src/facts/api-docs.js';
import { fastapiDocsEnrichment } from '../src/facts/fastapi-docs.js';
import { servesHttp } from '../src/facts/http.js';

export default defineRule({
  meta: {
    id: 'api-docs',
    category: 'documentation',
    title: 'The API is documented (OpenAPI, collection or schema)',
    rationale: 'Machine-readable API docs (OpenAPI, a Postman collection, a GraphQL schema) let a reviewer explore every endpoint without reading the routes, and are what teams expect.',
    fix: 'Generate OpenAPI from code (swagger-jsdoc, @nestjs/swagger, springdoc, swaggo, Swashbuckle, …) or commit an openapi.yaml or a Postman collection.',
    level: 'warn',
    kind: 'evidence',
    weight: 4,
    stage: 2,
  },
  async check({ facts }) {
    const evidence = await apiDocEvidence(facts);
    const best = evidence[0];
    if (!best && !(await servesHttp(facts))) return { outcome: 'not-applicable', summary: 'No HTTP framework or server detected: there is no API to document.' };
    if (!best) {
      return { outcome: 'fail', summary: 'No OpenAPI spec, doc generator, API collection or GraphQL schema.', findings: [{ message: 'Nothing documents the API: no openapi/swagger file, no generator dependency, no Postman/Insomnia/Bruno collection or .http files.' }] };
    }
    if (best.kind === 'builtin') {
      // FastAPI docs count fully when the author enriched them.
      const enriched = await fastapiDocsEnrichment(facts);
      if (enriched) return { outcome: 'pass', summary: `FastAPI's generated docs, enriched at ${enriched.file}:${enriched.line}.` };
      return {
        outcome: 'partial',
        score: 0.6,
        summary: "Only FastAPI's automatic /docs, without summaries or response models.",
        findings: [{ message: 'FastAPI generates /docs for every app; nothing describes the responses or groups the endpoints.', fix: 'Add response_model=, summary= and tags= to your routes so the generated docs say something.' }],
      };
    }
    if (best.kind === 'scaffold') {
      return { outcome: 'partial', score: 0.3, summary: `Only ${best.label}.`, findings: [{ ...(best.file ? { file: best.file } : {}), message: 'The only request file is the template sample (GET /weatherforecast).', fix: 'Add requests for your own endpoints, or add Swashbuckle / Microsoft.AspNetCore.OpenApi.' }] };
    }
    const more = evidence.length > 1 ? ` (+${evidence.length - 1} more)` : '';
    return { outcome: 'pass', summary: `${best.kind === 'generator' ? `Generator ${best.label} in ${best.file}` : best.label}${more}.` };
  },
});

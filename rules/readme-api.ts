import { defineRule } from '../src/engine/define-rule.js';
import { documentationFindings } from '../src/engine/endpoint-findings.js';
import { routes } from '../src/facts/routes/index.js';
import type { Finding, RuleOutcome } from '../src/types.js';
import { servesHttp } from '../src/facts/http.js';
import { apiListing, type ApiListing } from '../src/facts/readme-content.js';

export default defineRule({
  meta: {
    id: 'readme-api',
    category: 'documentation',
    title: 'README lists the API endpoints',
    rationale: 'A reviewer wants to try the API in a minute: a table of endpoints or a link to Swagger shows the surface you built and how to call it.',
    fix: 'Add an "## API" section with a table of method, path and purpose, or link the Swagger UI / OpenAPI file.',
    level: 'warn',
    kind: 'evidence',
    weight: 5,
    stage: 2,
  },
  async check({ facts }) {
    if (!(await servesHttp(facts))) return { outcome: 'not-applicable', summary: 'No HTTP framework or server detected: there is no API to list.' };
    return withInventory(listed(await apiListing(facts)), documentationFindings(await routes(facts)));
  },
});

/** The verdict on what the README lists. */
function listed({ readme, docs, endpoints, curl, section }: ApiListing): RuleOutcome {
  if (!readme) return { outcome: 'fail', summary: 'There is no README to list the API.', findings: [{ message: 'No README, so no API overview.' }] };
  if (docs?.how === 'served-url') return { outcome: 'pass', summary: `${docs.file}:${docs.line} points to the served API docs.` };
  if (docs?.how === 'link') return { outcome: 'pass', summary: `${docs.file}:${docs.line} links the API docs (${docs.url}).` };
  if (docs?.how === 'section') return { outcome: 'pass', summary: `"${docs.match.section.title}" at ${docs.match.doc.path}:${docs.match.section.line} points to the served API docs.` };
  if (endpoints.length >= 3) return { outcome: 'pass', summary: `${endpoints.length} endpoints listed, from ${endpoints[0]!.file}:${endpoints[0]!.line}.` };
  const at = section ? { file: section.doc.path, line: section.section.line } : { file: readme };
  if (endpoints.length > 0 || curl) {
    const what = endpoints.length > 0 ? `${endpoints.length} endpoint(s)` : 'a curl example';
    return { outcome: 'partial', score: 0.6, summary: `Only ${what} documented.`, findings: [{ ...at, message: `Only ${what}; the rest of the API is undocumented.`, fix: 'List every endpoint (method, path, purpose) in a table, or link the Swagger UI.' }] };
  }
  if (section) {
    return { outcome: 'partial', score: 0.3, summary: `"${section.section.title}" names no endpoints.`, findings: [{ ...at, message: 'The API section lists no endpoints (method and path) and links no API docs.', fix: 'Add a table: | Method | Path | Description |, e.g. | POST | /api/auth/login | Log in |.' }] };
  }
  return { outcome: 'fail', summary: 'No endpoints listed and no API docs linked.', findings: [{ file: readme, message: 'The README lists no endpoints (e.g. "GET /api/tasks") and links no Swagger/OpenAPI docs.' }] };
}

/** The endpoint inventory's cross-check appended to the verdict (the score is the verdict's). */
function withInventory(outcome: RuleOutcome, extra: { findings: Finding[]; note: string }): RuleOutcome {
  if (extra.findings.length === 0 && !extra.note) return outcome;
  return { ...outcome, summary: `${outcome.summary}${extra.note}`, findings: [...(outcome.findings ?? []), ...extra.findings] };
}

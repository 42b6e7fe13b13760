import { defineRule } from '../src/engine/define-rule.js';
import { documentationFindings } from '../src/engine/endpoint-findings.js';
import type { Facts } from '../src/facts/facts.js';
import { routes } from '../src/facts/routes/index.js';
import type { Finding, RuleOutcome } from '../src/types.js';
import { linkedDocumentation } from '../src/facts/linked-docs.js';
import { servesHttp } from '../src/facts/http.js';
import { resolveRelativeLink } from '../src/facts/facts.js';
import { findSections } from '../src/facts/readme-sections.js';

/** An endpoint written as a method and a path: `| POST | /api/login |`, `- GET /users/:id` (signals §4.6). */
const ENDPOINT = /(?:^|[\s|`*>(-])(GET|POST|PUT|PATCH|DELETE)\b[`*]*\s*(?:\|\s*)?[`*]*\s*(?:https?:\/\/[^\s/]+|\{\{?\w+\}?\}|:\d+|localhost(?::\d+)?)?(\/[\w{}:./$-]*)/;
const CURL = /\b(curl|http|https|xh)\s+(-X\s*)?(GET|POST|PUT|PATCH|DELETE)?\b[^\n]*(https?:\/\/|localhost|:\d{2,5}\/)/i;
/** Links to served or committed API docs: Swagger UI, ReDoc, a spec, a collection. */
const LOCAL_DOCS_PATH = /^https?:\/\/(localhost|127\.0\.0\.1|0\.0\.0\.0)(:\d+)?\/(\S*\/)?(docs(\/[\w.-]+)?|api\/?#\/?|swagger(-ui)?(\/index\.html|\.html)?|api-docs|redoc|scalar|openapi\.json|api\/docs|api\/schema\/swagger-ui)\/?([#?].*)?$/i;
const HOSTED_DOCS = /^https?:\/\/(documenter\.getpostman\.com|[\w.-]*postman\.(com|co)\/|app\.swaggerhub\.com|[\w.-]+\.readme\.io|bump\.sh|redocly\.)/i;
/** Code and package hosts: a /swagger path there is a project page, not this API's docs. */
const CODE_HOST = /^https?:\/\/([\w-]+\.)*(github\.com|gitlab\.com|bitbucket\.org|npmjs\.com|pypi\.org|pkg\.go\.dev|packagist\.org|nuget\.org|rubygems\.org|swagger\.io|readthedocs\.io)(\/|$)/i;
const DOCS_FILE = /(^|\/)(openapi|swagger|api[-_]?docs?|api[-_]?reference|endpoints|api)[\w.-]*\.(json|ya?ml|md|html)$|\.postman_collection\.json$|\.(http|rest)$|(^|\/)(postman|bruno|insomnia)\/?$/i;

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
    return withInventory(await listed(facts), documentationFindings(await routes(facts)));
  },
});

/** The verdict on what the README lists. */
async function listed(facts: Facts): Promise<RuleOutcome> {
  {
    const docs = await linkedDocumentation(facts);
    const readme = docs[0];
    if (!readme) return { outcome: 'fail', summary: 'There is no README to list the API.', findings: [{ message: 'No README, so no API overview.' }] };

    const endpoints = new Map<string, { file: string; line: number }>();
    let curl: { file: string; line: number } | undefined;
    for (const doc of docs) {
      const text = (await facts.read(doc.path, 512 * 1024))?.text ?? '';
      // A bare or inline-code URL ("at `http://localhost:5000/docs`") is not a Markdown link.
      const lines = text.split(/\r?\n/);
      const bare = lines.findIndex((l) => [...l.matchAll(/https?:\/\/(localhost|127\.0\.0\.1|0\.0\.0\.0)[^\s)\]`'"<>]*/g)].some((m) => LOCAL_DOCS_PATH.test(m[0])));
      if (bare !== -1) return { outcome: 'pass', summary: `${doc.path}:${bare + 1} points to the served API docs.` };
      lines.forEach((line, i) => {
        const m = ENDPOINT.exec(line);
        if (m) endpoints.set(`${m[1]} ${m[2]}`, endpoints.get(`${m[1]} ${m[2]}`) ?? { file: doc.path, line: i + 1 });
        else if (!curl && CURL.test(line)) curl = { file: doc.path, line: i + 1 };
      });
      for (const link of doc.links) {
        const target = resolveRelativeLink(doc.path, link.url);
        const docsLink = target ? DOCS_FILE.test(target) : LOCAL_DOCS_PATH.test(link.url) || HOSTED_DOCS.test(link.url) || deployedDocs(link.url);
        if (docsLink && !link.image) {
          return { outcome: 'pass', summary: `${doc.path}:${link.line} links the API docs (${link.url}).` };
        }
      }
    }
    // Under an API heading, bare paths count too: "### GET" followed by "/books" and "/books/[title]".
    for (const { doc, section } of findSections(docs, 'api')) {
      // "All routes are available on `/docs` or `/redoc`": the served docs, named by path.
      if (/(^|[\s`'"(])\/(docs|redoc|swagger(-ui)?|api-docs|api\/docs)\/?(?=[\s`'",.)]|$)/m.test(section.text)) {
        return { outcome: 'pass', summary: `"${section.title}" at ${doc.path}:${section.line} points to the served API docs.` };
      }
      const method = /^(get|post|put|patch|delete)\b/.exec(section.normalized)?.[1]?.toUpperCase() ?? 'ANY';
      for (const line of section.text.split('\n')) {
        const m = /^\s*[-*]?\s*`?(\/[\w{}[\]:.-]+(\/[\w{}[\]:.-]*)*)`?\s*(\s[-–:].*)?$/.exec(line);
        if (m && !endpoints.has(`${method} ${m[1]}`)) endpoints.set(`${method} ${m[1]}`, { file: doc.path, line: section.line });
      }
    }
    if (endpoints.size >= 3) {
      const first = [...endpoints.values()][0]!;
      return { outcome: 'pass', summary: `${endpoints.size} endpoints listed, from ${first.file}:${first.line}.` };
    }
    const section = findSections(docs, 'api')[0];
    const at = section ? { file: section.doc.path, line: section.section.line } : { file: readme.path };
    if (endpoints.size > 0 || curl) {
      const what = endpoints.size > 0 ? `${endpoints.size} endpoint(s)` : 'a curl example';
      return { outcome: 'partial', score: 0.6, summary: `Only ${what} documented.`, findings: [{ ...at, message: `Only ${what}; the rest of the API is undocumented.`, fix: 'List every endpoint (method, path, purpose) in a table, or link the Swagger UI.' }] };
    }
    if (section) {
      return { outcome: 'partial', score: 0.3, summary: `"${section.section.title}" names no endpoints.`, findings: [{ ...at, message: 'The API section lists no endpoints (method and path) and links no API docs.', fix: 'Add a table: | Method | Path | Description |, e.g. | POST | /api/auth/login | Log in |.' }] };
    }
    return { outcome: 'fail', summary: 'No endpoints listed and no API docs linked.', findings: [{ file: readme.path, message: 'The README lists no endpoints (e.g. "GET /api/tasks") and links no Swagger/OpenAPI docs.' }] };
  }
}

/** The endpoint inventory's cross-check appended to the verdict (the score is the verdict's). */
function withInventory(outcome: RuleOutcome, extra: { findings: Finding[]; note: string }): RuleOutcome {
  if (extra.findings.length === 0 && !extra.note) return outcome;
  return { ...outcome, summary: `${outcome.summary}${extra.note}`, findings: [...(outcome.findings ?? []), ...extra.findings] };
}

/** A deployed app's Swagger UI or ReDoc (https://notes.onrender.com/api-docs). */
function deployedDocs(url: string): boolean {
  return !CODE_HOST.test(url) && /^https?:\/\/[^/]+\/(\S*\/)?(swagger(-ui)?(\/index\.html)?|redoc|api-docs|docs)\/?([#?].*)?$/i.test(url);
}

import type { Facts } from '../facts.js';
import type { Ecosystem } from '../manifests/types.js';
import { isTestPath } from '../path-roles.js';
import { normalizePath, toMethod } from './paths.js';
import type { EndpointMention, HttpMethod } from './types.js';

/** Test files by ecosystem, beyond the shared test folders. */
const TEST_FILE: Record<Ecosystem, RegExp> = {
  javascript: /\.(test|spec|e2e-spec|e2e)\.[cm]?[jt]sx?$/,
  python: /(^|\/)test_[^/]*\.py$|_tests?\.py$|(^|\/)tests\.py$/,
  java: /(^|\/)src\/test\/|(Test|Tests|IT)\.(java|kt)$/,
  go: /_test\.go$/,
  php: /(^|\/)tests?\/.*\.php$|Test\.php$/,
  csharp: /Tests?\.cs$|(^|\/)[^/]*Tests?[^/]*\//,
  ruby: /_spec\.rb$|_test\.rb$/,
};

/**
 * Calls with the method in the name and the path as the first argument: supertest's `.get('/x')`,
 * TestClient's `client.post(f"/x/{id}")`, MockMvc's `get("/x/{id}", id)`, Laravel's `getJson('/api/x')`,
 * `GetAsync("/x")`, rack-test and request specs' `get "/x"`. A base-URL variable before the path is skipped.
 */
const VERB_CALL = /(?<![\w$])(get|post|put|patch|delete|del|Get|Post|Put|Patch|Delete)(?:Json|Async|AsJsonAsync|ForEntity|ForObject|WithHeaders)?\s{0,5}(?:\(\s{0,5}|\s{1,5}(?=['"]))(?:[$fbr]{0,2})(['"`])((?:\$\{[\w.]{1,60}\}|#\{[\w.]{1,60}\}|\{\{\w{1,40}\}\})?\/[^'"`\n]{0,200})\2/g;
/** Method first, as a string or constant: httptest.NewRequest("GET", "/x"), json('POST', '/x'), HttpRequestMessage(HttpMethod.Put, "/x"). */
const METHOD_ARG = /(?:NewRequest(?:WithContext)?|json|call|HttpRequestMessage|request|inject|fetch)\s{0,5}\(\s{0,5}(?:ctx\s{0,5},\s{0,5})?(?:(['"])(GET|POST|PUT|PATCH|DELETE)\1|http\.Method(Get|Post|Put|Patch|Delete)|HttpMethod\.(Get|Post|Put|Patch|Delete))\s{0,5},\s{0,5}(?:[\w.]{1,60}\s{0,5}\+\s{0,5})?[$]?(['"`])(\/[^'"`\n]{0,200})\5/g;
/** Fastify inject / light-my-request objects: { method: 'GET', url: '/x' } (either order). */
const INJECT = /\bmethod\s{0,5}:\s{0,5}(['"])(GET|POST|PUT|PATCH|DELETE)\1\s{0,5},\s{0,5}(?:url|path)\s{0,5}:\s{0,5}(['"`])(\/[^'"`\n]{0,200})\3|\b(?:url|path)\s{0,5}:\s{0,5}(['"`])(\/[^'"`\n]{0,200})\5\s{0,5},\s{0,5}method\s{0,5}:\s{0,5}(['"])(GET|POST|PUT|PATCH|DELETE)\7/g;

const MAX_FILES = 1500;
const MAX_CALLS = 5000;

/** Endpoints the tests call over HTTP. */
export function testCalls(facts: Facts): Promise<EndpointMention[]> {
  return facts.derive('routes-calls', async () => {
    const out: EndpointMention[] = [];
    let read = 0;
    for (const { entry, ecosystem } of await facts.sourceIndex()) {
      if (!(isTestPath(entry.path) || TEST_FILE[ecosystem].test(entry.path))) continue;
      if (++read > MAX_FILES || out.length >= MAX_CALLS) break;
      const text = await facts.scan(entry.path, 512 * 1024);
      if (!text) continue;
      const add = (method: HttpMethod | undefined, raw: string, at: number, end: number) => {
        if (!method) return;
        // "/todos/" + id: a concatenated parameter.
        const joined = /^\s{0,5}(\+|\.(?!\w)|\.\s)/.test(text.text.slice(end, end + 8)) && raw.endsWith('/') ? `${raw}{param}` : raw;
        out.push({ method, path: normalizePath(joined), file: entry.path, line: text.lineAt(at), kind: 'test' });
      };
      for (const m of text.text.matchAll(VERB_CALL)) add(toMethod(m[1]!), m[3]!, m.index, m.index + m[0].length);
      for (const m of text.text.matchAll(METHOD_ARG)) add(toMethod(m[2] ?? m[3] ?? m[4]!), m[6]!, m.index, m.index + m[0].length);
      for (const m of text.text.matchAll(INJECT)) add(toMethod(m[2] ?? m[8]!), m[4] ?? m[6]!, m.index, m.index + m[0].length);
    }
    return out.slice(0, MAX_CALLS);
  });
}

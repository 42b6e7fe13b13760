import type { TextFile } from '../text.js';
import { normalizePath, toMethod } from './paths.js';
import type { EndpointMention, HttpMethod } from './types.js';

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

const MAX_CALLS = 5000;

/** The HTTP calls one test file makes (supertest, TestClient, MockMvc, httptest, …). */
export function callsInTest(text: TextFile): EndpointMention[] {
  const out: EndpointMention[] = [];
  const add = (method: HttpMethod | undefined, raw: string, at: number, end: number) => {
    if (!method || out.length >= MAX_CALLS) return;
    // "/todos/" + id: a concatenated parameter.
    const joined = /^\s{0,5}(\+|\.(?!\w)|\.\s)/.test(text.text.slice(end, end + 8)) && raw.endsWith('/') ? `${raw}{param}` : raw;
    out.push({ method, path: normalizePath(joined), file: text.path, line: text.lineAt(at), kind: 'test' });
  };
  for (const m of text.text.matchAll(VERB_CALL)) add(toMethod(m[1]!), m[3]!, m.index, m.index + m[0].length);
  // The other two forms need a method named as a value: most test files have none, and are not scanned again.
  if (/['"](GET|POST|PUT|PATCH|DELETE)['"]|http\.Method|HttpMethod\./.test(text.text)) for (const m of text.text.matchAll(METHOD_ARG)) add(toMethod(m[2] ?? m[3] ?? m[4]!), m[6]!, m.index, m.index + m[0].length);
  if (text.text.includes('method')) for (const m of text.text.matchAll(INJECT)) add(toMethod(m[2] ?? m[8]!), m[4] ?? m[6]!, m.index, m.index + m[0].length);
  return out;
}

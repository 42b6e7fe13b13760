import type { RoutesFact } from '../facts/routes/index.js';
import type { EndpointEntry, EndpointReference, EndpointsResult } from '../types.js';

/** Routes listed in the Result at most: a monorepo's thousands stay in the counts, not the JSON. */
const MAX_LISTED = 2000;
const MAX_UNRESOLVED = 200;

function reference(m: { file: string; line: number; kind: EndpointReference['kind'] } | undefined): EndpointReference | null {
  return m ? { file: m.file, line: m.line, kind: m.kind } : null;
}

/**
 * The endpoint inventory of the Result from the routes fact; undefined when the project neither
 * declares a route nor serves HTTP (a library or CLI has no endpoints to list).
 */
export function endpointsResult(fact: RoutesFact, servesHttp: boolean): EndpointsResult | undefined {
  if (fact.routes.length === 0 && fact.unresolved.length === 0 && !servesHttp) return undefined;
  const routes: EndpointEntry[] = fact.routes.slice(0, MAX_LISTED).map((r) => ({
    method: r.method,
    path: r.path,
    ...(r.handler ? { handler: r.handler } : {}),
    file: r.file,
    line: r.line,
    framework: r.framework,
    guards: r.guards.map((g) => ({ kind: g.kind, name: g.name })),
    guarded: r.guards.length > 0,
    documented: reference(r.documented),
    tested: reference(r.tested),
    ...(r.unresolvedPrefix ? { unresolvedPrefix: r.unresolvedPrefix } : {}),
  }));
  return {
    routes,
    omitted: fact.routes.length - routes.length,
    unresolved: fact.unresolved.slice(0, MAX_UNRESOLVED).map((u) => ({ file: u.file, line: u.line, framework: u.framework, reason: u.reason })),
    documentedNotServed: fact.documentedNotServed.slice(0, MAX_UNRESOLVED).map((c) => ({ method: c.method, path: c.path, file: c.file, line: c.line, kind: c.kind })),
    documentationFound: fact.claimed.length > 0,
    testCallsFound: fact.called.length > 0,
  };
}

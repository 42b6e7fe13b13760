import type { EndpointRow, RoutesFact } from '../facts/routes/index.js';
import { isWrite } from '../facts/routes/index.js';
import type { Finding } from '../types.js';

/**
 * Cross-checks of the endpoint inventory, as findings on real lines: what a reviewer verifies by
 * reading the route table against the docs, the tests and the guards. Rules append them to their
 * own verdict; they inform, the rules' scores do not depend on them.
 */

/** Findings listed per check at most; the summary line carries the count. */
const MAX_FINDINGS = 10;

const route = (r: EndpointRow) => `${r.method} ${r.path}`;

/** Routes that authenticate the caller or receive third-party calls: public by design. */
const PUBLIC_BY_DESIGN = /(^|\/)(login|logout|log-in|signin|sign-in|signup|sign-up|register|registration|token|refresh|auth|authenticate|session|sessions|password|passwords|forgot[-_]?password|reset[-_]?password|verify|verification|confirm|confirmation|webhooks?|callback|oauth|otp|health|healthz|ping|status)(\/|$)/i;

/** Served but undocumented, and documented but not served (only when the project documents endpoints at all). */
export function documentationFindings(fact: RoutesFact): { findings: Finding[]; note: string } {
  if (fact.routes.length === 0 || fact.claimed.length === 0) return { findings: [], note: '' };
  const undocumented = fact.routes.filter((r) => !r.documented);
  const findings: Finding[] = [
    ...undocumented.slice(0, MAX_FINDINGS).map((r) => ({ message: `${route(r)} is served here but the documentation does not list it.`, file: r.file, line: r.line, fix: 'Add it to the endpoint table or the OpenAPI spec, with its purpose.' })),
    ...fact.documentedNotServed.slice(0, MAX_FINDINGS).map((c) => ({ message: `${c.method} ${c.path} is documented but no route serves it.`, file: c.file, line: c.line, fix: 'Remove the stale entry or correct its method and path.' })),
  ];
  const parts = [`${fact.routes.length - undocumented.length} of ${fact.routes.length} served endpoints documented`];
  if (fact.documentedNotServed.length > 0) parts.push(`${fact.documentedNotServed.length} documented but not served`);
  return { findings, note: ` Endpoint inventory: ${parts.join(', ')}.` };
}

/** The share of served endpoints some test calls, and the untested ones. */
export function testCoverageFindings(fact: RoutesFact): { findings: Finding[]; note: string; coverage?: number } {
  if (fact.routes.length === 0) return { findings: [], note: '' };
  const untested = fact.routes.filter((r) => !r.tested);
  const coverage = (fact.routes.length - untested.length) / fact.routes.length;
  const findings = untested.slice(0, MAX_FINDINGS).map((r) => ({ message: `No test calls ${route(r)}.`, file: r.file, line: r.line }));
  return { findings, note: ` ${fact.routes.length - untested.length} of ${fact.routes.length} endpoints are called by a test (${Math.round(coverage * 100)} %).`, coverage };
}

/**
 * State-changing endpoints without an authentication guard, when the app authenticates (some route
 * is guarded): login, registration, webhooks and the like are public by design and skipped.
 */
export function unguardedWriteFindings(fact: RoutesFact): Finding[] {
  if (!fact.routes.some((r) => r.guards.some((g) => g.kind === 'auth'))) return [];
  return fact.routes
    .filter((r) => isWrite(r.method) && r.guards.length === 0 && !r.unresolvedPrefix && !PUBLIC_BY_DESIGN.test(r.path))
    .slice(0, MAX_FINDINGS)
    .map((r) => ({ message: `${route(r)} changes state with no authentication guard, while other routes require one.`, file: r.file, line: r.line, fix: 'Guard it like the other routes, or say in the README why it is public.' }));
}

/**
 * Single-resource endpoints (`/tasks/{id}`) that check the caller is signed in but not that the
 * resource is theirs or that they hold a role: evidence for a reviewer to verify in the handler.
 */
export function ownershipFindings(fact: RoutesFact): Finding[] {
  return fact.routes
    .filter((r) => r.method !== 'HEAD' && r.method !== 'OPTIONS' && /\/\{[^}/]+\}$/.test(r.path) && r.guards.some((g) => g.kind === 'auth') && !r.guards.some((g) => g.kind === 'role'))
    .slice(0, MAX_FINDINGS)
    .map((r) => ({ message: `${route(r)} acts on one resource by id for any signed-in user: check in the handler that it belongs to the caller or needs a role.`, file: r.file, line: r.line }));
}

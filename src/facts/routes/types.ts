import type { Ecosystem } from '../manifests/types.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS' | 'ANY';

export const HTTP_METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

/** What a guard protects against: a signed-in user, a role or permission, or ownership of the resource. */
export type GuardKind = 'auth' | 'role';

export interface Guard {
  kind: GuardKind;
  /** The guard as written ("authenticate", "@UseGuards(JwtAuthGuard)", "permission_classes IsAdminUser"). */
  name: string;
}

/** One endpoint the code serves. */
export interface Route {
  method: HttpMethod;
  /** Normalised path: leading slash, parameters as `{name}`, no trailing slash (except `/`). */
  path: string;
  /** The handler as written (a function, `Controller@method`, `TasksController#show`), when named. */
  handler?: string;
  file: string;
  line: number;
  framework: string;
  ecosystem: Ecosystem;
  guards: Guard[];
  /**
   * Set when part of the path could not be resolved statically (a router mounted under a computed
   * prefix, or never mounted where the code shows it): the path is then the router-relative one.
   */
  unresolvedPrefix?: string;
}

/** A route declaration the extractor saw but could not turn into a path (a computed path). */
export interface UnresolvedRoute {
  file: string;
  line: number;
  framework: string;
  /** Why it could not be resolved, for the report. */
  reason: string;
}

/** Where an endpoint claim or test call comes from. */
export type EndpointSourceKind = 'readme' | 'openapi' | 'collection' | 'http-file' | 'test';

/** An endpoint the project documents (README, spec, collection) or its tests call. */
export interface EndpointMention {
  method: HttpMethod;
  path: string;
  file: string;
  line: number;
  kind: EndpointSourceKind;
}

/** The output of one framework extractor over one file. */
export interface FileRoutes {
  routes: Route[];
  unresolved: UnresolvedRoute[];
}

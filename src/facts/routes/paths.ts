import { HTTP_METHODS, type HttpMethod } from './types.js';

/**
 * One normal form for every framework's path syntax, so a served route, a documented endpoint and a
 * test call can be compared: `:id`, `<int:id>`, `{id:int}`, `[id]`, `(?P<id>\d+)`, `#{id}`, `${id}`,
 * `{{id}}` all become `{id}`; a trailing slash and a query string go; the result starts with `/`.
 */
export function normalizePath(raw: string): string {
  let path = raw.trim();
  // Absolute URLs and base-URL variables: keep the path only.
  path = path.replace(/^[a-z][a-z0-9+.-]{0,15}:\/\/[^/\s]{0,200}/i, '');
  path = path.replace(/^\{\{[^}\s]{1,60}\}\}/, '');
  path = path.replace(/^(\$\{[\w.]{1,60}\}|#\{[\w.]{1,60}\}|\{[a-z_]{0,20}(url|host|base)[a-z_]{0,20}\})/i, '');
  // Regular-expression paths (Django re_path/url, Rails constraints): anchors and named groups.
  path = path.replace(/^\^/, '').replace(/\$$/, '');
  path = path.replace(/\(\?P<(\w{1,60})>[^)]{0,100}\)/g, '{$1}');
  path = path.replace(/\(\?<(\w{1,60})>[^)]{0,100}\)/g, '{$1}');
  const q = path.search(/[?#](?![{}])/);
  if (q !== -1) path = path.slice(0, q);
  const segments = path.split('/').filter((s, i, all) => s !== '' || i === 0 || i === all.length - 1);
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === '') continue;
    out.push(normalizeSegment(segment));
  }
  return `/${out.join('/')}`;
}

function normalizeSegment(segment: string): string {
  let m: RegExpExecArray | null;
  // Express/Rails/Gin/Sinatra `:id` (with an optional `?` or a regex `(\\d+)`), Gin `*path`.
  if ((m = /^[:*](\w{1,60})(\?|\(.{0,100}\))?$/.exec(segment))) return `{${m[1]}}`;
  // Flask/Django `<int:id>`, `<id>`.
  if ((m = /^<(?:\w{1,30}:)?(\w{1,60})>$/.exec(segment))) return `{${m[1]}}`;
  // Spring/ASP.NET/Laravel/FastAPI/chi `{id}`, `{id:int}`, `{id?}`, `{id:[0-9]+}`, `{*slug}`.
  if ((m = /^\{\*{0,2}(\w{1,60})(?::[^}]{0,100})?\??\}$/.exec(segment))) return `{${m[1]}}`;
  // Next.js `[id]`, `[...slug]`, `[[...slug]]`.
  if ((m = /^\[{1,2}(?:\.\.\.)?(\w{1,60})\]{1,2}$/.exec(segment))) return `{${m[1]}}`;
  // Test and docs interpolations: `${id}`, `#{id}`, `{{id}}`, `{task.id}`, `%d`, `%s`, C# `{id}`.
  if ((m = /^(?:\$|#)?\{\{?\s{0,3}([\w.]{1,60}?)(?:\(\))?\s{0,3}\}?\}$/.exec(segment))) return `{${m[1]!.split('.').pop()}}`;
  if (/^%[sdv]$/.test(segment)) return '{param}';
  // A segment mixing text and parameters (`{id}.json`, `v{version}`): every parameter normalised.
  return segment
    .replace(/\$\{[^}]{1,60}\}|#\{[^}]{1,60}\}|\{\{[^}]{1,60}\}\}/g, '{param}')
    .replace(/\{\*{0,2}(\w{1,60})(?::[^}]{0,100})?\??\}/g, '{$1}')
    .replace(/<(?:\w{1,30}:)?(\w{1,60})>/g, '{$1}');
}

/** Joins a router prefix and a route path into one normalised path. */
export function joinPaths(...parts: (string | undefined)[]): string {
  return normalizePath(parts.filter((p): p is string => p !== undefined && p !== '').map((p) => p.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/'));
}

/** The canonical method for a framework's spelling (`del`, `delete`, `Get`, `MapDelete`); undefined if none. */
export function toMethod(word: string): HttpMethod | undefined {
  const w = word.toUpperCase().replace(/^MAP|^HTTP|MAPPING$|ASYNC$|JSON$/g, '');
  if (w === 'DEL' || w === 'DESTROY') return 'DELETE';
  if (w === 'ALL' || w === 'ANY' || w === 'MATCH' || w === 'METHODS' || w === 'REQUEST') return 'ANY';
  return (HTTP_METHODS as readonly string[]).includes(w) ? (w as HttpMethod) : undefined;
}

/** Whether a path has parameters (a route template, not one URL). */
export function hasParams(path: string): boolean {
  return path.includes('{');
}

const PARAM = /^\{[^}]*\}$/;

/**
 * Whether a concrete or templated path (a test call, a documented endpoint) names a route: the
 * same static segments (case-insensitively), a parameter matching any one segment.
 */
export function pathMatches(route: string, other: string): boolean {
  const a = route.split('/');
  const b = other.split('/');
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (PARAM.test(x) || PARAM.test(y)) continue;
    if (x.includes('{') || y.includes('{')) {
      const re = new RegExp(`^${x.split(/\{[^}]*\}/).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+')}$`, 'i');
      if (re.test(y)) continue;
      return false;
    }
    if (x.toLowerCase() !== y.toLowerCase()) return false;
  }
  return true;
}

/** Whether a method names a route's method (ANY matches every method). */
export function methodMatches(route: HttpMethod, other: HttpMethod): boolean {
  return route === other || route === 'ANY' || other === 'ANY' || (route === 'GET' && other === 'HEAD');
}

/** State-changing methods: the ones an unauthenticated caller must not reach in an app with accounts. */
export function isWrite(method: HttpMethod): boolean {
  return method === 'POST' || method === 'PUT' || method === 'PATCH' || method === 'DELETE';
}

import type { Guard, GuardKind } from './types.js';

/** Names that are never guards even when they contain a guard word (a validator of a login form). */
const NOT_GUARD = /valid|schema|limit|upload|multer|cors|json|parse|logg|^log$|morgan|cache|compress|helmet|csrf|sanitiz|body|handler|controller|wrap|async|catch|error|(^|\.)(get|post|put|patch|delete)$/i;
/** A role, permission, policy or ownership check. */
const ROLE = /role|admin|permission|polic(y|ies)|(^|[^a-z])can([A-Z(_:]|$)|authoriz(e|ation)(?!Header)|owner|staff|superuser|scope|abilit|grant|isSelf|sameUser|checkUser(Id)?$|verifyUser$|restrictTo|ensureOwn/i;
/** Authentication: a signed-in user, a token, a session. */
const AUTH = /auth|identit|jwt|login|logged|token|protect|passport|session|bearer|signed|require_?user|current_?user|is_?user|ensure_?user|guard|sanctum|verify|private|secure|requireUser|api_?key|basic/i;

/** Middleware that authenticates when it can and never rejects: `auth.optional`, `optionalAuth`, `maybe_user`. */
const OPTIONAL = /optional|maybe_?(auth|user)|try_?auth|soft_?auth|(^|\.)(anonymous|allowAnonymous)$/i;
/** The same by its arguments: `AuthMiddleware(false)`, `expressjwt({ credentialsRequired: false })`, `{ required: false }`. */
const OPTIONAL_ARGS = /^\s{0,5}\(\s{0,5}(false\b|\{[^{}]{0,200}\b(credentialsRequired|required|mandatory)\s{0,5}:\s{0,5}false\b)/;

/** Classifies a middleware, decorator or filter name as an authentication or role guard. */
export function classifyGuard(name: string): GuardKind | undefined {
  const clean = name.trim();
  if (!clean || clean.length > 120) return undefined;
  if (/^(public|allow_?anonymous|skip_?auth|permit_?all|AllowAny)\b/i.test(clean)) return undefined;
  // An error class (`UnauthorizedError`, `AccessDeniedException`) is what a guard throws, not a guard.
  if (/(error|exception)$/i.test(clean)) return undefined;
  // Token checks named "authorize": Doorkeeper's doorkeeper_authorize!, the common authorize_request filter.
  if (/doorkeeper_authorize|authorize_?request|authorizeJwt|authorize_?token/i.test(clean)) return 'auth';
  if (ROLE.test(clean) && !/^(cors|rateLimit)/i.test(clean)) return 'role';
  if (NOT_GUARD.test(clean) && !/auth(?!or)|jwt|guard/i.test(clean)) return undefined;
  if (AUTH.test(clean)) return 'auth';
  return undefined;
}

/** The guards among identifiers in a stretch of code (middleware arguments, a decorator list). */
export function guardsIn(code: string, limit = 8): Guard[] {
  const out: Guard[] = [];
  const seen = new Set<string>();
  // A middleware named by a string ('auth:sanctum', 'role:admin') is one guard, not two words.
  for (const m of code.matchAll(/(['"])([\w.:,|-]{1,80})\1/g)) {
    const kind = classifyGuard(m[2]!);
    if (kind && !seen.has(m[2]!) && out.length < limit) {
      seen.add(m[2]!);
      out.push({ kind, name: m[2]! });
    }
  }
  // Other strings are messages and keys ('missing authorization credentials'), not middleware names.
  code = code.replace(/(['"`])(?:(?!\1)[^\\\n]|\\.){0,300}\1/g, ' ');
  const re = /[A-Za-z_$][\w$]{0,80}(?:\.[A-Za-z_$][\w$]{0,80}){0,4}(?:\(\s{0,5}(['"])[\w:.,\s-]{0,60}\1\s{0,5}\))?/g;
  for (let m = re.exec(code); m && out.length < limit; m = re.exec(code)) {
    const name = m[0];
    if (/^(new|await|async|function|return|const|let|var|this|req|res|next|ctx|request|reply|c|e|w|r)$/.test(name)) continue;
    // Optional authentication reads a token when there is one and lets everyone through: no guard.
    if (OPTIONAL.test(name) || OPTIONAL_ARGS.test(code.slice(re.lastIndex, re.lastIndex + 200))) continue;
    const kind = classifyGuard(name);
    if (!kind || seen.has(name)) continue;
    seen.add(name);
    out.push({ kind, name });
  }
  return out;
}

/** Merges guard lists, without duplicates. */
export function mergeGuards(...lists: Guard[][]): Guard[] {
  const out: Guard[] = [];
  const seen = new Set<string>();
  for (const list of lists)
    for (const g of list) {
      const key = `${g.kind}:${g.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(g);
    }
  return out;
}

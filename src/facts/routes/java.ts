import { ExtractContext, matchAll } from './context.js';
import { guardsIn, mergeGuards } from './guards.js';
import type { Source } from './lex.js';
import { joinPaths, toMethod } from './paths.js';
import type { Guard, HttpMethod } from './types.js';

/** Literals that make a Java/Kotlin file worth reading for routes. */
export const JAVA_ROUTE_TERMS = ['Mapping', '@Path', 'anyRequest', 'routing', 'route('];

const MAPPING = /@(RequestMapping|GetMapping|PostMapping|PutMapping|PatchMapping|DeleteMapping)\b\s{0,5}(\()?/g;

interface Security {
  /** `anyRequest().authenticated()` (or a role): every route not matched by a permitAll is guarded. */
  all?: Guard;
  /** Path patterns (Ant style) with their method and verdict. */
  rules: { method?: HttpMethod; pattern: RegExp; guard?: Guard }[];
}

/** Route extraction for Spring MVC/WebFlux (class and method mappings), JAX-RS and Ktor routing. */
export function extractJava(ctx: ExtractContext): void {
  const security = securityConfig(ctx);
  for (const src of ctx.sources.values()) {
    if (/(^|\/)src\/test\//.test(src.path)) continue;
    if (/@(RestController|Controller)\b/.test(src.code) || /@RequestMapping\b/.test(src.code)) spring(ctx, src, security);
    if (/@Path\b/.test(src.code)) jaxrs(ctx, src);
    if (/\brouting\s{0,5}\{/.test(src.code) || /\bfun\s+Route\./.test(src.code)) ktor(ctx, src);
  }
}

/** Values of an annotation's path attribute: `("/x")`, `(value = "/x")`, `(path = {"/a", "/b"})`. */
function mappingPaths(args: string): string[] | undefined {
  const trimmed = args.trim();
  if (trimmed === '') return [''];
  const named = /\b(value|path)\s{0,5}=\s{0,5}(\{[^}]{0,500}\}|\[[^\]]{0,500}\]|"[^"\n]{0,300}")/.exec(trimmed);
  const raw = named ? named[2]! : /^(\{[^}]{0,500}\}|\[[^\]]{0,500}\]|"[^"\n]{0,300}")/.exec(trimmed)?.[1];
  if (raw === undefined) return /\b(value|path)\s{0,5}=|^[A-Z_]{2,}|^\w+\.\w+/.test(trimmed) ? undefined : [''];
  const list = [...raw.matchAll(/"([^"\n]{0,300})"/g)].map((m) => m[1]!);
  return list.length > 0 ? list : undefined;
}

function mappingMethods(annotation: string, args: string): HttpMethod[] {
  if (annotation !== 'RequestMapping') return [toMethod(annotation.replace('Mapping', ''))!];
  const m = /\bmethod\s{0,5}=\s{0,5}(\{[^}]{0,300}\}|[\w.]{1,80})/.exec(args);
  if (!m) return ['ANY'];
  return [...m[1]!.matchAll(/\b(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g)].map((x) => x[1] as HttpMethod);
}

function annotationGuards(text: string): Guard[] {
  const out: Guard[] = [];
  for (const m of matchAll(/@(PreAuthorize|PostAuthorize|Secured|RolesAllowed|PermitAll|DenyAll|IsAuthenticated|RequiresRoles|RequiresPermissions|RequiresAuthentication)\b(\s{0,5}\([^()]{0,300}(?:\([^()]{0,200}\)[^()]{0,200}){0,3}\))?/g, text)) {
    if (m[1] === 'PermitAll') continue;
    const args = m[2] ?? '';
    const role = m[1] !== 'RequiresAuthentication' && m[1] !== 'IsAuthenticated' && !/^\s*\(\s*"\s*(isAuthenticated|isFullyAuthenticated)\(\)\s*"\s*\)$/.test(args);
    out.push({ kind: role ? 'role' : 'auth', name: `@${m[1]}${args.trim()}` });
  }
  return out;
}

function spring(ctx: ExtractContext, src: Source, security: Security): void {
  const code = src.code;
  // Class-level @RequestMapping: the mapping before the class keyword.
  const classAt = /\b(class|interface)\s+\w+/.exec(code);
  let classPrefixes: string[] = [''];
  let classGuards: Guard[] = [];
  if (classAt) {
    const head = code.slice(0, classAt.index);
    const cm = /@RequestMapping\b\s{0,5}(\()?/.exec(head);
    if (cm) {
      const args = cm[1] ? code.slice(cm.index + cm[0].length, src.close(cm.index + cm[0].length - 1)) : '';
      const paths = mappingPaths(args);
      if (!paths) {
        ctx.unresolvedAt(src, cm.index, 'spring', 'the controller mapping is a constant, not a literal');
        return;
      }
      classPrefixes = paths;
    }
    classGuards = annotationGuards(head.slice(Math.max(0, head.lastIndexOf(';'))));
  }
  for (const m of matchAll(MAPPING, code)) {
    if (classAt && m.index < classAt.index) continue;
    const open = m[2] ? m.index + m[0].length - 1 : -1;
    const args = open === -1 ? '' : code.slice(open + 1, Math.max(open + 1, src.close(open)));
    const paths = mappingPaths(args);
    if (!paths) {
      ctx.unresolvedAt(src, m.index, 'spring', `the path of @${m[1]} is a constant, not a literal`);
      continue;
    }
    const after = code.slice(open === -1 ? m.index + m[0].length : src.close(open) + 1, m.index + 3000);
    const stripped = after.replace(/@\w+(\s{0,5}\([^()]{0,300}(\([^()]{0,200}\)[^()]{0,200}){0,3}\))?/g, (s) => ' '.repeat(s.length));
    const name = /(?:fun\s+|[\w<>\[\],?\s]\s)(\w{1,120})\s{0,5}\(/.exec(stripped);
    const before = code.slice(Math.max(code.lastIndexOf(';', m.index), code.lastIndexOf('}', m.index), code.lastIndexOf('{', m.index)) + 1, m.index);
    const ownGuards = annotationGuards(before + after.slice(0, name?.index ?? 0));
    for (const prefix of classPrefixes)
      for (const p of paths)
        for (const method of mappingMethods(m[1]!, args)) {
          const path = joinPaths(prefix, p);
          const guards = mergeGuards(classGuards, ownGuards, securityGuards(security, method, path));
          ctx.routes.push({ method, path, ...(name ? { handler: name[1]! } : {}), file: src.path, line: src.lineAt(m.index), framework: 'spring', ecosystem: 'java', guards });
        }
  }
}

/** Spring Security's HTTP rules: `.requestMatchers(HttpMethod.GET, "/api/**").permitAll()`, `.anyRequest().authenticated()`. */
function securityConfig(ctx: ExtractContext): Security {
  const out: Security = { rules: [] };
  for (const src of ctx.sources.values()) {
    if (!/anyRequest\(\)/.test(src.code)) continue;
    for (const m of matchAll(/\.(requestMatchers|antMatchers|mvcMatchers|pathMatchers)\s{0,5}\(([^()]{0,800})\)\s{0,20}\.\s{0,20}(permitAll|authenticated|hasRole|hasAnyRole|hasAuthority|hasAnyAuthority|denyAll|access)\b(\s{0,5}\([^()]{0,200}\))?/g, src.code)) {
      const method = /HttpMethod\.(GET|POST|PUT|PATCH|DELETE)/.exec(m[2]!)?.[1] as HttpMethod | undefined;
      const guard: Guard | undefined = m[3] === 'permitAll' ? undefined : { kind: m[3] === 'authenticated' ? 'auth' : 'role', name: `Spring Security ${m[3]}${(m[4] ?? '').trim()}` };
      for (const p of m[2]!.matchAll(/"([^"\n]{1,200})"/g)) out.rules.push({ ...(method ? { method } : {}), pattern: antPattern(p[1]!), ...(guard ? { guard } : {}) });
    }
    const any = /\.anyRequest\(\)\s{0,20}\.\s{0,20}(authenticated|hasRole|hasAnyRole|hasAuthority|permitAll)\b(\s{0,5}\([^()]{0,200}\))?/.exec(src.code);
    if (any && any[1] !== 'permitAll') out.all = { kind: any[1] === 'authenticated' ? 'auth' : 'role', name: `Spring Security anyRequest().${any[1]}${(any[2] ?? '').trim()}` };
  }
  return out;
}

function antPattern(pattern: string): RegExp {
  const body = pattern
    .replace(/\{[^}]{0,60}\}/g, '*')
    .split(/(\*\*|\*)/)
    .map((s) => (s === '**' ? '.*' : s === '*' ? '[^/]*' : s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body.replace(/\/\.\*$/, '(/.*)?')}$`, 'i');
}

function securityGuards(security: Security, method: HttpMethod, path: string): Guard[] {
  const concrete = path.replace(/\{[^}]*\}/g, 'x');
  for (const rule of security.rules) {
    if (rule.method && rule.method !== method) continue;
    if (rule.pattern.test(concrete)) return rule.guard ? [rule.guard] : [];
  }
  return security.all ? [security.all] : [];
}

/** JAX-RS (Quarkus, Jersey): class `@Path` with `@GET`/`@POST` methods and their own `@Path`. */
function jaxrs(ctx: ExtractContext, src: Source): void {
  const code = src.code;
  const classAt = /\bclass\s+\w+/.exec(code);
  if (!classAt) return;
  const head = code.slice(0, classAt.index);
  const cp = /@Path\s{0,5}\(\s{0,5}"([^"\n]{0,300})"/.exec(head);
  const prefix = cp?.[1] ?? '';
  if (!cp) return;
  const classGuards = annotationGuards(head);
  for (const m of matchAll(/@(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g, code)) {
    if (m.index < classAt.index) continue;
    const window = code.slice(Math.max(code.lastIndexOf(';', m.index), code.lastIndexOf('}', m.index)) + 1, m.index + 600);
    const sig = /(\w{1,120})\s{0,5}\(/.exec(window.slice(m.index - (Math.max(code.lastIndexOf(';', m.index), code.lastIndexOf('}', m.index)) + 1)).replace(/@\w+(\s{0,5}\([^()]{0,300}\))?/g, (s) => ' '.repeat(s.length)));
    const own = /@Path\s{0,5}\(\s{0,5}"([^"\n]{0,300})"/.exec(window.slice(0, sig ? window.indexOf(sig[0], m.index - (Math.max(code.lastIndexOf(';', m.index), code.lastIndexOf('}', m.index)) + 1)) : undefined));
    ctx.routes.push({ method: m[1] as HttpMethod, path: joinPaths(prefix, own?.[1]), ...(sig ? { handler: sig[1]! } : {}), file: src.path, line: src.lineAt(m.index), framework: 'jax-rs', ecosystem: 'java', guards: mergeGuards(classGuards, annotationGuards(window)) });
  }
}

/** Ktor routing DSL: `route("/todos") { get { } post("/{id}") { } }`, `authenticate { }`. */
function ktor(ctx: ExtractContext, src: Source): void {
  const code = src.code;
  const scopes: { open: number; close: number; prefix: string; guard?: Guard }[] = [];
  for (const m of matchAll(/(?<![\w.])(route|authenticate)\s{0,5}\(([^()]{0,300})\)\s{0,5}\{/g, code)) {
    const open = m.index + m[0].length - 1;
    const lit = /^\s{0,5}"([^"\n]{0,300})"/.exec(m[2]!);
    if (m[1] === 'route' && !lit) continue;
    scopes.push({ open, close: src.close(open), prefix: m[1] === 'route' ? lit![1]! : '', ...(m[1] === 'authenticate' ? { guard: { kind: 'auth' as const, name: `authenticate(${m[2]!.trim()})` } } : {}) });
  }
  const routingBlocks: [number, number][] = [];
  for (const m of matchAll(/(?<![\w.])routing\s{0,5}\{/g, code)) {
    const open = m.index + m[0].length - 1;
    routingBlocks.push([open, src.close(open)]);
  }
  for (const m of matchAll(/(?<![\w.])authenticate\s{0,5}\{/g, code)) {
    const open = m.index + m[0].length - 1;
    scopes.push({ open, close: src.close(open), prefix: '', guard: { kind: 'auth', name: 'authenticate' } });
  }
  for (const m of matchAll(/(?<![\w.])(get|post|put|patch|delete|head|options)\s{0,5}(?:\(\s{0,5}(?:"([^"\n]{0,300})")?\s{0,5}\)|(?:<[^>]{0,100}>)?)\s{0,5}\{/g, code)) {
    const at = m.index;
    let path = m[2] ?? '';
    const guards: Guard[] = [];
    const enclosing = scopes.filter((s) => s.open < at && s.close > at).sort((a, b) => a.open - b.open);
    path = joinPaths(...enclosing.map((s) => s.prefix), path);
    for (const s of enclosing) if (s.guard) guards.push(s.guard);
    if (enclosing.length === 0 && !/\brouting\s{0,5}\{|fun\s+Route\./.test(code)) continue;
    const inRouting = routingBlocks.some(([o, c]) => o < at && c > at);
    ctx.routes.push({
      method: toMethod(m[1]!)!,
      path,
      file: src.path,
      line: src.lineAt(at),
      framework: 'ktor',
      ecosystem: 'java',
      guards: mergeGuards(guards),
      ...(inRouting ? {} : { unresolvedPrefix: 'declared in a Route extension function; where it is installed is not resolved' }),
    });
  }
}


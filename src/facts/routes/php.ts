import { parse } from 'yaml';
import { ExtractContext, matchAll } from './context.js';
import { guardsIn, mergeGuards } from './guards.js';
import type { Source } from './lex.js';
import { joinPaths, normalizePath, toMethod } from './paths.js';
import type { Guard, HttpMethod } from './types.js';

/** Symfony's route configuration files: `config/routes.yaml` and `config/routes/*.yaml`. */
export const PHP_ROUTE_CONFIGS = /(^|\/)config\/routes(\.ya?ml|\/[\w.@-]{1,100}\.ya?ml)$/;

/** Literals that make a PHP file worth reading for routes. */
export const PHP_ROUTE_TERMS = ['Route::', '->get(', '->post(', '->group(', 'Route(', '->map(', '->middleware('];

const VERB = /^(get|post|put|patch|delete|options|any|match|resource|apiResource|resources|apiResources|view|redirect|permanentRedirect|map)$/;

/** Route extraction for Laravel (route files, groups, resources), Lumen, Slim and Symfony route attributes. */
export function extractPhp(ctx: ExtractContext): void {
  const controllers = controllerGuards(ctx);
  const imports = symfonyConfig(ctx);
  for (const src of ctx.sources.values()) {
    if (/(^|\/)tests?\//i.test(src.path)) continue;
    if (/Route::|\$(router|app|group|r|route|routes)\s{0,5}->\s{0,5}(get|post|put|patch|delete|group|map|any|options)\s{0,5}\(/.test(src.code)) laravelOrSlim(ctx, src, controllers);
    if (/#\[Route\s{0,5}\(|@Route\s{0,5}\(/.test(src.text)) symfony(ctx, src, importPrefix(imports, src.path));
  }
}

/** A Symfony import of attribute or annotation routes: the controllers it loads and its prefix. */
interface RouteImport {
  /** Directory (with a trailing slash) or file the import loads; '' for every controller. */
  under: string;
  prefix: string;
}

/**
 * Symfony route configuration: the routes it declares itself (`name: {path: /x, controller: …}`)
 * and the prefixes of its attribute imports (`controllers: {resource: ../src/Controller/, type:
 * attribute, prefix: /api}`). Environment blocks (`when@dev:`) and bundle resources are skipped:
 * they are development tools and bundle routes, not the application's.
 */
function symfonyConfig(ctx: ExtractContext): RouteImport[] {
  const imports: RouteImport[] = [];
  for (const [path, text] of ctx.configs) {
    let doc: unknown;
    try {
      doc = parse(text);
    } catch {
      continue;
    }
    if (!doc || typeof doc !== 'object') continue;
    const dir = path.split('/').slice(0, -1);
    for (const [name, value] of Object.entries(doc as Record<string, unknown>)) {
      if (name.startsWith('when@') || !value || typeof value !== 'object') continue;
      const entry = value as Record<string, unknown>;
      const resource = typeof entry.resource === 'string' ? entry.resource : typeof (entry.resource as { path?: unknown } | undefined)?.path === 'string' ? (entry.resource as { path: string }).path : undefined;
      if (resource !== undefined) {
        // A prefix per locale (`prefix: {en: '', fr: /fr}`) is not one path: unresolved below.
        const prefix = typeof entry.prefix === 'string' ? entry.prefix : entry.prefix === undefined ? '' : undefined;
        const under = resource === 'routing.controllers' || /^App\\Controller\\?$/.test(resource) ? '' : resource.startsWith('.') ? resolveDir(dir, resource) : undefined;
        if (under === undefined) continue; // a bundle's routes (@FrameworkBundle/…) or a service loader
        if (prefix === undefined) {
          ctx.unresolved.push({ file: path, line: lineOf(text, name), framework: 'symfony', reason: 'a route import prefix per locale' });
          continue;
        }
        imports.push({ under, prefix });
      } else if (typeof entry.path === 'string') {
        const methods = (Array.isArray(entry.methods) ? entry.methods : typeof entry.methods === 'string' ? entry.methods.split('|') : []).map((w) => toMethod(String(w))).filter((m): m is HttpMethod => Boolean(m));
        const controller = typeof entry.controller === 'string' ? entry.controller.split('\\').pop()! : undefined;
        for (const method of methods.length > 0 ? methods : (['ANY'] as HttpMethod[])) ctx.routes.push({ method, path: normalizePath(entry.path), ...(controller ? { handler: controller } : {}), file: path, line: lineOf(text, name), framework: 'symfony', ecosystem: 'php', guards: [] });
      }
    }
  }
  return imports;
}

/** `../src/Controller/` seen from `config/`: `src/Controller/`. */
function resolveDir(from: string[], relative: string): string | undefined {
  const out = [...from];
  for (const part of relative.split('/')) {
    if (part === '.' || part === '') continue;
    if (part === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(part);
  }
  return out.join('/') + (/\.php$/.test(relative) ? '' : '/');
}

function lineOf(text: string, key: string): number {
  const at = text.search(new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s{0,5}:`, 'm'));
  return at === -1 ? 1 : text.slice(0, at).split('\n').length;
}

/** The prefix of the most specific import loading `file`; '' when no import names it. */
function importPrefix(imports: RouteImport[], file: string): string {
  let best: RouteImport | undefined;
  for (const i of imports) if (file.startsWith(i.under) && (!best || i.under.length > best.under.length)) best = i;
  return best?.prefix ?? '';
}

/** Guards a Laravel controller applies in its constructor (`$this->middleware('auth:sanctum')`), by class name. */
function controllerGuards(ctx: ExtractContext): Map<string, Guard[]> {
  const out = new Map<string, Guard[]>();
  for (const src of ctx.sources.values()) {
    const cls = /\bclass\s+(\w{1,120})/.exec(src.code);
    if (!cls || !/Controller/.test(cls[1]!)) continue;
    const guards: Guard[] = [];
    for (const m of matchAll(/\$this->middleware\s{0,5}\(([^;]{0,300})/g, src.code)) guards.push(...guardsIn(m[1]!.replace(/->(except|only)\s{0,5}\([^)]{0,200}\)/g, '')));
    for (const m of matchAll(/new\s+Middleware\s{0,5}\(\s{0,5}(['"])([^'"]{1,100})\1/g, src.code)) guards.push(...guardsIn(m[2]!));
    if (guards.length > 0) out.set(cls[1]!, mergeGuards(guards));
  }
  return out;
}

function singular(word: string): string {
  if (/ies$/.test(word)) return word.replace(/ies$/, 'y');
  if (/(ss|us)$/.test(word)) return word;
  if (/(x|ch|sh|ses)es$/.test(word)) return word.replace(/es$/, '');
  return word.replace(/s$/, '');
}

function stringList(text: string): string[] {
  return [...text.matchAll(/(['"])([^'"\n]{0,200})\1/g)].map((m) => m[2]!);
}

interface Scope {
  prefix: string;
  guards: Guard[];
}

function laravelOrSlim(ctx: ExtractContext, src: Source, controllers: Map<string, Guard[]>): void {
  const laravel = /Route::/.test(src.code);
  const framework = laravel ? 'laravel' : /\$router->/.test(src.code) && !/Slim\\/.test(src.code) ? 'lumen' : 'slim';
  // routes/api.php is served under /api by Laravel's default route registration.
  const filePrefix = laravel && /(^|\/)routes\/api\.php$/.test(src.path) ? apiPrefix(ctx) : '';
  walk(ctx, src, 0, src.code.length, { prefix: filePrefix, guards: laravel && /(^|\/)routes\/api\.php$/.test(src.path) ? [] : [] }, framework, controllers, 0);
}

function apiPrefix(ctx: ExtractContext): string {
  for (const src of ctx.sources.values()) {
    if (!/(^|\/)bootstrap\/app\.php$/.test(src.path)) continue;
    const m = /apiPrefix\s{0,5}:\s{0,5}(['"])([^'"\n]{0,100})\1/.exec(src.code);
    if (m) return m[2]!;
  }
  return 'api';
}

const RECEIVERS = 'router|app|group|r|route|routes|api|v\\d|admin';
const CHAIN_START = new RegExp(`(?:Route::|\\$(?:${RECEIVERS})\\s{0,5}->)\\s{0,5}(\\w{1,60})\\s{0,5}\\(`, 'g');
/** Slim 3 binds a group's closure to the app: `$app->group('/api', function () { $this->get('/x', …); })`. */
const CHAIN_START_SLIM_GROUP = new RegExp(`(?:Route::|\\$(?:this|${RECEIVERS})\\s{0,5}->)\\s{0,5}(\\w{1,60})\\s{0,5}\\(`, 'g');

/** Walks route statements between `from` and `to`, recursing into group closures. */
function walk(ctx: ExtractContext, src: Source, from: number, to: number, scope: Scope, framework: string, controllers: Map<string, Guard[]>, depth: number): void {
  if (depth > 10) return;
  const code = src.code;
  const re = new RegExp((depth > 0 && framework === 'slim' ? CHAIN_START_SLIM_GROUP : CHAIN_START).source, 'g');
  re.lastIndex = from;
  for (let m = re.exec(code); m && m.index < to; m = re.exec(code)) {
    const start = m.index;
    // The calls of the chain: Route::prefix('v1')->middleware('auth')->group(function () { … });
    const calls: { name: string; open: number; args: { text: string; start: number; end: number }[] }[] = [];
    let at = m.index + m[0].length - 1;
    let name = m[1]!;
    let end = -1;
    for (let guard = 0; guard < 20; guard++) {
      calls.push({ name, open: at, args: src.args(at) });
      const close = src.close(at);
      if (close === -1) break;
      end = close;
      const next = /^\s{0,40}->\s{0,5}(\w{1,60})\s{0,5}\(/.exec(code.slice(close + 1, close + 200));
      if (!next) break;
      name = next[1]!;
      at = close + 1 + next[0].length - 1;
    }
    re.lastIndex = Math.max(end === -1 ? start + 1 : end, start + 1);
    // On `$this` only a route call counts (a verb with a pattern and a handler, or a group):
    // `$this->getContainer()->get('jwt')` and a handler's `$this->get('settings')` are container reads.
    if (m[0].startsWith('$this') && !(calls[0]!.name === 'group' || (VERB.test(calls[0]!.name) && calls[0]!.args.length >= 2))) continue;
    let prefix = scope.prefix;
    let guards = [...scope.guards];
    let controller: string | undefined;
    for (const c of calls) {
      if (c.name === 'prefix') {
        const lit = c.args[0] && src.literalAt(c.args[0].start);
        if (lit && !lit.dynamic) prefix = joinPaths(prefix, lit.value);
      } else if (c.name === 'middleware' || c.name === 'add' || c.name === 'addMiddleware') guards = mergeGuards(guards, guardsIn(c.args.map((a) => a.text).join(' ')));
      else if (c.name === 'controller') controller = /^(\w{1,120})::class/.exec(c.args[0]?.text ?? '')?.[1];
    }
    const group = calls.find((c) => c.name === 'group');
    if (group) {
      const closure = group.args.find((a) => /^(static\s+)?(function|fn)\b/.test(a.text));
      const first = group.args[0];
      if (first && first !== closure) {
        const lit = src.literalAt(first.start);
        if (lit && !lit.dynamic && /^['"]/.test(first.text)) prefix = joinPaths(prefix, lit.value);
        const pm = /['"]prefix['"]\s{0,5}=>\s{0,5}(['"])([^'"\n]{0,200})\1/.exec(first.text);
        if (pm) prefix = joinPaths(prefix, pm[2]!);
        const mw = /['"]middleware['"]\s{0,5}=>\s{0,5}(\[[^\]]{0,300}\]|(['"])[^'"\n]{0,100}\2)/.exec(first.text);
        if (mw) guards = mergeGuards(guards, guardsIn(mw[1]!));
      }
      // Slim: ->add(new AuthMiddleware()) after the group applies to the whole group (in the chain already).
      if (closure) {
        const body = code.indexOf('{', closure.start);
        const bodyEnd = body === -1 ? -1 : src.close(body);
        if (body !== -1 && bodyEnd !== -1) walk(ctx, src, body + 1, bodyEnd, { prefix, guards }, framework, controllers, depth + 1);
      } else if (/^base_path\(|^__DIR__|^require/.test(group.args[group.args.length - 1]?.text ?? '')) {
        ctx.unresolvedAt(src, start, framework, 'a route file loaded inside a group');
      }
      continue;
    }
    const verb = calls.find((c) => VERB.test(c.name));
    if (!verb) continue;
    const guardsHere = mergeGuards(guards, guardsIn(calls.filter((c) => (c.name === 'middleware' || c.name === 'add') && c.open > verb.open).map((c) => c.args.map((a) => a.text).join(' ')).join(' ')));
    emit(ctx, src, verb, calls, prefix, guardsHere, framework, controller, controllers, start);
  }
}

function emit(
  ctx: ExtractContext,
  src: Source,
  verb: { name: string; open: number; args: { text: string; start: number; end: number }[] },
  calls: { name: string; args: { text: string }[] }[],
  prefix: string,
  guards: Guard[],
  framework: string,
  controller: string | undefined,
  controllers: Map<string, Guard[]>,
  at: number,
): void {
  const args = verb.args;
  const line = src.lineAt(at);
  if (verb.name === 'resource' || verb.name === 'apiResource' || verb.name === 'resources' || verb.name === 'apiResources') {
    const api = verb.name.startsWith('api');
    const pairs: { name: string; controller: string }[] = [];
    if (verb.name.endsWith('s')) {
      for (const m of (args[0]?.text ?? '').matchAll(/(['"])([\w./-]{1,120})\1\s{0,5}=>\s{0,5}([\w\\]{1,120})(?:::class)?/g)) pairs.push({ name: m[2]!, controller: m[3]! });
    } else {
      const lit = args[0] && src.literalAt(args[0].start);
      if (!lit || lit.dynamic) {
        ctx.unresolvedAt(src, at, framework, 'a resource whose name is not a literal');
        return;
      }
      pairs.push({ name: lit.value, controller: /([\w]{1,120})(?:::class)?\s*$/.exec(args[1]?.text ?? '')?.[1] ?? '' });
    }
    // `->only([...])`/`->except([...])`, or the options array `['only' => [...]]` of older Laravel.
    const listOf = (word: string): string[] | undefined => {
      const call = calls.find((c) => c.name === word);
      if (call) return stringList(call.args.map((a) => a.text).join(','));
      const option = new RegExp(`['"]${word}['"]\\s{0,5}=>\\s{0,5}(\\[[^\\]]{0,300}\\]|(['"])[^'"\\n]{0,60}\\2)`).exec(args[2]?.text ?? '');
      return option ? stringList(option[1]!) : undefined;
    };
    const only = listOf('only');
    const except = listOf('except');
    const keep = (action: string) => (!only || only.includes(action)) && !except?.includes(action);
    const shallow = calls.some((c) => c.name === 'shallow');
    for (const pair of pairs) {
      const parts = pair.name.split('.');
      const base = parts.map((p, i) => (i < parts.length - 1 ? `${p}/{${singular(p.split('/').pop()!)}}` : p)).join('/');
      const memberBase = shallow ? parts[parts.length - 1]! : base;
      const param = `{${singular(parts[parts.length - 1]!.split('/').pop()!.replace(/-/g, '_'))}}`;
      const ctl = pair.controller.split('\\').pop()!;
      const actions: [string, HttpMethod, string][] = [
        ['index', 'GET', base],
        ['create', 'GET', `${base}/create`],
        ['store', 'POST', base],
        ['show', 'GET', `${memberBase}/${param}`],
        ['edit', 'GET', `${memberBase}/${param}/edit`],
        ['update', 'PUT', `${memberBase}/${param}`],
        ['update', 'PATCH', `${memberBase}/${param}`],
        ['destroy', 'DELETE', `${memberBase}/${param}`],
      ];
      for (const [action, method, path] of actions) {
        if (api && (action === 'create' || action === 'edit')) continue;
        if (!keep(action)) continue;
        ctx.routes.push({ method, path: joinPaths(prefix, path), handler: `${ctl}@${action}`, file: src.path, line, framework, ecosystem: 'php', guards: mergeGuards(guards, controllers.get(ctl) ?? []) });
      }
    }
    return;
  }
  let methods: HttpMethod[];
  let pathArg = args[0];
  let handlerArg = args[1];
  if (verb.name === 'match' || verb.name === 'map') {
    methods = stringList(args[0]?.text ?? '').map((w) => toMethod(w)).filter((m): m is HttpMethod => Boolean(m));
    pathArg = args[1];
    handlerArg = args[2];
  } else if (verb.name === 'view' || verb.name === 'redirect' || verb.name === 'permanentRedirect') methods = ['GET'];
  else methods = [toMethod(verb.name)!];
  const lit = pathArg && src.literalAt(pathArg.start);
  if (!lit || lit.dynamic) {
    ctx.unresolvedAt(src, at, framework, `the path of ${verb.name}() is not a literal`);
    return;
  }
  const handlerText = handlerArg?.text ?? '';
  const arr = /^\[\s{0,5}([\w\\]{1,120})::class\s{0,5},\s{0,5}(['"])(\w{1,120})\2/.exec(handlerText);
  const at2 = /^(['"])([\w\\]{1,120})@(\w{1,120})\1/.exec(handlerText);
  const cls = /^([\w\\]{1,120})::class$/.exec(handlerText.trim());
  const plain = controller && /^(['"])(\w{1,120})\1$/.exec(handlerText.trim());
  const ctl = (arr?.[1] ?? at2?.[2] ?? cls?.[1] ?? controller ?? '').split('\\').pop()!;
  const handler = arr ? `${ctl}@${arr[3]}` : at2 ? `${ctl}@${at2[3]}` : cls ? ctl : plain ? `${controller}@${plain[2]}` : handlerText.startsWith('function') || handlerText.startsWith('fn') ? 'closure' : handlerText.slice(0, 80);
  // Slim and Lumen (FastRoute) mark optional parts with brackets, `/users[/{id}]`: listed in full,
  // as an optional `{id?}` is; brackets inside a parameter's pattern (`{id:[0-9]+}`) stay.
  const pattern = framework === 'laravel' ? lit.value : lit.value.replace(/\{[^}]{0,200}\}|[[\]]/g, (t) => (t.length > 1 ? t : ''));
  for (const method of methods) ctx.routes.push({ method, path: joinPaths(prefix, pattern), handler, file: src.path, line, framework, ecosystem: 'php', guards: mergeGuards(guards, controllers.get(ctl) ?? []) });
}

/** Symfony `#[Route('/x', methods: ['GET'])]` attributes and `@Route("/x", methods={"GET"})` annotations. */
function symfony(ctx: ExtractContext, src: Source, importedUnder: string): void {
  // Annotations live in doc comments, which the lexer blanked: read the raw text.
  const text = src.text;
  const classAt = /^\s{0,20}(?:final\s+|abstract\s+)?class\s+\w+/m.exec(text);
  if (!classAt) return;
  const ROUTE = /(?:#\[|@)Route\s{0,5}\(/g;
  let prefix = importedUnder;
  const head = text.slice(0, classAt.index);
  const classRoutes = [...head.matchAll(ROUTE)];
  const lastClassRoute = classRoutes[classRoutes.length - 1];
  if (lastClassRoute) {
    const p = routePath(text.slice(lastClassRoute.index + lastClassRoute[0].length, lastClassRoute.index + 600));
    if (p !== undefined) prefix = joinPaths(importedUnder, p);
  }
  const classGuards = symfonyGuards(head);
  const before = ctx.routes.length;
  for (const m of matchAll(ROUTE, text)) {
    if (m.index < classAt.index) continue;
    const argText = text.slice(m.index + m[0].length, m.index + 600);
    const path = routePath(argText);
    if (path === undefined) {
      ctx.unresolvedAt(src, m.index, 'symfony', 'a route path that is not a literal');
      continue;
    }
    const methods = routeMethods(argText);
    const fn = /function\s+(\w{1,120})\s{0,5}\(/.exec(text.slice(m.index, m.index + 2000));
    const between = fn ? text.slice(m.index, m.index + fn.index) : '';
    const bodyStart = fn ? m.index + fn.index : m.index;
    const body = text.slice(bodyStart, bodyStart + 1500);
    const guards = mergeGuards(classGuards, symfonyGuards(between), /denyAccessUnlessGranted\s{0,5}\(\s{0,5}(['"])([^'"]{1,80})\1/.test(body) ? [{ kind: /ROLE_USER|IS_AUTHENTICATED/.test(body) ? 'auth' : 'role', name: `denyAccessUnlessGranted(${/denyAccessUnlessGranted\s{0,5}\(\s{0,5}(['"])([^'"]{1,80})\1/.exec(body)![2]})` } as Guard] : []);
    for (const method of methods) ctx.routes.push({ method, path: joinPaths(prefix, path), ...(fn ? { handler: fn[1]! } : {}), file: src.path, line: src.lineAt(m.index), framework: 'symfony', ecosystem: 'php', guards });
  }
  // A single-action controller: the class route is the route, served by __invoke().
  if (lastClassRoute && ctx.routes.length === before && /function\s+__invoke\s{0,5}\(/.test(text.slice(classAt.index))) {
    const methods = routeMethods(text.slice(lastClassRoute.index + lastClassRoute[0].length, classAt.index));
    for (const method of methods) ctx.routes.push({ method, path: normalizePath(prefix), handler: '__invoke', file: src.path, line: src.lineAt(lastClassRoute.index), framework: 'symfony', ecosystem: 'php', guards: classGuards });
  }
}

/** The `methods` of a route attribute or annotation; ANY when it names none. */
function routeMethods(argText: string): HttpMethod[] {
  const m = /\bmethods\s{0,5}[:=]\s{0,5}[[{]([^\]}]{0,200})[\]}]/.exec(argText.slice(0, argText.search(/\)\s{0,5}\]?\s{0,5}(\n|$)/) + 1 || 300));
  const methods = m ? stringList(m[1]!).map((w) => toMethod(w)).filter((x): x is HttpMethod => Boolean(x)) : [];
  return methods.length > 0 ? methods : ['ANY'];
}

function routePath(args: string): string | undefined {
  const named = /\bpath\s{0,5}[:=]\s{0,5}(['"])([^'"\n]{0,300})\1/.exec(args.slice(0, 300));
  if (named) return named[2];
  const first = /^\s{0,20}(['"])([^'"\n]{0,300})\1/.exec(args);
  return first ? first[2] : undefined;
}

function symfonyGuards(text: string): Guard[] {
  const out: Guard[] = [];
  for (const m of matchAll(/(?:#\[|@)(IsGranted|Security)\s{0,5}\(\s{0,5}(?:attribute:\s{0,5})?(['"])([^'"\n]{1,120})\2/g, text)) {
    out.push({ kind: /^(ROLE_USER|IS_AUTHENTICATED\w*)$|is_granted\(['"]IS_AUTHENTICATED/.test(m[3]!) ? 'auth' : 'role', name: `${m[1]}(${m[3]})` });
  }
  return out;
}


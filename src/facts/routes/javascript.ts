import { ExtractContext, matchAll } from './context.js';
import { guardsIn, mergeGuards } from './guards.js';
import type { Source } from './lex.js';
import { joinPaths, normalizePath, toMethod } from './paths.js';
import type { Guard, HttpMethod } from './types.js';

/** Literals that make a JavaScript/TypeScript file worth reading for routes. */
export const JS_ROUTE_TERMS = ['.get(', '.post(', '.put(', '.patch(', '.delete(', '.del(', '.all(', '.route(', '.use(', '.register(', '@Controller', '@JsonController', '@Get(', '@Post(', 'export async function', 'export function', 'export const', 'req.method', 'APP_GUARD', 'setGlobalPrefix'];

const EXT = ['.ts', '.js', '.mjs', '.cjs', '.tsx', '.jsx', '.mts', '.cts'];
const FRAMEWORK_IMPORT = /['"](express|fastify|koa|@koa\/router|koa-router|hono|restify|polka|fastify-plugin|@hapi\/hapi|express-promise-router|router|ultimate-express|hyper-express)['"]/;
const METHOD_WORDS = 'get|post|put|patch|delete|del|all|options|head';
/** Receivers that are HTTP clients, caches or maps, never routers. */
const NOT_ROUTER = /^(axios|http|https|request|supertest|agent|client|api[A-Z]\w*|\$http|fetch|ky|got|cache|redis|map|params|headers|config|req|res|ctx|query|store|session|cookies|localStorage|searchParams|formData|this|window|document|process|env|model|db|repo|repository|service|prisma|knex|_|lodash|user|data|result|response|item|obj|object|options|settings|storage|state|Reflect|registry|container|di|injector|collection|set|list|mock\w*|jest|vi|sinon)$/;
const ROUTER_NAME = /^(app|router|server|fastify|instance|api|routes?|r|application|[a-z]\w*(Router|Routes|App|Server))$/;

interface Decl {
  kind: 'app' | 'router';
  prefix?: string;
  /** The constructor call's opening parenthesis (chained `.use()` calls follow its close). */
  open?: number;
}

/**
 * String constants of the project (`export const USERS_ROUTE = '/users'`, `URL_ROUTES = { auth: '/auth' }`,
 * `enum Routes { Users = '/users' }`), by name: route paths are often named once and reused.
 */
function constantsOf(ctx: ExtractContext): Map<string, string> {
  const out = new Map<string, string>();
  for (const src of ctx.sources.values()) {
    for (const m of matchAll(/\b(?:const|let|var|readonly|static)\s{1,20}([A-Za-z_$][\w$]{0,80})(?:\s{0,5}:\s{0,5}string)?\s{0,5}=\s{0,5}(['"`])([^'"`\n$]{0,200})\2/g, src.code)) out.set(m[1]!, m[3]!);
    for (const m of matchAll(/\b(?:const\s{1,20}([A-Za-z_$][\w$]{0,80})(?:\s{0,5}:\s{0,5}[\w$.<>, ]{1,80})?\s{0,5}=|enum\s{1,20}([A-Za-z_$][\w$]{0,80}))\s{0,5}\{/g, src.code)) {
      const open = m.index + m[0].length - 1;
      const close = src.close(open);
      if (close === -1 || close - open > 20000) continue;
      const name = m[1] ?? m[2]!;
      for (const p of src.code.slice(open + 1, close).matchAll(/(?:^|[,{\s])([A-Za-z_$][\w$]{0,80}|(['"])[\w$-]{1,80}\2)\s{0,5}[:=]\s{0,5}(['"`])([^'"`\n$]{0,200})\3/g)) out.set(`${name}.${p[1]!.replace(/['"]/g, '')}`, p[4]!);
    }
  }
  return out;
}

let CONSTANTS = new Map<string, string>();

/** A path expression's value: a literal, a constant (`USERS_ROUTE`, `URL_ROUTES.auth`), or a template of constants. */
function pathValue(src: Source, arg: { text: string; start: number; end: number } | undefined): string | undefined {
  if (!arg) return undefined;
  const lit = src.literalAt(arg.start);
  if (lit && lit.end >= arg.end - 1 && !lit.dynamic) return lit.value;
  const text = arg.text.trim();
  if (/^[\w$]{1,80}(\.[\w$]{1,80}){0,2}$/.test(text)) return CONSTANTS.get(text) ?? CONSTANTS.get(text.split('.').slice(-2).join('.'));
  if (/^`[^`]{0,300}`$/.test(text)) {
    let ok = true;
    const value = text.slice(1, -1).replace(/\$\{\s{0,5}([\w$.]{1,120})\s{0,5}\}/g, (_, name: string) => {
      const v = CONSTANTS.get(name);
      if (v === undefined) ok = false;
      return v ?? '';
    });
    return ok ? value : undefined;
  }
  return undefined;
}

/** Route extraction for Express, Koa (koa-router), Fastify, Hono, NestJS, routing-controllers and Next.js. */
export function extractJavaScript(ctx: ExtractContext): void {
  CONSTANTS = constantsOf(ctx);
  let nestPrefix = '';
  let nestGlobalGuard: Guard[] = [];
  for (const src of ctx.sources.values()) {
    const m = /\.setGlobalPrefix\(\s{0,20}(['"`])([^'"`\n]{0,100})\1/.exec(src.code);
    if (m) nestPrefix = m[2]!;
    const g = /provide:\s{0,20}APP_GUARD\s{0,20},\s{0,20}useClass:\s{0,20}([\w$]{1,80})/.exec(src.code);
    if (g) nestGlobalGuard = guardsIn(g[1]!);
  }
  for (const src of ctx.sources.values()) {
    if (isTestFile(src.path)) continue;
    if (nextRoute(ctx, src)) continue;
    if (/@(Controller|JsonController|RestController)\s{0,20}\(/.test(src.code)) decoratedControllers(ctx, src, nestPrefix, nestGlobalGuard);
    routerCalls(ctx, src);
  }
}

export function isTestFile(path: string): boolean {
  return /(^|\/)(__tests__|tests?|e2e|specs?)\/|\.(test|spec|e2e-spec|e2e)\.[cm]?[jt]sx?$/i.test(path);
}

/** Local names bound to imported modules (`import x from './r'`, `const x = require('./r')`), resolved to repository paths. */
function imports(ctx: ExtractContext, src: Source): Map<string, string> {
  const out = new Map<string, string>();
  const add = (names: string, spec: string) => {
    const target = ctx.resolveRelative(src.path, spec, EXT);
    if (!target) return;
    for (const part of names.replace(/[{}]/g, ',').split(',')) {
      const bits = part.trim().split(/\s+as\s+|\s*:\s*/);
      const local = (bits[1] ?? bits[0] ?? '').replace(/^\*\s*/, '').trim();
      if (/^[\w$]+$/.test(local)) out.set(local, target);
    }
  };
  for (const m of matchAll(/\bimport\s{1,20}([\w${},*\s]{1,500}?)\s{0,20}from\s{0,20}(['"])([^'"\n]{1,200})\2/g, src.code)) add(m[1]!.replace(/\*\s{0,20}as\s{1,20}/, ''), m[3]!);
  for (const m of matchAll(/\b(?:const|let|var)\s{1,20}([\w$]{1,80}|\{[^}]{0,500}\})\s{0,20}=\s{0,20}require\(\s{0,20}(['"])([^'"\n]{1,200})\2\s{0,20}\)/g, src.code)) add(m[1]!, m[3]!);
  return out;
}

/** The router or app a call chain expression designates, as a mount-graph key. */
function routerTarget(ctx: ExtractContext, src: Source, expr: string, decls: Map<string, Decl>, imported: Map<string, string>): string | undefined {
  const text = expr.trim();
  let m = /^require\(\s{0,20}(['"])([^'"\n]{1,200})\1\s{0,20}\)/.exec(text) ?? /^(?:await\s+)?import\(\s{0,20}(['"])([^'"\n]{1,200})\1\s{0,20}\)/.exec(text);
  if (m) {
    const target = ctx.resolveRelative(src.path, m[2]!, EXT);
    return target;
  }
  m = /^(?:new\s+)?([\w$]{1,80})(?:\s{0,5}\([^()]{0,200}\))?(?:\.(?:routes|router|default|middleware|handler|getRouter|app)\b(?:\s{0,5}\(\s{0,5}\))?)?(?:\.allowedMethods\(\))?$/.exec(text);
  if (m) {
    const name = m[1]!;
    if (decls.has(name)) return `${src.path}#${name}`;
    if (imported.has(name)) return imported.get(name)!;
  }
  return undefined;
}

function routerCalls(ctx: ExtractContext, src: Source): void {
  const code = src.code;
  // A Fastify plugin typed by its instance (`app: FastifyInstance`, a `FastifyPluginAsync`) need not import fastify.
  const serverFile = FRAMEWORK_IMPORT.test(code) || /\bFastify(Instance|Plugin)\w{0,40}\b/.test(code) || /(^|\/)[^/]*(route|router|routes|api|server|app|index|main|controller)s?[^/]*\.[cm]?[jt]s$/i.test(src.path);
  const decls = new Map<string, Decl>();
  for (const m of matchAll(/\b(?:const|let|var|export\s+const)\s{1,20}([\w$]{1,80})(?:\s{0,20}:\s{0,20}[\w$.<>]{1,80})?\s{0,20}=\s{0,20}(?:await\s{1,20})?(new\s{1,20})?([\w$.]{1,60})\s{0,20}\(/g, code)) {
    const callee = m[3]!;
    const open = m.index + m[0].length - 1;
    if (/^(express|fastify|Fastify|Koa|koa|polka|restify\.createServer|createServer|Hono|ultimateExpress|HyperExpress\.Server)$/.test(callee)) decls.set(m[1]!, { kind: 'app', open });
    else if (/^(express\.Router|Router|KoaRouter|PromiseRouter|HyperExpress\.Router|createRouter|Hono)$|Router$/.test(callee)) {
      const prefix = /prefix\s{0,20}:\s{0,20}(['"`])([^'"`\n]{0,200})\1/.exec(src.code.slice(open, Math.max(open, src.close(open))));
      decls.set(m[1]!, { kind: 'router', open, ...(prefix ? { prefix: prefix[2]! } : {}) });
    }
  }
  const anonymous = /\bexport\s{1,20}default\s{1,20}(?:new\s{1,20})?(?:express\.)?Router\s{0,20}\(/.exec(code);
  if (anonymous) decls.set('default', { kind: 'router', open: anonymous.index + anonymous[0].length - 1 });
  const imported = imports(ctx, src);
  const key = (receiver: string) => `${src.path}#${receiver}`;
  const exported = /\bmodule\.exports\b|\bexport\s+(default|const|function|\{)|\bexports\.\w+\s*=/.test(code);
  // The routers a file exports by name; when none is named, every router of the file stands for it.
  const exportedNames = new Set<string>();
  for (const m of matchAll(/\b(?:export\s{1,20}default|module\.exports\s{0,5}=|exports\.[\w$]{1,80}\s{0,5}=)\s{0,20}([\w$]{1,80})\s{0,5}(?:;|\n|$)|\bexport\s{1,20}(?:const|let|var)\s{1,20}([\w$]{1,80})|\bexport\s{0,5}\{([^}]{0,500})\}/g, code)) {
    if (m[1] ?? m[2]) exportedNames.add((m[1] ?? m[2])!);
    if (m[3]) for (const part of m[3].split(',')) exportedNames.add(part.trim().split(/\s+as\s+/)[0]!.trim());
  }
  if (decls.has('default')) exportedNames.add('default');
  const namesRouter = [...decls.keys()].some((n) => exportedNames.has(n));
  const seenKeys = new Set<string>();
  const noteKey = (receiver: string) => {
    const k = key(receiver);
    if (seenKeys.has(k)) return k;
    seenKeys.add(k);
    const decl = decls.get(receiver);
    if (decl?.kind === 'app') ctx.graph.root(k);
    if (decl?.prefix) ctx.graph.ownPrefix(k, decl.prefix);
    if (exported && decl?.kind !== 'app' && (!namesRouter || exportedNames.has(receiver))) ctx.graph.alias(k, src.path);
    if (!decl) {
      // A router received as a parameter: mounted where the file's function is called with one.
      ctx.graph.alias(k, src.path);
      ctx.graph.alias(k, `${src.path}#@param`);
      // The app or a Fastify instance itself: the root unless something mounts the file.
      if (/^(app|server|fastify|instance|application)$/.test(receiver.replace(/^this\./, ''))) ctx.graph.defaultRoot(k);
    }
    return k;
  };
  const acceptable = (receiver: string) => {
    const bare = receiver.replace(/^this\./, '');
    if (decls.has(bare) || decls.has(receiver)) return true;
    // `fastify` is the plugin convention's parameter name: a plugin file need not import fastify.
    return bare === 'fastify' || (serverFile && !NOT_ROUTER.test(bare) && ROUTER_NAME.test(bare));
  };

  // app.get('/path', mw, handler), router.delete(...), fastify.post(...)
  for (const m of matchAll(new RegExp(String.raw`(?<![\w$.])((?:this\.)?[\w$]{1,80})\s{0,20}\.\s{0,20}(${METHOD_WORDS})\s{0,20}\(`, 'g'), code)) {
    const receiver = m[1]!;
    if (!acceptable(receiver)) continue;
    const open = m.index + m[0].length - 1;
    const args = src.args(open);
    if (args.length < 2) continue;
    const method = toMethod(m[2]!)!;
    const value = pathValue(src, args[0]);
    const framework = frameworkOf(code, receiver);
    if (value === undefined) {
      // A computed path on a known router is a route we cannot name.
      if (decls.has(receiver.replace(/^this\./, '')) && /^[`\w$]/.test(args[0]!.text)) ctx.unresolvedAt(src, m.index, framework, `the path of ${receiver}.${m[2]}() is computed (${args[0]!.text.slice(0, 60)})`);
      continue;
    }
    const first = { value };
    if (!/^(\/|\*|$)/.test(first.value)) continue; // '/x', '*', '' are paths; 'key' is a map lookup
    if (method === 'OPTIONS' && /^\/?\*$/.test(first.value)) continue; // app.options('*', cors()): the CORS preflight, not an endpoint
    const rest = args.slice(1);
    const handler = rest[rest.length - 1]!.text;
    const middleware = rest.slice(0, -1).map((a) => a.text).join(' ');
    ctx.graph.routes.push({
      router: noteKey(receiver),
      method,
      path: normalizePath(first.value),
      ...(handlerName(handler) ? { handler: handlerName(handler)! } : {}),
      file: src.path,
      line: src.lineAt(m.index),
      framework,
      ecosystem: 'javascript',
      guards: guardsIn(middleware + ' ' + fastifyHooks(handler)),
      offset: m.index,
    });
  }

  // router.route('/path').get(h).post(h)  and  fastify.route({ method, url })  and Hono app.route('/x', sub)
  for (const m of matchAll(/(?<![\w$.])((?:this\.)?[\w$]{1,80})\s{0,20}\.\s{0,20}route\s{0,20}\(/g, code)) {
    const receiver = m[1]!;
    if (!acceptable(receiver)) continue;
    const open = m.index + m[0].length - 1;
    const args = src.args(open);
    const framework = frameworkOf(code, receiver);
    if (args.length === 1 && args[0]!.text.startsWith('{')) {
      fastifyRouteObject(ctx, src, noteKey(receiver), args[0]!.start, m.index, framework);
      continue;
    }
    const first = args[0] && src.literalAt(args[0].start);
    if (!first || first.dynamic) continue;
    if (args.length === 2) {
      const target = routerTarget(ctx, src, args[1]!.text, decls, imported);
      if (target) ctx.graph.mounts.push({ parent: noteKey(receiver), target, prefix: first.value, guards: [], offset: m.index });
      continue;
    }
    let at = src.close(open) + 1;
    for (let guard = 0; guard < 12 && at > 0; guard++) {
      const chain = new RegExp(String.raw`^\s{0,40}\.\s{0,20}(${METHOD_WORDS})\s{0,20}\(`).exec(code.slice(at, at + 200));
      if (!chain) break;
      const callOpen = at + chain[0].length - 1;
      const callArgs = src.args(callOpen);
      const handler = callArgs[callArgs.length - 1]?.text ?? '';
      ctx.graph.routes.push({
        router: noteKey(receiver),
        method: toMethod(chain[1]!)!,
        path: normalizePath(first.value),
        ...(handlerName(handler) ? { handler: handlerName(handler)! } : {}),
        file: src.path,
        line: src.lineAt(at + chain[0].indexOf('.')),
        framework,
        ecosystem: 'javascript',
        guards: guardsIn(callArgs.slice(0, -1).map((a) => a.text).join(' ')),
        offset: m.index,
      });
      at = src.close(callOpen) + 1;
    }
  }

  // Mounts and router-level middleware: app.use('/api', auth, router), app.use(router.routes()), fastify.register(plugin, { prefix })
  const useCall = (receiver: string, kind: string, open: number, at: number) => {
    const args = src.args(open);
    if (args.length === 0) return;
    const listed = kind === 'use' ? loopMounts(src, args, at) : undefined;
    if (listed) {
      for (const { prefix, router } of listed) {
        const target = routerTarget(ctx, src, router, decls, imported);
        if (target) ctx.graph.mounts.push({ parent: noteKey(receiver), target, prefix, guards: [], offset: at });
      }
      return;
    }
    const value = pathValue(src, args[0]);
    const hasPath = value !== undefined && /^\//.test(value);
    if (kind === 'register') {
      const target = routerTarget(ctx, src, args[0]!.text, decls, imported);
      const prefix = /prefix\s{0,20}:\s{0,20}(['"`])([^'"`\n]{0,200})\1/.exec(args[1]?.text ?? '');
      if (target) ctx.graph.mounts.push({ parent: noteKey(receiver), target, prefix: prefix?.[2] ?? '', guards: [], offset: at });
      return;
    }
    const rest = hasPath ? args.slice(1) : args;
    const targets: string[] = [];
    const middleware: string[] = [];
    for (const a of rest) {
      const t = routerTarget(ctx, src, a.text, decls, imported);
      if (t) targets.push(t);
      // An error handler `(err, req, res, next) => …` answers failures; it guards nothing.
      else if (!/^(async\s+)?(function\s*[\w$]*\s*)?\(\s*(err|error|e)\s*[:,)]/.test(a.text)) middleware.push(a.text);
    }
    const guards = guardsIn(middleware.join(' '));
    if (targets.length === 0) {
      if (!hasPath) ctx.graph.use(noteKey(receiver), at, guards);
      return;
    }
    for (const target of targets) ctx.graph.mounts.push({ parent: noteKey(receiver), target, prefix: hasPath ? value! : '', guards, offset: at });
  };
  for (const m of matchAll(/(?<![\w$.])((?:this\.)?[\w$]{1,80})\s{0,20}\.\s{0,20}(use|register)\s{0,20}\(/g, code)) {
    if (!acceptable(m[1]!) && !decls.has(m[1]!)) continue;
    useCall(m[1]!, m[2]!, m.index + m[0].length - 1, m.index);
  }
  // Chains on a new router: const api = Router().use(a).use(b); export default Router().use('/api', api)
  for (const [name, decl] of decls) {
    if (decl.open === undefined) continue;
    let at = src.close(decl.open);
    for (let guard = 0; guard < 40 && at > 0; guard++) {
      const next = /^\s{0,40}\.\s{0,20}(use|register)\s{0,20}\(/.exec(code.slice(at + 1, at + 200));
      if (!next) break;
      const open = at + 1 + next[0].length - 1;
      useCall(name, next[1]!, open, open);
      at = src.close(open);
    }
  }

  autoloadMounts(ctx, src);

  // Route modules called with the app: require('./routes')(app), routes(app), registerRoutes(app, '/api')
  for (const m of matchAll(/(?:require\(\s{0,20}(['"])([^'"\n]{1,200})\1\s{0,20}\)|(?<![\w$.])([\w$]{1,80}))\s{0,20}\(\s{0,20}([\w$]{1,80})\s{0,20}[,)]/g, code)) {
    const receiver = m[4]!;
    if (!decls.has(receiver) && !/^(app|router|server|fastify)$/.test(receiver)) continue;
    const target = m[2] ? ctx.resolveRelative(src.path, m[2], EXT) : imported.get(m[3]!);
    if (target) ctx.graph.mounts.push({ parent: noteKey(receiver), target: `${target}#@param`, prefix: '', guards: [] });
  }
}

/**
 * @fastify/autoload: `app.register(autoload, { dir: join(__dirname, 'routes'), options: { prefix: '/v1' } })`
 * registers every plugin file below the directory, each under the path of its sub-directory
 * (`routes/api/users.ts` under `/api`) unless `dirNameRoutePrefix: false`, plus the `autoPrefix` the
 * file exports. A directory given by a variable is not followed; test files are not plugins.
 */
function autoloadMounts(ctx: ExtractContext, src: Source): void {
  const imported = /\bimport\s{1,20}([\w$]{1,80})[^;'"]{0,200}?from\s{0,20}['"](?:@fastify\/autoload|fastify-autoload)['"]|\b(?:const|let|var)\s{1,20}([\w$]{1,80})\s{0,20}=\s{0,20}require\(\s{0,20}['"](?:@fastify\/autoload|fastify-autoload)['"]\s{0,20}\)/.exec(src.code);
  if (!imported) return;
  const name = imported[1] ?? imported[2]!;
  for (const m of matchAll(new RegExp(String.raw`\.\s{0,20}register\s{0,20}\(\s{0,20}${name.replace(/\$/g, '\\$')}\s{0,20},`, 'g'), src.code)) {
    const options = src.args(m.index + m[0].indexOf('('))[1]?.text ?? '';
    const dirExpr = /\bdir\s{0,20}:\s{0,20}([^\n]{1,300})/.exec(options)?.[1] ?? '';
    // join(__dirname, 'routes'), path.join(dirname(fileURLToPath(import.meta.url)), 'routes'), `${__dirname}/routes`
    if (!/__dirname|import\.meta/.test(dirExpr)) continue;
    const parts = [...dirExpr.replace(/\$\{[^}]{0,100}\}/g, '').matchAll(/(['"`])([^'"`\n]{0,200})\1/g)].map((x) => x[2]!);
    const folder = src.path.split('/').slice(0, -1);
    for (const part of parts.join('/').split('/')) {
      if (part === '..') folder.pop();
      else if (part && part !== '.') folder.push(part);
    }
    const dir = folder.join('/');
    const prefix = /\boptions\s{0,20}:\s{0,20}\{[^}]{0,500}?\bprefix\s{0,20}:\s{0,20}(['"`])([^'"`\n$]{0,200})\1/.exec(options)?.[2] ?? '';
    const dirNames = !/\bdirNameRoutePrefix\s{0,20}:\s{0,20}false\b/.test(options);
    const parent = `${src.path}#autoload@${m.index}`;
    ctx.graph.alias(parent, src.path);
    ctx.graph.defaultRoot(parent);
    for (const [file, plugin] of ctx.sources) {
      if (!file.startsWith(`${dir}/`) || isTestFile(file)) continue;
      const folders = file.slice(dir.length + 1).split('/').slice(0, -1);
      const own = /\bautoPrefix\s{0,20}=\s{0,20}(['"`])([^'"`\n$]{0,200})\1/.exec(plugin.code)?.[2] ?? '';
      ctx.graph.mounts.push({ parent, target: file, prefix: joinPaths(prefix, dirNames ? folders.join('/') : '', own), guards: [] });
    }
  }
}

/**
 * Routers mounted in a loop over a literal table: `const routes = [{ path: '/auth', route: authRoute }];
 * routes.forEach((r) => router.use(r.path, r.route))` (or `for (const r of routes)`) mounts each entry.
 */
function loopMounts(src: Source, args: { text: string }[], at: number): { prefix: string; router: string }[] | undefined {
  const path = /^([\w$]{1,80})\.([\w$]{1,80})$/.exec(args[0]?.text ?? '');
  const router = /^([\w$]{1,80})\.([\w$]{1,80})$/.exec(args[args.length - 1]?.text ?? '');
  if (!path || !router || args.length !== 2 || path[1] !== router[1]) return undefined;
  const item = path[1]!;
  const before = src.code.slice(Math.max(0, at - 300), at);
  const loop = [...before.matchAll(new RegExp(String.raw`([\w$]{1,80})\s{0,5}\.\s{0,5}forEach\s{0,5}\(\s{0,5}(?:async\s{1,5})?\(?\s{0,5}${item}\s{0,5}[,)=]|for\s{0,5}\(\s{0,5}(?:const|let|var)\s{1,5}${item}\s{1,5}of\s{1,5}([\w$]{1,80})\s{0,5}\)`, 'g'))].pop();
  const list = loop?.[1] ?? loop?.[2];
  if (!list) return undefined;
  const decl = new RegExp(String.raw`\b(?:const|let|var)\s{1,5}${list}(?:\s{0,5}:[^=]{1,80})?\s{0,5}=\s{0,5}\[`).exec(src.code);
  if (!decl) return undefined;
  const out: { prefix: string; router: string }[] = [];
  for (const entry of src.args(decl.index + decl[0].length - 1)) {
    const prefix = new RegExp(String.raw`\b${path[2]}\s{0,5}:\s{0,5}(['"\`])([^'"\`\n$]{0,200})\1`).exec(entry.text);
    const target = new RegExp(String.raw`\b${router[2]}\s{0,5}:\s{0,5}([\w$.]{1,120}(?:\(\))?)`).exec(entry.text);
    if (prefix && target) out.push({ prefix: prefix[2]!, router: target[1]! });
  }
  return out.length > 0 ? out : undefined;
}

function fastifyRouteObject(ctx: ExtractContext, src: Source, router: string, at: number, callAt: number, framework: string): void {
  const close = src.close(at);
  const body = src.code.slice(at, close === -1 ? at : close);
  const url = /\b(url|path)\s{0,20}:\s{0,20}(['"`])([^'"`\n]{0,200})\2/.exec(body);
  const method = /\bmethod\s{0,20}:\s{0,20}(\[[^\]]{0,200}\]|(['"])\w{1,10}\2)/.exec(body);
  if (!url || !method) {
    ctx.unresolvedAt(src, callAt, framework, 'a route object whose url or method is not a literal');
    return;
  }
  for (const word of method[1]!.match(/\w+/g) ?? []) {
    const verb = toMethod(word);
    if (!verb) continue;
    ctx.graph.routes.push({ router, method: verb, path: normalizePath(url[3]!), file: src.path, line: src.lineAt(callAt), framework, ecosystem: 'javascript', guards: guardsIn(fastifyHooks(body)), offset: callAt });
  }
}

/** Fastify's per-route hooks that authenticate: `preHandler: [fastify.authenticate]`, `onRequest: …`. */
function fastifyHooks(text: string): string {
  const m = /\b(preHandler|onRequest|preValidation|preParsing)\s{0,20}:\s{0,20}(\[[^\]]{0,300}\]|[\w$.]{1,100})/.exec(text);
  return m ? m[2]! : '';
}

function frameworkOf(code: string, receiver: string): string {
  if (/['"](fastify|fastify-plugin)['"]|FastifyInstance/.test(code) || /fastify/i.test(receiver)) return 'fastify';
  if (/['"](koa|@koa\/router|koa-router)['"]/.test(code)) return 'koa';
  if (/['"]hono['"]/.test(code)) return 'hono';
  return 'express';
}

function handlerName(text: string): string | undefined {
  const t = text.trim();
  const m = /^(?:[\w$]{1,40}\(\s{0,5})?((?:this\.)?[\w$]{1,80}(?:\.[\w$]{1,80}){0,3})(?:\.bind\([^)]{0,40}\))?\s{0,5}\)?$/.exec(t);
  return m ? m[1] : undefined;
}

const NEST_METHOD = /@(Get|Post|Put|Patch|Delete|All|Options|Head)\s{0,20}\(/g;

/** NestJS and routing-controllers: `@Controller('tasks')` classes with `@Get(':id')` methods. */
function decoratedControllers(ctx: ExtractContext, src: Source, globalPrefix: string, globalGuards: Guard[]): void {
  const code = src.code;
  for (const c of matchAll(/@(Controller|JsonController|RestController)\s{0,20}\(/g, code)) {
    const open = c.index + c[0].length - 1;
    const args = src.args(open);
    let prefix = '';
    let unresolved = false;
    if (args[0]) {
      const value = pathValue(src, args[0]);
      if (value !== undefined) prefix = value;
      else {
        const path = /\bpath\s{0,20}:\s{0,20}(['"`])([^'"`\n]{0,200})\1/.exec(args[0].text);
        if (path) prefix = path[2]!;
        else if (args[0].text) unresolved = true;
      }
    }
    const classAt = code.indexOf('class ', src.close(open));
    if (classAt === -1) continue;
    const bodyOpen = code.indexOf('{', classAt);
    const bodyClose = src.close(bodyOpen);
    if (bodyOpen === -1 || bodyClose === -1) continue;
    const classDecorators = code.slice(c.index, classAt);
    const publicClass = /@(Public|AllowAnonymous|SkipAuth)\s{0,5}\(/.test(classDecorators);
    const classGuards = decoratorGuards(classDecorators);
    const framework = c[1] === 'Controller' && /@nestjs\/common/.test(code) ? 'nestjs' : c[1] === 'Controller' ? 'nestjs' : 'routing-controllers';
    if (unresolved) {
      ctx.unresolvedAt(src, c.index, framework, 'the controller prefix is not a literal');
      continue;
    }
    const body = code.slice(bodyOpen, bodyClose);
    let lastEnd = 0;
    for (const d of matchAll(NEST_METHOD, body)) {
      if (d.index < lastEnd) continue;
      const at = bodyOpen + d.index;
      const dOpen = at + d[0].length - 1;
      const dArgs = src.args(dOpen);
      let path = '';
      if (dArgs[0]) {
        const value = pathValue(src, dArgs[0]);
        if (value === undefined) {
          ctx.unresolvedAt(src, at, framework, `the path of @${d[1]}() is not a literal`);
          continue;
        }
        path = value;
      }
      // The method: the first `name(` after the decorators.
      const after = code.slice(src.close(dOpen) + 1, Math.min(bodyClose, src.close(dOpen) + 2000));
      const name = /(?:^|[\s)])(?:public\s+|private\s+|protected\s+)?(?:async\s+)?([\w$]{1,80})\s{0,5}(?:<[^>]{0,100}>)?\s{0,5}\(/.exec(after.replace(/@[\w$.]{1,80}\s{0,5}(\([^()]{0,300}\))?/g, (s) => ' '.repeat(s.length)));
      const decorators = code.slice(lastDecoratorStart(code, at, bodyOpen), src.close(dOpen) + 1 + (name ? name.index : 0));
      lastEnd = d.index + 1;
      const isPublic = publicClass || /@(Public|AllowAnonymous|SkipAuth)\s{0,5}\(/.test(decorators);
      const guards = isPublic ? [] : mergeGuards(globalGuards, classGuards, decoratorGuards(decorators));
      const method: HttpMethod = toMethod(d[1]!)!;
      ctx.routes.push({
        method,
        path: joinPaths(framework === 'nestjs' ? globalPrefix : '', prefix, path),
        ...(name ? { handler: name[1]! } : {}),
        file: src.path,
        line: src.lineAt(at),
        framework,
        ecosystem: 'javascript',
        guards,
      });
    }
  }
}

/** Start of the decorator run that ends at `at`: decorators stacked above a method. */
function lastDecoratorStart(code: string, at: number, floor: number): number {
  const before = code.slice(floor, at);
  const end = Math.max(before.lastIndexOf(';'), before.lastIndexOf('}'));
  return floor + (end === -1 ? 0 : end + 1);
}

/** Guards named by decorators: `@UseGuards(JwtAuthGuard, RolesGuard)`, `@Roles('admin')`, `@Authorized()`, `@Auth()`. */
function decoratorGuards(text: string): Guard[] {
  const out: Guard[] = [];
  for (const m of matchAll(/@(UseGuards|Roles|Role|Authorized|Auth|Permissions|RequirePermissions|HasRoles|CheckPolicies)\s{0,5}\(([^()]{0,300}(?:\([^()]{0,100}\))?[^()]{0,100})\)/g, text)) {
    if (m[1] === 'UseGuards') out.push(...guardsIn(m[2]!));
    else if (m[1] === 'Authorized' && !m[2]!.trim()) out.push({ kind: 'auth', name: '@Authorized()' });
    else out.push({ kind: m[1] === 'Auth' && !m[2]!.trim() ? 'auth' : 'role', name: `@${m[1]}(${m[2]!.trim()})` });
  }
  return mergeGuards(out);
}

const NEXT_APP = /(?:^|\/)(?:src\/)?app\/((?:[^/]+\/)*)route\.[cm]?[jt]sx?$/;
const NEXT_PAGES = /(?:^|\/)(?:src\/)?pages\/(api\/(?:[^/]+\/)*[^/]+?)\.[cm]?[jt]sx?$/;

/** Next.js route handlers (app/…/route.ts) and API routes (pages/api/…). True when the file is one. */
function nextRoute(ctx: ExtractContext, src: Source): boolean {
  const app = NEXT_APP.exec(src.path);
  const pages = app ? undefined : NEXT_PAGES.exec(src.path);
  if (!app && !pages) return false;
  const folder = app ? app[1]! : pages![1]!.replace(/(^|\/)index$/, '');
  const path = normalizePath(
    folder
      .split('/')
      .filter((s) => s && !/^\(.*\)$/.test(s) && !s.startsWith('@'))
      .join('/'),
  );
  const guarded = /\b(getServerSession|getToken|auth\(\)|currentUser\(\)|withAuth|requireAuth|verifyToken|getAuth\(|clerkClient|getSession\()/.test(src.code);
  const guards: Guard[] = guarded ? [{ kind: 'auth', name: 'session check in the handler' }] : [];
  const methods = new Map<HttpMethod, number>();
  if (app) {
    for (const m of matchAll(/\bexport\s{1,20}(?:async\s{1,20})?(?:function\s{1,20}|const\s{1,20})(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g, src.code)) methods.set(m[1] as HttpMethod, m.index);
    for (const m of matchAll(/\bexport\s{0,20}\{([^}]{0,500})\}/g, src.code)) for (const n of m[1]!.matchAll(/\bas\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g)) methods.set(n[1] as HttpMethod, m.index);
  } else {
    for (const m of matchAll(/\b(?:req|request)\.method\s{0,20}(?:===?|!==?)\s{0,20}(['"])(GET|POST|PUT|PATCH|DELETE)\1|\bcase\s{1,20}(['"])(GET|POST|PUT|PATCH|DELETE)\3\s{0,5}:/g, src.code)) methods.set((m[2] ?? m[4]) as HttpMethod, m.index);
    if (methods.size === 0 && /\bexport\s+default\b/.test(src.code)) methods.set('ANY', src.code.search(/\bexport\s+default\b/));
  }
  for (const [method, at] of methods) ctx.routes.push({ method, path, file: src.path, line: src.lineAt(at), framework: 'nextjs', ecosystem: 'javascript', guards });
  return true;
}

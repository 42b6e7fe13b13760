import { ExtractContext, matchAll } from './context.js';
import { guardsIn } from './guards.js';
import type { Source } from './lex.js';
import { normalizePath, toMethod } from './paths.js';
import type { Guard, HttpMethod } from './types.js';

/** Literals that make a Go file worth reading for routes. */
// The app constructors too: a file that only builds and returns the app (`func New() *echo.Echo`) roots the routes its caller adds.
export const GO_ROUTE_TERMS = ['.GET(', '.POST(', '.Get(', '.Post(', '.HandleFunc(', '.Handle(', '.Group(', '.Route(', '.Mount(', '.Any(', '.PUT(', '.DELETE(', '.Put(', '.Delete(', '.Patch(', '.PATCH(', '.Method(', 'echo.New(', 'gin.Default(', 'gin.New(', 'fiber.New(', 'chi.NewRouter(', 'mux.NewRouter(', 'http.NewServeMux('];

const VERBS = 'GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|Any|Get|Post|Put|Patch|Delete|Head|Options|All';
const ROUTER_TYPES = /\*?(gin\.(Engine|RouterGroup|IRouter|IRoutes)|echo\.(Echo|Group)|fiber\.(App|Router)|chi\.(Router|Mux)|\*?mux\.Router|http\.ServeMux|httprouter\.Router|\w*Router\b)/;
const APP_TYPES = /\*?(gin\.Engine|echo\.Echo|fiber\.App|http\.ServeMux|chi\.Mux|httprouter\.Router)\b/;

interface GoFunc {
  name: string;
  /** The method's receiver type (`TeamHandler`), '' for a plain function. */
  type: string;
  open: number;
  close: number;
  /** Router-typed parameters by position. */
  params: Map<number, { name: string; app: boolean }>;
}

function frameworkOf(code: string): string {
  if (/"github\.com\/gin-gonic\/gin"/.test(code)) return 'gin';
  if (/"github\.com\/labstack\/echo/.test(code)) return 'echo';
  if (/"github\.com\/gofiber\/fiber/.test(code)) return 'fiber';
  if (/"github\.com\/go-chi\/chi/.test(code)) return 'chi';
  if (/"github\.com\/gorilla\/mux"/.test(code)) return 'gorilla/mux';
  if (/"github\.com\/julienschmidt\/httprouter"/.test(code)) return 'httprouter';
  return 'net/http';
}

/** Route extraction for Gin, Echo, Fiber, chi, gorilla/mux, httprouter and net/http's ServeMux. */
export function extractGo(ctx: ExtractContext): void {
  const funcsByName = new Map<string, { src: Source; fn: GoFunc }[]>();
  const perFile = new Map<Source, GoFunc[]>();
  for (const src of ctx.sources.values()) {
    if (/_test\.go$/.test(src.path)) continue;
    const funcs = functionsOf(src);
    perFile.set(src, funcs);
    for (const fn of funcs) {
      const bare = fn.name;
      fn.name = fn.type ? `${fn.type}.${bare}` : bare;
      const list = funcsByName.get(bare) ?? [];
      list.push({ src, fn });
      funcsByName.set(bare, list);
    }
  }
  for (const [src, funcs] of perFile) fileRoutes(ctx, src, funcs, funcsByName);
}

function functionsOf(src: Source): GoFunc[] {
  const out: GoFunc[] = [];
  for (const m of matchAll(/^func[ \t]{0,5}(?:\(\s{0,5}\w{0,40}\s{0,5}\*?\s{0,5}(\w{0,120})(?:\[[^\]]{0,100}\])?\s{0,5}\)[ \t]{0,5})?(\w{1,120})[ \t]{0,5}(?:\[[^\]]{0,200}\])?\(/gm, src.code)) {
    const paren = m.index + m[0].length - 1;
    const pclose = src.close(paren);
    if (pclose === -1) continue;
    const open = src.code.indexOf('{', pclose);
    if (open === -1) continue;
    const close = src.close(open);
    const params = new Map<number, { name: string; app: boolean }>();
    const list = src.args(paren).map((a) => a.text);
    // Go groups names before a shared type: (a, b *gin.RouterGroup) — carry types backwards.
    let carry = '';
    const typed: { name: string; type: string }[] = [];
    for (let i = list.length - 1; i >= 0; i--) {
      const bits = list[i]!.trim().split(/\s+/);
      if (bits.length >= 2) carry = bits.slice(1).join(' ');
      typed[i] = { name: bits[0]!, type: bits.length >= 2 ? carry : carry };
    }
    typed.forEach((p, i) => {
      if (p && ROUTER_TYPES.test(p.type)) params.set(i, { name: p.name, app: APP_TYPES.test(p.type) });
    });
    out.push({ name: m[2]!, type: m[1] ?? '', open, close: close === -1 ? src.code.length : close, params });
  }
  return out;
}

function fileRoutes(ctx: ExtractContext, src: Source, funcs: GoFunc[], byName: Map<string, { src: Source; fn: GoFunc }[]>): void {
  const code = src.code;
  const framework = frameworkOf(code);
  const fnAt = (at: number) => funcs.find((f) => f.open < at && f.close > at);
  /** Closures that take a router (chi's Route/Group): their parameter shadows the outer name. */
  const closures: { open: number; close: number; param: string; key: string }[] = [];
  /** Assignments of router variables (`v1 := r.Group(...)`), so a reused name maps to its latest router. */
  const assigned = new Map<string, number[]>();
  for (const m of matchAll(/(?<![\w.])([\w.]{1,80})\s{0,5}(?::=|=)\s{0,5}&?[\w.]{1,80}\s{0,5}\.\s{0,5}(?:Group|PathPrefix|Default|New|NewRouter|NewMux|NewServeMux)\s{0,5}\(/g, code)) {
    const list = assigned.get(m[1]!) ?? [];
    list.push(m.index);
    assigned.set(m[1]!, list);
  }
  const keyOf = (receiver: string, at: number): string => {
    const closure = closures.filter((c) => c.open < at && c.close > at && c.param === receiver).sort((a, b) => b.open - a.open)[0];
    if (closure) return closure.key;
    const fn = fnAt(at);
    const decl = (assigned.get(receiver) ?? []).filter((d) => d < at && (!fn || (d > fn.open && d < fn.close))).pop();
    if (fn) {
      if (decl === undefined) for (const [, p] of fn.params) if (p.name === receiver) return `func:${fn.name}#${p.name}`;
      return `${src.path}#${fn.name}#${receiver}${decl === undefined ? '' : `@${decl}`}`;
    }
    return `${src.path}##${receiver}${decl === undefined ? '' : `@${decl}`}`;
  };
  /** Whether a name is a router this file creates or receives (for reporting computed paths only on routers). */
  const isRouter = (receiver: string, at: number): boolean => {
    if (assigned.has(receiver) || closures.some((c) => c.param === receiver && c.open < at && c.close > at)) return true;
    const fn = fnAt(at);
    return Boolean(fn && [...fn.params.values()].some((p) => p.name === receiver));
  };
  // Param routers: a root when the type is the app itself (and nobody mounts it).
  for (const fn of funcs) for (const [, p] of fn.params) if (p.app) ctx.graph.defaultRoot(`func:${fn.name}#${p.name}`);

  // Apps: r := gin.Default(), e := echo.New(), app := fiber.New(), r := chi.NewRouter(), mux := http.NewServeMux()
  for (const m of matchAll(/(?<![\w.])([\w.]{1,80})\s{0,5}(?::=|=)\s{0,5}&?(gin\.(?:Default|New)|echo\.New|fiber\.New|chi\.NewRouter|chi\.NewMux|mux\.NewRouter|http\.NewServeMux|httprouter\.New)\s{0,5}\(/g, code)) {
    const key = keyOf(m[1]!, m.index + 1);
    // A sub-router made inside a function that returns it is mounted where that function is called.
    const fn = fnAt(m.index);
    if (fn && new RegExp(String.raw`\breturn\s+${m[1]!.replace('.', '\\.')}\b`).test(code.slice(fn.open, fn.close))) {
      ctx.graph.alias(key, returnedKey(src, fn));
      ctx.graph.defaultRoot(key);
      ctx.graph.defaultRoot(returnedKey(src, fn));
    } else ctx.graph.root(key);
  }
  // A router some function builds and returns, taken by the caller: `r := router.New()` (the app, unless mounted).
  for (const m of matchAll(/(?<![\w.])(\w{1,80})\s{0,5}:?=\s{0,5}(?:(\w{1,80})\.)?(\w{1,120})\s{0,5}\(/g, code)) {
    if (/^(Group|PathPrefix)$/.test(m[3]!)) continue;
    for (const c of calledFunctions(src, m[2], m[3]!, byName)) ctx.graph.mounts.push({ parent: returnedKey(c.src, c.fn), target: keyOf(m[1]!, m.index + 1), prefix: '', guards: [] });
  }
  // Field routers (s.router.GET): the app's own router.
  // Groups: v1 := r.Group("/v1", mw), s := r.PathPrefix("/api").Subrouter()
  for (const m of matchAll(/(?<![\w.])([\w.]{1,80})\s{0,5}(?::=|=)\s{0,5}([\w.]{1,80})\s{0,5}\.\s{0,5}(Group|PathPrefix)\s{0,5}\(/g, code)) {
    const open = m.index + m[0].length - 1;
    const args = src.args(open);
    const lit = args[0] && src.literalAt(args[0].start);
    if (!lit || lit.dynamic) {
      if (args[0]) ctx.unresolvedAt(src, m.index, framework, `the prefix of ${m[1]} is computed`);
      continue;
    }
    const parent = keyOf(m[2]!, m.index);
    const key = keyOf(m[1]!, m.index + 1);
    ctx.graph.mounts.push({ parent, target: key, prefix: lit.value, guards: guardsIn(args.slice(1).map((a) => a.text).join(' ')), offset: m.index });
  }
  // chi: r.Route("/x", func(r chi.Router) {...}), r.Group(func(r chi.Router) {...})
  for (const m of matchAll(/(?<![\w.])([\w.]{1,80})\s{0,5}\.\s{0,5}(Route|Group)\s{0,5}\(/g, code)) {
    const open = m.index + m[0].length - 1;
    const args = src.args(open);
    const fnArg = args.find((a) => /^func\s{0,5}\(\s{0,5}(\w{1,80})\s/.test(a.text));
    if (!fnArg) continue;
    const param = /^func\s{0,5}\(\s{0,5}(\w{1,80})\s/.exec(fnArg.text)![1]!;
    const bodyOpen = code.indexOf('{', fnArg.start);
    const lit = m[2] === 'Route' ? src.literalAt(args[0]!.start) : { value: '', dynamic: false };
    const key = `${src.path}#closure@${bodyOpen}`;
    ctx.graph.mounts.push({ parent: keyOf(m[1]!, m.index), target: key, prefix: lit && !lit.dynamic ? lit.value : '', guards: [] });
    closures.push({ open: bodyOpen, close: src.close(bodyOpen), param, key });
  }
  // Middleware: v1.Use(auth), r.With(auth).Get(...)
  for (const m of matchAll(/(?<![\w.])([\w.]{1,80})\s{0,5}\.\s{0,5}Use\s{0,5}\(/g, code)) {
    const args = src.args(m.index + m[0].length - 1);
    ctx.graph.use(keyOf(m[1]!, m.index), m.index, guardsIn(args.map((a) => a.text).join(' ')));
  }
  // Mounts: r.Mount("/x", sub), r.Mount("/x", subRouter())
  for (const m of matchAll(/(?<![\w.])([\w.]{1,80})\s{0,5}\.\s{0,5}Mount\s{0,5}\(/g, code)) {
    const args = src.args(m.index + m[0].length - 1);
    const lit = args[0] && src.literalAt(args[0].start);
    if (!lit || !args[1]) continue;
    const call = /^(?:([\w.]{1,80})\.)?(\w{1,120})\s{0,5}\(/.exec(args[1].text);
    const targets = call ? calledFunctions(src, call[1], call[2]!, byName).map((c) => returnedKey(c.src, c.fn)) : [keyOf(args[1].text.trim(), m.index)];
    for (const target of targets) ctx.graph.mounts.push({ parent: keyOf(m[1]!, m.index), target, prefix: lit.value, guards: [] });
  }
  // Router passed to a registration function: api.RegisterRoutes(v1), routes.Setup(app, db)
  const stem = (name: string) => name.toLowerCase().replace(/(handler|controller|routes?|router|api|service|module)s?$/, '');
  for (const m of matchAll(/(?<![\w])(?:([\w.]{1,80})\.)?(\w{1,120})\s{0,5}\(/g, code)) {
    let candidates = byName.get(m[2]!);
    if (!candidates || /^func$/.test(m[2]!)) continue;
    if (candidates.length > 1) {
      // The same method name on several handler types: the qualifier (h.projectHandler, app.Handlers.Team) tells which.
      const qualifier = stem(m[1]?.split('.').pop() ?? '');
      const typed = candidates.filter((c) => c.fn.type && stem(c.fn.type) === qualifier);
      const plain = candidates.filter((c) => !c.fn.type && c.src.path.split('/').slice(-2, -1)[0] === m[1]);
      candidates = typed.length > 0 ? typed : plain.length > 0 ? plain : candidates.every((c) => !c.fn.type) && !m[1] ? candidates : [];
    }
    const args = src.args(m.index + m[0].length - 1);
    for (const { fn, src: home } of candidates) {
      if (home === src && fn.open <= m.index && fn.close > m.index) continue; // recursion or the declaration
      for (const [i, p] of fn.params) {
        const arg = args[i]?.text.trim();
        if (!arg) continue;
        const target = `func:${fn.name}#${p.name}`;
        if (/^&?[\w.]{1,80}$/.test(arg)) ctx.graph.mounts.push({ parent: keyOf(arg.replace(/^&/, ''), m.index), target, prefix: '', guards: [], offset: m.index });
        // A group made in the call itself: users.Register(v1.Group("/users", mw))
        const group = /^([\w.]{1,80})\s{0,5}\.\s{0,5}Group\s{0,5}\(/.exec(arg);
        if (!group) continue;
        const groupArgs = src.args(args[i]!.start + group[0].length - 1);
        const lit = groupArgs[0] && src.literalAt(groupArgs[0].start);
        if (lit && !lit.dynamic) ctx.graph.mounts.push({ parent: keyOf(group[1]!, m.index), target, prefix: lit.value, guards: guardsIn(groupArgs.slice(1).map((a) => a.text).join(' ')), offset: m.index });
        else ctx.unresolvedAt(src, m.index, framework, `the prefix of ${group[1]}.Group() is computed`);
      }
    }
  }

  // Routes: r.GET("/x", h), app.Get("/x", mw, h), r.With(auth).Post("/x", h)
  for (const m of matchAll(new RegExp(String.raw`(?<![\w.])([\w.]{1,80}?)((?:\s{0,5}\.\s{0,5}With\s{0,5}\([^()]{0,300}\))?)\s{0,5}\.\s{0,5}(${VERBS})\s{0,5}\(`, 'g'), code)) {
    const receiver = m[1]!;
    if (/^(http|c|ctx|req|resp|client|w|r\.URL|os|strings)$/.test(receiver) && !(receiver === 'r' && /chi|mux|httprouter/.test(framework))) {
      if (receiver !== 'r') continue;
    }
    const open = m.index + m[0].length - 1;
    const args = src.args(open);
    if (args.length < 2) continue;
    const lit = src.literalAt(args[0]!.start);
    if (!lit || lit.dynamic) {
      if (isRouter(receiver, m.index)) ctx.unresolvedAt(src, m.index, framework, `the path of ${receiver}.${m[3]}() is computed`);
      continue;
    }
    if (!lit.value.startsWith('/') && lit.value !== '') continue;
    const method: HttpMethod = toMethod(m[3]!)!;
    const handlerArgs = args.slice(1);
    const echo = framework === 'echo';
    const handler = echo ? handlerArgs[0]!.text : handlerArgs[handlerArgs.length - 1]!.text;
    const middleware = echo ? handlerArgs.slice(1) : handlerArgs.slice(0, -1);
    const guards: Guard[] = [...guardsIn(middleware.map((a) => a.text).join(' ') + ' ' + (m[2] ?? '')), ...wrapperGuards(handler)];
    ctx.graph.routes.push({ router: keyOf(receiver, m.index), method, path: normalizePath(lit.value), handler: handlerName(handler), file: src.path, line: src.lineAt(m.index), framework, ecosystem: 'go', guards, offset: m.index });
  }
  // net/http and gorilla: mux.HandleFunc("GET /x/{id}", h), r.HandleFunc("/x", h).Methods("GET"), chi r.Method("GET", "/x", h)
  for (const m of matchAll(/(?<![\w.])([\w.]{1,80}?)\s{0,5}\.\s{0,5}(HandleFunc|Handle|MethodFunc|Method)\s{0,5}\(/g, code)) {
    const receiver = m[1]!;
    const open = m.index + m[0].length - 1;
    const args = src.args(open);
    const methodArg = m[2]!.startsWith('Method');
    const pathArg = methodArg ? args[1] : args[0];
    if (!pathArg || args.length < 2) continue;
    const lit = src.literalAt(pathArg.start);
    if (!lit || lit.dynamic) {
      if (isRouter(receiver, m.index)) ctx.unresolvedAt(src, m.index, framework, `the path of ${receiver}.${m[2]}() is computed`);
      continue;
    }
    let path = lit.value;
    let methods: HttpMethod[] = ['ANY'];
    const spaced = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(?:[\w.-]{0,100})?(\/.*)$/.exec(path);
    if (spaced) {
      methods = [spaced[1] as HttpMethod];
      path = spaced[2]!;
    }
    if (methodArg) {
      const verb = /"(\w{1,10})"|http\.Method(\w{1,10})/.exec(args[0]!.text);
      const v = verb && toMethod(verb[1] ?? verb[2]!);
      if (v) methods = [v];
    }
    if (!path.startsWith('/')) continue;
    const chained = /^\s{0,20}\.\s{0,20}Methods\s{0,5}\(([^()]{0,200})\)/.exec(code.slice(src.close(open) + 1, src.close(open) + 300));
    if (chained) {
      const list = [...chained[1]!.matchAll(/"(\w{1,10})"|http\.Method(\w{1,10})/g)].map((x) => toMethod(x[1] ?? x[2]!)).filter((x): x is HttpMethod => Boolean(x));
      if (list.length > 0) methods = list;
    }
    const handler = args[args.length - 1]!.text;
    const fw = framework === 'gin' || framework === 'echo' || framework === 'fiber' ? 'net/http' : framework;
    for (const method of methods) ctx.graph.routes.push({ router: keyOf(receiver, m.index), method, path: normalizePath(path), handler: handlerName(handler), file: src.path, line: src.lineAt(m.index), framework: fw, ecosystem: 'go', guards: wrapperGuards(handler), offset: m.index });
  }
}

/** The mount-graph key of the router a function returns (functions of the same name live in many packages). */
function returnedKey(src: Source, fn: GoFunc): string {
  return `returned:${src.path}#${fn.name}`;
}

const dirOf = (path: string) => path.split('/').slice(0, -1).join('/');

/**
 * The functions a call `qualifier.name(…)` may run, narrowed when several share the name (`Router()`
 * on every sub-API): by the package the qualifier names or was built from (`admin.NewAPI(db)` makes
 * `adminAPI`, so `adminAPI.Router()` is the admin package's), by the caller's own package, then by the
 * type of the struct field the qualifier ends in (`a.Accounts.router()` with `Accounts *AccountResource`).
 * None when the call stays ambiguous: a router mounted under the wrong prefix would be a wrong route.
 */
function calledFunctions(src: Source, qualifier: string | undefined, name: string, byName: Map<string, { src: Source; fn: GoFunc }[]>): { src: Source; fn: GoFunc }[] {
  let list = byName.get(name) ?? [];
  if (list.length <= 1) return list;
  const narrow = (keep: (c: { src: Source; fn: GoFunc }) => boolean) => {
    const kept = list.filter(keep);
    if (kept.length > 0) list = kept;
  };
  const head = qualifier?.split('.')[0];
  if (head) {
    const pkg = builtFrom(src, head) ?? head;
    narrow((c) => dirOf(c.src.path).split('/').pop() === pkg);
  }
  if (list.length > 1) narrow((c) => dirOf(c.src.path) === dirOf(src.path));
  const field = qualifier?.includes('.') ? qualifier.split('.').pop() : undefined;
  if (list.length > 1 && field) {
    const declaration = new RegExp(String.raw`^[ \t]{1,40}${field}[ \t]{1,40}\*?(?:\w{1,80}\.)?(\w{1,120})[ \t]{0,40}(?:\/\/[^\n]{0,200})?$`, 'm');
    // The struct is declared in the caller's package, usually its own file.
    const files = [src, ...new Set([...byName.values()].flat().map((c) => c.src).filter((f) => f !== src && dirOf(f.path) === dirOf(src.path)))];
    const type = files.map((f) => declaration.exec(f.code)?.[1]).find(Boolean);
    if (type) narrow((c) => c.fn.type === type);
  }
  return list.length === 1 ? list : [];
}

const BUILT = new WeakMap<Source, Map<string, string | undefined>>();

/** The package a variable was made from in this file (`adminAPI, err := admin.NewAPI(db)` → admin), looked up once per file and name. */
function builtFrom(src: Source, name: string): string | undefined {
  let seen = BUILT.get(src);
  if (!seen) BUILT.set(src, (seen = new Map()));
  if (!seen.has(name)) seen.set(name, new RegExp(String.raw`(?<![\w.])${name}\s{0,5}(?:,\s{0,5}\w{1,80}\s{0,5})?:?=\s{0,5}&?(\w{1,80})\.\w{1,120}\s{0,5}[({]`).exec(src.code)?.[1]);
  return seen.get(name);
}

/** A handler wrapped in middleware: `authMiddleware(http.HandlerFunc(h))`, `jwtauth.Verifier(...)`. */
function wrapperGuards(handler: string): Guard[] {
  const m = /^([\w.]{1,120})\s{0,5}\(/.exec(handler.trim());
  if (!m || /HandlerFunc$/.test(m[1]!)) return [];
  return guardsIn(m[1]!);
}

function handlerName(text: string): string {
  const t = text.trim();
  if (t.startsWith('func')) return 'inline';
  const inner = /([\w.]{1,120})\s{0,5}\)*$/.exec(t);
  return (inner?.[1] ?? t).slice(0, 120);
}

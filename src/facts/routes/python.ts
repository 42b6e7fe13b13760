import { ExtractContext, matchAll } from './context.js';
import { guardsIn, mergeGuards } from './guards.js';
import type { Source } from './lex.js';
import { normalizePath, toMethod } from './paths.js';
import type { Guard, HttpMethod } from './types.js';

/** Literals that make a Python file worth reading for routes. */
export const PYTHON_ROUTE_TERMS = ['.route(', '.get(', '.post(', '.put(', '.patch(', '.delete(', '.api_route(', 'include_router', 'register_blueprint', 'urlpatterns', 'router.register', 'add_resource', 'add_url_rule', 'class ', 'def ', 'ROOT_URLCONF', 'DEFAULT_PERMISSION_CLASSES'];

interface PyClass {
  name: string;
  file: string;
  line: number;
  bases: string[];
  /** Method names defined in the class body. */
  methods: Map<string, { line: number; decorators: string }>;
  body: string;
}

/** Route extraction for FastAPI, Flask (blueprints, flask-restful, flask-restx) and Django (urls.py, DRF routers and viewsets). */
export function extractPython(ctx: ExtractContext): void {
  const classes = classIndex(ctx);
  const settings = settingsDefaults(classes);
  let globalDrf: Guard[] = [];
  let rootConf: string | undefined;
  for (const src of ctx.sources.values()) {
    const d = /DEFAULT_PERMISSION_CLASSES['"]?\s{0,20}:\s{0,20}[[(]([^\])]{0,500})/.exec(src.code);
    if (d) globalDrf = guardsIn(d[1]!);
    const r = /\bROOT_URLCONF\s{0,20}=\s{0,20}['"]([\w.]{1,200})['"]/.exec(src.code);
    if (r) rootConf = modulePath(ctx, r[1]!);
  }
  for (const src of ctx.sources.values()) {
    if (isPythonTest(src.path)) continue;
    decorated(ctx, src, classes);
    mounts(ctx, src, classes, settings);
    if (/\burlpatterns\b/.test(src.code)) djangoUrls(ctx, src, classes, globalDrf, rootConf);
  }
}

/**
 * String defaults of settings classes (`class Settings(BaseSettings): API_V1_STR: str = "/api/v1"`),
 * by attribute name; a name two classes define differently is left out.
 */
function settingsDefaults(classes: Map<string, PyClass[]>): Map<string, string> {
  const out = new Map<string, string>();
  const clash = new Set<string>();
  for (const list of classes.values())
    for (const cls of list) {
      if (!cls.bases.some((b) => /Settings$|^BaseConfig$|^Config$/.test(b)) && !/Settings$/.test(cls.name)) continue;
      for (const m of matchAll(/^[ \t]{1,40}(\w{1,80})[ \t]{0,20}(?::[^=\n]{1,80})?=[ \t]{0,20}(['"])(\/[^'"\n]{0,200})\2[ \t]{0,20}$/gm, cls.body)) {
        if (out.has(m[1]!) && out.get(m[1]!) !== m[3]) clash.add(m[1]!);
        out.set(m[1]!, m[3]!);
      }
    }
  for (const name of clash) out.delete(name);
  return out;
}

function isPythonTest(path: string): boolean {
  return /(^|\/)(tests?|testing)\/|(^|\/)test_[^/]*\.py$|_tests?\.py$|(^|\/)tests\.py$|(^|\/)conftest\.py$/.test(path);
}

const moduleIndex = new WeakMap<ReadonlySet<string>, Map<string, string[]>>();

/**
 * The repository's Python module files by module name (`users` for `a/users.py` and `a/users/__init__.py`),
 * built once per run: resolving each import by walking every path made a tree of 20k files with
 * thousands of imports quadratic (tens of seconds).
 */
function pythonModules(ctx: ExtractContext): Map<string, string[]> {
  let index = moduleIndex.get(ctx.paths);
  if (index) return index;
  index = new Map();
  for (const p of ctx.paths) {
    if (!p.endsWith('.py')) continue;
    const parts = p.split('/');
    const name = parts.at(-1) === '__init__.py' ? parts.at(-2) : parts.at(-1)!.slice(0, -3);
    if (name === undefined) continue;
    const list = index.get(name);
    if (list) list.push(p);
    else index.set(name, [p]);
  }
  moduleIndex.set(ctx.paths, index);
  return index;
}

/** The repository file of a dotted module name (`app.api.users`), or of a relative one from a file. */
function modulePath(ctx: ExtractContext, dotted: string, from?: string): string | undefined {
  let parts: string[];
  if (dotted.startsWith('.')) {
    if (!from) return undefined;
    const dots = /^\.+/.exec(dotted)![0].length;
    const base = from.split('/').slice(0, -1);
    for (let i = 1; i < dots; i++) base.pop();
    parts = [...base, ...dotted.slice(dots).split('.').filter(Boolean)];
    const stem = parts.join('/');
    for (const c of [`${stem}.py`, `${stem}/__init__.py`]) if (ctx.paths.has(c)) return c;
    return undefined;
  }
  const stem = dotted.split('.').join('/');
  const last = stem.slice(stem.lastIndexOf('/') + 1);
  const candidates: string[] = [];
  for (const p of pythonModules(ctx).get(last) ?? []) if (p === `${stem}.py` || p === `${stem}/__init__.py` || p.endsWith(`/${stem}.py`) || p.endsWith(`/${stem}/__init__.py`)) candidates.push(p);
  if (from) {
    // Prefer the candidate under the importing file's top folder (src/app/… next to src/main.py).
    const top = from.split('/')[0];
    candidates.sort((a, b) => Number(!a.startsWith(`${top}/`)) - Number(!b.startsWith(`${top}/`)) || a.length - b.length);
  } else candidates.sort((a, b) => a.length - b.length);
  return candidates[0];
}

/** Local names of a module: `from x import a as b` → b ↦ (x's file, a); `from pkg import mod` → mod ↦ (pkg/mod.py, *). */
function importsOf(ctx: ExtractContext, src: Source): Map<string, { file: string; name?: string }> {
  const out = new Map<string, { file: string; name?: string }>();
  for (const m of matchAll(/^[ \t]{0,40}from[ \t]{1,20}([\w.]{1,200})[ \t]{1,20}import[ \t]{1,20}(\([^)]{0,2000}\)|[^\n]{1,1000})/gm, src.code)) {
    const mod = m[1]!;
    for (const part of m[2]!.replace(/[()\\]/g, ' ').split(',')) {
      const bits = part.trim().split(/\s+as\s+/);
      const name = bits[0]?.trim();
      const local = (bits[1] ?? bits[0])?.trim();
      if (!name || !local || !/^\w+$/.test(local)) continue;
      const sub = modulePath(ctx, mod.endsWith('.') ? `${mod}${name}` : `${mod}.${name}`, src.path);
      if (sub) out.set(local, { file: sub });
      else {
        const file = modulePath(ctx, mod, src.path);
        if (file) out.set(local, { file, name });
      }
    }
  }
  for (const m of matchAll(/^[ \t]{0,40}import[ \t]{1,20}([\w.]{1,200})(?:[ \t]{1,20}as[ \t]{1,20}(\w{1,80}))?/gm, src.code)) {
    const file = modulePath(ctx, m[1]!, src.path);
    if (file) out.set(m[2] ?? m[1]!.split('.').pop()!, { file });
  }
  return out;
}

/** The mount-graph key of a router expression: `router`, `users.router`, `bp`, imported or local. */
function routerKey(src: Source, expr: string, imported: Map<string, { file: string; name?: string }>): string | undefined {
  const m = /^(\w{1,80})(?:\.(\w{1,80}))?$/.exec(expr.trim());
  if (!m) return undefined;
  const imp = imported.get(m[1]!);
  if (imp) {
    if (m[2]) return `${imp.file}#${m[2]}`;
    return `${imp.file}#${imp.name ?? m[1]}`;
  }
  if (!m[2]) return `${src.path}#${m[1]}`;
  return undefined;
}

function kwarg(args: string, name: string): string | undefined {
  const m = new RegExp(String.raw`\b${name}\s{0,20}=\s{0,20}[rbuf]{0,2}(['"])([^'"\n]{0,300})\1`).exec(args);
  return m?.[2];
}

/** Router declarations (FastAPI(), APIRouter(prefix=), Flask(), Blueprint(url_prefix=), Namespace(path=)) and mounts. */
function mounts(ctx: ExtractContext, src: Source, classes: Map<string, PyClass[]>, settings: Map<string, string>): void {
  const imported = importsOf(ctx, src);
  // Flask: @bp.before_request with a login check guards every route of the blueprint.
  for (const m of matchAll(/^[ \t]{0,40}@(\w{1,80})\.before_request\b/gm, src.code)) {
    const window = src.code.slice(m.index, m.index + 800);
    const def = /\bdef\s+\w+[^\n]{0,200}\n((?:[ \t]+[^\n]{0,300}\n){0,12})/.exec(window);
    const text = window.slice(0, def ? def.index : 200) + (def?.[1] ?? '');
    const found = /@([\w.]{1,100}login_required|[\w.]{1,100}jwt_required)|\b(verify_jwt_in_request|login_required)\b/.exec(text);
    const key = routerKey(src, m[1]!, imported);
    if (found && key) ctx.graph.use(key, -1, [{ kind: 'auth', name: `before_request ${found[1] ?? found[2]}` }]);
  }
  for (const m of matchAll(/^[ \t]{0,40}(\w{1,80})(?:[ \t]{0,20}:[ \t]{0,20}[\w.]{1,80})?[ \t]{0,20}=[ \t]{0,20}(?:[\w.]{1,80}\.)?(FastAPI|APIRouter|Flask|Blueprint|Namespace|Api|Quart|Sanic)\s{0,20}\(/gm, src.code)) {
    const key = `${src.path}#${m[1]}`;
    const open = m.index + m[0].length - 1;
    const args = src.code.slice(open, Math.max(open, src.close(open)));
    if (/^(FastAPI|Flask|Quart|Sanic)$/.test(m[2]!)) {
      ctx.graph.root(key);
      const root = kwarg(args, 'root_path');
      if (root) ctx.graph.ownPrefix(key, root);
    } else if (m[2] === 'Api') {
      // flask-restx/restful Api(app, prefix=…): resources added on it are served on the app.
      ctx.graph.defaultRoot(key);
      const prefix = kwarg(args, 'prefix');
      if (prefix) ctx.graph.ownPrefix(key, prefix);
    } else {
      const prefix = kwarg(args, m[2] === 'APIRouter' ? 'prefix' : m[2] === 'Namespace' ? 'path' : 'url_prefix');
      if (prefix) ctx.graph.ownPrefix(key, prefix);
      const deps = /\bdependencies\s{0,20}=\s{0,20}\[([^\]]{0,500})\]/.exec(args);
      if (deps) ctx.graph.use(key, -1, depends(deps[1]!));
      if (m[2] === 'Namespace') {
        // A restx namespace is served under /name unless add_namespace gives a path.
        const name = /^\(\s{0,20}(['"])([\w-]{1,80})\1/.exec(args);
        if (name && !prefix) ctx.graph.ownPrefix(key, `/${name[2]}`);
      }
    }
  }
  for (const m of matchAll(/(?<![\w.])(\w{1,80})\.(include_router|register_blueprint|add_namespace|mount)\s{0,20}\(/g, src.code)) {
    const open = m.index + m[0].length - 1;
    const args = src.args(open);
    if (args.length === 0) continue;
    const parent = routerKey(src, m[1]!, imported);
    let targetExpr = args[0]!.text;
    let prefix = '';
    if (m[2] === 'mount') {
      // app.mount("/v1", sub_app): a sub-application under a prefix.
      const lit = src.literalAt(args[0]!.start);
      if (!lit || !args[1]) continue;
      prefix = lit.value;
      targetExpr = args[1].text;
    }
    const target = routerKey(src, targetExpr, imported);
    if (!parent || !target) continue;
    const all = args.map((a) => a.text).join(',');
    let computedPrefix = false;
    if (m[2] !== 'mount') {
      const word = m[2] === 'include_router' ? 'prefix' : m[2] === 'add_namespace' ? 'path' : 'url_prefix';
      prefix = kwarg(all, word) ?? '';
      // prefix=settings.API_V1_STR: the default the settings class declares, else a computed prefix.
      const expr = !prefix && new RegExp(String.raw`\b${word}\s{0,20}=\s{0,20}([\w.()]{1,120})`).exec(all)?.[1];
      if (expr && expr !== 'None') {
        const value = settings.get(expr.split('.').pop()!);
        if (value !== undefined) prefix = value;
        else computedPrefix = true;
      }
    }
    const deps = /\bdependencies\s{0,20}=\s{0,20}\[([^\]]{0,500})\]/.exec(all);
    if (m[2] === 'add_namespace' && prefix) {
      // add_namespace(ns, path=…) replaces the namespace's own /name.
      ctx.graph.ownPrefix(target, '');
    }
    ctx.graph.mounts.push({ parent, target, prefix, guards: deps ? depends(deps[1]!) : [], ...(computedPrefix ? { computedPrefix } : {}) });
  }
  // flask-restful/restx: api.add_resource(TodoList, '/todos', '/todos/<int:id>')
  for (const m of matchAll(/(?<![\w.])(\w{1,80})\.add_resource\s{0,20}\(/g, src.code)) {
    const args = src.args(m.index + m[0].length - 1);
    const parent = routerKey(src, m[1]!, imported);
    const resource = args[0]?.text;
    if (!parent || !resource) continue;
    const cls = findClass(classes, resource, imported, src);
    for (const a of args.slice(1)) {
      const lit = src.literalAt(a.start);
      if (!lit || lit.dynamic || a.text.includes('=')) continue;
      const methods = cls ? viewMethods(cls, 0, classes) : undefined;
      if (!methods) {
        ctx.unresolvedAt(src, m.index, 'flask-restful', `the methods of ${resource} are not visible`);
        continue;
      }
      for (const [method, at] of methods) ctx.graph.routes.push({ router: parent, method, path: normalizePath(lit.value), handler: `${resource}.${at.name}`, file: cls!.file, line: at.line, framework: 'flask-restful', ecosystem: 'python', guards: classGuards(cls!, at.name) });
    }
  }
  // app.add_url_rule('/x', view_func=…, methods=[…])
  for (const m of matchAll(/(?<![\w.])(\w{1,80})\.add_url_rule\s{0,20}\(/g, src.code)) {
    const args = src.args(m.index + m[0].length - 1);
    const parent = routerKey(src, m[1]!, imported);
    const lit = args[0] && src.literalAt(args[0].start);
    if (!parent || !lit || lit.dynamic) continue;
    const all = args.map((a) => a.text).join(',');
    const methods = /\bmethods\s{0,20}=\s{0,20}[[(]([^\])]{0,200})/.exec(all);
    const view = /\bview_func\s{0,20}=\s{0,20}([\w.]{1,120})/.exec(all) ?? (args[2] ? /^([\w.]{1,120})/.exec(args[2].text) : null);
    const cls = view && /\.as_view$/.test(view[1]!) ? findClass(classes, view[1]!.replace(/\.as_view$/, ''), imported, src) : undefined;
    const list: HttpMethod[] = methods ? methodList(methods[1]!) : cls ? [...(viewMethods(cls, 0, classes)?.keys() ?? ['GET'])] : ['GET'];
    for (const method of list) ctx.graph.routes.push({ router: parent, method, path: normalizePath(lit.value), ...(view ? { handler: view[1]! } : {}), file: src.path, line: src.lineAt(m.index), framework: 'flask', ecosystem: 'python', guards: [] });
  }
}

function methodList(text: string): HttpMethod[] {
  const out: HttpMethod[] = [];
  for (const w of text.match(/['"](\w{1,10})['"]/g) ?? []) {
    const m = toMethod(w.slice(1, -1));
    if (m && !out.includes(m)) out.push(m);
  }
  return out;
}

/** Guards among FastAPI dependencies: `Depends(get_current_user)`, `Security(oauth2_scheme)`. */
function depends(text: string): Guard[] {
  const out: Guard[] = [];
  for (const m of matchAll(/\b(Depends|Security)\s{0,5}\(\s{0,5}([\w.]{1,100})(\([^()]{0,200}\))?/g, text)) {
    const name = m[2]! + (m[3] ?? '');
    const kinds = guardsIn(name);
    if (kinds.length > 0) out.push({ kind: kinds.some((k) => k.kind === 'role') ? 'role' : 'auth', name: `${m[1]}(${name})` });
    else if (m[1] === 'Security') out.push({ kind: 'auth', name: `Security(${name})` });
  }
  return out;
}

const DECORATOR = /^[ \t]{0,40}@(\w{1,80}(?:\.\w{1,80}){0,2})\.(get|post|put|patch|delete|route|api_route|options|head)\s{0,5}\(/gm;
const GUARD_DECORATOR = /@([\w.]{1,100})(\([^()\n]{0,200}\))?/g;

/** FastAPI and Flask decorators on functions and (flask-restx) resource classes. */
function decorated(ctx: ExtractContext, src: Source, classes: Map<string, PyClass[]>): void {
  const imported = importsOf(ctx, src);
  const fastapi = /\bfrom\s+fastapi\b|\bimport\s+fastapi\b/.test(src.code);
  for (const m of matchAll(DECORATOR, src.code)) {
    const receiver = m[1]!;
    if (/^(self|requests|httpx|client|session|cache|redis|os|app\.test_client)$/.test(receiver)) continue;
    const open = m.index + m[0].length - 1;
    const args = src.args(open);
    if (args.length === 0) continue;
    let lit = src.literalAt(args[0]!.start);
    if (!lit || args[0]!.text.includes('=')) {
      const kw = args.find((a) => /^(path|rule)\s{0,5}=/.test(a.text));
      lit = kw ? src.literalAt(kw.start + kw.text.indexOf('=') + 1) : undefined;
    }
    const framework = fastapi ? 'fastapi' : 'flask';
    if (!lit || lit.dynamic) {
      ctx.unresolvedAt(src, m.index, framework, `the path of @${receiver}.${m[2]}() is not a literal`);
      continue;
    }
    // The decorated definition and the decorators stacked with this one.
    const after = src.code.slice(src.close(open) + 1, src.close(open) + 3000);
    const def = /^[ \t]{0,40}(?:async[ \t]+)?(def|class)[ \t]+(\w{1,120})/m.exec(after);
    if (!def) continue;
    const defAt = src.close(open) + 1 + def.index;
    const blockStart = decoratorBlockStart(src.code, m.index);
    const decorators = src.code.slice(blockStart, defAt);
    const all = args.map((a) => a.text).join(',');
    const methodsArg = /\bmethods\s{0,20}=\s{0,20}[[(]([^\])]{0,200})/.exec(all);
    const key = routerKey(src, receiver, imported) ?? `${src.path}#${receiver}`;
    let guards = mergeGuards(decoratorGuards(decorators, m.index - blockStart), depends(all));
    if (def[1] === 'def') {
      const paren = src.code.indexOf('(', defAt);
      const close = src.close(paren);
      if (paren !== -1 && close !== -1) guards = mergeGuards(guards, depends(src.code.slice(paren, close)));
      let methods: HttpMethod[];
      if (m[2] === 'route' || m[2] === 'api_route') methods = methodsArg ? methodList(methodsArg[1]!) : ['GET'];
      else methods = [toMethod(m[2]!)!];
      for (const method of methods) ctx.graph.routes.push({ router: key, method, path: normalizePath(lit.value), handler: def[2]!, file: src.path, line: src.lineAt(m.index), framework, ecosystem: 'python', guards });
    } else {
      // flask-restx/MethodView class: one route per HTTP method it defines.
      const cls = (classes.get(def[2]!) ?? []).find((c) => c.file === src.path);
      const methods = cls && viewMethods(cls, 0, classes);
      if (!cls || !methods) continue;
      for (const [method, at] of methods) ctx.graph.routes.push({ router: key, method, path: normalizePath(lit.value), handler: `${def[2]}.${at.name}`, file: src.path, line: at.line, framework: 'flask-restx', ecosystem: 'python', guards: mergeGuards(guards, classGuards(cls, at.name)) });
    }
  }
}

function decoratorBlockStart(code: string, at: number): number {
  let start = at;
  for (;;) {
    const prevEnd = code.lastIndexOf('\n', start - 1);
    if (prevEnd <= 0) return start;
    const prevStart = code.lastIndexOf('\n', prevEnd - 1) + 1;
    const line = code.slice(prevStart, prevEnd);
    if (/^\s*@/.test(line) || /^\s*[)\]},]/.test(line) || (/^\s+\S/.test(line) && /[(,]\s*$/.test(line))) start = prevStart;
    else return start;
  }
}

/** Guards among decorators: `@login_required`, `@jwt_required()`, `@roles_required('admin')`, `@permission_classes([IsAuthenticated])`. */
function decoratorGuards(text: string, skipFrom = -1): Guard[] {
  const out: Guard[] = [];
  for (const m of matchAll(GUARD_DECORATOR, text)) {
    if (m.index === skipFrom) continue;
    if (/\.(get|post|put|patch|delete|route|api_route)$/.test(m[1]!)) continue;
    if (m[1] === 'permission_classes' || m[1] === 'method_decorator') {
      out.push(...guardsIn(m[2] ?? '').filter((g) => !/AllowAny/.test(g.name)));
      continue;
    }
    const found = guardsIn(m[1]!);
    if (found.length > 0) out.push({ kind: found[0]!.kind, name: `@${m[1]}${m[2] ?? ''}` });
  }
  return out;
}

/** Every class of the candidate files, by name. */
function classIndex(ctx: ExtractContext): Map<string, PyClass[]> {
  const out = new Map<string, PyClass[]>();
  for (const src of ctx.sources.values()) {
    for (const m of matchAll(/^([ \t]{0,40})class[ \t]+(\w{1,120})[ \t]{0,20}(?:\(([^)]{0,500})\))?[ \t]{0,20}:/gm, src.code)) {
      const indent = m[1]!.length;
      const start = m.index + m[0].length;
      // The body: until the next line indented at most as much as the class line.
      const re = new RegExp(`\\n[ \\t]{0,${indent}}(?=[^ \\t\\n#])`, 'g');
      re.lastIndex = start;
      const next = re.exec(src.code);
      const end = next ? next.index : src.code.length;
      const body = src.code.slice(start, end);
      const methods = new Map<string, { line: number; decorators: string }>();
      for (const d of matchAll(/^[ \t]{1,80}(?:async[ \t]+)?def[ \t]+(\w{1,120})/gm, body)) {
        const at = start + d.index;
        const from = decoratorBlockStart(src.code, at + (d[0].length - d[0].trimStart().length));
        methods.set(d[1]!, { line: src.lineAt(at + d[0].search(/\S/)), decorators: src.code.slice(from, at) });
      }
      const cls: PyClass = { name: m[2]!, file: src.path, line: src.lineAt(m.index + indent), bases: (m[3] ?? '').split(',').map((b) => b.trim().replace(/^[\w.]*\./, '')).filter(Boolean), methods, body };
      const list = out.get(cls.name) ?? [];
      list.push(cls);
      out.set(cls.name, list);
    }
  }
  return out;
}

function findClass(classes: Map<string, PyClass[]>, expr: string, imported: Map<string, { file: string; name?: string }>, src: Source): PyClass | undefined {
  const parts = expr.trim().split('.');
  const name = parts[parts.length - 1]!;
  const list = classes.get(name) ?? [];
  if (list.length <= 1) return list[0];
  const module = parts.length > 1 ? imported.get(parts[0]!)?.file : imported.get(name)?.file;
  return list.find((c) => c.file === module) ?? list.find((c) => c.file === src.path) ?? list[0];
}

/** Method sets of DRF generic views, Django generic views and mixins, by base class name. */
const BASE_METHODS: Record<string, HttpMethod[]> = {
  ListAPIView: ['GET'], CreateAPIView: ['POST'], ListCreateAPIView: ['GET', 'POST'], RetrieveAPIView: ['GET'], UpdateAPIView: ['PUT', 'PATCH'], DestroyAPIView: ['DELETE'],
  RetrieveUpdateAPIView: ['GET', 'PUT', 'PATCH'], RetrieveDestroyAPIView: ['GET', 'DELETE'], RetrieveUpdateDestroyAPIView: ['GET', 'PUT', 'PATCH', 'DELETE'],
  ListModelMixin: ['GET'], CreateModelMixin: ['POST'], RetrieveModelMixin: ['GET'], UpdateModelMixin: ['PUT', 'PATCH'], DestroyModelMixin: ['DELETE'],
  // RedirectView redirects whatever the method; DeleteView deletes on DELETE as well as on its form's POST.
  ListView: ['GET'], DetailView: ['GET'], TemplateView: ['GET'], RedirectView: ['ANY'], CreateView: ['GET', 'POST'], UpdateView: ['GET', 'POST'], DeleteView: ['GET', 'POST', 'DELETE'], FormView: ['GET', 'POST'],
  LoginView: ['GET', 'POST'], LogoutView: ['POST'],
  TokenObtainPairView: ['POST'], TokenRefreshView: ['POST'], TokenVerifyView: ['POST'], TokenBlacklistView: ['POST'], ObtainAuthToken: ['POST'], TokenObtainSlidingView: ['POST'],
};
const HANDLER_METHODS: Record<string, HttpMethod> = { get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE', head: 'HEAD', options: 'OPTIONS' };

/** The HTTP methods a class-based view answers, with the defining method; undefined when not knowable. */
function viewMethods(cls: PyClass, depth = 0, classes?: Map<string, PyClass[]>): Map<HttpMethod, { name: string; line: number }> | undefined {
  const out = new Map<HttpMethod, { name: string; line: number }>();
  for (const [name, info] of cls.methods) {
    const method = HANDLER_METHODS[name];
    if (method) out.set(method, { name, line: info.line });
  }
  let known = out.size > 0;
  for (const base of cls.bases) {
    const list = BASE_METHODS[base];
    if (list) {
      known = true;
      for (const method of list) if (!out.has(method)) out.set(method, { name: base, line: cls.line });
    } else if (/^(APIView|View|Resource|MethodView|GenericAPIView|object)$/.test(base)) known = true;
    else if (classes && depth < 3) {
      const parent = classes.get(base)?.[0];
      const inherited = parent && viewMethods(parent, depth + 1, classes);
      if (inherited) {
        known = true;
        for (const [m, at] of inherited) if (!out.has(m)) out.set(m, at);
      }
    }
  }
  const allowed = /\bhttp_method_names\s{0,20}=\s{0,20}[[(]([^\])]{0,200})/.exec(cls.body);
  if (allowed) {
    const list = methodList(allowed[1]!);
    for (const m of [...out.keys()]) if (!list.includes(m)) out.delete(m);
  }
  return known ? out : undefined;
}

/** Guards of a class-based view: permission_classes, LoginRequiredMixin, method decorators. */
function classGuards(cls: PyClass, method?: string, global: Guard[] = []): Guard[] {
  const out: Guard[] = [];
  const perms = /\bpermission_classes\s{0,20}=\s{0,20}[[(]([^\])]{0,500})/.exec(cls.body);
  if (perms) {
    if (/\bAllowAny\b/.test(perms[1]!) && !/IsAuthenticated|IsAdmin/.test(perms[1]!)) return [];
    out.push(...guardsIn(perms[1]!).map((g) => ({ kind: g.kind, name: `permission_classes ${g.name}` })));
  } else out.push(...global);
  for (const base of cls.bases) {
    if (/LoginRequired|PermissionRequired|UserPassesTest|Authenticated/.test(base)) out.push({ kind: /Permission|UserPasses/.test(base) ? 'role' : 'auth', name: base });
    else if (/Required|Only|Permission/.test(base) && guardsIn(base).length > 0) out.push({ kind: guardsIn(base)[0]!.kind, name: base });
  }
  for (const m of matchAll(/@method_decorator\(\s{0,5}([\w.]{1,100})/g, cls.body)) out.push(...guardsIn(m[1]!));
  const info = method ? cls.methods.get(method) : undefined;
  if (info) out.push(...decoratorGuards(info.decorators));
  if (/\bget_queryset\b[\s\S]{0,400}?(request\.user|self\.request\.user)/.test(cls.body)) out.push({ kind: 'role', name: 'queryset filtered by request.user' });
  return mergeGuards(out);
}

const VIEWSET_ACTIONS: { action: string; method: HttpMethod; detail: boolean }[] = [
  { action: 'list', method: 'GET', detail: false },
  { action: 'create', method: 'POST', detail: false },
  { action: 'retrieve', method: 'GET', detail: true },
  { action: 'update', method: 'PUT', detail: true },
  { action: 'partial_update', method: 'PATCH', detail: true },
  { action: 'destroy', method: 'DELETE', detail: true },
];
const VIEWSET_BASES: Record<string, string[]> = {
  ModelViewSet: ['list', 'create', 'retrieve', 'update', 'partial_update', 'destroy'],
  ReadOnlyModelViewSet: ['list', 'retrieve'],
  ListModelMixin: ['list'], CreateModelMixin: ['create'], RetrieveModelMixin: ['retrieve'], UpdateModelMixin: ['update', 'partial_update'], DestroyModelMixin: ['destroy'],
};

function viewsetActions(cls: PyClass, classes: Map<string, PyClass[]>, depth = 0): Set<string> {
  const out = new Set<string>();
  for (const name of cls.methods.keys()) if (VIEWSET_ACTIONS.some((a) => a.action === name)) out.add(name);
  for (const base of cls.bases) {
    for (const a of VIEWSET_BASES[base] ?? []) out.add(a);
    const parent = !VIEWSET_BASES[base] && depth < 3 ? classes.get(base)?.[0] : undefined;
    if (parent) for (const a of viewsetActions(parent, classes, depth + 1)) out.add(a);
  }
  return out;
}

/** Django urls.py: path()/re_path()/url() entries, include() mounts and DRF routers. */
function djangoUrls(ctx: ExtractContext, src: Source, classes: Map<string, PyClass[]>, globalDrf: Guard[], rootConf: string | undefined): void {
  const imported = importsOf(ctx, src);
  const key = src.path;
  if (rootConf ? rootConf === src.path : true) ctx.graph.defaultRoot(key);
  // DRF routers: router = DefaultRouter(); router.register(r'posts', PostViewSet)
  const routers = new Set<string>();
  for (const m of matchAll(/^[ \t]{0,40}(\w{1,80})[ \t]{0,20}=[ \t]{0,20}(?:[\w.]{1,80}\.)?(DefaultRouter|SimpleRouter|ExtendedSimpleRouter|ExtendedDefaultRouter|NestedSimpleRouter|NestedDefaultRouter)\s{0,5}\(/gm, src.code)) routers.add(m[1]!);
  for (const m of matchAll(/(?<![\w.])(\w{1,80})\.register\s{0,20}\(/g, src.code)) {
    if (!routers.has(m[1]!)) continue;
    const args = src.args(m.index + m[0].length - 1);
    const lit = args[0] && src.literalAt(args[0].start);
    const view = args[1]?.text;
    if (!lit || lit.dynamic || !view) continue;
    const cls = findClass(classes, view, imported, src);
    if (!cls) {
      ctx.unresolvedAt(src, m.index, 'django-rest-framework', `the viewset ${view} is not visible`);
      continue;
    }
    const actions = viewsetActions(cls, classes);
    const base = lit.value;
    for (const a of VIEWSET_ACTIONS) {
      if (!actions.has(a.action)) continue;
      const at = cls.methods.get(a.action);
      ctx.graph.routes.push({ router: `${src.path}#${m[1]}`, method: a.method, path: normalizePath(a.detail ? `${base}/{pk}` : base), handler: `${cls.name}.${a.action}`, file: at ? cls.file : src.path, line: at ? at.line : src.lineAt(m.index), framework: 'django-rest-framework', ecosystem: 'python', guards: classGuards(cls, a.action, globalDrf) });
    }
    // @action(detail=True, methods=['post'], url_path='publish')
    for (const x of matchAll(/@action\s{0,5}\(([^()]{0,500})\)\s{0,200}?def[ \t]+(\w{1,120})/g, cls.body)) {
      const detail = /\bdetail\s{0,5}=\s{0,5}True/.test(x[1]!);
      const urlPath = kwarg(x[1]!, 'url_path') ?? x[2]!.replace(/_/g, '-');
      const methods = /\bmethods\s{0,5}=\s{0,5}[[(]([^\])]{0,200})/.exec(x[1]!);
      const info = cls.methods.get(x[2]!);
      for (const method of methods ? methodList(methods[1]!) : (['GET'] as HttpMethod[])) {
        ctx.graph.routes.push({ router: `${src.path}#${m[1]}`, method, path: normalizePath(detail ? `${base}/{pk}/${urlPath}` : `${base}/${urlPath}`), handler: `${cls.name}.${x[2]}`, file: cls.file, line: info?.line ?? cls.line, framework: 'django-rest-framework', ecosystem: 'python', guards: mergeGuards(classGuards(cls, x[2], globalDrf), guardsIn(kwarg(x[1]!, 'permission_classes') ?? '')) });
      }
    }
  }
  for (const r of routers) if (new RegExp(String.raw`\burlpatterns\s{0,5}\+?=\s{0,5}(?:[^\n]{0,200}\+\s{0,5})?${r}\.urls\b`).test(src.code)) ctx.graph.mounts.push({ parent: key, target: `${src.path}#${r}`, prefix: '', guards: [] });

  for (const m of matchAll(/(?<![\w.])(path|re_path|url)\s{0,5}\(/g, src.code)) {
    const open = m.index + m[0].length - 1;
    const args = urlArgs(src, open);
    if (!args) continue;
    const lit = src.literalAt(args[0].start);
    if (!lit || lit.dynamic) continue;
    // re_path()/url() take regular expressions: their anchors are not part of the path (`url(r'^', include(...))`).
    const route = m[1] === 'path' ? lit.value : lit.value.replace(/^\^/, '').replace(/\$$/, '');
    const view = args[1].text;
    const inc = /^include\s{0,5}\(\s{0,5}(?:\(\s{0,5})?(?:(['"])([\w.]{1,200})\1|([\w.]{1,120}))/.exec(view);
    if (inc) {
      if (inc[2]) {
        const target = modulePath(ctx, inc[2], src.path);
        if (target) ctx.graph.mounts.push({ parent: key, target, prefix: route, guards: [] });
      } else if (inc[3]) {
        const r = /^(\w{1,80})\.urls$/.exec(inc[3]);
        if (r && routers.has(r[1]!)) ctx.graph.mounts.push({ parent: key, target: `${src.path}#${r[1]}`, prefix: route, guards: [] });
        else if (r && imported.has(r[1]!)) {
          const imp = imported.get(r[1]!)!;
          ctx.graph.mounts.push({ parent: key, target: `${imp.file}#${imp.name ?? r[1]}`, prefix: route, guards: [] });
        } else if (imported.has(inc[3])) ctx.graph.mounts.push({ parent: key, target: imported.get(inc[3])!.file, prefix: route, guards: [] });
      }
      continue;
    }
    if (/^admin\.site\.urls$/.test(view) || /^static\(/.test(view)) continue;
    const path = normalizePath(route);
    const handler = view.replace(/\s+/g, ' ').slice(0, 120);
    const asView = /^([\w.]{1,120})\.as_view\s{0,5}\(\s{0,5}(\{[^}]{0,500}\})?/.exec(view);
    let methods: Map<HttpMethod, { name: string; line: number }> | undefined;
    let guards: Guard[] = [];
    let file = src.path;
    let line = src.lineAt(m.index);
    if (asView) {
      const cls = findClass(classes, asView[1]!, imported, src);
      if (asView[2]) {
        methods = new Map();
        for (const pair of asView[2].matchAll(/['"](\w{1,10})['"]\s{0,5}:\s{0,5}['"](\w{1,80})['"]/g)) {
          const method = toMethod(pair[1]!);
          if (method) methods.set(method, { name: pair[2]!, line });
        }
      } else if (cls) methods = viewMethods(cls, 0, classes);
      else if (BASE_METHODS[asView[1]!.split('.').pop()!]) methods = new Map(BASE_METHODS[asView[1]!.split('.').pop()!]!.map((method) => [method, { name: asView[1]!, line }]));
      if (cls) {
        guards = classGuards(cls, undefined, globalDrf);
        file = cls.file;
        line = cls.line;
      }
    } else {
      const fn = functionView(ctx, view, imported, src);
      if (fn) {
        methods = fn.methods;
        guards = fn.guards;
      }
    }
    if (!methods || methods.size === 0) methods = new Map([['ANY' as HttpMethod, { name: handler, line }]]);
    for (const [method, at] of methods) ctx.graph.routes.push({ router: key, method, path, handler, file, line: asView && at.line ? at.line : line, framework: 'django', ecosystem: 'python', guards });
  }
}

/**
 * The route and view of a path()/re_path()/url() call, positional or by keyword
 * (`url(regex=r'^$', view=views.List.as_view())`); the value text of keyword arguments.
 */
function urlArgs(src: Source, open: number): [{ text: string; start: number }, { text: string; start: number }] | undefined {
  const args = src.args(open);
  const named = /^\w{1,20}\s{0,5}=(?!=)/;
  const keyword = (name: RegExp) => {
    const arg = args.find((a) => name.test(a.text));
    if (!arg) return undefined;
    const eq = src.code.indexOf('=', arg.start);
    return { text: arg.text.slice(arg.text.indexOf('=') + 1).trim(), start: eq + 1 };
  };
  const route = args[0] && !named.test(args[0].text) ? args[0] : keyword(/^(route|regex)\s{0,5}=(?!=)/);
  const view = args[1] && !named.test(args[1].text) ? args[1] : keyword(/^view\s{0,5}=(?!=)/);
  return route && view ? [route, view] : undefined;
}

/** A function view's methods (`@api_view(['GET'])`, `@require_POST`) and guards. */
function functionView(ctx: ExtractContext, expr: string, imported: Map<string, { file: string; name?: string }>, src: Source): { methods: Map<HttpMethod, { name: string; line: number }>; guards: Guard[] } | undefined {
  const parts = expr.trim().split('.');
  const name = parts[parts.length - 1]!;
  if (!/^\w+$/.test(name)) return undefined;
  const file = parts.length > 1 ? imported.get(parts[0]!)?.file : (imported.get(name)?.file ?? src.path);
  const target = file ? ctx.sources.get(file) : undefined;
  if (!target) return undefined;
  const def = new RegExp(String.raw`^[ \t]{0,40}(?:async[ \t]+)?def[ \t]+${name}\b`, 'm').exec(target.code);
  if (!def) return undefined;
  const decorators = target.code.slice(decoratorBlockStart(target.code, def.index), def.index);
  const methods = new Map<HttpMethod, { name: string; line: number }>();
  const line = target.lineAt(def.index);
  const api = /@(api_view|require_http_methods)\s{0,5}\(\s{0,5}[[(]([^\])]{0,200})/.exec(decorators);
  if (api) for (const m of methodList(api[2]!)) methods.set(m, { name, line });
  const single = /@require_(GET|POST|safe)\b/.exec(decorators);
  if (single) for (const m of single[1] === 'safe' ? (['GET', 'HEAD'] as HttpMethod[]) : [single[1] as HttpMethod]) methods.set(m, { name, line });
  if (/@api_view\b(?!\s*\()/.test(decorators) && methods.size === 0) methods.set('GET', { name, line });
  return { methods, guards: decoratorGuards(decorators) };
}

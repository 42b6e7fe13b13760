import { ExtractContext, matchAll } from './context.js';
import { mergeGuards } from './guards.js';
import type { Source } from './lex.js';
import { joinPaths, normalizePath, toMethod } from './paths.js';
import type { Guard, HttpMethod } from './types.js';

/** Literals that make a C# file worth reading for routes. */
export const CSHARP_ROUTE_TERMS = ['[Http', '[Route(', 'Map', 'Configure()', 'const string', 'Controller'];

/** Route extraction for ASP.NET Core controllers, minimal APIs (with MapGroup) and FastEndpoints. */
export function extractCsharp(ctx: ExtractContext): void {
  const classes: ControllerClass[] = [];
  const constants = new Map<string, string>();
  for (const src of ctx.sources.values()) {
    // Route constants: `public const string Route = "/Contributors";`, by name and by Class.Name.
    for (const k of src.code.matchAll(/\bconst\s+string\s+(\w{1,80})\s{0,5}=\s{0,5}"([^"\n]{0,300})"/g)) {
      const owner = [...src.code.slice(0, k.index).matchAll(/\b(?:class|record|struct)\s+(\w{1,120})/g)].pop()?.[1];
      if (owner) constants.set(`${owner}.${k[1]}`, k[2]!);
      if (!constants.has(k[1]!)) constants.set(k[1]!, k[2]!);
    }
  }
  for (const src of ctx.sources.values()) {
    if (/(^|\/)[^/]*tests?[^/]*\//i.test(src.path) || /Tests?\.cs$/.test(src.path)) continue;
    if (/\[(Http(Get|Post|Put|Patch|Delete)|Route)\b|Controller\b/.test(src.code)) classes.push(...controllerClasses(src));
    if (/\.Map(Get|Post|Put|Patch|Delete|Methods|Group|HealthChecks|)\s{0,5}\(/.test(src.code)) minimal(ctx, src);
    if (/\bvoid\s+Configure\s{0,5}\(\s{0,5}\)/.test(src.code) && /:\s{0,5}(Endpoint|EndpointWithoutRequest)\b/.test(src.code)) fastEndpoints(ctx, src, constants);
  }
  controllers(ctx, classes);
}

/** Guards among attributes: `[Authorize]`, `[Authorize(Roles = "Admin")]`, `[Authorize(Policy = …)]`. */
function attributeGuards(text: string): Guard[] | 'anonymous' {
  if (/\[\s{0,5}AllowAnonymous\s{0,5}\]/.test(text)) return 'anonymous';
  const out: Guard[] = [];
  for (const m of matchAll(/\[\s{0,5}Authorize\s{0,5}(\(([^()\]]{0,300})\))?\s{0,5}[\],]/g, text)) {
    const args = m[2] ?? '';
    out.push({ kind: /Roles|Policy/.test(args) ? 'role' : 'auth', name: `[Authorize${m[1] ?? ''}]` });
  }
  return out;
}

function template(args: string): string | undefined {
  const m = /^\s{0,20}(?:template\s{0,5}:\s{0,5})?@?"([^"\n]{0,300})"/.exec(args);
  return m?.[1];
}

interface Action {
  method: HttpMethod;
  template: string | undefined;
  name: string;
  file: string;
  line: number;
  guards: Guard[] | 'anonymous';
}

interface ControllerClass {
  name: string;
  base?: string;
  abstract: boolean;
  isController: boolean;
  routes: string[];
  guards: Guard[] | 'anonymous';
  actions: Action[];
}

/** Controller classes of one file, with their attribute routes and actions. */
function controllerClasses(src: Source): ControllerClass[] {
  const code = src.code;
  const out: ControllerClass[] = [];
  // A C# 12 primary constructor (`class TasksController(IMediator mediator) : Controller`) sits between the name and the base.
  for (const c of matchAll(/\bclass\s+(\w{1,120})(?:<[^>]{0,200}>)?\s{0,5}(?:\((?:[^()]|\([^()]{0,200}\)){0,600}\))?\s{0,5}(?::\s{0,5}([^{]{0,600}))?\{/g, code)) {
    const name = c[1]!;
    const open = c.index + c[0].length - 1;
    const close = src.close(open);
    if (close === -1) continue;
    const head = code.slice(src.statementStart(c.index), c.index);
    const base = /^\s{0,5}([\w.]{1,120})/.exec(c[2] ?? '')?.[1]?.split('.').pop();
    const isController = /Controller\b/.test(c[2] ?? '') || /\[ApiController\]/.test(head) || /Controller$/.test(name);
    const cls: ControllerClass = {
      name,
      ...(base ? { base } : {}),
      abstract: /\babstract\b/.test(head),
      isController,
      routes: [...head.matchAll(/\[\s{0,5}Route\s{0,5}\(([^()]{0,300})\)/g)].map((m) => template(m[1]!)).filter((t): t is string => t !== undefined),
      guards: attributeGuards(head),
      actions: [],
    };
    const body = code.slice(open + 1, close);
    for (const a of matchAll(/\[\s{0,5}Http(Get|Post|Put|Patch|Delete|Head|Options)\s{0,5}(\(([^()]{0,300})\))?\s{0,5}[\],]/g, body)) {
      const at = open + 1 + a.index;
      const blockStart = src.statementStart(at);
      const sigMatch = /\b(?:public|internal|protected)\s[^(;{]{0,200}?\b(\w{1,120})\s{0,5}(?:<[^>]{0,100}>)?\s{0,5}\(/.exec(code.slice(at, at + 2000));
      const block = code.slice(blockStart, sigMatch ? at + sigMatch.index : at + 200);
      const own = a[3] !== undefined ? template(a[3]) : undefined;
      const routeAttr = /\[\s{0,5}Route\s{0,5}\(([^()]{0,300})\)/.exec(block);
      cls.actions.push({ method: toMethod(a[1]!)!, template: own ?? (routeAttr ? template(routeAttr[1]!) : undefined), name: sigMatch?.[1] ?? '', file: src.path, line: src.lineAt(at), guards: attributeGuards(block) });
    }
    out.push(cls);
  }
  return out;
}

/** Attribute-routed controllers, actions inherited from (abstract) base controllers included. */
function controllers(ctx: ExtractContext, classes: ControllerClass[]): void {
  const byName = new Map<string, ControllerClass>();
  for (const c of classes) if (!byName.has(c.name)) byName.set(c.name, c);
  for (const cls of classes) {
    if (cls.abstract) continue;
    const chain: ControllerClass[] = [];
    for (let c: ControllerClass | undefined = cls; c && chain.length < 8 && !chain.includes(c); c = c.base ? byName.get(c.base) : undefined) chain.push(c);
    if (!chain.some((c) => c.isController) || !chain.some((c) => c.actions.length > 0)) continue;
    const routes = chain.find((c) => c.routes.length > 0)?.routes ?? [''];
    const anonymousClass = chain.some((c) => c.guards === 'anonymous');
    const classGuards = anonymousClass ? [] : mergeGuards(...chain.map((c) => (c.guards === 'anonymous' ? [] : c.guards)));
    const token = cls.name.replace(/Controller$/, '');
    const seen = new Set<string>();
    for (const c of chain)
      for (const action of c.actions) {
        const guards = action.guards === 'anonymous' ? [] : mergeGuards(classGuards, action.guards);
        const bases = action.template?.startsWith('/') || action.template?.startsWith('~/') ? [''] : routes;
        for (const base of bases) {
          const fill = (t: string) => t.replace(/\[controller\]/gi, token).replace(/\[action\]/gi, action.name.replace(/Async$/, ''));
          const path = joinPaths(fill(base), fill((action.template ?? '').replace(/^~\//, '/')));
          const key = `${action.method} ${path}`;
          if (seen.has(key)) continue; // an override in the derived class
          seen.add(key);
          ctx.routes.push({ method: action.method, path, ...(action.name ? { handler: `${cls.name}.${action.name}` } : {}), file: action.file, line: action.line, framework: 'aspnetcore', ecosystem: 'csharp', guards });
        }
      }
  }
}

/** Minimal APIs: `app.MapGet("/x", …)`, `var g = app.MapGroup("/api").RequireAuthorization(); g.MapPost(…)`. */
function minimal(ctx: ExtractContext, src: Source): void {
  const code = src.code;
  // Group variables by name, each with where it is declared and the block that scopes it: one file
  // often maps several resources, each in its own method with its own `var group = app.MapGroup(…)`.
  const groups = new Map<string, { at: number; scope: [number, number]; prefix: string; guards: Guard[] }[]>();
  const opens = [...code.matchAll(/\{/g)].map((b) => b.index).filter((i) => src.close(i) !== -1);
  const groupAt = (name: string, at: number) => groups.get(name)?.filter((g) => g.at < at && g.scope[0] < at && at < g.scope[1]).pop();
  const chainGuards = (after: number): Guard[] => {
    const tail = code.slice(after, after + 400);
    const chain = /^(\s{0,40}\.\s{0,5}\w{1,60}\s{0,5}(?:<[^>]{0,100}>)?\s{0,5}\([^()]{0,200}(?:\([^()]{0,100}\))?[^()]{0,100}\))*/.exec(tail)?.[0] ?? '';
    const out: Guard[] = [];
    const req = /\.RequireAuthorization\s{0,5}\(([^()]{0,200})\)/.exec(chain);
    if (req) out.push({ kind: req[1]!.trim() ? 'role' : 'auth', name: `RequireAuthorization(${req[1]!.trim()})` });
    if (/\.AllowAnonymous\s{0,5}\(/.test(chain)) return [];
    return out;
  };
  for (const m of matchAll(/\b(?:var|RouteGroupBuilder|IEndpointRouteBuilder)\s+(\w{1,80})\s{0,5}=\s{0,5}([\w.]{1,80})\s{0,5}\.\s{0,5}MapGroup\s{0,5}\(/g, code)) {
    const open = m.index + m[0].length - 1;
    const lit = template(code.slice(open + 1, src.close(open)));
    if (lit === undefined) {
      ctx.unresolvedAt(src, m.index, 'aspnetcore', 'a MapGroup prefix that is not a literal');
      continue;
    }
    const parent = groupAt(m[2]!, m.index);
    const list = groups.get(m[1]!) ?? [];
    list.push({ at: m.index, scope: src.enclosing(m.index, opens) ?? [0, code.length], prefix: joinPaths(parent?.prefix, lit), guards: mergeGuards(parent?.guards ?? [], chainGuards(src.close(open) + 1)) });
    groups.set(m[1]!, list);
  }
  for (const m of matchAll(/\b([\w.]{1,80})\s{0,5}\.\s{0,5}Map(Get|Post|Put|Patch|Delete|Methods|HealthChecks|)\s{0,5}\(/g, code)) {
    const open = m.index + m[0].length - 1;
    const args = src.args(open);
    let methods: HttpMethod[];
    const pathArg = args[0];
    if (m[2] === 'Methods') methods = [...(args[1]?.text ?? '').matchAll(/"(\w{1,10})"|HttpMethods\.(\w{1,10})/g)].map((x) => toMethod(x[1] ?? x[2]!)).filter((x): x is HttpMethod => Boolean(x));
    // `app.Map("/", …)` answers every method, a health check GET; a plain `.Map(` without a literal path is an object mapper.
    else if (m[2] === '') methods = ['ANY'];
    else if (m[2] === 'HealthChecks') methods = ['GET'];
    else methods = [toMethod(m[2]!)!];
    const lit = pathArg ? template(pathArg.text) : undefined;
    if (lit === undefined && (m[2] === '' || m[2] === 'HealthChecks')) continue;
    if (lit === undefined) {
      ctx.unresolvedAt(src, m.index, 'aspnetcore', `the path of Map${m[2]}() is not a literal`);
      continue;
    }
    const group = groupAt(m[1]!, m.index);
    const guards = mergeGuards(group?.guards ?? [], chainGuards(src.close(open) + 1));
    const handler = args[args.length - 1]?.text.replace(/\s+/g, ' ').slice(0, 80) ?? '';
    for (const method of methods) ctx.routes.push({ method, path: joinPaths(group?.prefix, lit), handler: /^[\w.]{1,80}$/.test(handler) ? handler : 'lambda', file: src.path, line: src.lineAt(m.index), framework: 'aspnetcore-minimal', ecosystem: 'csharp', guards });
  }
}

/** FastEndpoints: `public override void Configure() { Get("/items/{id}"); AllowAnonymous(); }`. */
function fastEndpoints(ctx: ExtractContext, src: Source, consts: Map<string, string>): void {
  const code = src.code;
  const cls = /\bclass\s+(\w{1,120})/.exec(code);
  const conf = /\bvoid\s+Configure\s{0,5}\(\s{0,5}\)\s{0,5}\{/.exec(code);
  if (!conf) return;
  const open = conf.index + conf[0].length - 1;
  const body = code.slice(open, src.close(open));
  const anonymous = /\bAllowAnonymous\s{0,5}\(/.test(body);
  const roles = /\b(Roles|Policies|Permissions|Claims)\s{0,5}\(/.exec(body);
  const guards: Guard[] = anonymous ? [] : [{ kind: roles ? 'role' : 'auth', name: roles ? `${roles[1]}(…)` : 'FastEndpoints default authorization' }];
  for (const m of matchAll(/(?<![\w.])(Get|Post|Put|Patch|Delete|Verbs)\s{0,5}\(([^()]{0,300})\)/g, body)) {
    const arg = m[2]!.trim();
    const lit = /^"([^"\n]{0,300})"/.exec(arg)?.[1] ?? consts.get(arg.split('.').slice(-2).join('.')) ?? consts.get(arg.split('.').pop()!);
    if (lit === undefined) {
      ctx.unresolvedAt(src, open + m.index, 'fastendpoints', `the route ${arg} is not a literal`);
      continue;
    }
    const methods = m[1] === 'Verbs' ? [] : [toMethod(m[1]!)!];
    for (const method of methods) ctx.routes.push({ method, path: normalizePath(lit), ...(cls ? { handler: cls[1]! } : {}), file: src.path, line: src.lineAt(open + m.index), framework: 'fastendpoints', ecosystem: 'csharp', guards });
  }
}

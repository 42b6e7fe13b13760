import { ExtractContext } from './context.js';
import { guardsIn, mergeGuards } from './guards.js';
import type { Source } from './lex.js';
import { joinPaths, toMethod } from './paths.js';
import type { Guard, HttpMethod } from './types.js';

/** Literals that make a Ruby file worth reading for routes. */
// Modular Sinatra: a controller subclass need not name Sinatra, and config.ru maps it under a path.
export const RUBY_ROUTE_TERMS = ['routes.draw', 'before_action', 'before_filter', 'Sinatra', "require 'sinatra'", 'require "sinatra"', 'api_only', "get '/", 'get "/', "post '/", 'post "/', "map('/", 'map("/', "map '/", 'map "/'];

interface Frame {
  /** Path prefix inside this block. */
  path: string;
  /** Controller module (`api/v1`). */
  module: string;
  /** For a resources block: the member and collection paths and the controller. */
  member?: string;
  collection?: string;
  controller?: string;
  /** Whether the block is a member/collection block (bare `get :action` routes go here). */
  actionBlock?: boolean;
  opensBlock: boolean;
}

const RESOURCE_ACTIONS: [string, HttpMethod, 'collection' | 'member' | 'new' | 'edit'][] = [
  ['index', 'GET', 'collection'],
  ['create', 'POST', 'collection'],
  ['new', 'GET', 'new'],
  ['show', 'GET', 'member'],
  ['edit', 'GET', 'edit'],
  ['update', 'PATCH', 'member'],
  ['update', 'PUT', 'member'],
  ['destroy', 'DELETE', 'member'],
];

/** Route extraction for Rails (config/routes.rb: resources, namespaces, scopes) and Sinatra. */
export function extractRuby(ctx: ExtractContext): void {
  // Prefilters read the raw text (anchored at a line start, past any comment): a file is lexed only when read for routes.
  const apiOnly = [...ctx.sources.values()].some((s) => /^[ \t]{0,20}config\.api_only\s{0,5}=\s{0,5}true/m.test(s.text));
  const apps = sinatraApps(ctx);
  for (const src of ctx.sources.values()) {
    if (/(^|\/)(spec|test)\//.test(src.path)) continue;
    if (/(^|\/)config\/routes(\.rb|\/[\w/]+\.rb)$/.test(src.path) && /routes\.draw|^\s*(resources?|namespace|get|post|scope)\b/m.test(src.code)) rails(ctx, src, apiOnly);
    else {
      const cls = /^\s{0,20}class\s+([\w:]{1,200})\s{0,5}<\s{0,5}([\w:]{1,200})/m.exec(src.text);
      if (/^[^#\n]{0,200}(\bSinatra\b|require\s+['"]sinatra)/m.test(src.text) || (cls && apps.classes.has(cls[2]!))) sinatra(ctx, src, cls ? (apps.mounts.get(cls[1]!) ?? apps.mounts.get(cls[1]!.split('::').pop()!) ?? '') : '');
    }
  }
}

/**
 * Modular Sinatra: the classes deriving from Sinatra::Base (through an ApplicationController or
 * more), and where config.ru maps each (`map('/hunts') { run HuntController }`).
 */
function sinatraApps(ctx: ExtractContext): { classes: Set<string>; mounts: Map<string, string> } {
  const parents = new Map<string, string>();
  const mounts = new Map<string, string>();
  for (const src of ctx.sources.values()) {
    for (const m of src.text.matchAll(/^\s{0,20}class\s+([\w:]{1,200})\s{0,5}<\s{0,5}([\w:]{1,200})/gm)) parents.set(m[1]!, m[2]!);
    if (!/(^|\/)config\.ru$/.test(src.path)) continue;
    for (const m of src.code.matchAll(/\bmap\s{0,5}\(?\s{0,5}['"](\/[^'"\n]{0,200})['"]\s{0,5}\)?\s{0,5}(?:\{|do\b)\s{0,200}?\brun\s{1,5}([\w:]{1,200})/g)) if (!mounts.has(m[2]!)) mounts.set(m[2]!, m[1]!);
  }
  const classes = new Set<string>(['Sinatra::Base', 'Sinatra::Application']);
  for (let round = 0; round < 4; round++) for (const [child, parent] of parents) if (classes.has(parent) || classes.has(parent.split('::').pop()!)) classes.add(child);
  return { classes, mounts };
}

function symbols(text: string): string[] {
  return [...text.matchAll(/:(\w{1,80})|['"](\w{1,80})['"]|\b(\w{1,80})\b/g)].map((m) => m[1] ?? m[2] ?? m[3]!).filter((w) => w !== 'i' && w !== 'w');
}

function option(text: string, name: string): string | undefined {
  const m = new RegExp(String.raw`\b${name}:\s{0,5}(?::(\w{1,80})|(['"])([^'"\n]{0,200})\2|(\[[^\]]{0,300}\]|%[iw][\[(][^\])]{0,300}[\])]))`).exec(text) ?? new RegExp(String.raw`:${name}\s{0,5}=>\s{0,5}(?::(\w{1,80})|(['"])([^'"\n]{0,200})\2|(\[[^\]]{0,300}\]))`).exec(text);
  if (!m) return undefined;
  return m[1] ?? m[3] ?? m[4];
}

function singular(word: string): string {
  if (/ies$/.test(word)) return word.replace(/ies$/, 'y');
  if (/(ss|us)$/.test(word)) return word;
  if (/(x|ch|sh|ses)es$/.test(word)) return word.replace(/es$/, '');
  return word.replace(/s$/, '');
}

function rails(ctx: ExtractContext, src: Source, apiOnly: boolean): void {
  const lines = src.code.split('\n');
  const stack: Frame[] = [{ path: '', module: '', opensBlock: false }];
  let offset = 0;
  const controllerGuards = new Map<string, (action: string) => Guard[]>();
  const guardsOf = (controller: string | undefined, action: string): Guard[] => {
    if (!controller) return [];
    let fn = controllerGuards.get(controller);
    if (!fn) controllerGuards.set(controller, (fn = railsControllerGuards(ctx, controller)));
    return fn(action);
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const lineNo = i + 1;
    offset += raw.length + 1;
    const line = raw.trim();
    if (!line) continue;
    const top = stack[stack.length - 1]!;
    const opens = /\bdo(\s{0,5}\|[^|]{0,100}\|)?\s{0,5}$/.test(line) || /^(if|unless|case|begin|while|until|def|class|module)\b/.test(line);
    if (/^end\b/.test(line)) {
      if (stack.length > 1) stack.pop();
      continue;
    }
    const push = (frame: Omit<Frame, 'opensBlock'>) => {
      if (opens) stack.push({ ...frame, opensBlock: true });
    };
    let m: RegExpExecArray | null;
    if ((m = /^namespace\s{1,5}[:'"](\w{1,80})['"]?(.*)$/.exec(line))) {
      const path = option(m[2]!, 'path') ?? m[1]!;
      push({ path: joinPaths(top.path, path), module: joinModule(top.module, m[1]!) });
      continue;
    }
    if ((m = /^scope\b\s{0,5}\(?(.*)$/.exec(line))) {
      const args = m[1]!;
      const lit = /^\s{0,5}(?:['"]([^'"\n]{0,200})['"]|:(\w{1,80}))/.exec(args);
      const path = lit ? (lit[1] ?? lit[2]!) : (option(args, 'path') ?? '');
      const mod = option(args, 'module');
      push({ path: joinPaths(top.path, path), module: mod ? joinModule(top.module, mod) : top.module });
      continue;
    }
    if ((m = /^api_version\b(.*)$/.exec(line))) {
      const value = /value:\s{0,5}['"]([^'"]{1,40})['"]/.exec(m[1]!)?.[1];
      const mod = option(m[1]!, 'module');
      push({ path: joinPaths(top.path, value ?? ''), module: mod ? joinModule(top.module, mod.toLowerCase()) : top.module });
      continue;
    }
    if ((m = /^(member|collection)\b/.exec(line))) {
      push({ path: m[1] === 'member' ? (top.member ?? top.path) : (top.collection ?? top.path), module: top.module, ...(top.controller ? { controller: top.controller } : {}), actionBlock: true });
      continue;
    }
    if ((m = /^(resources|resource)\s{1,5}\(?\s{0,5}[:'"](\w{1,80})['"]?(.*)$/.exec(line))) {
      const plural = m[1] === 'resources';
      const name = m[2]!;
      const rest = m[3]!;
      // `resources :a, :b, only: [:index, :show]`: more resources come before the first option, not inside it.
      const head = rest.split(/\b\w{1,40}:\s|:\w{1,40}\s{0,5}=>/)[0]!;
      const extra = [...head.matchAll(/,\s{0,5}:(\w{1,80})(?=\s{0,5}(,|$|do\b))/g)].map((x) => x[1]!);
      for (const res of [name, ...extra]) {
        const path = option(rest, 'path') ?? res;
        const param = option(rest, 'param') ?? 'id';
        const controller = joinModule(top.module, option(rest, 'controller') ?? (plural ? res : `${res}s`).replace(/^(\w+)$/, (w) => (plural ? w : pluralize(res))));
        const only = option(rest, 'only');
        const except = option(rest, 'except');
        const keep = (a: string) => (!only || symbols(only).includes(a)) && !(except && symbols(except).includes(a));
        const collection = joinPaths(top.path, path);
        const member = plural ? joinPaths(collection, `{${param}}`) : collection;
        for (const [action, method, kind] of RESOURCE_ACTIONS) {
          if (!plural && action === 'index') continue;
          if (apiOnly && (action === 'new' || action === 'edit')) continue;
          if (!keep(action)) continue;
          const p = kind === 'collection' ? collection : kind === 'member' ? member : kind === 'new' ? joinPaths(collection, 'new') : joinPaths(member, 'edit');
          ctx.routes.push({ method, path: p, handler: `${controller}#${action}`, file: src.path, line: lineNo, framework: 'rails', ecosystem: 'ruby', guards: guardsOf(controller, action) });
        }
        if (res === name)
          // Nested routes name the parent's parameter after it: `param: :slug` gives {article_slug}.
          push({ path: plural ? joinPaths(collection, `{${singular(res)}_${param}}`) : collection, module: top.module, member, collection, controller });
      }
      continue;
    }
    if ((m = /^root\b\s{0,5}\(?\s{0,5}(?:to:\s{0,5}|:to\s{0,5}=>\s{0,5})?['"]([\w/]{1,120})#(\w{1,80})['"]/.exec(line))) {
      const controller = joinModule(top.module, m[1]!);
      ctx.routes.push({ method: 'GET', path: joinPaths(top.path) || '/', handler: `${controller}#${m[2]}`, file: src.path, line: lineNo, framework: 'rails', ecosystem: 'ruby', guards: guardsOf(controller, m[2]!) });
      continue;
    }
    if ((m = /^(get|post|put|patch|delete|match)\b\s{0,5}\(?\s{0,5}(?:['"]([^'"\n]{0,200})['"]|:(\w{1,80}))(.*)$/.exec(line))) {
      const rest = m[4]!;
      let methods: HttpMethod[];
      if (m[1] === 'match') {
        const via = option(rest, 'via');
        methods = via ? symbols(via).map((w) => toMethod(w)).filter((x): x is HttpMethod => Boolean(x)) : ['ANY'];
        if (via && /\ball\b/.test(via)) methods = ['ANY'];
      } else methods = [toMethod(m[1]!)!];
      const pathText = m[2] ?? m[3]!;
      const to = /(?:to:\s{0,5}|=>\s{0,5})['"]([\w/]{1,120})#(\w{1,80})['"]/.exec(rest);
      const action = to?.[2] ?? option(rest, 'action') ?? (m[3] ?? pathText.split('/').pop()!.replace(/[^\w]/g, ''));
      const controller = to ? joinModule(top.module, to[1]!) : option(rest, 'controller') ? joinModule(top.module, option(rest, 'controller')!) : top.controller;
      // `get :feed, on: :collection` inside a resources block: on the collection, not the nested member path.
      const on = option(rest, 'on');
      const base = on === 'collection' ? (top.collection ?? top.path) : on === 'member' ? (top.member ?? top.path) : top.path;
      const path = joinPaths(base, pathText);
      for (const method of methods) ctx.routes.push({ method, path, ...(controller ? { handler: `${controller}#${action}` } : {}), file: src.path, line: lineNo, framework: 'rails', ecosystem: 'ruby', guards: guardsOf(controller, action) });
      push({ path: top.path, module: top.module });
      continue;
    }
    if (/^(devise_for|mount|draw|use_doorkeeper|devise_scope)\b/.test(line)) {
      if (/^(devise_for|mount|draw|use_doorkeeper)\b/.test(line)) ctx.unresolved.push({ file: src.path, line: lineNo, framework: 'rails', reason: `${line.split(/\s/)[0]} generates routes this tool does not expand` });
      push({ path: top.path, module: top.module });
      continue;
    }
    if (opens) stack.push({ ...top, opensBlock: true, actionBlock: false });
  }
}

function joinModule(a: string, b: string): string {
  return [a, b].filter(Boolean).join('/');
}

function pluralize(word: string): string {
  if (/y$/.test(word) && !/[aeiou]y$/.test(word)) return word.replace(/y$/, 'ies');
  if (/(s|x|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/** before_action guards of a Rails controller and its parents, per action (only:/except: honoured, skips too). */
function railsControllerGuards(ctx: ExtractContext, controller: string, depth = 0): (action: string) => Guard[] {
  const path = `app/controllers/${controller}_controller.rb`;
  const src = [...ctx.sources.values()].find((s) => s.path === path || s.path.endsWith(`/${path}`));
  if (!src || depth > 4) return () => [];
  const filters: { guards: Guard[]; only?: string[]; except?: string[]; skip: boolean; name: string }[] = [];
  // Line-anchored on the raw text (a commented-out filter starts with #): the controller is not lexed.
  for (const m of src.text.matchAll(/^[ \t]{0,40}(skip_)?before_(?:action|filter)\s{1,5}:?(\w{1,80}[!?]?)(.{0,300})$/gm)) {
    const only = option(m[3]!, 'only');
    const except = option(m[3]!, 'except');
    filters.push({ guards: guardsIn(m[2]!).map((g) => ({ ...g, name: `before_action :${m[2]}` })), ...(only ? { only: symbols(only) } : {}), ...(except ? { except: symbols(except) } : {}), skip: Boolean(m[1]), name: m[2]! });
  }
  const parent = /^[ \t]{0,20}class\s+[\w:]{1,200}\s{0,5}<\s{0,5}([\w:]{1,200})/m.exec(src.text)?.[1];
  const parentPath = parent && parent !== 'ActionController::Base' && parent !== 'ActionController::API' ? parent.replace(/::/g, '/').replace(/([a-z\d])([A-Z])/g, '$1_$2').toLowerCase().replace(/_controller$/, '') : undefined;
  // A parent named without its module (`ApplicationController` inside `module V1`) is looked up beside the controller first.
  const dir = controller.includes('/') ? controller.slice(0, controller.lastIndexOf('/') + 1) : '';
  const sibling = parentPath && dir && !parentPath.includes('/') && [...ctx.sources.values()].some((x) => x.path.endsWith(`app/controllers/${dir}${parentPath}_controller.rb`));
  const inherited = parentPath ? railsControllerGuards(ctx, sibling ? `${dir}${parentPath}` : parentPath, depth + 1) : () => [];
  return (action: string) => {
    const applies = (f: { only?: string[]; except?: string[] }) => (!f.only || f.only.includes(action)) && !(f.except && f.except.includes(action));
    const skipped = new Set(filters.filter((f) => f.skip && applies(f)).map((f) => f.name));
    const own = filters.filter((f) => !f.skip && applies(f)).flatMap((f) => f.guards);
    const fromParent = inherited(action).filter((g) => !skipped.has(g.name.replace(/^before_action :/, '')));
    return mergeGuards(fromParent, own);
  };
}

/** Sinatra: `get '/tasks/:id' do`, with `before do authenticate! end` filters, under the class's config.ru mount. */
function sinatra(ctx: ExtractContext, src: Source, prefix: string): void {
  const lines = src.code.split('\n');
  const before = /^\s{0,20}before\b[^\n]{0,200}\bdo\b[\s\S]{0,300}?\b(authenticate\w*!?|authorize\w*!?|protected!|require_login\w*|login_required\w*)/m.exec(src.code);
  const global: Guard[] = before ? guardsIn(before[1]!.replace(/!$/, '')) : [];
  const ns: { path: string; depth: number }[] = [];
  let depth = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    let m: RegExpExecArray | null;
    if ((m = /^namespace\s{1,5}['"]([^'"\n]{0,200})['"]\s{0,5}do\b/.exec(line))) {
      ns.push({ path: m[1]!, depth });
      depth++;
      continue;
    }
    if ((m = /^(get|post|put|patch|delete|options)\s{0,5}\(?\s{0,5}['"](\/[^'"\n]{0,200})['"]/.exec(line))) {
      const body = lines.slice(i, i + 6).join('\n');
      const local = guardsIn((/\b(authenticate\w*!?|authorize\w*!?|protected!|require_login\w*|admin_only\w*)/.exec(body)?.[1] ?? '').replace(/!$/, ''));
      ctx.routes.push({ method: toMethod(m[1]!)!, path: joinPaths(prefix, ...ns.map((n) => n.path), m[2]!), file: src.path, line: i + 1, framework: 'sinatra', ecosystem: 'ruby', guards: mergeGuards(global, local) });
    }
    if (/\bdo(\s{0,5}\|[^|]{0,100}\|)?\s{0,5}$/.test(line) || /^(if|unless|case|begin|def|class|module)\b/.test(line)) depth++;
    else if (/^end\b/.test(line)) {
      depth--;
      while (ns.length > 0 && ns[ns.length - 1]!.depth >= depth) ns.pop();
    }
  }
}

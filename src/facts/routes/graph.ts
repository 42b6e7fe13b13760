import { mergeGuards } from './guards.js';
import { joinPaths } from './paths.js';
import type { Guard, Route } from './types.js';

/** A route as declared on one router, before the router's mount prefix is known. */
export interface LocalRoute extends Omit<Route, 'unresolvedPrefix'> {
  /** The router it is declared on (`file#variable`, `file`, `func:Name`). */
  router: string;
  /** Offset in its file: router-level middleware applies only to routes declared after it. */
  offset?: number;
}

/** A router mounted on another under a prefix (`app.use('/api', router)`, `include_router`). */
export interface Mount {
  parent: string;
  target: string;
  prefix: string;
  guards: Guard[];
  /** Where the mount is in the parent's file: the parent's middleware reaches it only when added before. */
  offset?: number;
  /** The prefix is computed at run time (`prefix=settings.API_PREFIX` with no visible default): paths below stay router-relative. */
  computedPrefix?: boolean;
}

interface Resolution {
  prefix: string;
  guards: Guard[];
  resolved: boolean;
}

/**
 * Routers and how they are mounted, across files: a route's full path is the chain of static
 * prefixes from an application root down to its router. A router that no code mounts statically is
 * reported with its router-relative path and an `unresolvedPrefix` note, never a guessed prefix.
 */
export class MountGraph {
  readonly routes: LocalRoute[] = [];
  readonly mounts: Mount[] = [];
  private readonly roots = new Set<string>();
  private readonly aliases = new Map<string, Set<string>>();
  private readonly own = new Map<string, string>();
  private readonly defaults = new Set<string>();
  /** Router-level middleware: guards for routes declared on the router after `offset`. */
  private readonly used = new Map<string, { offset: number; guards: Guard[] }[]>();

  root(key: string): void {
    this.roots.add(key);
  }

  /** `key` is also reachable as `alias` (a file's exported router as the file itself). */
  alias(key: string, alias: string): void {
    let set = this.aliases.get(key);
    if (!set) this.aliases.set(key, (set = new Set()));
    set.add(alias);
  }

  /** A prefix the router declares for itself (`new Router({ prefix })`, `APIRouter(prefix=)`). */
  ownPrefix(key: string, prefix: string): void {
    this.own.set(key, prefix);
  }

  use(key: string, offset: number, guards: Guard[]): void {
    if (guards.length === 0) return;
    const list = this.used.get(key) ?? [];
    list.push({ offset, guards });
    this.used.set(key, list);
  }

  /** `key` is a root unless some code mounts it (a function that receives the app). */
  defaultRoot(key: string): void {
    this.defaults.add(key);
  }

  isRoot(key: string): boolean {
    return this.roots.has(key);
  }

  private resolveKey(key: string, depth: number, memo: Map<string, Resolution[]>): Resolution[] {
    const cached = memo.get(key);
    if (cached) return cached;
    memo.set(key, [{ prefix: '', guards: [], resolved: false }]); // a cycle resolves to unresolved
    const own = this.own.get(key) ?? '';
    const out: Resolution[] = [];
    if (this.roots.has(key)) out.push({ prefix: own, guards: [], resolved: true });
    else if (depth < 12) {
      const names = new Set([key, ...(this.aliases.get(key) ?? [])]);
      for (const mount of this.mounts) {
        if (!names.has(mount.target) || mount.parent === key) continue;
        // Middleware the parent router applies (`teams.Use(auth)`) reaches the routers mounted on it after.
        // Middleware the parent applies after the mount (`v1.Use(auth)` below `users.Register(v1.Group("/users"))`) does not.
        const inherited = (this.used.get(mount.parent) ?? []).filter((u) => mount.offset === undefined || u.offset < mount.offset).flatMap((u) => u.guards);
        for (const parent of this.resolveKey(mount.parent, depth + 1, memo)) {
          out.push({ prefix: joinPaths(parent.prefix, mount.prefix, own), guards: mergeGuards(parent.guards, inherited, mount.guards), resolved: parent.resolved && !mount.computedPrefix });
        }
      }
    }
    if (out.length === 0) out.push({ prefix: own, guards: [], resolved: this.defaults.has(key) });
    const unique = new Map<string, Resolution>();
    for (const r of out) if (!unique.has(r.prefix) || (r.resolved && !unique.get(r.prefix)!.resolved)) unique.set(r.prefix, r);
    const list = [...unique.values()];
    const anyResolved = list.some((r) => r.resolved);
    const result = anyResolved ? list.filter((r) => r.resolved) : list.slice(0, 1);
    memo.set(key, result);
    return result;
  }

  /** Every route with its full path. */
  resolve(): Route[] {
    const memo = new Map<string, Resolution[]>();
    const out: Route[] = [];
    for (const local of this.routes) {
      const used = (this.used.get(local.router) ?? []).filter((u) => local.offset === undefined || u.offset < local.offset).flatMap((u) => u.guards);
      for (const r of this.resolveKey(local.router, 0, memo)) {
        const route: Route = {
          method: local.method,
          path: joinPaths(r.prefix, local.path),
          file: local.file,
          line: local.line,
          framework: local.framework,
          ecosystem: local.ecosystem,
          guards: mergeGuards(r.guards, used, local.guards),
        };
        if (local.handler) route.handler = local.handler;
        if (!r.resolved) route.unresolvedPrefix = 'its router is not mounted where the code shows it statically; the path is relative to that router';
        out.push(route);
      }
    }
    return out;
  }
}

import type { Facts } from '../facts.js';
import type { Ecosystem } from '../manifests/types.js';
import { contentPass } from '../content-pass.js';
import { TermMatcher } from '../term-matcher.js';
import { decode } from '../text.js';
import { endpointClaims } from './claims.js';
import { testFacts } from '../tests.js';
import { ExtractContext } from './context.js';
import { extractCsharp, CSHARP_ROUTE_TERMS } from './csharp.js';
import { extractGo, GO_ROUTE_TERMS } from './go.js';
import { extractJava, JAVA_ROUTE_TERMS } from './java.js';
import { extractJavaScript, JS_ROUTE_TERMS } from './javascript.js';
import { Source, type LexStyle } from './lex.js';
import { methodMatches, pathMatches } from './paths.js';
import { extractPhp, PHP_ROUTE_CONFIGS, PHP_ROUTE_TERMS } from './php.js';
import { extractPython, PYTHON_ROUTE_TERMS } from './python.js';
import { extractRuby, RUBY_ROUTE_TERMS } from './ruby.js';
import type { EndpointMention, Route, UnresolvedRoute } from './types.js';

export type { EndpointMention, Guard, HttpMethod, Route, UnresolvedRoute } from './types.js';
export { isWrite, methodMatches, normalizePath, pathMatches } from './paths.js';

/**
 * The literals a file must contain to be read for routes, per ecosystem: the pre-filter terms of
 * the routes fact (a file without any of them declares no route).
 */
export const ROUTE_TERMS: Record<Ecosystem, string[]> = {
  javascript: JS_ROUTE_TERMS,
  python: PYTHON_ROUTE_TERMS,
  java: JAVA_ROUTE_TERMS,
  go: GO_ROUTE_TERMS,
  php: PHP_ROUTE_TERMS,
  csharp: CSHARP_ROUTE_TERMS,
  ruby: RUBY_ROUTE_TERMS,
};

const EXTRACTORS: Record<Ecosystem, (ctx: ExtractContext) => void> = {
  javascript: extractJavaScript,
  python: extractPython,
  java: extractJava,
  go: extractGo,
  php: extractPhp,
  csharp: extractCsharp,
  ruby: extractRuby,
};

const STYLES: Record<Ecosystem, (path: string) => LexStyle> = {
  javascript: () => 'js',
  python: () => 'python',
  java: () => 'c',
  go: () => 'go',
  php: () => 'php',
  csharp: () => 'csharp',
  ruby: () => 'ruby',
};

/** A served route with what the project says and tests about it. */
export interface EndpointRow extends Route {
  /** Documented in the README, an OpenAPI spec, a collection or a .http file (where first seen). */
  documented?: EndpointMention;
  /** Called by a test (where first seen). */
  tested?: EndpointMention;
}

export interface RoutesFact {
  /** Every served route, in file and line order. */
  routes: EndpointRow[];
  /** Route declarations whose path could not be resolved statically. */
  unresolved: UnresolvedRoute[];
  /** Endpoints the README, specs, collections and .http files name. */
  claimed: EndpointMention[];
  /** Endpoints tests call. */
  called: EndpointMention[];
  /** Claims that name no served route (only meaningful when routes were found). */
  undocumentedServed: EndpointRow[];
  documentedNotServed: EndpointMention[];
}

const MAX_FILE_BYTES = 512 * 1024;
/** Source files read for routes at most: a monorepo's route files are a small share of its code. */
const MAX_FILES = 4000;

/** Routes the code serves, statically extracted for the seven ecosystems' web frameworks. */
export function routes(facts: Facts): Promise<RoutesFact> {
  return facts.derive('routes', async () => {
    const [served, claimed, called] = await Promise.all([servedRoutes(facts), endpointClaims(facts), testCalls(facts)]);
    const rows: EndpointRow[] = served.routes.map((r) => {
      const row: EndpointRow = { ...r };
      const doc = claimed.find((c) => methodMatches(r.method, c.method) && pathMatches(r.path, c.path));
      const test = called.find((c) => methodMatches(r.method, c.method) && pathMatches(r.path, c.path));
      if (doc) row.documented = doc;
      if (test) row.tested = test;
      return row;
    });
    const documentedNotServed = rows.length === 0 ? [] : claimed.filter((c) => c.kind !== 'test' && !rows.some((r) => methodMatches(r.method, c.method) && pathMatches(r.path, c.path)));
    return {
      routes: rows,
      unresolved: served.unresolved,
      claimed,
      called,
      undocumentedServed: claimed.length === 0 ? [] : rows.filter((r) => !r.documented),
      documentedNotServed,
    };
  });
}

/** Endpoints the tests call over HTTP: collected while the test facts read each test file once. */
export async function testCalls(facts: Facts): Promise<EndpointMention[]> {
  return (await testFacts(facts)).endpointCalls;
}

/** The served routes alone (no docs or tests read): extracted in the content pass, each file read once. */
export async function servedRoutes(facts: Facts): Promise<ServedRoutes> {
  return (await contentPass(facts)).served;
}

export interface ServedRoutes {
  routes: Route[];
  unresolved: UnresolvedRoute[];
}

/**
 * HTTP server packages per ecosystem whose terms are too common to lex every file that holds one
 * (`def `, `export function`, `Map`): a project declaring none of them (babel, a CLI, a library)
 * is not lexed for routes. Any dependency counts, dev ones too (a server declared as a dev
 * dependency still serves), and an ecosystem without a manifest is always read (a script can't
 * declare anything). Go, Java, PHP and Ruby route terms are specific enough to need no gate.
 */
const SERVER_PACKAGES: Partial<Record<Ecosystem, RegExp>> = {
  javascript: /^(express|fastify|koa|@koa\/router|koa-router|hono|@hono\/.+|@hapi\/hapi|restify|polka|next|@nestjs\/(core|common)|routing-controllers|express-promise-router|ultimate-express|hyper-express|router)$/,
  python: /^(flask.*|fastapi|django.*|starlette|litestar|sanic|aiohttp|tornado|falcon|quart|bottle|connexion)$/,
  csharp: /^(microsoft\.aspnetcore\..+|fastendpoints.*)$/i,
};

/** The ecosystems whose source files are read for routes in this repository. */
export async function routeEcosystems(facts: Facts): Promise<Set<Ecosystem>> {
  const [manifests, index] = await Promise.all([facts.manifests(), facts.sourceIndex()]);
  const out = new Set<Ecosystem>();
  // Decided once per ecosystem: babel/babel has 27k source files and 150 manifests.
  const decided = new Set<Ecosystem>();
  for (const { ecosystem } of index) {
    if (decided.has(ecosystem)) continue;
    decided.add(ecosystem);
    const gate = SERVER_PACKAGES[ecosystem];
    const own = manifests.filter((m) => m.ecosystem === ecosystem);
    if (!gate || own.length === 0 || own.some((m) => m.dependencies.some((d) => gate.test(d.name)) || (ecosystem === 'csharp' && m.attributes.sdk === 'Microsoft.NET.Sdk.Web'))) out.add(ecosystem);
  }
  return out;
}

/**
 * Collects the route candidates of the content pass (source files holding one of their
 * ecosystem's ROUTE_TERMS) while their bytes are in hand, then extracts the routes of each
 * ecosystem once every file has been seen (a router's prefix may be declared in a later file).
 */
export class RouteCollector {
  private readonly matchers = new Map<Ecosystem, TermMatcher>();
  private readonly texts = new Map<Ecosystem, Map<string, string>>();
  private budget = MAX_FILES;

  constructor(
    /** The ecosystem of every source file that may declare routes. */
    private readonly ecosystemOf: ReadonlyMap<string, Ecosystem>,
    ecosystems: ReadonlySet<Ecosystem>,
  ) {
    for (const e of ecosystems) this.matchers.set(e, new TermMatcher(ROUTE_TERMS[e]));
  }

  static async create(facts: Facts): Promise<RouteCollector> {
    const [index, ecosystems] = await Promise.all([facts.sourceIndex(), routeEcosystems(facts)]);
    const ecosystemOf = new Map<string, Ecosystem>();
    for (const { entry, ecosystem } of index) if (ecosystems.has(ecosystem)) ecosystemOf.set(entry.path, ecosystem);
    return new RouteCollector(ecosystemOf, ecosystems);
  }

  /** Offers one file's bytes (a reused buffer: decoded now when the file is a candidate). */
  offer(path: string, bytes: Buffer): void {
    const ecosystem = this.ecosystemOf.get(path);
    if (!ecosystem || this.budget <= 0) return;
    const length = Math.min(bytes.length, MAX_FILE_BYTES);
    if (!this.matchers.get(ecosystem)!.test(bytes, length)) return;
    this.budget--;
    let texts = this.texts.get(ecosystem);
    if (!texts) this.texts.set(ecosystem, (texts = new Map()));
    texts.set(path, decode(bytes.subarray(0, length)));
  }

  /** The routes of every candidate, the texts released. */
  async finish(facts: Facts): Promise<ServedRoutes> {
    const routes: Route[] = [];
    const unresolved: UnresolvedRoute[] = [];
    if (this.texts.size === 0) return { routes, unresolved };
    const files = await facts.files();
    const paths = new Set(files.all.map((f) => f.path));
    for (const ecosystem of Object.keys(EXTRACTORS) as Ecosystem[]) {
      const texts = this.texts.get(ecosystem);
      if (!texts) continue;
      const sources = new Map<string, Source>();
      for (const [path, text] of texts) sources.set(path, new Source(path, text, STYLES[ecosystem](path)));
      this.texts.delete(ecosystem);
      const ctx = new ExtractContext(ecosystem, sources, paths);
      if (ecosystem === 'javascript') ctx.aliases = await pathAliases(facts);
      if (ecosystem === 'php') ctx.configs = await routeConfigs(facts, files.all, PHP_ROUTE_CONFIGS);
      EXTRACTORS[ecosystem](ctx);
      routes.push(...ctx.routes, ...ctx.graph.resolve());
      unresolved.push(...ctx.unresolved);
    }
    return { routes: dedupe(routes), unresolved };
  }
}

function dedupe(routes: Route[]): Route[] {
  const seen = new Set<string>();
  const out: Route[] = [];
  for (const r of routes) {
    const key = `${r.method} ${r.path} ${r.file}:${r.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)));
}

/** The few framework route configuration files (YAML, not source) an extractor reads besides the sources. */
async function routeConfigs(facts: Facts, files: readonly { path: string }[], pattern: RegExp): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const f of files.filter((x) => pattern.test(x.path)).slice(0, 20)) {
    const text = await facts.read(f.path, 64 * 1024);
    if (text) out.set(f.path, text.text);
  }
  return out;
}

/** tsconfig/jsconfig `compilerOptions.paths` of the root config: `@shared/*` → `src/shared/`. */
async function pathAliases(facts: Facts): Promise<{ prefix: string; target: string }[]> {
  const out: { prefix: string; target: string }[] = [];
  for (const name of ['tsconfig.json', 'jsconfig.json', 'tsconfig.base.json']) {
    const text = await facts.read(name, 64 * 1024);
    if (!text) continue;
    const baseUrl = /"baseUrl"\s{0,5}:\s{0,5}"([^"\n]{0,200})"/.exec(text.text)?.[1] ?? '.';
    const paths = /"paths"\s{0,5}:\s{0,5}\{([^}]{0,5000})\}/.exec(text.text);
    if (!paths) continue;
    for (const m of paths[1]!.matchAll(/"([^"\n]{1,200})"\s{0,5}:\s{0,5}\[\s{0,5}"([^"\n]{1,200})"/g)) {
      const prefix = m[1]!.replace(/\*$/, '');
      const target = [baseUrl, m[2]!.replace(/\*$/, '')].join('/').replace(/^\.\/|\/\.\//g, '/').replace(/^\/+/, '').replace(/\/{2,}/g, '/');
      out.push({ prefix, target: target.replace(/^\.\//, '') });
    }
  }
  return out.sort((a, b) => b.prefix.length - a.prefix.length);
}

import { parseDocument } from 'yaml';
import { apiDocEvidence } from '../api-docs.js';
import type { Facts } from '../facts.js';
import type { TextFile } from '../text.js';
import { normalizePath, toMethod } from './paths.js';
import type { EndpointMention, EndpointSourceKind, HttpMethod } from './types.js';

const MAX_MENTIONS = 2000;
const MAX_SPEC_BYTES = 2 * 1024 * 1024;

/** `GET /tasks/:id` in prose, lists, tables and code blocks; the path may carry a base URL. */
const METHOD_THEN_PATH = /\b(GET|POST|PUT|PATCH|DELETE)\b[\s`|*:[\]]{1,12}((?:https?:\/\/[^\s/`|)]{1,100}|\{\{\w{1,40}\}\})?\/[^\s`|)*"'<>\]]{0,200})/g;
/** `| /tasks | GET |` tables with the path column first. */
const PATH_THEN_METHOD = /(?:^|[\s|`])(\/[\w{}:/.\-<>[\]]{1,200})`?\s{0,5}\|\s{0,5}`?\**(GET|POST|PUT|PATCH|DELETE)\b/g;

/** Endpoints the project claims to serve: README and linked docs, OpenAPI specs, collections, .http files. */
export function endpointClaims(facts: Facts): Promise<EndpointMention[]> {
  return facts.derive('routes-claims', async () => {
    const out: EndpointMention[] = [];
    const [docs, evidence, files] = await Promise.all([facts.documentation(), apiDocEvidence(facts), facts.files()]);
    for (const doc of docs) {
      const text = await facts.read(doc.path, 512 * 1024);
      if (text) out.push(...proseMentions(text, 'readme'));
    }
    const seen = new Set<string>();
    for (const e of evidence) {
      if (!e.file || seen.has(e.file) || out.length > MAX_MENTIONS) continue;
      seen.add(e.file);
      if (e.kind === 'spec' && /\.(json|ya?ml)$/i.test(e.file)) {
        const text = await facts.read(e.file, MAX_SPEC_BYTES);
        if (text) out.push(...specMentions(text));
      } else if (e.kind === 'collection') {
        const text = await facts.read(e.file, MAX_SPEC_BYTES);
        if (!text) continue;
        if (/\.(http|rest)$/i.test(e.file)) out.push(...httpFileMentions(text));
        else if (/\.json$/i.test(e.file) || /\.ya?ml$/i.test(e.file)) out.push(...collectionMentions(text));
      }
    }
    // Markdown API references under docs/ that the README does not link.
    for (const entry of files.all) {
      if (out.length > MAX_MENTIONS) break;
      if (!/^(docs?|documentation)\/.*\.md$/i.test(entry.path) || docs.some((d) => d.path === entry.path)) continue;
      if (!/api|endpoint|route/i.test(entry.path)) continue;
      const text = await facts.read(entry.path, 512 * 1024);
      if (text) out.push(...proseMentions(text, 'readme'));
    }
    return out.slice(0, MAX_MENTIONS);
  });
}

function mention(method: string, raw: string, file: string, line: number, kind: EndpointSourceKind): EndpointMention | undefined {
  const m = toMethod(method);
  if (!m) return undefined;
  const path = normalizePath(raw.replace(/[.,;:]+$/, ''));
  if (path === '/' && !/^\/?$|^https?:\/\/[^/]+\/?$/.test(raw.trim())) return undefined;
  return { method: m, path, file, line, kind };
}

/** Method-and-path mentions in Markdown or plain text. */
export function proseMentions(text: TextFile, kind: EndpointSourceKind): EndpointMention[] {
  const out: EndpointMention[] = [];
  const lines = text.text.split('\n');
  for (let i = 0; i < lines.length && out.length < MAX_MENTIONS; i++) {
    const line = lines[i]!;
    if (line.length > 2000) continue;
    for (const m of line.matchAll(METHOD_THEN_PATH)) {
      const x = mention(m[1]!, m[2]!, text.path, i + 1, kind);
      if (x) out.push(x);
    }
    for (const m of line.matchAll(PATH_THEN_METHOD)) {
      const x = mention(m[2]!, m[1]!, text.path, i + 1, kind);
      if (x) out.push(x);
    }
  }
  return out;
}

function lineOf(text: TextFile, needle: string): number {
  const at = text.text.indexOf(needle);
  return at === -1 ? 1 : text.lineAt(at);
}

/** Operations of an OpenAPI 3 / Swagger 2 document (JSON or YAML), under its base path. */
export function specMentions(text: TextFile): EndpointMention[] {
  let spec: unknown;
  try {
    spec = parseDocument(text.text, { uniqueKeys: false }).toJS({ maxAliasCount: 100 });
  } catch {
    return [];
  }
  if (!spec || typeof spec !== 'object') return [];
  const doc = spec as { paths?: Record<string, unknown>; basePath?: string; servers?: { url?: string }[] };
  if (!doc.paths || typeof doc.paths !== 'object') return [];
  let base = typeof doc.basePath === 'string' ? doc.basePath : '';
  const server = Array.isArray(doc.servers) ? doc.servers[0]?.url : undefined;
  if (!base && typeof server === 'string') base = server.replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/\{[^}]*\}/g, '');
  const out: EndpointMention[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!item || typeof item !== 'object') continue;
    const line = lineOf(text, path);
    for (const key of Object.keys(item)) {
      const method = toMethod(key);
      if (!method || method === 'ANY' || method === 'HEAD' || method === 'OPTIONS') continue;
      out.push({ method, path: normalizePath(`${base.replace(/\/$/, '')}${path}`), file: text.path, line, kind: 'openapi' });
      if (out.length >= MAX_MENTIONS) return out;
    }
  }
  return out;
}

/** Requests of a Postman collection or an Insomnia export. */
export function collectionMentions(text: TextFile): EndpointMention[] {
  let data: unknown;
  try {
    data = parseDocument(text.text).toJS({ maxAliasCount: 100 });
  } catch {
    return [];
  }
  const out: EndpointMention[] = [];
  const visit = (node: unknown, depth: number) => {
    if (!node || typeof node !== 'object' || depth > 30 || out.length >= MAX_MENTIONS) return;
    if (Array.isArray(node)) {
      for (const n of node) visit(n, depth + 1);
      return;
    }
    const o = node as Record<string, unknown>;
    const request = (o.request && typeof o.request === 'object' ? o.request : o._type === 'request' ? o : undefined) as Record<string, unknown> | undefined;
    if (request && typeof request.method === 'string') {
      const url = request.url;
      let raw: string | undefined;
      if (typeof url === 'string') raw = url;
      else if (url && typeof url === 'object') {
        const u = url as { raw?: unknown; path?: unknown };
        raw = Array.isArray(u.path) ? `/${u.path.filter((p) => typeof p === 'string').join('/')}` : typeof u.raw === 'string' ? u.raw : undefined;
      }
      if (raw) {
        const x = mention(request.method, raw.replace(/^\{\{[^}]{1,60}\}\}/, ''), text.path, lineOf(text, typeof url === 'string' ? url : typeof (url as { raw?: unknown })?.raw === 'string' ? ((url as { raw: string }).raw) : request.method), 'collection');
        if (x) out.push(x);
      }
    }
    for (const key of ['item', 'resources', 'requests', 'folders']) if (key in o) visit(o[key], depth + 1);
  };
  visit(data, 0);
  return out;
}

/** Requests of a .http / .rest file (VS Code REST Client, JetBrains HTTP client). */
export function httpFileMentions(text: TextFile): EndpointMention[] {
  const out: EndpointMention[] = [];
  const lines = text.text.split('\n');
  for (let i = 0; i < lines.length && out.length < MAX_MENTIONS; i++) {
    const m = /^\s{0,10}(GET|POST|PUT|PATCH|DELETE)\s{1,10}(\S{1,300})/.exec(lines[i]!);
    if (!m) continue;
    const raw = m[2]!.replace(/^\{\{[^}]{1,60}\}\}/, '');
    const x = mention(m[1]!, raw.startsWith('/') || /^https?:/.test(raw) ? raw : `/${raw}`, text.path, i + 1, 'http-file');
    if (x) out.push(x);
  }
  return out;
}

export type { HttpMethod };

/**
 * What the README and the documents it links say, beyond their sections' titles: endpoints and API
 * docs, architecture diagrams and design documents, decisions and tradeoffs, the test command, and
 * whether it is a generator's template. Each observation is computed once per run; whether it earns
 * points is the rules' call.
 */
import { TEST_COMMAND } from './commands.js';
import { resolveRelativeLink, type Facts } from './facts.js';
import type { FileEntry } from './file-index.js';
import { linkedDocumentation } from './linked-docs.js';
import type { MarkdownDocument } from './markdown.js';
import { blockLines, findSections, hasContent, isDiagramBlock, isDocTemplate, isShellBlock, isTreeBlock, shellLines, TEMPLATE_README, type SectionMatch } from './readme-sections.js';
import { isTestCommand, testCommandContext } from './test-runners.js';

/** Documents are read up to this size for observations over their raw text. */
const DOC_BYTES = 512 * 1024;

/** A place in a document. */
export interface DocPlace {
  file: string;
  line: number;
}

// ---------------------------------------------------------------------------------------------
// The API: endpoints written down, and pointers to API docs (signals §4.6).

/** An endpoint written as a method and a path: `| POST | /api/login |`, `- GET /users/:id`. */
const ENDPOINT = /(?:^|[\s|`*>(-])(GET|POST|PUT|PATCH|DELETE)\b[`*]*\s*(?:\|\s*)?[`*]*\s*(?:https?:\/\/[^\s/]+|\{\{?\w+\}?\}|:\d+|localhost(?::\d+)?)?(\/[\w{}:./$-]*)/;
const CURL = /\b(curl|http|https|xh)\s+(-X\s*)?(GET|POST|PUT|PATCH|DELETE)?\b[^\n]*(https?:\/\/|localhost|:\d{2,5}\/)/i;
/** A local URL in the text, bare or in inline code ("at `http://localhost:5000/docs`"). */
const LOCAL_URL = /https?:\/\/(localhost|127\.0\.0\.1|0\.0\.0\.0)[^\s)\]`'"<>]*/g;
/** Served API docs on the developer's machine: Swagger UI, ReDoc, Scalar, the spec. */
const LOCAL_DOCS_PATH = /^https?:\/\/(localhost|127\.0\.0\.1|0\.0\.0\.0)(:\d+)?\/(\S*\/)?(docs(\/[\w.-]+)?|api\/?#\/?|swagger(-ui)?(\/index\.html|\.html)?|api-docs|redoc|scalar|openapi\.json|api\/docs|api\/schema\/swagger-ui)\/?([#?].*)?$/i;
const HOSTED_DOCS = /^https?:\/\/(documenter\.getpostman\.com|[\w.-]*postman\.(com|co)\/|app\.swaggerhub\.com|[\w.-]+\.readme\.io|bump\.sh|redocly\.)/i;
/** Code and package hosts: a /swagger path there is a project page, not this API's docs. */
const CODE_HOST = /^https?:\/\/([\w-]+\.)*(github\.com|gitlab\.com|bitbucket\.org|npmjs\.com|pypi\.org|pkg\.go\.dev|packagist\.org|nuget\.org|rubygems\.org|swagger\.io|readthedocs\.io)(\/|$)/i;
/** A deployed app's Swagger UI or ReDoc (https://notes.onrender.com/api-docs). */
const DEPLOYED_DOCS = /^https?:\/\/[^/]+\/(\S*\/)?(swagger(-ui)?(\/index\.html)?|redoc|api-docs|docs)\/?([#?].*)?$/i;
/** Committed API docs: a spec, an API page, a collection, request files. */
const DOCS_FILE = /(^|\/)(openapi|swagger|api[-_]?docs?|api[-_]?reference|endpoints|api)[\w.-]*\.(json|ya?ml|md|html)$|\.postman_collection\.json$|\.(http|rest)$|(^|\/)(postman|bruno|insomnia)\/?$/i;
/** "All routes are available on `/docs` or `/redoc`": the served docs, named by path. */
const DOCS_PATH_IN_TEXT = /(^|[\s`'"(])\/(docs|redoc|swagger(-ui)?|api-docs|api\/docs)\/?(?=[\s`'",.)]|$)/m;
/** A heading that names a method ("### GET"). */
const METHOD_HEADING = /^(get|post|put|patch|delete)\b/;
/** A line that is only a path ("/books", "- `/books/[title]` – one book"). */
const BARE_PATH = /^\s*[-*]?\s*`?(\/[\w{}[\]:.-]+(\/[\w{}[\]:.-]*)*)`?\s*(\s[-–:].*)?$/;

/** An endpoint the documentation lists; `method` is 'ANY' for a bare path under an API heading. */
export interface ListedEndpoint extends DocPlace {
  method: string;
  path: string;
}

/** Where the documentation points to the API docs. */
export type ApiDocsPointer =
  | ({ how: 'served-url'; url: string } & DocPlace)
  | ({ how: 'link'; url: string } & DocPlace)
  | { how: 'section'; match: SectionMatch };

export interface ApiListing {
  /** The README's path (undefined: there is none). */
  readme?: string;
  /** A served docs URL in the text, a link to API docs, or an API section naming the docs' path: the first the documents show. */
  docs?: ApiDocsPointer;
  /** Endpoints by method and path, first place each is written; bare paths under an API heading included. */
  endpoints: ListedEndpoint[];
  /** The first request example (curl, HTTPie, xh) against a URL. */
  curl?: DocPlace;
  /** The first API section (exact heading matches first). */
  section?: SectionMatch;
}

/** What the README and its linked documents tell about the API, read in document order. */
export function apiListing(facts: Facts): Promise<ApiListing> {
  return facts.derive('readme-api-listing', async () => {
    const docs = await linkedDocumentation(facts);
    if (!docs[0]) return { endpoints: [] };
    const listing: ApiListing = { readme: docs[0].path, endpoints: [] };
    const endpoints = new Map<string, ListedEndpoint>();
    const add = (method: string, path: string, at: DocPlace) => {
      if (!endpoints.has(`${method} ${path}`)) endpoints.set(`${method} ${path}`, { method, path, ...at });
    };
    const section = findSections(docs, 'api')[0];
    if (section) listing.section = section;
    listing.docs = await docsPointer(facts, docs, add, (at) => (listing.curl ??= at));
    if (!listing.docs) {
      for (const match of findSections(docs, 'api')) {
        if (DOCS_PATH_IN_TEXT.test(match.section.text)) {
          listing.docs = { how: 'section', match };
          break;
        }
        const method = METHOD_HEADING.exec(match.section.normalized)?.[1]?.toUpperCase() ?? 'ANY';
        for (const line of match.section.text.split('\n')) {
          const m = BARE_PATH.exec(line);
          if (m) add(method, m[1]!, { file: match.doc.path, line: match.section.line });
        }
      }
    }
    listing.endpoints = [...endpoints.values()];
    return listing;
  });
}

/** The first pointer to API docs, document by document; endpoints and curl examples seen on the way are collected. */
async function docsPointer(facts: Facts, docs: readonly MarkdownDocument[], endpoint: (method: string, path: string, at: DocPlace) => void, curl: (at: DocPlace) => void): Promise<ApiDocsPointer | undefined> {
  for (const doc of docs) {
    const lines = ((await facts.read(doc.path, DOC_BYTES))?.text ?? '').split(/\r?\n/);
    for (const [i, line] of lines.entries()) {
      const url = [...line.matchAll(LOCAL_URL)].find((m) => LOCAL_DOCS_PATH.test(m[0]));
      if (url) return { how: 'served-url', url: url[0], file: doc.path, line: i + 1 };
    }
    lines.forEach((line, i) => {
      const m = ENDPOINT.exec(line);
      if (m) endpoint(m[1]!, m[2]!, { file: doc.path, line: i + 1 });
      else if (CURL.test(line)) curl({ file: doc.path, line: i + 1 });
    });
    for (const link of doc.links) {
      if (!link.image && pointsToApiDocs(doc.path, link.url)) return { how: 'link', url: link.url, file: doc.path, line: link.line };
    }
  }
  return undefined;
}

/** A link to committed docs, or to served, hosted or deployed API docs. */
function pointsToApiDocs(from: string, url: string): boolean {
  const target = resolveRelativeLink(from, url);
  if (target) return DOCS_FILE.test(target);
  return LOCAL_DOCS_PATH.test(url) || HOSTED_DOCS.test(url) || (!CODE_HOST.test(url) && DEPLOYED_DOCS.test(url));
}

// ---------------------------------------------------------------------------------------------
// Architecture: diagrams, design documents, structure sections (signals §4.4).

/** Image names that show a design. */
const DIAGRAM_IMAGE = /(architect|arch[-_]|diagram|system|design|overview|flow|sequence|erd|er[-_]diagram|schema|c4|infra|topology|data[-_]?model|uml)[^/]*\.(png|svg|jpe?g|webp|gif)$/i;
const DIAGRAM_ALT = /architect|diagram/i;
/** Badges (shields.io, workflow status) can carry words like "system" or "flow" in their names. */
const BADGE = /badge|shields\.io/i;
const DIAGRAM_SOURCE = /\.(drawio|excalidraw|dio|puml|plantuml|mmd|mermaid)$|(^|\/)workspace\.dsl$/i;
const DIAGRAM_TOOL = /^https?:\/\/([\w-]+\.)?(drawsql\.app|dbdiagram\.io|dbdocs\.io|diagrams\.net|draw\.io|lucid\.app|lucidchart\.com|excalidraw\.com|miro\.com|whimsical\.com|mermaid\.live|structurizr\.com)\//i;
/** Architecture and design documents. */
const DESIGN_DOC = /(^|\/)(architecture|design|system[-_]design)[\w-]*\.(md|markdown|adoc|rst)$/i;
/** Architecture decision records, one Markdown file each in an ADR folder. */
const ADR_FILE = /(^|\/)(adrs?(-docs?)?|decisions|architecture\/decisions)\/[^/]+\.md$/i;
const ADR_FOLDER = /(^|\/)(adrs?|decisions)\/?$/i;
/** An external link about the design (a book, an article, an ADR site). */
const EXTERNAL_DESIGN = /architect|system[- ]design|design[- ]doc|\badrs?\b/i;
const WEB_URL = /^https?:\/\//i;
/** Headings that only name the tools used. */
const TOOLS_ONLY = /^(tech(nology|nical)? stack|stack|built with|technolog(y|ies)( used)?)$/;

/** A file that explains the design: an architecture document, an ADR, a diagram's source; not a template. */
export function isDesignDocument(path: string): boolean {
  return ((DESIGN_DOC.test(path) || ADR_FILE.test(path)) && !isDocTemplate(path)) || DIAGRAM_SOURCE.test(path);
}

/** An architecture decision record, not a template for one. */
export function isDecisionRecord(path: string): boolean {
  return ADR_FILE.test(path) && !isDocTemplate(path);
}

export type DiagramEvidence =
  /** A fenced Mermaid/PlantUML/… block; `label` is its language. */
  | ({ kind: 'block'; label: string } & DocPlace)
  /** An image named or captioned as a diagram; `label` is its URL. */
  | ({ kind: 'image'; label: string } & DocPlace)
  /** A link to a diagramming tool (drawsql.app, draw.io, …); `label` is its URL. */
  | ({ kind: 'tool'; label: string } & DocPlace);

export interface ArchitectureNotes {
  readme?: string;
  /** The first diagram, document by document (a block, then an image, then a tool link). */
  diagram?: DiagramEvidence;
  /** The first link to a design document, a diagram source or an ADR folder. */
  designLink?: DocPlace & { target: string };
  /** Architecture sections with content; `toolsOnly` when the heading only names the stack. */
  sections: { match: SectionMatch; toolsOnly: boolean }[];
  /** The first fenced directory tree. */
  tree?: DocPlace;
  /** A design document or diagram source in the tree (linked or not). */
  designFile?: string;
  /** The first external link about architecture or design; `label` is its text, or its URL. */
  externalLink?: DocPlace & { label: string };
}

/** How the README and its linked documents explain the architecture. */
export function architectureNotes(facts: Facts): Promise<ArchitectureNotes> {
  return facts.derive('readme-architecture-notes', async () => {
    const [docs, files] = await Promise.all([linkedDocumentation(facts), facts.files()]);
    if (!docs[0]) return { sections: [] };
    const notes: ArchitectureNotes = {
      readme: docs[0].path,
      sections: findSections(docs, 'architecture')
        .filter((m) => hasContent(m.section))
        .map((match) => ({ match, toolsOnly: TOOLS_ONLY.test(match.section.normalized) })),
    };
    const diagram = firstOf(docs, diagramIn);
    if (diagram) notes.diagram = diagram;
    const designLink = firstOf(docs, (doc) => {
      for (const link of doc.links) {
        const target = resolveRelativeLink(doc.path, link.url);
        if (target && (isDesignDocument(target) || (ADR_FOLDER.test(target) && !isDocTemplate(target)))) return { file: doc.path, line: link.line, target };
      }
      return undefined;
    });
    if (designLink) notes.designLink = designLink;
    const tree = firstOf(docs, (doc) => {
      const block = doc.code.find(isTreeBlock);
      return block && { file: doc.path, line: block.line };
    });
    if (tree) notes.tree = tree;
    const designFile = files.all.find((f) => isDesignDocument(f.path));
    if (designFile) notes.designFile = designFile.path;
    const external = firstOf(docs, (doc) => {
      const link = doc.links.find((l) => !l.image && WEB_URL.test(l.url) && !BADGE.test(l.url) && EXTERNAL_DESIGN.test(`${l.text} ${l.url}`));
      return link && { file: doc.path, line: link.line, label: link.text || link.url };
    });
    if (external) notes.externalLink = external;
    return notes;
  });
}

function diagramIn(doc: MarkdownDocument): DiagramEvidence | undefined {
  const block = doc.code.find(isDiagramBlock);
  if (block) return { kind: 'block', label: block.lang ?? 'diagram', file: doc.path, line: block.line };
  const image = doc.links.find((l) => l.image && !BADGE.test(l.url) && (DIAGRAM_IMAGE.test(l.url) || DIAGRAM_ALT.test(l.text)));
  if (image) return { kind: 'image', label: image.url, file: doc.path, line: image.line };
  const tool = doc.links.find((l) => DIAGRAM_TOOL.test(l.url));
  if (tool) return { kind: 'tool', label: tool.url, file: doc.path, line: tool.line };
  return undefined;
}

function firstOf<T>(docs: readonly MarkdownDocument[], find: (doc: MarkdownDocument) => T | undefined): T | undefined {
  for (const doc of docs) {
    const found = find(doc);
    if (found) return found;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Decisions, tradeoffs and failure thinking (signals §4.5).

/** Content cues for decisions and failure thinking in prose; each counts once. */
const CUES: [string, RegExp][] = [
  ['trade-off', /\btrade[- ]?offs?\b/i],
  ['instead of', /\binstead of\b/i],
  ['we/I chose', /\b(we|i) (chose|picked|decided|opted)\b|\bchosen because\b/i],
  ['pros and cons', /\bpros and cons\b/i],
  ['downside', /\bdownsides?\b/i],
  ['limitation', /\blimitations?\b/i],
  ['bottleneck', /\bbottlenecks?\b/i],
  ['at scale', /\bat scale\b|\bhorizontal(ly)? scal/i],
  ['idempotency', /\bidempoten/i],
  ['retries', /\bretry\b|\bretries\b|\bbackoff\b/i],
  ['circuit breaker', /\bcircuit[- ]breaker/i],
  ['timeout', /\btimeouts?\b/i],
  ['dead-letter', /\bdead[- ]letter/i],
  ['delivery guarantees', /\bat[- ]least[- ]once\b|\bexactly[- ]once\b/i],
  ['race condition', /\brace conditions?\b/i],
  ['consistency', /\b(eventual(ly)? consisten|consistency)\b/i],
  ['transactions', /\btransactions?\b|\brollback\b/i],
  ['graceful shutdown', /\bgraceful (shutdown|degradation)\b/i],
  ['failover', /\bfailover\b/i],
  ['rate limit', /\brate[- ]limit/i],
  ['cache invalidation', /\bcache invalidation\b/i],
  ['N+1', /\bn\+1\b/i],
  ['database indexes', /\b(indexes|indices)\b|\bdatabase index\b/i],
];

export interface DecisionNotes {
  readme?: string;
  /** The first tradeoffs/decisions/failure section with content. */
  section?: SectionMatch;
  /** Architecture decision records in the tree. */
  decisionRecords: FileEntry[];
  /** The distinct cues the prose (code blocks left out) discusses: "trade-off", "instead of", "retries", … */
  cues: string[];
  /** The first roadmap or future-work section with content. */
  roadmap?: SectionMatch;
}

/** Where the documentation records decisions, tradeoffs and failure scenarios. */
export function decisionNotes(facts: Facts): Promise<DecisionNotes> {
  return facts.derive('readme-decision-notes', async () => {
    const [docs, files] = await Promise.all([linkedDocumentation(facts), facts.files()]);
    if (!docs[0]) return { decisionRecords: [], cues: [] };
    // Prose only: code blocks and headings hold commands and titles, not reasoning.
    const prose = docs.map((d) => d.sections.map((s) => withoutCode(s.text, s.code)).join('\n')).join('\n');
    const notes: DecisionNotes = {
      readme: docs[0].path,
      decisionRecords: files.all.filter((f) => isDecisionRecord(f.path)),
      cues: CUES.filter(([, re]) => re.test(prose)).map(([name]) => name),
    };
    const section = findSections(docs, 'tradeoffs').find((m) => hasContent(m.section));
    if (section) notes.section = section;
    const roadmap = findSections(docs, 'roadmap').find((m) => hasContent(m.section));
    if (roadmap) notes.roadmap = roadmap;
    return notes;
  });
}

function withoutCode(text: string, code: readonly { value: string }[]): string {
  let out = text;
  for (const block of code) out = out.split(block.value).join('');
  return out;
}

// ---------------------------------------------------------------------------------------------
// The test command.

/** Inline code spans of a line. */
const INLINE_CODE = /`([^`]+)`/g;

export interface ReadmeTests {
  readme?: string;
  /** The first command in a shell block that runs tests (by runner, or through a script or target). */
  block?: DocPlace & { command: string };
  /** Otherwise, the first line whose inline code runs tests ("run `pytest` from the root"). */
  inline?: DocPlace;
  /** The first testing section. */
  section?: SectionMatch;
}

/** How the README and its linked documents say to run the tests. */
export function readmeTests(facts: Facts): Promise<ReadmeTests> {
  return facts.derive('readme-tests', async () => {
    const [docs, context] = await Promise.all([linkedDocumentation(facts), testCommandContext(facts)]);
    if (!docs[0]) return {};
    // A test runner by name, or a script that leads to one (`yarn start test` through nps, `make check`).
    const runsTests = (command: string) => TEST_COMMAND.test(command) || isTestCommand(command, context);
    const out: ReadmeTests = { readme: docs[0].path };
    const section = findSections(docs, 'testing')[0];
    if (section) out.section = section;
    for (const doc of docs) {
      for (const block of doc.code.filter((b) => isShellBlock(b.lang))) {
        for (const { line, text } of blockLines(block)) {
          const command = shellLines(text).find(runsTests);
          if (command) return { ...out, block: { command, file: doc.path, line } };
        }
      }
    }
    for (const doc of docs) {
      const lines = ((await facts.read(doc.path, DOC_BYTES))?.text ?? '').split(/\r?\n/);
      const at = lines.findIndex((l) => [...l.matchAll(INLINE_CODE)].some((m) => runsTests(m[1]!.trim())));
      if (at !== -1) return { ...out, inline: { file: doc.path, line: at + 1 } };
    }
    return out;
  });
}

// ---------------------------------------------------------------------------------------------
// Relative links and images.

/** A URL built from a template (`<your-repo>`, `{{host}}`, `${BASE}`): nothing to resolve. */
const TEMPLATED_URL = /[<>{}$]/;

/** A relative link or image of the documentation, resolved against the repository. */
export interface RelativeLink extends DocPlace {
  url: string;
  /** The repository path it points to. */
  target: string;
  image: boolean;
  /** Whether a file or folder exists there (in the tree or the git index). */
  exists: boolean;
  /** A file whose path differs only in case, when none exists at the exact path. */
  caseVariant?: string;
}

export interface RelativeLinks {
  /** Documents read (0: no README). */
  documents: number;
  /** Each relative link once per line and target, in document order. */
  links: RelativeLink[];
}

/** The relative links and images of the README and the documents it links, and whether they resolve. */
export function relativeLinks(facts: Facts): Promise<RelativeLinks> {
  return facts.derive('readme-relative-links', async () => {
    const [docs, files, tracked] = await Promise.all([linkedDocumentation(facts), facts.files(), facts.tracked()]);
    const dirs = new Set<string>();
    for (const path of [...files.all.map((f) => f.path), ...(tracked ?? [])]) {
      for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1)) dirs.add(path.slice(0, i));
    }
    const exists = (target: string) => files.has(target) || tracked?.has(target) === true || dirs.has(target.replace(/\/$/, ''));
    const links: RelativeLink[] = [];
    for (const doc of docs) {
      const seen = new Set<string>();
      for (const link of doc.links) {
        const target = resolveRelativeLink(doc.path, link.url.trim());
        if (!target || TEMPLATED_URL.test(link.url) || seen.has(`${link.line}:${target}`)) continue;
        seen.add(`${link.line}:${target}`);
        const found = exists(target);
        const caseVariant = found ? undefined : files.all.find((f) => f.path.toLowerCase() === target.toLowerCase())?.path;
        links.push({ file: doc.path, line: link.line, url: link.url, target, image: link.image, exists: found, ...(caseVariant ? { caseVariant } : {}) });
      }
    }
    return { documents: docs.length, links };
  });
}

// ---------------------------------------------------------------------------------------------
// The generator's template README.

export interface ReadmeTemplate {
  /** The README file (its first 64 KiB, as written) is a framework generator's unmodified template. */
  written: boolean;
  /** The README's prose (its sections' text, as rendered) is the template's. */
  prose: boolean;
}

/** Whether the README is the one a framework generator (Nest, Rails, Laravel, Next.js, CRA) wrote. */
export function readmeTemplate(facts: Facts): Promise<ReadmeTemplate> {
  return facts.derive('readme-template', async () => {
    const readme = await facts.readme();
    if (!readme) return { written: false, prose: false };
    const text = (await facts.read(readme.path, 64 * 1024))?.text ?? '';
    return { written: TEMPLATE_README.test(text), prose: TEMPLATE_README.test(readme.sections.map((s) => s.text).join('\n')) };
  });
}

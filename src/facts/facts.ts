import picomatch from 'picomatch';
import { SKIP_DIRS } from '../source/exclusions.js';
import type { RepositorySource } from '../source/types.js';
import { summarizeHistory, type History } from './commits.js';
import { isExcludedPath } from './path-roles.js';
import { findCiFiles, parseCiFile, type CiConfig } from './ci.js';
import { FileIndex, type FileEntry } from './file-index.js';
import { detectFrameworks, type FrameworkSignature } from './frameworks.js';
import { MANIFEST_PARSERS, type Ecosystem, type Manifest } from './manifests/index.js';
import { parseMarkdown, type MarkdownDocument } from './markdown.js';
import { decode, looksBinary, TextFile } from './text.js';

export interface FactsOptions {
  /** Extra ignore globs from the configuration. */
  ignore?: readonly string[];
  /** Largest number of bytes read from one file. */
  maxFileBytes?: number;
  /** Newest commits whose per-file stats are collected (0: none, the plain fast log). */
  statsLimit?: number;
}

export interface EcosystemFacts {
  ecosystems: Ecosystem[];
  frameworks: FrameworkSignature[];
  /** Whether any manifest declares an HTTP server framework. */
  http: boolean;
}

const DEFAULT_MAX_BYTES = 1024 * 1024;
const README_MAX_BYTES = 512 * 1024;
const LINKED_DOCS_LIMIT = 15;

/** Source-code extensions per ecosystem (for scanning code, never for running it). */
export const SOURCE_EXTENSIONS: Record<Ecosystem, string[]> = {
  javascript: ['.js', '.mjs', '.cjs', '.jsx', '.ts', '.mts', '.cts', '.tsx'],
  python: ['.py'],
  java: ['.java', '.kt', '.kts', '.groovy'],
  go: ['.go'],
  php: ['.php'],
  csharp: ['.cs'],
  ruby: ['.rb', '.rake', '.ru'],
};

/**
 * What a rule sees of the repository: its files, their text, manifests, CI, README and history,
 * each computed lazily and at most once per run. Every rule of a run, built-in or plugin, shares
 * one Facts, so a file is read and parsed once however many rules use it.
 *
 * The typed observations (`dockerfiles`, `inspectDockerfiles`, `envFiles`, `licenseFacts`, `routes`,
 * `testFacts`…) are functions that take a Facts and memoise their answer on it with `derive`; the
 * package entry exports them for plugin rules. Nothing here judges: that is the rules' job.
 */
export interface Facts {
  /** The repository being read (a working tree or a git revision). Prefer the cached methods below. */
  readonly source: RepositorySource;
  /**
   * Memoises an async derived fact under a key, once per run. Keys are global: prefix a plugin's own
   * keys with its name (`my-plugin:routes`).
   */
  derive<T>(key: string, compute: (facts: Facts) => Promise<T>): Promise<T>;
  /** A derived fact already requested, without computing it. */
  peek<T>(key: string): Promise<T> | undefined;
  /** The analysable files: vendored, generated and ignored paths removed. */
  files(): Promise<FileIndex>;
  /** Every path git tracks, including vendored ones (committed artefacts); undefined without git. */
  tracked(): Promise<Set<string> | undefined>;
  /** A file's text, read once; undefined for missing, binary or unreadable files. */
  read(path: string, maxBytes?: number): Promise<TextFile | undefined>;
  /** A file's text for a one-off scan, not kept in memory (for bulk scans over source files). */
  scan(path: string, maxBytes?: number): Promise<TextFile | undefined>;
  /** Every manifest of the seven ecosystems, parsed once; broken ones carry `error`. */
  manifests(): Promise<Manifest[]>;
  /** Detected ecosystems (by manifest, falling back to source files) and frameworks. */
  ecosystems(): Promise<EcosystemFacts>;
  /** Source files of the given ecosystems (all detected ones by default), tests included, outside docs and examples. */
  sourceFiles(ecosystems?: readonly Ecosystem[]): Promise<FileEntry[]>;
  /** Every source file with its ecosystem by extension. */
  sourceIndex(): Promise<{ entry: FileEntry; ecosystem: Ecosystem }[]>;
  /** The README: root first, then .github/ and docs/ (as GitHub surfaces them). */
  readme(): Promise<MarkdownDocument | undefined>;
  /** The README and the repository Markdown it links, each parsed once. */
  documentation(): Promise<MarkdownDocument[]>;
  /** Appends to `docs` the repository Markdown files that `from` link to, until `docs` holds `max`. */
  followMarkdownLinks(from: readonly MarkdownDocument[], docs: MarkdownDocument[], max: number): Promise<void>;
  /** CI configurations, parsed; a broken file carries `error`. */
  ci(): Promise<CiConfig[]>;
  /** The commit history summarised, or why it is not available. */
  history(): Promise<History>;
}

/** The Facts of one run over a repository source (the engine and `checkSource` make one per run). */
export class RepositoryFacts implements Facts {
  readonly source: RepositorySource;
  private readonly options: Required<FactsOptions>;
  private readonly cache = new Map<string, Promise<unknown>>();
  private readonly texts = new Map<string, { maxBytes: number; file: Promise<TextFile | undefined> }>();

  constructor(source: RepositorySource, options: FactsOptions = {}) {
    this.source = source;
    this.options = {
      ignore: options.ignore ?? [],
      maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_BYTES,
      statsLimit: options.statsLimit ?? 0,
    };
  }

  /** Memoises an async derived fact under a key; shared detection modules use this. */
  derive<T>(key: string, compute: (facts: Facts) => Promise<T>): Promise<T> {
    let value = this.cache.get(key) as Promise<T> | undefined;
    if (!value) {
      value = compute(this);
      this.cache.set(key, value);
    }
    return value;
  }

  /** A derived fact already requested, without computing it. */
  peek<T>(key: string): Promise<T> | undefined {
    return this.cache.get(key) as Promise<T> | undefined;
  }

  /** The analysable files: vendored, generated and ignored paths removed. */
  files(): Promise<FileIndex> {
    return this.derive('files', async () => {
      const listed = await this.source.listFiles(SKIP_DIRS);
      const userIgnored = this.options.ignore.length > 0 ? picomatch([...this.options.ignore], { dot: true }) : undefined;
      return new FileIndex(listed.filter((f) => !isExcludedPath(f.path) && !userIgnored?.(f.path)));
    });
  }

  /** Every path git tracks, including vendored ones (committed artefacts); undefined without git. */
  tracked(): Promise<Set<string> | undefined> {
    return this.derive('tracked', async () => {
      const paths = await this.source.trackedPaths();
      return paths ? new Set(paths) : undefined;
    });
  }

  /**
   * A file's text, read once; undefined for missing, binary or unreadable files. A later request
   * with a larger cap re-reads only when the first read was truncated.
   */
  read(path: string, maxBytes = this.options.maxFileBytes): Promise<TextFile | undefined> {
    const cached = this.texts.get(path);
    if (cached && cached.maxBytes >= maxBytes) return cached.file;
    const file = (async () => {
      if (cached) {
        const previous = await cached.file;
        if (!previous || !previous.truncated) return previous;
      }
      const result = await this.source.readFile(path, { maxBytes });
      if (!result || looksBinary(result.bytes)) return undefined;
      return new TextFile(path, decode(result.bytes), result.truncated);
    })();
    this.texts.set(path, { maxBytes, file });
    return file;
  }

  /**
   * Reads a file for a one-off scan without keeping its text: bulk scans over thousands of source
   * files would otherwise hold every file in memory for the whole run. Uses the cache when present.
   */
  async scan(path: string, maxBytes = this.options.maxFileBytes): Promise<TextFile | undefined> {
    const cached = this.texts.get(path);
    if (cached && cached.maxBytes >= maxBytes) return cached.file;
    const result = await this.source.readFile(path, { maxBytes });
    if (!result || looksBinary(result.bytes)) return undefined;
    return new TextFile(path, decode(result.bytes), result.truncated);
  }

  /** Every manifest of the seven ecosystems, parsed once; broken ones carry `error`. */
  manifests(): Promise<Manifest[]> {
    return this.derive('manifests', async () => {
      const files = await this.files();
      const out: Manifest[] = [];
      for (const entry of files.all) {
        if (files.hasRole(entry.path, 'example-or-doc')) continue;
        const parser = MANIFEST_PARSERS.find((p) => p.matches(entry.base, entry.path));
        if (!parser) continue;
        const text = await this.read(entry.path);
        if (!text) continue;
        let parsed: Omit<Manifest, 'path' | 'dir' | 'ecosystem'>;
        try {
          parsed = parser.parse(text);
        } catch (error) {
          parsed = { dependencies: [], scripts: {}, attributes: {}, error: { message: (error as Error).message } };
        }
        out.push({ path: entry.path, dir: entry.dir, ecosystem: parser.ecosystem, ...parsed });
      }
      return out;
    });
  }

  /** Detected ecosystems (by manifest, falling back to source files) and frameworks. */
  ecosystems(): Promise<EcosystemFacts> {
    return this.derive('ecosystems', async () => {
      const manifests = await this.manifests();
      const found = new Set<Ecosystem>(manifests.map((m) => m.ecosystem));
      if (found.size === 0) {
        // No manifest: a Go file or Python script still tells the language.
        for (const { ecosystem } of await this.sourceIndex()) found.add(ecosystem);
      }
      const frameworks = detectFrameworks(manifests);
      return {
        ecosystems: (Object.keys(SOURCE_EXTENSIONS) as Ecosystem[]).filter((e) => found.has(e)),
        frameworks,
        http: frameworks.some((f) => f.http),
      };
    });
  }

  /** Source files of the given ecosystems (tests included), outside docs and examples. */
  async sourceFiles(ecosystems?: readonly Ecosystem[]): Promise<FileEntry[]> {
    const [all, ecos] = await Promise.all([this.sourceIndex(), ecosystems ?? this.ecosystems().then((e) => e.ecosystems)]);
    const wanted = new Set(ecos);
    return all.filter((s) => wanted.has(s.ecosystem)).map((s) => s.entry);
  }

  /** Every source file with its ecosystem by extension, classified in one pass. */
  sourceIndex(): Promise<{ entry: FileEntry; ecosystem: Ecosystem }[]> {
    return this.derive('source-index', async () => {
      const byExtension = new Map<string, Ecosystem>();
      for (const [eco, exts] of Object.entries(SOURCE_EXTENSIONS) as [Ecosystem, string[]][]) for (const e of exts) byExtension.set(e, eco);
      const out: { entry: FileEntry; ecosystem: Ecosystem }[] = [];
      const files = await this.files();
      for (const entry of files.all) {
        const dot = entry.base.lastIndexOf('.');
        const ecosystem = dot === -1 ? undefined : byExtension.get(entry.base.slice(dot));
        if (ecosystem && !files.hasRole(entry.path, 'example-or-doc')) out.push({ entry, ecosystem });
      }
      return out;
    });
  }

  /** The README: root first, then .github/ and docs/ (as GitHub surfaces them). */
  readme(): Promise<MarkdownDocument | undefined> {
    return this.derive('readme', async () => {
      const files = await this.files();
      const candidates = files.all.filter((f) => /^readme(\.[a-z]+)?$/.test(f.base) && ['', '.github/', 'docs/', 'doc/'].includes(f.dir));
      const rank = (f: FileEntry) => ['', '.github/', 'docs/', 'doc/'].indexOf(f.dir) * 10 + (/\.(md|markdown|mdown|mkd)$/.test(f.base) ? 0 : 1);
      candidates.sort((a, b) => rank(a) - rank(b));
      const chosen = candidates[0];
      if (!chosen) return undefined;
      const text = await this.read(chosen.path, README_MAX_BYTES);
      return parseMarkdown(chosen.path, text?.text ?? '');
    });
  }

  /**
   * The README and the Markdown documents it links inside the repository (docs/…, backend/README.md),
   * each parsed once and capped in size and number.
   */
  documentation(): Promise<MarkdownDocument[]> {
    return this.derive('documentation', async () => {
      const readme = await this.readme();
      if (!readme) return [];
      const docs = [readme];
      await this.followMarkdownLinks([readme], docs, LINKED_DOCS_LIMIT + 1);
      return docs;
    });
  }

  /**
   * Appends to `docs` the repository Markdown files that `from` link to (a folder link means its
   * README.md), each parsed once, until `docs` holds `max` documents.
   */
  async followMarkdownLinks(from: readonly MarkdownDocument[], docs: MarkdownDocument[], max: number): Promise<void> {
    const files = await this.files();
    const seen = new Set(docs.map((d) => d.path));
    for (const doc of from) {
      const self = ownGithubSlug(doc);
      for (const link of doc.links) {
        if (docs.length >= max) return;
        const target = resolveRelativeLink(doc.path, link.url) ?? (self ? ownBlobPath(link.url, self) : undefined);
        if (!target || seen.has(target)) continue;
        const entry = files.get(target) ?? files.get(`${target.replace(/\/$/, '')}/README.md`);
        if (!entry || !/\.(md|markdown)$/i.test(entry.path) || seen.has(entry.path)) continue;
        seen.add(entry.path);
        const text = await this.read(entry.path, README_MAX_BYTES);
        if (text) docs.push(parseMarkdown(entry.path, text.text));
      }
    }
  }

  /** CI configurations, parsed; a broken file carries `error` instead of throwing. */
  ci(): Promise<CiConfig[]> {
    return this.derive('ci', async () => {
      const files = await this.files();
      const out: CiConfig[] = [];
      for (const { path, system } of findCiFiles(files)) {
        const text = await this.read(path);
        if (!text) continue;
        out.push(parseCiFile(text, system));
      }
      return out;
    });
  }

  /**
   * The commit history streamed into a summary (one `git log` in bounded memory, plus per-file
   * stats for the newest `statsLimit` commits), or why it is not available.
   */
  history(): Promise<History> {
    return this.derive('history', () => summarizeHistory((visit) => this.source.history({ statsLimit: this.options.statsLimit, visit })));
  }
}

/** Resolves a README-relative link to a repository path; undefined for external or anchor links. */
export function resolveRelativeLink(fromFile: string, url: string): string | undefined {
  if (!url || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('#') || url.startsWith('//')) return undefined;
  let clean = url.split('#')[0]!.split('?')[0]!;
  try {
    clean = decodeURIComponent(clean);
  } catch {
    // keep the raw text
  }
  if (!clean) return undefined;
  return joinRepoPath(fromFile.split('/').slice(0, -1).join('/'), clean) || undefined;
}

const GITHUB_REPO_LINK = /^https?:\/\/github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?(?:[/?#]|$)/i;

/**
 * The repository a README keeps linking to (its issues, graphs, badges, blob links): the GitHub
 * owner/name named by at least two of its links and by more of them than any other. Its absolute
 * `blob/<ref>/<path>` links are links into the checked tree.
 */
export function ownGithubSlug(doc: MarkdownDocument): string | undefined {
  const counts = new Map<string, number>();
  for (const link of doc.links) {
    const m = GITHUB_REPO_LINK.exec(link.url);
    if (m) counts.set(`${m[1]}/${m[2]}`.toLowerCase(), (counts.get(`${m[1]}/${m[2]}`.toLowerCase()) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && first[1] >= 2 && (!second || first[1] > second[1]) ? first[0] : undefined;
}

/** The in-tree path of an absolute `https://github.com/<slug>/blob/<ref>/<path>` link to the repository itself. */
export function ownBlobPath(url: string, slug: string): string | undefined {
  const m = /^https?:\/\/github\.com\/([\w.-]+\/[\w.-]+)\/(?:blob|tree)\/[^/]+\/([^?#]+)/i.exec(url);
  if (!m || m[1]!.toLowerCase() !== slug) return undefined;
  return resolveRelativeLink('', m[2]!);
}

/** Joins a relative path onto a repository directory ('' is the root); undefined when it leaves the root. */
export function joinRepoPath(dir: string, relative: string): string | undefined {
  const parts = relative.startsWith('/') ? [] : dir.split('/').filter(Boolean);
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined; // outside the root
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

import { escapeRegExp } from '../util.js';
import { CODE_SIGNALS, signalInScope, type CodeSignal, type SignalScope } from './code-signals.js';
import type { FileEntry, FileIndex } from './file-index.js';
import type { Ecosystem } from './manifests/types.js';
import { isTestPath } from './path-roles.js';
import { SECRET_LITERALS } from './secret-patterns.js';
import { testFileEcosystem } from './tests.js';
import type { TextFile } from './text.js';

/** Where a code signal was seen. */
export interface SignalHit {
  file: string;
  line: number;
}

export interface CodeScan {
  /** Hits per signal id, the first few locations of each (in file order). */
  hits: Map<string, SignalHit[]>;
  /** Matches per signal id, counted until the signal has MAX_HITS locations (a presence test, not a total). */
  counts: Map<string, number>;
  /** Non-test files matched. */
  filesScanned: number;
}

/** Locations kept per signal: rules cite a few lines, never thousands. */
const MAX_HITS = 8;

interface Matcher {
  signals: { signal: CodeSignal; re: RegExp; literals: string[] }[];
  /** Every hint of the scope in one alternation: one pass tells which signals can match a file. */
  hints: RegExp;
}

/**
 * The signals of one scope, each with its hints as cheap substring tests: a signal's (slower) regular
 * expression runs only on files that contain one of its hints.
 */
function buildMatcher(signals: CodeSignal[]): Matcher {
  const all = [...new Set(signals.flatMap((s) => s.hints))].sort((a, b) => b.length - a.length);
  return {
    signals: signals.map((signal) => ({ signal, re: new RegExp(signal.re.source, 'gm'), literals: signal.hints })),
    hints: new RegExp(all.map(escapeRegExp).join('|'), 'g'),
  };
}

const MATCHERS = new Map<SignalScope, Matcher | undefined>();
function matcherFor(scope: SignalScope): Matcher | undefined {
  if (!MATCHERS.has(scope)) {
    const signals = CODE_SIGNALS.filter((s) => s.scope === scope || (Array.isArray(s.scope) && s.scope.includes(scope as Ecosystem)));
    MATCHERS.set(scope, signals.length > 0 ? buildMatcher(signals) : undefined);
  }
  return MATCHERS.get(scope);
}

/**
 * Matches the code signals on the files of the content pass, as they are read. Each signal is
 * matched in one class of files (source code of its ecosystems, or configuration files) and the
 * pass visits each class in file-list order, so the first MAX_HITS locations per signal are the
 * same as a scan of the files one after the other.
 */
export class SignalScanner {
  private readonly sourceHits = new Map<string, SignalHit[]>();
  private readonly configHits = new Map<string, SignalHit[]>();
  private readonly counts = new Map<string, number>();
  private filesScanned = 0;

  /** Matches the signals of `scope` in one file's text. */
  add(path: string, scope: SignalScope, text: TextFile): void {
    const matcher = matcherFor(scope);
    if (!matcher) return;
    this.filesScanned++;
    const hits = scope === 'config' ? this.configHits : this.sourceHits;
    const present = new Set(text.text.match(matcher.hints) ?? []);
    if (present.size === 0) return;
    for (const { signal, re, literals } of matcher.signals) {
      if ((hits.get(signal.id)?.length ?? 0) >= MAX_HITS) continue; // enough locations to cite
      // A hint inside a longer matched hint ('jwt.' in 'jwt.sign(') is present too.
      if (!literals.some((l) => present.has(l) || [...present].some((p) => p.includes(l)))) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text.text); m; m = re.exec(text.text)) {
        if (m[0].length === 0) re.lastIndex++;
        if (inComment(text.text, m.index) || isBareMention(text.text, m.index, m[0]) || (scope !== 'config' && inProse(text.text, m.index, scope === 'javascript'))) continue;
        this.counts.set(signal.id, (this.counts.get(signal.id) ?? 0) + 1);
        const list = hits.get(signal.id) ?? [];
        if (list.length >= MAX_HITS) break;
        list.push({ file: path, line: text.lineAt(m.index) });
        hits.set(signal.id, list);
      }
    }
  }

  result(): CodeScan {
    return { hits: new Map([...this.sourceHits, ...this.configHits]), counts: this.counts, filesScanned: this.filesScanned };
  }
}

/** Configuration files the signals are matched in (Spring properties, appsettings, Symfony packages, web servers). */
const CONFIG_FILE = /(^|\/)(application[\w-]*\.(ya?ml|properties)|appsettings[\w.-]*\.json|config\/packages\/[\w/-]+\.ya?ml|nginx[\w.-]*\.conf|[\w-]+\.conf|Procfile|docker-compose[\w.-]*\.ya?ml|compose[\w.-]*\.ya?ml|config\/(database|queue)\.yml)$/i;

const TEST_PROFILE = /^(application|appsettings)[.-]test(ing)?\b/i;

/** Generated migration code repeats model fields (is_superuser, role) without being application logic. */
const MIGRATION_PATH = /(^|\/)(migrations|alembic\/versions|db\/migrate)\//;

/**
 * The files the code signals are matched in, with their scope: non-test source files of the detected
 * ecosystems (every ecosystem when none is detected), outside migrations, and configuration files.
 */
export function signalScanScopes(files: FileIndex, sources: readonly { entry: FileEntry; ecosystem: Ecosystem }[], ecosystems: readonly Ecosystem[]): Map<string, SignalScope> {
  const wanted = new Set(ecosystems);
  const scopes = new Map<string, SignalScope>();
  for (const { entry, ecosystem } of sources) {
    if (!wanted.has(ecosystem) && wanted.size > 0) continue;
    if (testFileEcosystem(entry.path, entry.base, ecosystems) || isTestPath(entry.path) || MIGRATION_PATH.test(entry.path)) continue;
    scopes.set(entry.path, ecosystem);
  }
  for (const entry of files.all) {
    // A test profile (application-test.properties) configures the test run, not the application.
    if (CONFIG_FILE.test(entry.path) && !isTestPath(entry.path) && !TEST_PROFILE.test(entry.base)) scopes.set(entry.path, 'config');
  }
  return scopes;
}

/** The literals that make a file worth matching: every in-scope signal hint and every secret literal. */
export function scanLiterals(ecosystems: readonly Ecosystem[]): RegExp {
  const literals = new Set<string>(SECRET_LITERALS);
  for (const s of CODE_SIGNALS) if (signalInScope(s, ecosystems)) for (const h of s.hints) literals.add(h);
  return new RegExp([...literals].map(escapeRegExp).join('|'));
}

/** Whether a match starts inside a line comment (`//`, `#`, `*`, `--`): commented-out code is not usage. */
export function inComment(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const prefix = text.slice(start, at).trimStart();
  return /^(\/\/|#(?!\[)|\*|\/\*|--)/.test(prefix);
}

/**
 * A sentence: it opens with a capitalised word and another word ("Add app.MapHealthChecks…"), or has
 * three words in a row; a route, a module name, a struct tag or an expression has neither. A link is
 * text too.
 */
const SENTENCE = /^\s*[A-Z][a-z]+ [A-Za-z@]|[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}|^https?:\/\//;

/**
 * A string literal and a comma before: the next string is an item of a list (an upper-case method
 * name is a route's first argument). So is a string after a regular expression literal and a comma
 * (`/\bRolesGuard\b/, 'casbin'`: a pattern table's row, its pattern then its hints).
 */
const LIST_ITEM = /[^A-Z\s'"`]['"`]\s*,\s*$|\/[dgimsuyv]*\s*,\s*$/;

/** Where a `/` opens a JavaScript regular expression literal rather than dividing. */
const REGEX_BEFORE = /(?:^|[(,=:[!&|?{};]|\breturn|\btypeof|\bcase)\s*$/;

/**
 * Whether the match is text about code on its line rather than code: inside a string literal of
 * prose or a link (advice, a message or a doc string that quotes code, `'Add
 * app.MapHealthChecks("/health") and …'`, as in a rule's own fix table), or, in JavaScript, inside
 * a regular expression literal (a pattern table: `/\bRolesGuard\b/`) or a trailing comment. A
 * string of code (an import, `"hasRole('ADMIN')"`, a struct tag) has no sentence in it.
 */
export function inProse(text: string, at: number, javascript = false): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  let quote = '';
  let open = 0;
  for (let i = start; i < at; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'" || c === '`') {
      quote = c;
      open = i + 1;
    } else if (javascript && c === '/') {
      if (text[i + 1] === '/' || text[i + 1] === '*') return true; // a comment after code
      if (!REGEX_BEFORE.test(text.slice(start, i))) continue;
      const close = regexEnd(text, i + 1);
      if (close < 0 || close >= at) return true; // the match is part of the pattern
      i = close;
    }
  }
  // In JavaScript, a string after another string or a regular expression and a comma is an item of
  // a list of names (a pattern table's hints: `/…/, 'casbin', 'hasRole'`), unless the one before is
  // an HTTP method.
  const literal = quote ? open - 1 : '"\'`'.includes(text[at] ?? '') ? at : -1;
  if (javascript && literal >= 0 && LIST_ITEM.test(text.slice(start, literal))) return true;
  if (!quote) return false;
  // `${…}` in a template literal is code (`http://${process.env.HOST}`).
  if (quote === '`' && /\$\{[^}]*$/.test(text.slice(open, at))) return false;
  let end = at;
  const lineEnd = text.indexOf('\n', at);
  for (const stop = lineEnd < 0 ? text.length : lineEnd; end < stop && text[end] !== quote; end++) if (text[end] === '\\') end++;
  return SENTENCE.test(text.slice(open, end));
}

/** The index of the `/` closing a regular expression literal whose body starts at `from`, or -1 at the line's end. */
function regexEnd(text: string, from: number): number {
  let inClass = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') return -1;
    if (c === '\\') i++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) return i;
  }
  return -1;
}

/**
 * Whether the match is a whole string literal on its own (`'MongoClient'` in a list of names): a
 * mention, as in a linter's pattern table, not a use. Signals that match imports include the quotes.
 */
function isBareMention(text: string, at: number, match: string): boolean {
  const before = text[at - 1];
  return (before === "'" || before === '"' || before === '`') && text[at + match.length] === before;
}

/** The first hit of any of the signals, in the order given. */
export function firstHit(scan: CodeScan, ids: readonly string[]): { id: string; hit: SignalHit } | undefined {
  for (const id of ids) {
    const hit = scan.hits.get(id)?.[0];
    if (hit) return { id, hit };
  }
  return undefined;
}

/** Every hit of the signals, capped, deduplicated by location. */
export function allHits(scan: CodeScan, ids: readonly string[], limit = 5): { id: string; hit: SignalHit }[] {
  const out: { id: string; hit: SignalHit }[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    for (const hit of scan.hits.get(id) ?? []) {
      const key = `${hit.file}:${hit.line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ id, hit });
      if (out.length >= limit) return out;
    }
  }
  return out;
}

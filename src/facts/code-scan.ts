import type { Facts } from './facts.js';
import type { Ecosystem } from './manifests/types.js';
import { CODE_SIGNALS, signalInScope, type CodeSignal, type SignalScope } from './code-signals.js';
import { treeGrep } from './grep.js';
import { escapeRegExp } from '../util.js';
import { isSecretScanFile, SECRET_LITERALS, secretsInText, type TreeSecret } from './secret-patterns.js';
import { isTestPath } from './path-roles.js';
import { testFacts } from './tests.js';

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
  /** Non-test files read. */
  filesScanned: number;
  /** Files read by this pass (the secrets scan does not read them again). */
  read: Set<string>;
  /** Secrets seen in the files this pass read. */
  secrets: TreeSecret[];
}

/** Locations kept per signal: rules cite a few lines, never thousands. */
const MAX_HITS = 8;
const MAX_FILE_BYTES = 512 * 1024;

/** Configuration files read by the same pass (Spring properties, appsettings, Symfony packages, web servers). */
const CONFIG_FILE = /(^|\/)(application[\w-]*\.(ya?ml|properties)|appsettings[\w.-]*\.json|config\/packages\/[\w/-]+\.ya?ml|nginx[\w.-]*\.conf|[\w-]+\.conf|Procfile|docker-compose[\w.-]*\.ya?ml|compose[\w.-]*\.ya?ml|config\/(database|queue)\.yml)$/i;

const TEST_PROFILE = /^(application|appsettings)[.-]test(ing)?\b/i;

/** Generated migration code repeats model fields (is_superuser, role) without being application logic. */
const MIGRATION_PATH = /(^|\/)(migrations|alembic\/versions|db\/migrate)\//;

/**
 * Files that mention any code-signal hint (of the detected ecosystems) or secret literal, from the
 * shared tree grep, for the code scan and the secrets scan. Each consumer re-checks its own hints
 * on the text it reads.
 */
export function hintCandidates(facts: Facts): Promise<Set<string>> {
  return facts.derive('hint-candidates', async () => {
    const [{ ecosystems }, grep] = await Promise.all([facts.ecosystems(), treeGrep(facts)]);
    const literals = new Set<string>(SECRET_LITERALS);
    for (const s of CODE_SIGNALS) if (signalInScope(s, ecosystems)) for (const h of s.hints) literals.add(h);
    return grep.filesMatching(new RegExp([...literals].map(escapeRegExp).join('|')));
  });
}


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
 * Every code signal the data, security and operations rules look for, found in one pass: the tree
 * grep narrows the tree to files that mention any hint, then each non-test source (or config) file
 * with one is read once more and matched with one regular expression per ecosystem.
 */
export function codeScan(facts: Facts): Promise<CodeScan> {
  return facts.derive('code-scan', async () => {
    const [{ ecosystems }, tests, files, candidates, sources] = await Promise.all([
      facts.ecosystems(),
      testFacts(facts),
      facts.files(),
      hintCandidates(facts),
      facts.sourceIndex(),
    ]);
    const testPaths = new Set(tests.files.map((f) => f.path));
    const wanted = new Set(ecosystems);
    const jobs: { path: string; scope: SignalScope }[] = [];
    for (const { entry, ecosystem } of sources) {
      if (!wanted.has(ecosystem) && wanted.size > 0) continue;
      if (testPaths.has(entry.path) || isTestPath(entry.path) || MIGRATION_PATH.test(entry.path)) continue;
      jobs.push({ path: entry.path, scope: ecosystem });
    }
    for (const entry of files.all) {
      // A test profile (application-test.properties) configures the test run, not the application.
      if (CONFIG_FILE.test(entry.path) && !isTestPath(entry.path) && !TEST_PROFILE.test(entry.base)) jobs.push({ path: entry.path, scope: 'config' });
    }

    const hits = new Map<string, SignalHit[]>();
    const counts = new Map<string, number>();
    let filesScanned = 0;
    const read = new Set<string>();
    const secrets: TreeSecret[] = [];
    for (const job of jobs) {
      if (!candidates.has(job.path)) continue;
      const matcher = matcherFor(job.scope);
      if (!matcher) continue;
      const text = await facts.scan(job.path, MAX_FILE_BYTES);
      if (!text) continue;
      filesScanned++;
      read.add(job.path);
      if (isSecretScanFile(job.path)) secrets.push(...secretsInText(job.path, text.text));
      const present = new Set(text.text.match(matcher.hints) ?? []);
      if (present.size === 0) continue;
      for (const { signal, re, literals } of matcher.signals) {
        if ((hits.get(signal.id)?.length ?? 0) >= MAX_HITS) continue; // enough locations to cite
        // A hint inside a longer matched hint ('jwt.' in 'jwt.sign(') is present too.
        if (!literals.some((l) => present.has(l) || [...present].some((p) => p.includes(l)))) continue;
        re.lastIndex = 0;
        for (let m = re.exec(text.text); m; m = re.exec(text.text)) {
          if (m[0].length === 0) re.lastIndex++;
          if (inComment(text.text, m.index) || isBareMention(text.text, m.index, m[0])) continue;
          counts.set(signal.id, (counts.get(signal.id) ?? 0) + 1);
          const list = hits.get(signal.id) ?? [];
          if (list.length >= MAX_HITS) break;
          list.push({ file: job.path, line: text.lineAt(m.index) });
          hits.set(signal.id, list);
        }
      }
    }
    return { hits, counts, filesScanned, read, secrets };
  });
}

/** Whether a match starts inside a line comment (`//`, `#`, `*`, `--`): commented-out code is not usage. */
export function inComment(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const prefix = text.slice(start, at).trimStart();
  return /^(\/\/|#(?!\[)|\*|\/\*|--)/.test(prefix);
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

import type { CodeScan } from './signal-scan.js';
import { scanLiterals, signalScanScopes, SignalScanner } from './signal-scan.js';
import type { Detector } from './detector.js';
import type { Facts } from './facts.js';
import { grepTerms, isGrepSkipped, linesAt, looksMinified, TreeGrep, type GrepLine, type GrepLines } from './grep.js';
import { RouteCollector, type ServedRoutes } from './routes/index.js';
import { isSecretScanFile, secretsInText, type TreeSecret } from './secret-patterns.js';
import { TermMatcher } from './term-matcher.js';
import { decode, looksBinary, TextFile } from './text.js';

/** What the single content pass observed. */
export interface ContentPass {
  /** The lines holding a detector term, by path. */
  grep: TreeGrep;
  /** The code signals matched in source and configuration files. */
  codeScan: CodeScan;
  /** Secrets in the analysable files (tests, docs, env files and lockfiles excluded), by file and line. */
  secrets: TreeSecret[];
  /** The routes the code serves (src/facts/routes), extracted from the files as they are read. */
  served: ServedRoutes;
}

/** Bytes of one file searched: past this, a file is data or generated, not code to judge. */
const MAX_FILE_BYTES = 1024 * 1024;
/** Bytes of one file the code signals and secrets are matched in. */
const MAX_MATCH_BYTES = 512 * 1024;
/** Files read between two yields to the event loop, so git's output keeps flowing meanwhile. */
const FILES_PER_SLICE = 2000;

/**
 * One pass over every analysable text file (binary and minified files skipped, the first
 * MAX_FILE_BYTES of each), each file read once for every content detector: the lines holding any
 * detector's term are kept (env reads and line questions are answered on them), and a file whose
 * lines mention a code-signal hint or a secret literal has its signals and secrets matched while its
 * bytes are in hand.
 */
export function contentPass(facts: Facts): Promise<ContentPass> {
  return facts.derive('content-pass', async () => {
    const [{ ecosystems, http }, files, sources, routes] = await Promise.all([facts.ecosystems(), facts.files(), facts.sourceIndex(), RouteCollector.create(facts)]);
    const matcher = new TermMatcher(grepTerms(ecosystems, http));
    const scopes = signalScanScopes(files, sources, ecosystems);
    const literals = scanLiterals(ecosystems);
    const scanner = new SignalScanner();
    const secrets: TreeSecret[] = [];
    const lines: GrepLines = new Map();
    const visit = (path: string, bytes: Buffer) => {
      if (looksBinary(bytes) || looksMinified(bytes)) return;
      routes.offer(path, bytes);
      const ends = matcher.matchEnds(bytes);
      if (ends.length === 0) return;
      const found = linesAt(bytes, ends);
      lines.set(path, found);
      const scope = scopes.get(path);
      const secretScan = isSecretScanFile(path);
      if ((!scope && !secretScan) || !found.some((l) => literals.test(l.text))) return;
      // `bytes` may be a reused buffer: everything is matched before the next file is read.
      const head = bytes.subarray(0, MAX_MATCH_BYTES);
      const text = new TextFile(path, decode(head), bytes.length > head.length);
      if (scope) scanner.add(path, scope, text);
      if (secretScan) secrets.push(...secretsInText(path, text.text));
    };
    const paths = files.all.filter((f) => !isGrepSkipped(f.path)).map((f) => f.path);
    for (let at = 0; at < paths.length; at += FILES_PER_SLICE) {
      if (at > 0) await new Promise((resolve) => setImmediate(resolve));
      const slice = paths.slice(at, at + FILES_PER_SLICE);
      if (facts.source.readEach) {
        facts.source.readEach(slice, MAX_FILE_BYTES, visit);
      } else {
        for (const path of slice) {
          const result = await facts.source.readFile(path, { maxBytes: MAX_FILE_BYTES });
          if (result) visit(path, result.bytes);
        }
      }
    }
    secrets.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
    return { grep: new TreeGrep(lines), codeScan: scanner.result(), secrets, served: await routes.finish(facts) };
  });
}

/** The lines of the tree that contain any detector term, by path. */
export async function treeGrep(facts: Facts): Promise<TreeGrep> {
  return (await contentPass(facts)).grep;
}

/** Every code signal the data, security and operations rules look for, from the content pass. */
export async function codeScan(facts: Facts): Promise<CodeScan> {
  return (await contentPass(facts)).codeScan;
}

/**
 * The first line of each file that the detector accepts (and `accept`, when given), from the
 * content pass's lines (no file is read): up to `limit` files, in the order given.
 */
export async function firstLines(facts: Facts, paths: Iterable<string>, detector: Detector, limit: number, accept: (text: string) => boolean = () => true): Promise<{ file: string; line: number }[]> {
  const grep = await treeGrep(facts);
  const out: { file: string; line: number }[] = [];
  for (const path of paths) {
    const hit = grep.lines.get(path)?.find((l) => detector.re.test(l.text) && accept(l.text));
    if (!hit) continue;
    out.push({ file: path, line: hit.line });
    if (out.length >= limit) break;
  }
  return out;
}

/** Paths with a line the detector accepts. */
export async function filesWithLine(facts: Facts, detector: Detector): Promise<Set<string>> {
  return (await treeGrep(facts)).filesMatching(detector.re);
}

/** The lines of one file that the detector accepts (no file is read). */
export async function linesWith(facts: Facts, path: string, detector: Detector): Promise<GrepLine[]> {
  return ((await treeGrep(facts)).lines.get(path) ?? []).filter((l) => detector.re.test(l.text));
}

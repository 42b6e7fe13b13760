import { CODE_SIGNALS, signalInScope } from './code-signals.js';
import { detectorInScope } from './detector.js';
import { ENV_READS } from './env-reads.js';
import { PREFIXED_ENV_MARKERS } from './env-prefixed.js';
import { LINE_DETECTORS } from './line-detectors.js';
import type { Ecosystem } from './manifests/types.js';
import { isTestPath } from './path-roles.js';
import { isSecretScanFile, SECRET_LITERALS } from './secret-patterns.js';

const MAX_LINE_CHARS = 2000;

/** One line that contains a term. */
export interface GrepLine {
  /** 1-based line number. */
  line: number;
  /** The line's text, cut at MAX_LINE_CHARS (minified code is one enormous line). */
  text: string;
}

/** Lines containing a term, by path (paths in file-list order, lines ascending). */
export type GrepLines = Map<string, GrepLine[]>;

/**
 * The literals that make a line worth a second look. The tree is searched ONCE for the terms of
 * every detector (code signals, env reads, secrets, line questions: each declares its terms beside
 * its pattern), every text file read once, every byte looked at once whatever the number of terms;
 * each detector then matches its own pattern on the lines (or files) that hold a term.
 */
export function grepTerms(ecosystems: readonly Ecosystem[], httpDeclared = false): string[] {
  const all = ecosystems.length === 0;
  const terms = new Set<string>(SECRET_LITERALS);
  for (const s of CODE_SIGNALS) if (signalInScope(s, ecosystems)) for (const h of s.hints) terms.add(h);
  for (const [eco, reads] of Object.entries(ENV_READS)) if (all || ecosystems.includes(eco as Ecosystem)) for (const d of reads) for (const t of d.terms) terms.add(t);
  for (const d of PREFIXED_ENV_MARKERS) if (all || d.ecosystems!.some((e) => ecosystems.includes(e))) for (const t of d.terms) terms.add(t);
  for (const detector of LINE_DETECTORS) if (detectorInScope(detector, ecosystems, httpDeclared)) for (const t of detector.terms) terms.add(t);
  return [...terms];
}

/** The lines of the tree that contain any grep term, by path. */
export class TreeGrep {
  constructor(readonly lines: GrepLines) {}

  /** Paths with a line matching `re` (a non-global expression). */
  filesMatching(re: RegExp): Set<string> {
    const out = new Set<string>();
    for (const [path, lines] of this.lines) if (lines.some((l) => re.test(l.text))) out.add(path);
    return out;
  }
}

/**
 * Files no consumer looks at: test code (every detector skips it; the secrets scan too, fake keys
 * are on purpose there) and Markdown (prose, not code or configuration).
 */
export function isGrepSkipped(path: string): boolean {
  return path.endsWith('.md') || (isTestPath(path) && !isSecretScanFile(path));
}

/**
 * A bundled or minified file (public/js/app.js, a vendored widget): fewer than 16 lines in its first
 * 16 KB. Generated code is not the author's; its `process.env.X` and `createHash('md5')` are a
 * library's.
 */
export function looksMinified(bytes: Buffer): boolean {
  if (bytes.length < 16 * 1024) return false;
  let lines = 0;
  for (let at = bytes.indexOf(10); at !== -1 && at < 16 * 1024; at = bytes.indexOf(10, at + 1)) if (++lines >= 16) return false;
  return true;
}

/** The lines holding the given match ends, each once, with 1-based numbers. */
export function linesAt(bytes: Buffer, ends: readonly number[]): GrepLine[] {
  const out: GrepLine[] = [];
  let lineNo = 1;
  let counted = 0; // the newlines before `counted` are in lineNo
  let lineEnd = -1; // where the last line taken ends
  for (const end of ends) {
    const at = end - 1; // the term's last byte
    if (at < lineEnd) continue; // on the line already taken
    const start = at === 0 ? 0 : bytes.lastIndexOf(10, at - 1) + 1;
    for (let nl = bytes.indexOf(10, counted); nl !== -1 && nl < start; nl = bytes.indexOf(10, nl + 1)) lineNo++;
    counted = start;
    const newline = bytes.indexOf(10, at);
    lineEnd = newline === -1 ? bytes.length : newline;
    let stop = Math.min(lineEnd, start + MAX_LINE_CHARS * 4);
    if (stop === lineEnd && stop > start && bytes[stop - 1] === 13) stop--; // CRLF
    let text = bytes.toString('utf8', start, stop);
    if (text.length > MAX_LINE_CHARS) text = text.slice(0, MAX_LINE_CHARS);
    out.push({ line: lineNo, text });
  }
  return out;
}

import type { Ecosystem } from './manifests/types.js';

/**
 * A content detector: a pattern and the literal terms that pre-filter it. The single content pass
 * (grep.ts) keeps only the lines (or files) that contain a term, so every text `re` accepts must
 * contain one of `terms`, compared case-sensitively; test/detector-terms.test.ts proves it for
 * every detector (or names the known gap).
 */
export interface Detector {
  /** Literals one of which is in every text `re` accepts. */
  terms: readonly string[];
  re: RegExp;
  /** The ecosystems whose repositories are searched for it; every repository when absent. */
  ecosystems?: readonly Ecosystem[];
  /** Searched only when no manifest declares an HTTP framework (then every controller would match). */
  unlessHttpDeclared?: boolean;
}

/** Whether a detector applies to a repository of these ecosystems (all of them when none is detected). */
export function detectorInScope(detector: Detector, ecosystems: readonly Ecosystem[], httpDeclared: boolean): boolean {
  if (httpDeclared && detector.unlessHttpDeclared) return false;
  return ecosystems.length === 0 || !detector.ecosystems || detector.ecosystems.some((e) => ecosystems.includes(e));
}

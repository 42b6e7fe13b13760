import type { AddedLine, AddedLinesOptions } from './git-added-lines.js';

export type { AddedLine, AddedLinesOptions };
/** A file as a source lists it (before vendored/generated paths are removed). */
export interface SourceFile {
  /** POSIX path relative to the target root. */
  path: string;
  size: number;
  symlink: boolean;
  /** Whether git tracks the file; null when the source has no git. */
  tracked: boolean | null;
}

export interface FileStat {
  path: string;
  added: number | null;
  deleted: number | null;
}

export interface Commit {
  hash: string;
  parents: string[];
  authorName: string;
  authorEmail: string;
  authorDate: string;
  committerDate: string;
  /** The subject line, at most 512 bytes of it (a longer one is cut at a character boundary). */
  subject: string;
  /** The body, when the source has it (the GitHub API fallback); the git log does not read bodies. */
  body?: string;
  /** Changed files; undefined when stats were not collected for this commit (bounded). */
  files?: FileStat[];
}

/**
 * The history as a source streams it: the newest `statsLimit` commits whole (with per-file stats),
 * every older commit handed to `visit` (newest first) and not kept.
 */
export type HistoryStream =
  | { available: true; shallow: boolean; newest: Commit[]; statsLimit: number; head: string }
  | { available: false; reason: string; shallow: boolean };

export interface HistoryOptions {
  statsLimit: number;
  /** Receives each commit older than the newest `statsLimit`, newest first. */
  visit: (commit: Commit) => void;
}

export interface ReadOptions {
  maxBytes: number;
}

export interface ReadResult {
  bytes: Buffer;
  /** The file's full size, which may exceed the bytes read. */
  size: number;
  truncated: boolean;
}

/** Where repository data comes from: a working tree, a git revision, or the GitHub API. */
export interface RepositorySource {
  readonly kind: 'path' | 'git-revision' | 'github';
  /** Human name of the target (a path or owner/repo@ref). */
  readonly name: string;
  /** Every file, with directory names in `skipDirs` pruned during the walk. */
  listFiles(skipDirs: readonly string[]): Promise<SourceFile[]>;
  /** Reads up to maxBytes of a file; undefined when it does not exist or is unsafe to read. */
  readFile(path: string, options: ReadOptions): Promise<ReadResult | undefined>;
  /**
   * Optional bulk read for one pass over many files: `visit` gets the first maxBytes of each
   * readable file in a buffer that is reused for the next file (copy what you keep). Files that
   * cannot be read are skipped. Without it, callers read file by file.
   */
  readEach?(paths: readonly string[], maxBytes: number, visit: (path: string, bytes: Buffer) => void): void;
  /** Streams the commit history of the target, newest first, in bounded memory. */
  history(options: HistoryOptions): Promise<HistoryStream>;
  /** The commit the target is at, when known. */
  head(): Promise<string | undefined>;
  /** Every path git tracks (including those the analysis excludes); undefined without git. */
  trackedPaths(): Promise<string[] | undefined>;
  /**
   * Lines added by the newest commits (all refs) that match `pattern`, from one bounded `git log -p`
   * (secrets in history). Optional: a source without it, or that returns undefined, cannot answer.
   */
  addedLines?(pattern: RegExp, options: AddedLinesOptions): Promise<{ lines: AddedLine[]; complete: boolean } | undefined>;
}

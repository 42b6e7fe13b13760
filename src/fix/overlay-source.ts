import type { AddedLine, AddedLinesOptions, HistoryOptions, HistoryStream, ReadOptions, ReadResult, RepositorySource, SourceFile } from '../source/types.js';
import type { PlannedFile } from './types.js';

/**
 * A repository source that shows planned files as if they were written: the dry run scores the
 * repository "after fix" without touching the disk.
 */
export class OverlaySource implements RepositorySource {
  readonly kind: RepositorySource['kind'];
  readonly name: string;
  private readonly planned: Map<string, Buffer>;
  readonly addedLines?: (pattern: RegExp, options: AddedLinesOptions) => Promise<{ lines: AddedLine[]; complete: boolean } | undefined>;
  readonly readEach?: (paths: readonly string[], maxBytes: number, visit: (path: string, bytes: Buffer) => void) => void;

  constructor(
    private readonly inner: RepositorySource,
    files: readonly PlannedFile[],
  ) {
    this.kind = inner.kind;
    this.name = inner.name;
    this.planned = new Map(files.map((f) => [f.path, Buffer.from((f.mode === 'append' ? (f.before ?? '') : '') + f.content)]));
    // History answers are the same before and after fix (it never commits).
    if (inner.addedLines) this.addedLines = inner.addedLines.bind(inner);
    const readEach = inner.readEach?.bind(inner);
    if (readEach) {
      this.readEach = (paths, maxBytes, visit) => {
        readEach(paths.filter((p) => !this.planned.has(p)), maxBytes, visit);
        for (const p of paths) {
          const bytes = this.planned.get(p);
          if (bytes) visit(p, bytes.subarray(0, maxBytes));
        }
      };
    }
  }

  async listFiles(skipDirs: readonly string[]): Promise<SourceFile[]> {
    const listed = await this.inner.listFiles(skipDirs);
    const out = listed.map((f) => (this.planned.has(f.path) ? { ...f, size: this.planned.get(f.path)!.length } : f));
    const known = new Set(listed.map((f) => f.path));
    const git = listed.some((f) => f.tracked !== null);
    for (const [path, bytes] of this.planned) if (!known.has(path)) out.push({ path, size: bytes.length, symlink: false, tracked: git ? false : null });
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  async readFile(path: string, options: ReadOptions): Promise<ReadResult | undefined> {
    const bytes = this.planned.get(path);
    if (!bytes) return this.inner.readFile(path, options);
    return { bytes: bytes.subarray(0, options.maxBytes), size: bytes.length, truncated: bytes.length > options.maxBytes };
  }

  history(options: HistoryOptions): Promise<HistoryStream> {
    return this.inner.history(options);
  }

  head(): Promise<string | undefined> {
    return this.inner.head();
  }

  trackedPaths(): Promise<string[] | undefined> {
    return this.inner.trackedPaths();
  }
}

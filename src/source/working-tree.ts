import { closeSync, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import ignore, { type Ignore } from 'ignore';
import { simpleGit } from 'simple-git';
import { readAddedLines, type AddedLine, type AddedLinesOptions } from './git-added-lines.js';
import { readHistory } from './git-log.js';
import type { HistoryOptions, HistoryStream, ReadOptions, ReadResult, RepositorySource, SourceFile } from './types.js';

interface GitInfo {
  /** Absolute path of the repository's top level. */
  toplevel: string;
  shallow: boolean;
  head: string | undefined;
}

/** A local directory, optionally inside a git repository. Never follows links out of the root. */
export class WorkingTreeSource implements RepositorySource {
  readonly kind = 'path' as const;
  readonly name: string;
  private readonly root: string;
  private realRoot: Promise<string>;
  private gitInfo: Promise<GitInfo | undefined> | undefined;
  private listing: Promise<{ tracked: string[]; untracked: string[] } | undefined> | undefined;
  private readonly regularFiles = new Set<string>();

  constructor(root: string, name = root) {
    this.root = path.resolve(root);
    this.name = name;
    this.realRoot = realpath(this.root);
  }

  /** git metadata, or undefined when the directory is not in a git work tree (or git is missing). */
  git(): Promise<GitInfo | undefined> {
    this.gitInfo ??= (async () => {
      const git = simpleGit({ baseDir: this.root });
      try {
        const [toplevel, shallow, head] = (await git.raw(['rev-parse', '--show-toplevel', '--is-shallow-repository', 'HEAD'])).trim().split('\n');
        if (toplevel) return { toplevel, shallow: shallow === 'true', head };
      } catch {
        // not a repository, or a repository without commits (HEAD does not resolve): ask again
      }
      try {
        const [toplevel, shallow] = (await git.raw(['rev-parse', '--show-toplevel', '--is-shallow-repository'])).trim().split('\n');
        return toplevel ? { toplevel, shallow: shallow === 'true', head: undefined } : undefined;
      } catch {
        return undefined;
      }
    })();
    return this.gitInfo;
  }

  async head(): Promise<string | undefined> {
    return (await this.git())?.head;
  }

  async addedLines(pattern: RegExp, options: AddedLinesOptions): Promise<{ lines: AddedLine[]; complete: boolean } | undefined> {
    const info = await this.git();
    if (!info?.head) return undefined;
    try {
      return await readAddedLines(this.root, pattern, options);
    } catch {
      return undefined;
    }
  }

  trackedPaths(): Promise<string[] | undefined> {
    return this.gitListing().then((listing) => listing?.tracked);
  }

  /**
   * In a git work tree, one `git ls-files` gives tracked files and untracked files that are not
   * ignored: exactly git's .gitignore semantics, with the untracked cache, faster than any walk.
   */
  private gitListing(): Promise<{ tracked: string[]; untracked: string[] } | undefined> {
    this.listing ??= (async () => {
      const info = await this.git();
      if (!info) return undefined;
      try {
        const out = await simpleGit({ baseDir: this.root }).raw(['ls-files', '-z', '-t', '--cached', '--others', '--exclude-standard']);
        const tracked: string[] = [];
        const untracked: string[] = [];
        let previous = '';
        for (const entry of out.split('\0')) {
          if (entry.length < 3) continue;
          const file = entry.slice(2);
          if (entry[0] === '?') untracked.push(file);
          else if (file !== previous) tracked.push(file); // unmerged entries repeat
          previous = file;
        }
        return { tracked, untracked };
      } catch {
        return undefined;
      }
    })();
    return this.listing;
  }

  async listFiles(skipDirs: readonly string[]): Promise<SourceFile[]> {
    const [listing, realRoot] = await Promise.all([this.gitListing(), this.realRoot]);
    const skip = new Set(skipDirs);
    const skipped = (file: string) => file.split('/').slice(0, -1).some((dir) => skip.has(dir));
    let candidates: { path: string; tracked: boolean | null }[];
    if (listing) {
      candidates = [
        ...listing.tracked.filter((f) => !skipped(f)).map((f) => ({ path: f, tracked: true })),
        ...listing.untracked.filter((f) => !skipped(f)).map((f) => ({ path: f, tracked: false })),
      ];
    } else {
      candidates = (await this.walk(skipDirs)).map((f) => ({ path: f, tracked: null }));
    }

    const files: SourceFile[] = [];
    for (const { path: rel, tracked } of candidates) {
      let st;
      try {
        st = lstatSync(path.join(this.root, rel));
      } catch {
        continue; // deleted in the work tree but still in the index
      }
      if (st.isSymbolicLink()) {
        const target = this.resolveInside(rel, realRoot);
        if (target) files.push({ path: rel, size: target.size, symlink: true, tracked });
      } else if (st.isFile()) {
        this.regularFiles.add(rel);
        files.push({ path: rel, size: st.size, symlink: false, tracked });
      }
    }
    return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** Outside git: one fast-glob walk, pruning vendored directories, with .gitignore applied. */
  private async walk(skipDirs: readonly string[]): Promise<string[]> {
    const entries = await fg('**', {
      cwd: this.root,
      dot: true,
      onlyFiles: false,
      followSymbolicLinks: false,
      suppressErrors: true,
      objectMode: true,
      ignore: skipDirs.map((dir) => `**/${dir}/**`),
    });
    const paths = entries.filter((e) => !e.dirent.isDirectory()).map((e) => e.path);
    const gitignores = paths.filter((p) => p === '.gitignore' || p.endsWith('/.gitignore'));
    const isIgnored = await this.gitignoreMatcher(gitignores);
    return paths.filter((p) => !isIgnored(p));
  }

  readEach(paths: readonly string[], maxBytes: number, visit: (path: string, bytes: Buffer) => void): void {
    const scratch = { buffer: Buffer.allocUnsafe(64 * 1024) };
    for (const rel of paths) {
      // Only files the listing lstat-ed as regular files under the root: no link is followed.
      if (!this.regularFiles.has(rel)) continue;
      const read = readUpTo(`${this.root}/${rel}`, maxBytes, scratch);
      if (read) visit(rel, read.bytes);
    }
  }

  async readFile(rel: string, { maxBytes }: ReadOptions): Promise<ReadResult | undefined> {
    const abs = path.join(this.root, rel);
    // Listed regular files were lstat-ed under the root; anything else must prove it stays inside.
    if (!this.regularFiles.has(rel)) {
      if (!isInside(this.root, path.resolve(this.root, rel))) return undefined;
      try {
        if (!isInside(await this.realRoot, realpathSync.native(abs))) return undefined;
      } catch {
        return undefined;
      }
    }
    const read = readUpTo(abs, maxBytes);
    return read && { bytes: read.bytes, size: read.size, truncated: read.size > read.bytes.length };
  }

  async history({ statsLimit, visit }: HistoryOptions): Promise<HistoryStream> {
    const info = await this.git();
    if (!info) return { available: false, reason: 'not a git repository', shallow: false };
    if (!info.head) return { available: false, reason: 'the repository has no commits yet', shallow: info.shallow };
    try {
      const newest = await readHistory(this.root, 'HEAD', { statsLimit }, visit);
      return { available: true, shallow: info.shallow, newest, statsLimit, head: info.head };
    } catch (error) {
      return { available: false, reason: `git log failed: ${(error as Error).message}`, shallow: info.shallow };
    }
  }

  /** A symlink's target size when the target is a regular file inside the root. */
  private resolveInside(rel: string, realRoot: string): { size: number } | undefined {
    try {
      const target = realpathSync.native(path.join(this.root, rel));
      if (!isInside(realRoot, target)) return undefined;
      const st = statSync(target);
      return st.isFile() ? { size: st.size } : undefined;
    } catch {
      return undefined;
    }
  }

  /** .gitignore semantics across nested files and .git/info/exclude; the deepest decision wins. */
  private async gitignoreMatcher(gitignores: string[]): Promise<(file: string) => boolean> {
    const layers: { dir: string; ig: Ignore }[] = [];
    const info = await this.git();
    if (info) {
      try {
        const exclude = await readFile(path.join(info.toplevel, '.git', 'info', 'exclude'), 'utf8');
        layers.push({ dir: '', ig: ignore().add(exclude) });
      } catch {
        // no exclude file
      }
    }
    for (const file of gitignores) {
      const read = await this.readFile(file, { maxBytes: 256 * 1024 });
      if (!read) continue;
      const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
      layers.push({ dir, ig: ignore({ allowRelativePaths: true }).add(read.bytes.toString('utf8')) });
    }
    layers.sort((a, b) => a.dir.length - b.dir.length);
    if (layers.length === 0) return () => false;
    return (file: string) => {
      let ignored = false;
      for (const { dir, ig } of layers) {
        if (dir && !file.startsWith(dir)) continue;
        const verdict = ig.test(file.slice(dir.length));
        if (verdict.ignored) ignored = true;
        else if (verdict.unignored) ignored = false;
      }
      return ignored;
    };
  }
}

/**
 * Up to maxBytes of a regular file, read synchronously: thousands of small files read one by one
 * are several times faster than the async round-trips (open, stat, read, close) each would cost.
 * With `scratch`, the bytes land in its buffer (grown as needed, reused by the next read);
 * otherwise in a fresh one. Undefined when the file cannot be read or is not a regular file.
 */
function readUpTo(abs: string, maxBytes: number, scratch?: { buffer: Buffer }): { bytes: Buffer; size: number } | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(abs, 'r');
    const st = fstatSync(fd);
    if (!st.isFile()) return undefined;
    const length = Math.min(st.size, maxBytes);
    if (scratch && length > scratch.buffer.length) scratch.buffer = Buffer.allocUnsafe(Math.max(length, scratch.buffer.length * 2));
    const target = scratch ? scratch.buffer : Buffer.allocUnsafe(length);
    let offset = 0;
    while (offset < length) {
      const n = readSync(fd, target, offset, length - offset, offset);
      if (n === 0) break;
      offset += n;
    }
    return { bytes: target.subarray(0, offset), size: st.size };
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

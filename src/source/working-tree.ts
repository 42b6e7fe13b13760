import { lstatSync, realpathSync, statSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import ignore, { type Ignore } from 'ignore';
import { readAddedLines, type AddedLine, type AddedLinesOptions } from './git-added-lines.js';
import { readHistory } from './git-log.js';
import { GitTimeoutError, runGit, type GitRunResult } from './git-run.js';
import { isInside, isRefused, readInside, readRegularFile } from './safe-read.js';
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
  private gitInfo: Promise<{ info?: GitInfo; reason?: string }> | undefined;
  private listing: Promise<{ tracked: string[]; untracked: string[] } | undefined> | undefined;
  private readonly regularFiles = new Set<string>();

  constructor(root: string, name = root) {
    this.root = path.resolve(root);
    this.name = name;
    this.realRoot = realpath(this.root);
    // Awaited where it is needed; a source used only for reads must not leave a rejection unhandled
    // (its directory may be gone by then).
    this.realRoot.catch(() => undefined);
  }

  /** git metadata, or undefined when the directory is not in a git work tree git may read (or git is missing). */
  async git(): Promise<GitInfo | undefined> {
    return (await this.gitState()).info;
  }

  /**
   * The git work tree the directory is in, or why there is none to read: not a repository, git
   * missing, git refusing (another user's repository: safe.directory), git not answering in time,
   * or a `.git` / core.worktree that points at another repository.
   */
  private gitState(): Promise<{ info?: GitInfo; reason?: string }> {
    this.gitInfo ??= (async () => {
      let result = await runGit(this.root, ['rev-parse', '--show-toplevel', '--is-shallow-repository', 'HEAD']);
      let head: string | undefined;
      if (result.code === 0) {
        head = result.stdout.trim().split('\n')[2];
      } else if (!result.timedOut && result.code !== -1) {
        // not a repository, or a repository without commits (HEAD does not resolve): ask again
        result = await runGit(this.root, ['rev-parse', '--show-toplevel', '--is-shallow-repository']);
      }
      if (result.code !== 0) return { reason: gitFailure(result) };
      const [toplevel, shallow] = result.stdout.trim().split('\n');
      if (!toplevel) return { reason: 'not a git repository' };
      const foreign = foreignRepository(toplevel, await this.realRoot);
      if (foreign) return { reason: foreign };
      return { info: { toplevel, shallow: shallow === 'true', head } };
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
      const { code, stdout: out } = await runGit(this.root, ['ls-files', '-z', '-t', '--cached', '--others', '--exclude-standard']);
      // git failed or did not answer (a FIFO as an excludes file): list the files without git.
      if (code !== 0) return undefined;
      {
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
      }
    })();
    return this.listing;
  }

  async listFiles(skipDirs: readonly string[]): Promise<SourceFile[]> {
    const [listing, realRoot] = await Promise.all([this.gitListing(), this.realRoot]);
    const skip = new Set(skipDirs);
    // Decided once per directory: a 100k-file tree has a few thousand.
    const skippedDirs = new Map<string, boolean>([['', false]]);
    const skippedDir = (dir: string): boolean => {
      let known = skippedDirs.get(dir);
      if (known === undefined) {
        const slash = dir.lastIndexOf('/');
        known = skip.has(dir.slice(slash + 1)) || (slash !== -1 && skippedDir(dir.slice(0, slash)));
        skippedDirs.set(dir, known);
      }
      return known;
    };
    const skipped = (file: string) => skippedDir(file.slice(0, Math.max(0, file.lastIndexOf('/'))));
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
    const directories = new Map<string, boolean>([['', true]]);
    for (const { path: rel, tracked } of candidates) {
      // A directory on the way that is a link (the index says a/b.txt, the work tree has a → /etc)
      // would take the file outside the root: each directory is checked once.
      const slash = rel.lastIndexOf('/');
      if (slash !== -1 && !checkDirectory(this.root, rel.slice(0, slash), directories)) continue;
      // One lstat per file (git's index could give mode and size, but parsing `ls-files --debug`
      // costs more CPU and memory than the lstat it saves: measured on 27k and 100k files).
      const st = lstatSync(`${this.root}/${rel}`, { throwIfNoEntry: false });
      if (!st) continue; // deleted in the work tree but still in the index
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
      const read = readRegularFile(`${this.root}/${rel}`, maxBytes, scratch);
      if (!isRefused(read)) visit(rel, read.bytes);
    }
  }

  async readFile(rel: string, { maxBytes }: ReadOptions): Promise<ReadResult | undefined> {
    // Listed regular files were checked under the root (no link on the way); anything else must
    // prove, after resolving links, that it stays inside.
    const read = this.regularFiles.has(rel) ? readRegularFile(path.join(this.root, rel), maxBytes) : isInside(this.root, path.resolve(this.root, rel)) ? readInside(this.root, rel, maxBytes, await this.realRoot) : undefined;
    if (!read || isRefused(read)) return undefined;
    return { bytes: read.bytes, size: read.size, truncated: read.size > read.bytes.length };
  }

  async history({ statsLimit, visit }: HistoryOptions): Promise<HistoryStream> {
    const { info, reason } = await this.gitState();
    if (!info) return { available: false, reason: reason ?? 'not a git repository', shallow: false };
    if (!info.head) return { available: false, reason: 'the repository has no commits yet', shallow: info.shallow };
    try {
      const newest = await readHistory(this.root, 'HEAD', { statsLimit }, visit);
      return { available: true, shallow: info.shallow, newest, statsLimit, head: info.head };
    } catch (error) {
      const message = (error as Error).message;
      return { available: false, reason: error instanceof GitTimeoutError ? message : `git log failed: ${message}`, shallow: info.shallow };
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
      const exclude = readRegularFile(path.join(info.toplevel, '.git', 'info', 'exclude'), 256 * 1024);
      if (!isRefused(exclude)) layers.push({ dir: '', ig: ignore().add(exclude.bytes.toString('utf8')) });
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

/** A directory of the listing that is a real directory (no link) all the way down from the root. */
function checkDirectory(root: string, dir: string, cache: Map<string, boolean>): boolean {
  const known = cache.get(dir);
  if (known !== undefined) return known;
  const slash = dir.lastIndexOf('/');
  let ok = slash === -1 || checkDirectory(root, dir.slice(0, slash), cache);
  if (ok) {
    try {
      const st = lstatSync(`${root}/${dir}`);
      ok = st.isDirectory() && !st.isSymbolicLink();
    } catch {
      ok = false;
    }
  }
  cache.set(dir, ok);
  return ok;
}

/** Why git gave no work tree, in words for the history outcome. */
function gitFailure(result: GitRunResult): string {
  if (result.timedOut) return result.stderr;
  if (result.code === -1) return `git is not available: ${result.stderr}`;
  if (/dubious ownership|safe\.directory/i.test(result.stderr)) {
    return 'git refuses to read a repository owned by another user (safe.directory); if you trust it, run git config --global --add safe.directory <path>';
  }
  if (/not a git repository/i.test(result.stderr)) return 'not a git repository';
  const line = result.stderr.split('\n').map((l) => l.replace(/^(fatal|error):\s*/, '').trim()).find(Boolean);
  return line ? `git cannot read the repository: ${line.slice(0, 200)}` : 'not a git repository';
}

/**
 * Why the git repository found for the directory is not its own, or undefined when it is: a
 * core.worktree elsewhere, or a `.git` file or link that points outside the work tree at a git
 * directory that does not point back (a linked worktree's gitdir file and a submodule's
 * core.worktree do point back).
 */
function foreignRepository(toplevel: string, realRoot: string): string | undefined {
  let realTop: string;
  try {
    realTop = realpathSync.native(toplevel);
  } catch {
    return 'git names a work tree that does not exist';
  }
  if (!isInside(realTop, realRoot)) return `the repository's work tree is elsewhere (${toplevel}, set by core.worktree): its history is not this directory's`;
  const dotGit = path.join(realTop, '.git');
  let st;
  try {
    st = lstatSync(dotGit);
  } catch {
    return undefined; // GIT_DIR-less layouts git accepted: nothing to check
  }
  let gitDir: string;
  if (st.isDirectory()) return undefined;
  if (st.isSymbolicLink()) {
    try {
      gitDir = realpathSync.native(dotGit);
    } catch {
      return undefined;
    }
  } else if (st.isFile()) {
    const read = readRegularFile(dotGit, 4096);
    if (isRefused(read)) return '.git cannot be read as a file';
    const pointer = read.bytes.toString('utf8').split('\n').find((line) => line.startsWith('gitdir:'));
    if (!pointer) return undefined;
    try {
      gitDir = realpathSync.native(path.resolve(realTop, pointer.slice('gitdir:'.length).trim()));
    } catch {
      return undefined;
    }
  } else {
    return '.git is not a file or a directory';
  }
  if (isInside(realTop, gitDir)) return undefined;
  if (pointsBack(gitDir, dotGit, realTop)) return undefined;
  return `.git points to a repository outside this directory (${gitDir}) that does not point back to it: its history is not this directory's`;
}

/** A linked worktree's git directory names our .git file; a submodule's names our work tree. */
function pointsBack(gitDir: string, dotGit: string, workTree: string): boolean {
  const same = (a: string, b: string) => {
    try {
      return realpathSync.native(a) === realpathSync.native(b);
    } catch {
      return false;
    }
  };
  const backlink = readRegularFile(path.join(gitDir, 'gitdir'), 4096);
  if (!isRefused(backlink) && same(backlink.bytes.toString('utf8').trim(), dotGit)) return true;
  const config = readRegularFile(path.join(gitDir, 'config'), 64 * 1024);
  if (isRefused(config)) return false;
  for (const line of config.bytes.toString('utf8').split('\n')) {
    const eq = line.indexOf('=');
    if (eq === -1 || line.slice(0, eq).trim().toLowerCase() !== 'worktree') continue;
    if (same(path.resolve(gitDir, line.slice(eq + 1).trim()), workTree)) return true;
  }
  return false;
}

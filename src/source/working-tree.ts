import { open, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import ignore, { type Ignore } from 'ignore';
import { simpleGit } from 'simple-git';
import { readHistory } from './git-log.js';
import type { History, ReadOptions, ReadResult, RepositorySource, SourceFile } from './types.js';

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
  private tracked: Promise<string[] | undefined> | undefined;

  constructor(root: string, name = root) {
    this.root = path.resolve(root);
    this.name = name;
    this.realRoot = realpath(this.root);
  }

  /** git metadata, or undefined when the directory is not in a git work tree (or git is missing). */
  git(): Promise<GitInfo | undefined> {
    this.gitInfo ??= (async () => {
      try {
        const out = await simpleGit({ baseDir: this.root }).raw([
          'rev-parse',
          '--show-toplevel',
          '--is-shallow-repository',
        ]);
        const [toplevel, shallow] = out.trim().split('\n');
        if (!toplevel) return undefined;
        let head: string | undefined;
        try {
          head = (await simpleGit({ baseDir: this.root }).raw(['rev-parse', '--verify', '-q', 'HEAD'])).trim() || undefined;
        } catch {
          head = undefined; // an empty repository has no HEAD commit yet
        }
        return { toplevel, shallow: shallow === 'true', head };
      } catch {
        return undefined;
      }
    })();
    return this.gitInfo;
  }

  async head(): Promise<string | undefined> {
    return (await this.git())?.head;
  }

  trackedPaths(): Promise<string[] | undefined> {
    this.tracked ??= (async () => {
      const info = await this.git();
      if (!info) return undefined;
      try {
        const out = await simpleGit({ baseDir: this.root }).raw(['-c', 'core.quotepath=off', 'ls-files', '-z']);
        return out.split('\0').filter(Boolean);
      } catch {
        return undefined;
      }
    })();
    return this.tracked;
  }

  async listFiles(skipDirs: readonly string[]): Promise<SourceFile[]> {
    const [entries, trackedList, realRoot] = await Promise.all([
      fg('**', {
        cwd: this.root,
        dot: true,
        onlyFiles: false,
        followSymbolicLinks: false,
        stats: true,
        suppressErrors: true,
        ignore: skipDirs.map((dir) => `**/${dir}/**`),
      }),
      this.trackedPaths(),
      this.realRoot,
    ]);
    const tracked = trackedList ? new Set(trackedList) : undefined;

    const files: SourceFile[] = [];
    const gitignores: string[] = [];
    for (const entry of entries) {
      const st = entry.stats;
      if (!st || st.isDirectory()) continue;
      if (st.isSymbolicLink()) {
        const target = await this.resolveInside(entry.path, realRoot);
        if (!target) continue;
        files.push({ path: entry.path, size: target.size, symlink: true, tracked: tracked ? tracked.has(entry.path) : null });
        continue;
      }
      if (!st.isFile()) continue;
      if (entry.path === '.gitignore' || entry.path.endsWith('/.gitignore')) gitignores.push(entry.path);
      files.push({ path: entry.path, size: st.size, symlink: false, tracked: tracked ? tracked.has(entry.path) : null });
    }

    const isIgnored = await this.gitignoreMatcher(gitignores);
    // A tracked file stays even when a later .gitignore matches it: git still ships it.
    return files
      .filter((f) => f.tracked === true || !isIgnored(f.path))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  async readFile(rel: string, { maxBytes }: ReadOptions): Promise<ReadResult | undefined> {
    const realRoot = await this.realRoot;
    const abs = path.resolve(this.root, rel);
    if (!isInside(this.root, abs)) return undefined;
    let resolved: string;
    try {
      resolved = await realpath(abs);
    } catch {
      return undefined;
    }
    if (!isInside(realRoot, resolved)) return undefined;
    let handle;
    try {
      handle = await open(resolved, 'r');
      const st = await handle.stat();
      if (!st.isFile()) return undefined;
      const length = Math.min(st.size, maxBytes);
      const bytes = Buffer.alloc(length);
      let offset = 0;
      while (offset < length) {
        const { bytesRead } = await handle.read(bytes, offset, length - offset, offset);
        if (bytesRead === 0) break;
        offset += bytesRead;
      }
      return { bytes: bytes.subarray(0, offset), size: st.size, truncated: st.size > offset };
    } catch {
      return undefined;
    } finally {
      await handle?.close();
    }
  }

  async history({ statsLimit }: { statsLimit: number }): Promise<History> {
    const info = await this.git();
    if (!info) return { available: false, reason: 'not a git repository', shallow: false };
    if (!info.head) return { available: false, reason: 'the repository has no commits yet', shallow: info.shallow };
    try {
      const commits = await readHistory(this.root, 'HEAD', statsLimit);
      return { available: true, shallow: info.shallow, commits, statsLimit, head: info.head };
    } catch (error) {
      return { available: false, reason: `git log failed: ${(error as Error).message}`, shallow: info.shallow };
    }
  }

  /** A symlink's target size when the target is a regular file inside the root. */
  private async resolveInside(rel: string, realRoot: string): Promise<{ size: number } | undefined> {
    try {
      const target = await realpath(path.join(this.root, rel));
      if (!isInside(realRoot, target)) return undefined;
      const st = await stat(target);
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

function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

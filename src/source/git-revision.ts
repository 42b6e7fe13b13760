import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { readAddedLines, type AddedLine, type AddedLinesOptions } from './git-added-lines.js';
import { readHistory } from './git-log.js';
import { runGitBytes, spawnGit } from './git-run.js';
import type { HistoryOptions, HistoryStream, ReadOptions, ReadResult, RepositorySource, SourceFile } from './types.js';

interface TreeEntry {
  mode: string;
  oid: string;
  size: number;
}

interface PendingRead {
  maxBytes: number;
  resolve: (value: { bytes: Buffer; size: number } | undefined) => void;
  reject: (error: Error) => void;
}

const SYMLINK_MODE = '120000';
const GITLINK_MODE = '160000';
/** Symlink hops followed before a chain counts as a loop. */
const MAX_LINK_HOPS = 8;

/**
 * A commit read straight from git objects: the PR base is scored without a second checkout.
 * `root` is a directory inside the repository; like a working tree, paths are relative to it and
 * only its subtree is listed.
 */
export class GitRevisionSource implements RepositorySource {
  readonly kind = 'git-revision' as const;
  readonly name: string;
  private readonly root: string;
  private readonly rev: string;
  private commit: Promise<string> | undefined;
  private tree: Promise<Map<string, TreeEntry>> | undefined;
  private batch: ChildProcessWithoutNullStreams | undefined;
  private readonly queue: PendingRead[] = [];
  private buffered = Buffer.alloc(0);
  /** The read being streamed: its header is parsed, `remaining` body bytes (plus LF) still to come. */
  private current: { pending: PendingRead; size: number; remaining: number; chunks: Buffer[]; kept: number } | undefined;

  constructor(root: string, rev: string, name = `${root}@${rev}`) {
    this.root = path.resolve(root);
    this.rev = rev;
    this.name = name;
  }

  /** The full commit hash `rev` resolves to; rejects when it is not a commit in this repository. */
  resolve(): Promise<string> {
    this.commit ??= run(this.root, ['rev-parse', '--verify', '--quiet', `${this.rev}^{commit}`]).then(({ code, stdout }) => {
      const sha = stdout.toString('utf8').trim();
      if (code !== 0 || !sha) throw new Error(`${this.rev} is not a commit in this repository`);
      return sha;
    });
    return this.commit;
  }

  /** Every entry of the commit's tree under the root, by relative path (one `git ls-tree`). */
  private entries(): Promise<Map<string, TreeEntry>> {
    this.tree ??= (async () => {
      const sha = await this.resolve();
      const { code, stdout, stderr } = await run(this.root, ['ls-tree', '-r', '-z', '-l', sha]);
      if (code !== 0) throw new Error(`git ls-tree failed: ${stderr.trim()}`);
      const map = new Map<string, TreeEntry>();
      for (const record of stdout.toString('utf8').split('\0')) {
        // "<mode> SP <type> SP <oid> SP+ <size>\t<path>"
        const tab = record.indexOf('\t');
        if (tab === -1) continue;
        const [mode = '', , oid = '', size = ''] = record.slice(0, tab).split(/ +/);
        map.set(record.slice(tab + 1), { mode, oid, size: size === '-' ? 0 : Number(size) });
      }
      return map;
    })();
    return this.tree;
  }

  async listFiles(skipDirs: readonly string[]): Promise<SourceFile[]> {
    const entries = await this.entries();
    const skip = new Set(skipDirs);
    const files: SourceFile[] = [];
    for (const [file, entry] of entries) {
      if (file.split('/').slice(0, -1).some((dir) => skip.has(dir))) continue;
      if (entry.mode === GITLINK_MODE) continue;
      if (entry.mode === SYMLINK_MODE) {
        const target = await this.followLink(file, entries);
        if (target) files.push({ path: file, size: target.size, symlink: true, tracked: true });
      } else {
        files.push({ path: file, size: entry.size, symlink: false, tracked: true });
      }
    }
    return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** The regular file a symlink ends at when the whole chain stays inside the root. */
  private async followLink(file: string, entries: Map<string, TreeEntry>): Promise<TreeEntry | undefined> {
    let current = file;
    for (let hop = 0; hop < MAX_LINK_HOPS; hop++) {
      const entry = entries.get(current);
      if (!entry) return undefined;
      if (entry.mode !== SYMLINK_MODE) return entry.mode === GITLINK_MODE ? undefined : entry;
      const read = await this.readObject(entry.oid, 4096);
      if (!read) return undefined;
      const target = read.bytes.toString('utf8');
      if (target.startsWith('/')) return undefined;
      const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(current), target));
      if (resolved === '..' || resolved.startsWith('../') || resolved === '.') return undefined;
      current = resolved;
    }
    return undefined;
  }

  async readFile(file: string, { maxBytes }: ReadOptions): Promise<ReadResult | undefined> {
    const entries = await this.entries();
    const entry = entries.get(file);
    if (!entry) return undefined;
    const target = entry.mode === SYMLINK_MODE ? await this.followLink(file, entries) : entry;
    if (!target || target.mode === GITLINK_MODE) return undefined;
    const read = await this.readObject(target.oid, maxBytes);
    if (!read) return undefined;
    return { bytes: read.bytes, size: read.size, truncated: read.size > read.bytes.length };
  }

  /** Reads a blob through the one long-lived `git cat-file --batch`, keeping at most maxBytes. */
  private readObject(oid: string, maxBytes: number): Promise<{ bytes: Buffer; size: number } | undefined> {
    return new Promise((resolve, reject) => {
      const child = this.batchProcess();
      this.queue.push({ maxBytes, resolve, reject });
      child.stdin.write(`${oid}\n`);
    });
  }

  private batchProcess(): ChildProcessWithoutNullStreams {
    if (this.batch) return this.batch;
    // Long-lived: no timeout (it waits for requests); every blob it serves was listed by a timed ls-tree.
    const { child } = spawnGit(this.root, ['cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'pipe'], timeoutMs: 0 });
    child.stdout.on('data', (chunk: Buffer) => this.consume(chunk));
    child.stderr.resume();
    const fail = (error: Error) => {
      for (const pending of this.queue.splice(0)) pending.reject(error);
      if (this.current) this.current.pending.reject(error);
      this.current = undefined;
      this.buffered = Buffer.alloc(0);
      if (this.batch === child) this.batch = undefined;
    };
    child.on('error', fail);
    child.on('close', () => fail(new Error('git cat-file exited')));
    child.stdin.on('error', () => undefined); // reported through 'close'
    this.batch = child;
    return child;
  }

  /** Parses the batch output stream: "<oid> <type> <size>\n<body>\n" or "<name> missing\n". */
  private consume(chunk: Buffer): void {
    let data = this.buffered.length ? Buffer.concat([this.buffered, chunk]) : chunk;
    this.buffered = Buffer.alloc(0);
    while (data.length > 0) {
      if (this.current) {
        const cur = this.current;
        const take = Math.min(cur.remaining, data.length);
        const keep = Math.min(take, cur.pending.maxBytes - cur.kept);
        if (keep > 0) {
          cur.chunks.push(Buffer.from(data.subarray(0, keep)));
          cur.kept += keep;
        }
        cur.remaining -= take;
        data = data.subarray(take);
        if (cur.remaining === 0) {
          this.current = undefined;
          cur.pending.resolve({ bytes: Buffer.concat(cur.chunks), size: cur.size });
        }
        continue;
      }
      const newline = data.indexOf(0x0a);
      if (newline === -1) {
        this.buffered = Buffer.from(data);
        return;
      }
      const header = data.subarray(0, newline).toString('utf8');
      data = data.subarray(newline + 1);
      const pending = this.queue.shift();
      if (!pending) continue;
      const parts = header.split(' ');
      if (parts.length !== 3 || parts[1] !== 'blob') {
        // "missing", "ambiguous", or not a blob: nothing to read (a non-blob body is still skipped).
        if (parts.length === 3) this.current = { pending: { ...pending, maxBytes: 0, resolve: () => pending.resolve(undefined) }, size: 0, remaining: Number(parts[2]) + 1, chunks: [], kept: 0 };
        else pending.resolve(undefined);
        continue;
      }
      const size = Number(parts[2]);
      // The body is followed by one LF, consumed with it but never kept (maxBytes ≤ size).
      this.current = { pending: { ...pending, maxBytes: Math.min(pending.maxBytes, size) }, size, remaining: size + 1, chunks: [], kept: 0 };
    }
  }

  async history({ statsLimit, visit }: HistoryOptions): Promise<HistoryStream> {
    const [sha, shallow] = await Promise.all([this.resolve(), isShallow(this.root)]);
    try {
      const newest = await readHistory(this.root, sha, { statsLimit }, visit);
      return { available: true, shallow, newest, statsLimit, head: sha };
    } catch (error) {
      return { available: false, reason: `git log failed: ${(error as Error).message}`, shallow };
    }
  }

  head(): Promise<string | undefined> {
    return this.resolve();
  }

  /**
   * Lines added in this commit's own history: a PR's base must not be charged with a secret that
   * only the PR's head added, or the comparison could never show that regression.
   */
  async addedLines(pattern: RegExp, options: AddedLinesOptions): Promise<{ lines: AddedLine[]; complete: boolean } | undefined> {
    try {
      const sha = await this.resolve();
      return await readAddedLines(this.root, pattern, { ...options, rev: sha });
    } catch {
      return undefined;
    }
  }

  async trackedPaths(): Promise<string[] | undefined> {
    return [...(await this.entries()).keys()];
  }

  /** Ends the `git cat-file` process; later reads start a new one. */
  close(): void {
    const child = this.batch;
    this.batch = undefined;
    child?.stdin.end();
  }
}

async function isShallow(cwd: string): Promise<boolean> {
  const { stdout } = await run(cwd, ['rev-parse', '--is-shallow-repository']);
  return stdout.toString('utf8').trim() === 'true';
}

/** Runs git to completion (safely, with a timeout), collecting stdout as bytes. */
async function run(cwd: string, args: string[]): Promise<{ code: number | null; stdout: Buffer; stderr: string }> {
  const result = await runGitBytes(cwd, args);
  if (result.timedOut || result.code === -1) throw new Error(result.stderr);
  return result;
}

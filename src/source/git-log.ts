import { randomBytes } from 'node:crypto';
import { closeSync, openSync, read, unlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { spawnGit } from './git-run.js';
import type { Commit, FileStat } from './types.js';

/**
 * One record per commit, every field NUL-terminated: git refuses NUL in commit messages, names and
 * emails, so no field can split a record, whatever the repository holds. The record starts with a
 * NUL, so the `--numstat` block that git prints after a commit's fields (and which never contains
 * NUL) is a token of its own: tokens cycle as [numstat of the previous commit, hash, parents,
 * author name, author email, author date, committer date, subject]. Bodies are not read: no rule
 * uses them, and they are most of the bytes of a long history.
 */
const FORMAT = '%x00%H%x00%P%x00%an%x00%ae%x00%aI%x00%cI%x00%s%x00';
const TOKENS = 8;
/**
 * Bytes kept of each field; the rest of a hostile field (a 10 MB subject) is read and dropped.
 * Subjects are graded on their first words and quoted at 50 characters; 512 bytes is plenty.
 */
const FIELD_CAP = [0, 64, 4096, 256, 256, 64, 64, 512] as const;
export const SUBJECT_MAX_BYTES = FIELD_CAP[7];

export interface HistoryReadOptions {
  /** The newest commits read with per-file stats (`--numstat`) and returned whole; 0 for none. */
  statsLimit: number;
}

/**
 * Reads the history of `rev`, newest first, in bounded memory: the newest `statsLimit` commits
 * (with per-file stats) are returned, every older commit is handed to `visit` as it is parsed and
 * then dropped. The two `git log` processes run at the same time, on the two cores. Every string
 * is decoded from a copy of its own bytes, so nothing keeps git's output chunks alive.
 */
export async function readHistory(cwd: string, rev: string, { statsLimit }: HistoryReadOptions, visit: (commit: Commit) => void): Promise<Commit[]> {
  if (statsLimit <= 0) {
    await streamLog(cwd, [rev], false, visit);
    return [];
  }
  let newest: Commit[] = [];
  await Promise.all([
    streamLog(cwd, ['-n', String(statsLimit), '--numstat', '--no-renames', rev], true, (c) => newest.push(c)).catch(async () => {
      // Diffs need file contents: a partial clone or a missing blob fails them, while the commits
      // themselves are still readable. Read those commits without stats rather than lose the history.
      newest = [];
      await streamLog(cwd, ['-n', String(statsLimit), rev], false, (c) => newest.push(c));
    }),
    streamLog(cwd, ['--skip', String(statsLimit), rev], false, visit),
  ]);
  return newest;
}

/** Reads every commit of `rev` (a range such as `base..head` works), newest first, with stats. */
export async function readCommits(cwd: string, rev: string, limit: number): Promise<Commit[]> {
  const out: Commit[] = [];
  await streamLog(cwd, ['-n', String(limit), '--numstat', '--no-renames', rev], true, (c) => out.push(c));
  return out;
}

/**
 * Runs `git log` and parses its records as they come. git writes into an unlinked temporary file
 * rather than a pipe: a pipe holds 64 KB, so git would stop whenever the main thread is busy
 * reading files, and the walk of a long history would only finish after everything else. From the
 * file, the records are parsed whenever the event loop is free, in chunks of CHUNK_BYTES, while git
 * walks the history at its own speed on the other core. Without a temporary file (a read-only
 * temporary folder), git writes into a pipe as before.
 */
function streamLog(cwd: string, args: string[], withStats: boolean, emit: (commit: Commit) => void): Promise<void> {
  const spool = openSpool();
  return new Promise<void>((resolve, reject) => {
    // The safe runner adds --no-textconv --no-ext-diff, log.showSignature=false and the timeout.
    const gitArgs = ['-c', 'core.quotepath=off', 'log', '--no-color', `--format=${FORMAT}`, ...args];
    const { child } = spawnGit(cwd, gitArgs, spool === undefined ? {} : { stdio: ['ignore', spool, 'pipe'] });
    const parser = new LogParser(withStats, emit);
    let stderr = '';
    let failure: Error | undefined;
    const take = (chunk: Buffer) => {
      if (failure) return;
      try {
        parser.push(chunk);
      } catch (error) {
        failure = error as Error;
        child.kill();
      }
    };
    // A git that cannot start emits 'error' and may never emit 'close': either ends the follower.
    const closed = new Promise<number | null>((done) => {
      child.on('close', done);
      child.on('error', () => done(null));
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < 4096) stderr += chunk;
    });
    child.on('error', reject);
    const finished = (code: number | null) => {
      if (failure) return reject(failure);
      if (code !== 0) return reject(new Error(stderr.trim().split('\n')[0] || `git log exited with ${code}`));
      parser.end();
      resolve();
    };
    if (spool === undefined) {
      child.stdout.on('data', take);
      void closed.then(finished);
    } else {
      followSpool(spool, closed, take).then(finished, reject);
    }
  }).finally(() => {
    if (spool !== undefined) closeSync(spool);
  });
}

/** Bytes of the spooled log parsed in one go between two turns of the event loop. */
const CHUNK_BYTES = 256 * 1024;
/** Milliseconds to wait for git to write more when the parser has caught up with it. */
const POLL_MS = 4;

/** A new temporary file open for reading and writing, already unlinked where the system allows it. */
function openSpool(): number | undefined {
  const file = path.join(os.tmpdir(), `portfolio-check-log-${process.pid}-${randomBytes(6).toString('hex')}`);
  let fd: number;
  try {
    fd = openSync(file, 'wx+', 0o600);
  } catch {
    return undefined;
  }
  try {
    unlinkSync(file); // the open descriptors (ours and git's) keep the data
  } catch {
    // Where an open file cannot be unlinked the name stays until the system cleans its temp folder.
  }
  return fd;
}

/** Hands the bytes git writes into `fd` to `take` as they arrive, until git has exited and all is read. */
async function followSpool(fd: number, closed: Promise<number | null>, take: (chunk: Buffer) => void): Promise<number | null> {
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let position = 0;
  let code: number | null | undefined;
  void closed.then((c) => (code = c));
  for (;;) {
    // Checked before the read: once git has exited, a short read means the end of the log.
    const exited = code !== undefined;
    const bytes = await readAt(fd, buffer, position);
    if (bytes > 0) {
      position += bytes;
      take(buffer.subarray(0, bytes)); // the parser copies what it keeps
    } else if (exited) {
      return code!;
    } else {
      await Promise.race([closed, new Promise((wake) => setTimeout(wake, POLL_MS))]);
    }
  }
}

function readAt(fd: number, buffer: Buffer, position: number): Promise<number> {
  return new Promise((resolve, reject) => read(fd, buffer, 0, buffer.length, position, (error, bytes) => (error ? reject(error) : resolve(bytes))));
}

/** A streaming parser of the NUL-separated format above; memory is bounded by the field caps. */
export class LogParser {
  /** Index of the token being read (0 = numstat/preamble). */
  private token = 0;
  private parts: Buffer[] = [];
  private kept = 0;
  private truncated = false;
  private fields: string[] = [];
  private files: FileStat[] = [];
  private numstat = new StringDecoder('utf8');
  private line = '';
  private started = false;

  constructor(
    private readonly withStats: boolean,
    private readonly emit: (commit: Commit) => void,
  ) {}

  push(chunk: Buffer): void {
    let pos = 0;
    while (pos < chunk.length) {
      const nul = chunk.indexOf(0, pos);
      const end = nul === -1 ? chunk.length : nul;
      if (nul !== -1 && this.token !== 0 && this.parts.length === 0 && end - pos <= FIELD_CAP[this.token]!) {
        // The common case: a whole field inside one chunk, decoded straight into a new string.
        this.fields.push(chunk.toString('utf8', pos, end));
        this.token = (this.token + 1) % TOKENS;
        pos = nul + 1;
        continue;
      }
      if (end > pos) this.feed(chunk, pos, end);
      if (nul === -1) break;
      this.endToken();
      pos = nul + 1;
    }
  }

  /** The stream ended: the tail is the last commit's numstat block. */
  end(): void {
    if (this.token === 0 && this.started) {
      this.finishNumstat();
      this.emitCommit();
    }
  }

  private feed(chunk: Buffer, start: number, end: number): void {
    if (this.token === 0) {
      if (this.withStats && this.started) this.numstatText(this.numstat.write(chunk.subarray(start, end)));
      return;
    }
    const cap = FIELD_CAP[this.token]!;
    const room = cap - this.kept;
    if (room <= 0) {
      this.truncated = true;
      return;
    }
    const take = Math.min(room, end - start);
    // A copy: a subarray would keep git's whole 64 KB chunk alive while the field waits.
    this.parts.push(Buffer.from(chunk.subarray(start, start + take)));
    this.kept += take;
    if (take < end - start) this.truncated = true;
  }

  private endToken(): void {
    if (this.token === 0) {
      if (this.started) {
        this.finishNumstat();
        this.emitCommit();
      }
      this.started = true;
    } else {
      this.fields.push(decode(Buffer.concat(this.parts, this.kept), this.truncated));
      this.parts = [];
      this.kept = 0;
      this.truncated = false;
    }
    this.token = (this.token + 1) % TOKENS;
  }

  private numstatText(text: string): void {
    const lines = (this.line + text).split('\n');
    this.line = lines.pop() ?? '';
    for (const line of lines) this.numstatLine(line);
  }

  private finishNumstat(): void {
    if (!this.withStats) return;
    this.numstatText(this.numstat.end());
    if (this.line) this.numstatLine(this.line);
    this.line = '';
    this.numstat = new StringDecoder('utf8');
  }

  private numstatLine(line: string): void {
    const first = line.indexOf('\t');
    const second = line.indexOf('\t', first + 1);
    if (first === -1 || second === -1) return;
    const added = line.slice(0, first);
    const deleted = line.slice(first + 1, second);
    this.files.push({
      path: line.slice(second + 1),
      added: added === '-' ? null : Number(added),
      deleted: deleted === '-' ? null : Number(deleted),
    });
  }

  private emitCommit(): void {
    const [hash = '', parents = '', authorName = '', authorEmail = '', authorDate = '', committerDate = '', subject = ''] = this.fields;
    const commit: Commit = { hash, parents: parents ? parents.split(' ') : [], authorName, authorEmail, authorDate, committerDate, subject };
    if (this.withStats) commit.files = this.files;
    this.fields = [];
    this.files = [];
    if (hash) this.emit(commit);
  }
}

/** UTF-8 text of a field; a truncated field is cut at a character boundary, never mid-sequence. */
function decode(bytes: Buffer, truncated: boolean): string {
  let end = bytes.length;
  if (truncated) {
    // Step back over continuation bytes (10xxxxxx) to the start of the last character, then drop it
    // unless it is complete.
    let start = end - 1;
    while (start > 0 && (bytes[start]! & 0xc0) === 0x80) start--;
    const lead = bytes[start] ?? 0;
    const size = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    if (start + size > end) end = start;
  }
  return bytes.toString('utf8', 0, end);
}

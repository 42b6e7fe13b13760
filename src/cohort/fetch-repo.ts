import { lstat, mkdtemp, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { COMMIT_STATS_LIMIT } from '../check.js';
import { spawnGit } from '../source/git-run.js';
import { remoteAccess, type RemoteTarget } from '../source/remote.js';

/** Why one repository of a cohort could not be checked; recorded, never fatal to the batch. */
export type FailureReason =
  | 'not-found'
  | 'private'
  | 'unauthorized'
  | 'empty'
  | 'too-large'
  | 'timeout'
  | 'rate-limited'
  | 'network'
  | 'not-a-directory'
  | 'check-failed'
  | 'interrupted';

export class RepoFailure extends Error {
  constructor(
    readonly reason: FailureReason,
    message: string,
  ) {
    super(message);
  }
}

export interface FetchOptions {
  env: NodeJS.ProcessEnv;
  /** Where temporary clones go (removed by the caller's cleanup as well). */
  tempRoot: string;
  timeoutMs: number;
  /** Largest clone (git objects plus the checked-out tree), in bytes. */
  maxBytes: number;
  signal?: AbortSignal;
}

interface GitOutcome {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/**
 * git with a deadline: the child and its helpers (git-remote-http, …) are killed as a process
 * group when the time is up or the batch is interrupted; killing git alone would leave a helper
 * holding its pipes open. The inspected repository's executable configuration never runs (no
 * hooks, no fsmonitor).
 */
function git(cwd: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number, signal?: AbortSignal, input?: string): Promise<GitOutcome> {
  return new Promise((resolve) => {
    // The shared safe runner (its own process group); this function keeps its deadline and abort.
    const { child } = spawnGit(cwd, args, { env, network: true, timeoutMs: 0, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    if (input !== undefined) {
      child.stdin.on('error', () => {});
      child.stdin.end(input);
    }
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const kill = () => {
      try {
        if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, timeoutMs);
    signal?.addEventListener('abort', kill, { once: true });
    child.stdout!.setEncoding('utf8').on('data', (c: string) => {
      if (stdout.length < 1 << 20) stdout += c;
    });
    child.stderr!.setEncoding('utf8').on('data', (c: string) => {
      if (stderr.length < 8192) stderr += c;
    });
    const done = (code: number | null) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', kill);
      resolve({ code, stdout, stderr, timedOut });
    };
    child.on('error', (error) => {
      stderr = error.message;
      done(-1);
    });
    child.on('close', done);
  });
}

function classify(outcome: GitOutcome, target: RemoteTarget, hasToken: boolean, seconds: number): RepoFailure {
  if (outcome.timedOut) return new RepoFailure('timeout', `git did not finish within ${seconds} s`);
  const text = outcome.stderr;
  if (/rate limit|returned error: 429/i.test(text)) return new RepoFailure('rate-limited', 'rate limited by the server');
  if (/Authentication failed|returned error: 40[13]|could not read Username/i.test(text)) {
    return hasToken ? new RepoFailure('unauthorized', 'the token was refused') : new RepoFailure('private', 'authentication required: the repository is private or gone (set GITHUB_TOKEN)');
  }
  if (/not found|does not appear to be a git repository|returned error: 404|No such file or directory/i.test(text)) {
    return hasToken ? new RepoFailure('not-found', `${target.owner}/${target.repo} not found, or the token cannot read it`) : new RepoFailure('not-found', `${target.owner}/${target.repo} not found (if it is private, set GITHUB_TOKEN)`);
  }
  if (/Could not resolve host|Connection refused|timed out|unable to access/i.test(text)) return new RepoFailure('network', 'cannot reach the server');
  const line = text.split('\n').map((l) => l.replace(/^(fatal|error):\s*/, '').trim()).find(Boolean);
  return new RepoFailure('network', line ?? 'git failed');
}

const SHA = /^[0-9a-f]{40}$/i;

/**
 * The commit a remote target names now (`git ls-remote`), without cloning: a batch that already
 * holds a Result for that commit skips the repository.
 */
export async function resolveRemoteCommit(target: RemoteTarget, options: FetchOptions): Promise<string> {
  if (target.ref && SHA.test(target.ref)) return target.ref.toLowerCase();
  const { url, gitEnv, token } = remoteAccess(target, options.env);
  const wanted = target.ref ?? 'HEAD';
  const outcome = await git(options.tempRoot, ['ls-remote', '--', url, wanted], gitEnv, options.timeoutMs, options.signal);
  if (outcome.code !== 0) throw classify(outcome, target, Boolean(token), Math.round(options.timeoutMs / 1000));
  const lines = outcome.stdout.split('\n').filter(Boolean).map((l) => l.split('\t'));
  const exact = lines.find(([, name]) => name === wanted || name === `refs/heads/${wanted}` || name === `refs/tags/${wanted}^{}`) ?? lines.find(([, name]) => name === `refs/tags/${wanted}`);
  if (!exact) {
    if (target.ref) throw new RepoFailure('not-found', `no branch or tag "${target.ref}"`);
    throw new RepoFailure('empty', 'the repository is empty (no commits)');
  }
  return exact[0]!.toLowerCase();
}

/** Bytes under a directory (regular files; links are not followed). */
async function treeBytes(dir: string, limit: number): Promise<number> {
  let total = 0;
  const stack = [dir];
  while (stack.length > 0 && total <= limit) {
    const current = stack.pop()!;
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) stack.push(full);
      else if (entry.isFile()) total += (await lstat(full)).size;
    }
  }
  return total;
}

export interface FetchedRepository {
  dir: string;
  cleanup: () => Promise<void>;
}

/**
 * The cheap clone that still answers every rule: the whole history without file contents
 * (`--filter=blob:none`; servers that do not filter send everything), then the tree of the wanted
 * commit. Git fetches the contents the history rules diff on demand. One retry after a timeout or a
 * network error; over the size cap, the clone is removed and the repository recorded as too large.
 */
export async function fetchRemote(target: RemoteTarget, commit: string, options: FetchOptions): Promise<FetchedRepository> {
  let lastError: RepoFailure | undefined;
  for (let attempt = 0; attempt < 2; attempt++) {
    const parent = await mkdtemp(path.join(options.tempRoot, `${target.repo.replace(/[^\w.-]/g, '_')}-`));
    const cleanup = () => rm(parent, { recursive: true, force: true });
    try {
      return { dir: await cloneOnce(target, commit, parent, options), cleanup };
    } catch (error) {
      await cleanup();
      if (!(error instanceof RepoFailure)) throw error;
      lastError = error;
      if (options.signal?.aborted || !['timeout', 'network'].includes(error.reason)) break;
    }
  }
  throw lastError!;
}

async function cloneOnce(target: RemoteTarget, commit: string, parent: string, options: FetchOptions): Promise<string> {
  const { url, gitEnv, token } = remoteAccess(target, options.env);
  const dir = path.join(parent, 'repo');
  const seconds = Math.round(options.timeoutMs / 1000);
  const deadline = Date.now() + options.timeoutMs;
  const left = () => Math.max(1000, deadline - Date.now());
  const clone = await git(parent, ['clone', '--quiet', '--no-checkout', '--filter=blob:none', '--no-tags', '--', url, dir], gitEnv, left(), options.signal);
  if (options.signal?.aborted) throw new RepoFailure('interrupted', 'interrupted');
  if (clone.code !== 0) throw classify(clone, target, Boolean(token), seconds);
  const objects = await treeBytes(path.join(dir, '.git'), options.maxBytes);
  if (objects > options.maxBytes) throw new RepoFailure('too-large', `over the size cap: its history alone is more than ${Math.round(options.maxBytes / 2 ** 20)} MiB`);
  let checkout = await git(dir, ['-c', 'advice.detachedHead=false', 'checkout', '--quiet', '--detach', commit], gitEnv, left(), options.signal);
  if (checkout.code !== 0 && !checkout.timedOut) {
    // A commit outside the default branch: fetch it by id (GitHub serves reachable commits).
    await git(dir, ['fetch', '--quiet', '--filter=blob:none', 'origin', commit], gitEnv, left(), options.signal);
    checkout = await git(dir, ['-c', 'advice.detachedHead=false', 'checkout', '--quiet', '--detach', commit], gitEnv, left(), options.signal);
  }
  if (options.signal?.aborted) throw new RepoFailure('interrupted', 'interrupted');
  if (checkout.code !== 0) throw checkout.timedOut ? classify(checkout, target, Boolean(token), seconds) : new RepoFailure('not-found', `commit ${commit.slice(0, 12)} cannot be checked out`);
  await prefetchDiffedBlobs(dir, gitEnv, left(), options.signal);
  const total = await treeBytes(dir, options.maxBytes);
  if (total > options.maxBytes) throw new RepoFailure('too-large', `over the size cap of ${Math.round(options.maxBytes / 2 ** 20)} MiB`);
  return dir;
}

/**
 * The history rules count the lines each of the newest commits changed (COMMIT_STATS_LIMIT), which
 * needs those commits' file contents. A blobless clone lacks them and the checker never fetches
 * lazily, so they are fetched here in one request: the blob ids come from the commits' raw diffs
 * (trees only). A server that refuses leaves those rules without line counts, not the batch failed.
 */
async function prefetchDiffedBlobs(dir: string, gitEnv: NodeJS.ProcessEnv, timeoutMs: number, signal?: AbortSignal): Promise<void> {
  const raw = await git(dir, ['log', '-n', String(COMMIT_STATS_LIMIT), '--no-renames', '--raw', '--no-abbrev', '--format=', 'HEAD'], { ...gitEnv, GIT_NO_LAZY_FETCH: '1' }, timeoutMs, signal);
  if (raw.code !== 0) return;
  const oids = new Set<string>();
  for (const line of raw.stdout.split('\n')) {
    // :100644 100644 <old> <new> M\tpath — submodules (160000) point at other repositories' commits.
    const m = /^:(\d{6}) (\d{6}) ([0-9a-f]{40}) ([0-9a-f]{40}) /.exec(line);
    if (!m) continue;
    if (m[1] !== '160000' && !/^0+$/.test(m[3]!)) oids.add(m[3]!);
    if (m[2] !== '160000' && !/^0+$/.test(m[4]!)) oids.add(m[4]!);
  }
  if (oids.size === 0) return;
  await git(dir, ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--recurse-submodules=no', '--filter=blob:none', '--stdin', 'origin'], gitEnv, timeoutMs, signal, `${[...oids].join('\n')}\n`);
}

/** The commit a local directory is at, or undefined outside git (its Result is then not resumable). */
export async function localCommit(dir: string, timeoutMs: number): Promise<string | undefined> {
  const outcome = await git(dir, ['rev-parse', '--verify', '--quiet', 'HEAD'], { ...process.env, GIT_TERMINAL_PROMPT: '0' }, timeoutMs);
  const sha = outcome.stdout.trim();
  return outcome.code === 0 && SHA.test(sha) ? sha.toLowerCase() : undefined;
}

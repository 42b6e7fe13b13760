import { spawn, type ChildProcess, type ChildProcessWithoutNullStreams, type StdioOptions } from 'node:child_process';
import os from 'node:os';

/**
 * Every git child process starts here, so every one gets the same protection against the
 * repository it reads. A repository's own `.git/config` can name programs git runs on its behalf
 * (an fsmonitor hook, diff textconv and external drivers, clean/smudge filters, a pager, hooks,
 * credential helpers, transports); none of them may run while a repository is only being read.
 *
 * - `-c` overrides (command-line config wins over the repository's) switch off what a read command
 *   could start: core.fsmonitor, core.hooksPath, core.pager, diff.external, log.showSignature (gpg),
 *   and, for reads, every transport (protocol.allow=never, no lazy fetch of a partial clone's blobs),
 *   so no credential helper or ssh command is ever reached.
 * - `log`, `show` and `diff` always get `--no-textconv --no-ext-diff`: a textconv or diff driver is
 *   named per path in .gitattributes, so it can only be refused by the command itself.
 * - Filters (clean/smudge/process) run only when git converts work-tree files (add, checkout,
 *   status on racy entries): no command here does that in an inspected repository.
 * - The environment: no system config (GIT_CONFIG_NOSYSTEM), no prompt (GIT_TERMINAL_PROMPT=0, no
 *   askpass), GIT_PAGER=cat, no optional index writes (GIT_OPTIONAL_LOCKS=0), and no GIT_DIR,
 *   GIT_WORK_TREE or GIT_INDEX_FILE inherited from a hook that would point git at another repository.
 * - safe.directory is left to git: a repository owned by another user is refused by git (its history
 *   is then not available, with git's reason); the tool never adds `safe.directory=*`.
 * - A timeout (default 120 s, PORTFOLIO_CHECK_GIT_TIMEOUT seconds) kills the whole process group:
 *   a FIFO where git expects a file, or anything else that blocks, ends as "git did not answer".
 *
 * Network commands (`network: true`: the clone of a `github:` target, the Action's fetches) keep the
 * transports and the user's credential helpers: they run in a directory this tool created or in the
 * CI checkout, never with a configuration the inspected repository wrote.
 */
const READ_CONFIG = [
  'core.fsmonitor=false',
  `core.hooksPath=${os.devNull}`,
  'core.pager=cat',
  'core.askPass=',
  'diff.external=',
  'log.showSignature=false',
  'color.ui=false',
  'submodule.recurse=false',
  'protocol.allow=never',
];

const NETWORK_CONFIG = [
  'core.fsmonitor=false',
  `core.hooksPath=${os.devNull}`,
  'core.pager=cat',
  'diff.external=',
  'log.showSignature=false',
  'color.ui=false',
  'submodule.recurse=false',
  // ext:: runs an arbitrary command as a transport.
  'protocol.ext.allow=never',
];

/** Subcommands that can run textconv or external diff drivers. */
const DIFF_COMMANDS = new Set(['log', 'show', 'diff', 'whatchanged']);

const INHERITED_REPOSITORY_VARIABLES = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_COMMON_DIR',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_NAMESPACE',
  'GIT_EXTERNAL_DIFF',
  'GIT_EXEC_PATH',
];

export interface GitOptions {
  /** The base environment (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Milliseconds before the process group is killed; default gitTimeoutMs(). 0 disables it. */
  timeoutMs?: number;
  /** Clone or fetch: transports and credential helpers stay on. */
  network?: boolean;
  stdio?: StdioOptions;
  /** Aborting kills git's process group (a clone interrupted by Ctrl-C). */
  signal?: AbortSignal;
}

/** runGit's options: the safe runner's, plus a view of stderr as it arrives (clone progress). */
export interface GitRunOptions extends Omit<GitOptions, 'env' | 'stdio'> {
  /** Sees all of stderr as it arrives; `stderr` keeps only its start. */
  onStderr?: (chunk: string) => void;
}

/** The default timeout of a git command: PORTFOLIO_CHECK_GIT_TIMEOUT seconds, or 120 s. */
export function gitTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const seconds = Number(env.PORTFOLIO_CHECK_GIT_TIMEOUT);
  return Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1000) : 120_000;
}

/** git did not finish within its timeout; it was killed. */
export class GitTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`git did not answer within ${formatSeconds(timeoutMs)}`);
    this.name = 'GitTimeoutError';
  }
}

function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

/** The command line git gets: the safety overrides, then `args` (diff commands refuse drivers). */
export function safeGitArgs(args: readonly string[], network = false): string[] {
  const config = (network ? NETWORK_CONFIG : READ_CONFIG).flatMap((pair) => ['-c', pair]);
  const out = [...args];
  // The subcommand is the first argument that is not a `-c key=value` pair.
  let i = 0;
  while (out[i] === '-c') i += 2;
  if (out[i] !== undefined && DIFF_COMMANDS.has(out[i]!)) out.splice(i + 1, 0, '--no-textconv', '--no-ext-diff');
  return [...config, ...out];
}

/** The environment git gets (see the module comment). */
export function safeGitEnv(env: NodeJS.ProcessEnv = process.env, network = false): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...env };
  for (const name of INHERITED_REPOSITORY_VARIABLES) delete out[name];
  Object.assign(out, {
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
    PAGER: 'cat',
    GIT_ASKPASS: '',
    SSH_ASKPASS: '',
    GCM_INTERACTIVE: 'never',
    GIT_OPTIONAL_LOCKS: '0',
  });
  if (!network) {
    out.GIT_CONFIG_NOSYSTEM = '1';
    out.GIT_NO_LAZY_FETCH = '1';
    out.GIT_PROTOCOL_FROM_USER = '0';
  }
  return out;
}

export interface GitChild {
  /** Typed with all three streams; those `stdio` sets to 'ignore' are null at run time. */
  child: ChildProcessWithoutNullStreams;
  /** Whether the timeout fired (the process group was killed). */
  timedOut: () => boolean;
}

/**
 * Starts git with the safety overrides, in its own process group, with a timeout. When the timeout
 * fires, the group is killed and the child emits 'error' with a GitTimeoutError (if anyone listens),
 * then 'close' as usual.
 */
export function spawnGit(cwd: string, args: readonly string[], options: GitOptions = {}): GitChild {
  const network = options.network ?? false;
  const timeoutMs = options.timeoutMs ?? gitTimeoutMs(options.env);
  const detached = process.platform !== 'win32';
  const child = spawn('git', safeGitArgs(args, network), {
    cwd,
    stdio: options.stdio ?? ['ignore', 'pipe', 'pipe'],
    env: safeGitEnv(options.env ?? process.env, network),
    detached,
    windowsHide: true,
  }) as ChildProcessWithoutNullStreams;
  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  if (timeoutMs > 0) {
    timer = setTimeout(() => {
      timedOut = true;
      killGroup(child, detached);
      if (child.listenerCount('error') > 0) child.emit('error', new GitTimeoutError(timeoutMs));
    }, timeoutMs);
    timer.unref();
  }
  const abort = () => killGroup(child, detached);
  if (options.signal?.aborted) abort();
  else options.signal?.addEventListener('abort', abort, { once: true });
  child.once('close', () => {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', abort);
  });
  child.once('error', () => clearTimeout(timer));
  return { child, timedOut: () => timedOut };
}

/** Kills git and whatever it started (a hook or driver that escaped the overrides). */
export function killGroup(child: ChildProcess, group = process.platform !== 'win32'): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    if (group) process.kill(-child.pid, 'SIGKILL');
    else child.kill('SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

export interface GitRunResult {
  /** The exit code; -1 when git could not be started, null when it was killed. */
  code: number | null;
  stdout: string;
  stderr: string;
  /** Set when the timeout fired: `stderr` then says so. */
  timedOut?: boolean;
}

/**
 * Runs git to completion without a shell and never throws: a non-zero exit is in `code`, a git that
 * cannot be started is code -1, a git that does not finish in time is killed (`timedOut`).
 */
export function runGit(cwd: string, args: string[], env: NodeJS.ProcessEnv = process.env, options: GitRunOptions = {}): Promise<GitRunResult> {
  return runGitBytes(cwd, args, { ...options, env }).then((r) => ({ ...r, stdout: r.stdout.toString('utf8') }));
}

/** runGit with stdout as bytes (paths may not be UTF-8 safe to split early). */
export function runGitBytes(cwd: string, args: readonly string[], options: Omit<GitRunOptions, 'env'> & { env?: NodeJS.ProcessEnv } = {}): Promise<Omit<GitRunResult, 'stdout'> & { stdout: Buffer }> {
  return new Promise((resolve) => {
    const { child, timedOut } = spawnGit(cwd, args, options);
    const chunks: Buffer[] = [];
    let stderr = '';
    let failed: Error | undefined;
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      options.onStderr?.(c);
      if (stderr.length < 8192) stderr += c;
    });
    child.on('error', (error) => {
      failed = error;
    });
    child.on('close', (code) => {
      const stdout = Buffer.concat(chunks);
      if (timedOut()) resolve({ code: null, stdout, stderr: (failed ?? new GitTimeoutError(options.timeoutMs ?? gitTimeoutMs(options.env))).message, timedOut: true });
      else if (failed) resolve({ code: -1, stdout, stderr: failed.message });
      else resolve({ code, stdout, stderr });
    });
  });
}

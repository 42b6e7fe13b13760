import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gitTimeoutMs, runGit, type GitRunOptions } from './git-run.js';

/** A repository on GitHub (or GitHub Enterprise), named on the command line. */
export interface RemoteTarget {
  owner: string;
  repo: string;
  /** A branch, tag or commit; undefined for the default branch. */
  ref?: string;
  /** `owner/repo` or `owner/repo@ref`, as reports name it. */
  display: string;
}

/** A target that looks remote but cannot be read: a usage error, with the reason. */
export class RemoteTargetError extends Error {}

const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
/** Branch and tag names git accepts that cannot be mistaken for an option. */
const REF = /^(?!-)(?!.*\.\.)[\w./@+-]{1,255}$/;

/**
 * `github:owner/repo[@ref]`, or a browser URL `https://github.com/owner/repo[.git][/tree/ref]`;
 * undefined for anything else (a local path). Throws RemoteTargetError for a malformed remote target.
 */
export function parseRemoteTarget(target: string): RemoteTarget | undefined {
  let owner: string | undefined;
  let repo: string | undefined;
  let ref: string | undefined;
  if (target.startsWith('github:')) {
    const m = /^github:([^/@]+)\/([^/@]+)(?:@(.+))?$/.exec(target);
    if (!m) throw new RemoteTargetError(`${target}: expected github:owner/repo or github:owner/repo@ref`);
    [, owner, repo, ref] = m;
  } else if (/^https?:\/\//i.test(target)) {
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      throw new RemoteTargetError(`${target}: not a valid URL`);
    }
    const parts = url.pathname.split('/').filter(Boolean);
    if (url.hostname !== 'github.com' || parts.length < 2 || (parts.length > 2 && parts[2] !== 'tree')) {
      throw new RemoteTargetError(`${target}: only GitHub repository URLs (https://github.com/owner/repo) are supported; clone other hosts and pass the path`);
    }
    owner = parts[0];
    repo = parts[1]!.replace(/\.git$/, '');
    if (parts[2] === 'tree') ref = parts.slice(3).join('/') || undefined;
  } else {
    return undefined;
  }
  if (!owner || !OWNER.test(owner)) throw new RemoteTargetError(`${target}: "${owner ?? ''}" is not a GitHub user or organization name`);
  if (!repo || !REPO.test(repo) || repo === '.' || repo === '..') throw new RemoteTargetError(`${target}: "${repo ?? ''}" is not a repository name`);
  if (ref !== undefined && !REF.test(ref)) throw new RemoteTargetError(`${target}: "${ref}" is not a branch, tag or commit`);
  return { owner, repo, ...(ref ? { ref } : {}), display: `${owner}/${repo}${ref ? `@${ref}` : ''}` };
}

export interface CloneOptions {
  /** The environment: GITHUB_SERVER_URL (GitHub Enterprise, tests) and GITHUB_TOKEN / GH_TOKEN. */
  env: NodeJS.ProcessEnv;
  /** Aborting kills git and removes the clone (the CLI aborts on SIGINT and SIGTERM). */
  signal?: AbortSignal;
  /** Called with git's progress ("receiving objects 45%") while cloning; git stays quiet without it. */
  onProgress?: (phase: string) => void;
}

/** The temporary directories of clones not yet removed. */
const liveClones = new Set<string>();

/**
 * Removes every clone not yet cleaned up, synchronously: for a signal handler, which has no time
 * for promises before the process exits.
 */
export function removeClonesSync(): void {
  for (const parent of liveClones) {
    try {
      rmSync(parent, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
    } catch {
      // Best effort: the process is exiting.
    }
    liveClones.delete(parent);
  }
}

/** git's progress lines ("Receiving objects:  45% (45/100)"), as a short lower-case phase. */
const PROGRESS = /^(?:remote: )?(Enumerating objects|Counting objects|Compressing objects|Receiving objects|Resolving deltas|Updating files|Filtering content)(?::\s+(\d+%))?/;
const progressPhase = (line: string): string | undefined => {
  const m = PROGRESS.exec(line.trim());
  return m ? `${m[1]!.toLowerCase()}${m[2] ? ` ${m[2]}` : ''}` : undefined;
};
/** Lines of git's stderr that are not progress: what a failure is explained from. */
const withoutProgress = (stderr: string) =>
  stderr
    .split(/[\r\n]+/)
    .filter((line) => line.trim() && !progressPhase(line) && !/^Cloning into /.test(line) && !/^remote: Total /.test(line))
    .join('\n');

export interface Clone {
  dir: string;
  /** Removes the clone. */
  cleanup: () => Promise<void>;
}

const SHA = /^[0-9a-f]{7,40}$/i;

/**
 * The clone URL of a GitHub target (GITHUB_SERVER_URL for Enterprise and tests) and the environment
 * git needs: never prompting, no LFS, and the token (GITHUB_TOKEN or GH_TOKEN) in an HTTP header
 * passed through GIT_CONFIG_* variables, never on a command line or in a message.
 */
export function remoteAccess(target: RemoteTarget, env: NodeJS.ProcessEnv): { url: string; gitEnv: NodeJS.ProcessEnv; token?: string } {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const token = env.GITHUB_TOKEN || env.GH_TOKEN || undefined;
  const gitEnv: NodeJS.ProcessEnv = { ...env, GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never', GIT_LFS_SKIP_SMUDGE: '1', GIT_ASKPASS: '', SSH_ASKPASS: '' };
  if (token) {
    const count = Number(env.GIT_CONFIG_COUNT ?? 0) || 0;
    gitEnv.GIT_CONFIG_COUNT = String(count + 1);
    gitEnv[`GIT_CONFIG_KEY_${count}`] = `http.${server}/.extraheader`;
    gitEnv[`GIT_CONFIG_VALUE_${count}`] = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
  }
  return { url: `${server}/${target.owner}/${target.repo}.git`, gitEnv, ...(token ? { token } : {}) };
}

/**
 * Clones the repository with its whole history (the history rules read it) into a temporary
 * directory. Git never prompts; a token, when set, travels in an HTTP header passed through the
 * environment, never on a command line or in a message. LFS objects are not downloaded.
 */
export async function cloneRemote(target: RemoteTarget, { env, signal, onProgress }: CloneOptions): Promise<Clone> {
  const { url, gitEnv, token } = remoteAccess(target, env);
  const redact = (text: string) => (token ? text.split(token).join('***') : text);

  const parent = await mkdtemp(path.join(os.tmpdir(), 'portfolio-check-'));
  liveClones.add(parent);
  const dir = path.join(parent, target.repo);
  const cleanup = async () => {
    await rm(parent, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
    liveClones.delete(parent);
  };
  try {
    const byName = target.ref !== undefined && !SHA.test(target.ref);
    // With a progress callback git reports progress (its stderr is then read line by line, and
    // only the other lines explain a failure); otherwise it stays quiet.
    let stderrLines = '';
    const progress = onProgress
      ? (chunk: string) => {
          if (stderrLines.length < 65_536) stderrLines += chunk;
          const phase = chunk.split(/[\r\n]+/).map(progressPhase).filter(Boolean).at(-1);
          if (phase) onProgress(phase);
        }
      : undefined;
    const clone = await git(parent, ['clone', onProgress ? '--progress' : '--quiet', '--no-tags', ...(byName ? ['--single-branch', '--branch', target.ref!] : []), '--', url, dir], gitEnv, { ...(signal ? { signal } : {}), ...(progress ? { onStderr: progress } : {}) });
    if (signal?.aborted) throw new RemoteTargetError(`cloning ${target.display} was interrupted`);
    if (clone.code !== 0) throw new RemoteTargetError(`cannot clone ${target.display}: ${explainCloneFailure(redact(progress ? withoutProgress(stderrLines) : clone.stderr), target, Boolean(token))}`);
    if (target.ref !== undefined && !byName) {
      const options = signal ? { signal } : {};
      let checkout = await git(dir, ['-c', 'advice.detachedHead=false', 'checkout', '--quiet', target.ref], gitEnv, options);
      if (checkout.code !== 0) {
        // A commit outside the default branch: fetch it by id (GitHub serves reachable commits).
        onProgress?.(`fetching ${target.ref}`);
        await git(dir, ['fetch', '--quiet', 'origin', target.ref], gitEnv, options);
        checkout = await git(dir, ['-c', 'advice.detachedHead=false', 'checkout', '--quiet', target.ref], gitEnv, options);
      }
      if (signal?.aborted) throw new RemoteTargetError(`cloning ${target.display} was interrupted`);
      if (checkout.code !== 0) throw new RemoteTargetError(`cannot check out ${target.ref} in ${target.owner}/${target.repo}: no such commit`);
    }
    return { dir, cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/** One line saying why a clone failed, from git's stderr. */
function explainCloneFailure(stderr: string, target: RemoteTarget, hasToken: boolean): string {
  if (/Remote branch .* not found/i.test(stderr)) return `no branch or tag "${target.ref}"`;
  if (/repository .* not found|not found|returned error: 404/i.test(stderr)) {
    return hasToken ? 'repository not found, or the token cannot read it' : 'repository not found (if it is private, set GITHUB_TOKEN)';
  }
  if (/Authentication failed|returned error: 40[13]|could not read Username/i.test(stderr)) {
    return hasToken ? 'the token was refused' : 'authentication required (set GITHUB_TOKEN for a private repository)';
  }
  const line = stderr.split('\n').map((l) => l.replace(/^(fatal|error):\s*/, '').trim()).find(Boolean);
  return line ?? 'git failed';
}

/** git for the clone: the stderr line says when git itself is missing. */
async function git(cwd: string, args: string[], env: NodeJS.ProcessEnv, options: GitRunOptions = {}): Promise<{ code: number | null; stderr: string }> {
  // Cloning a large history takes longer than a read: five read timeouts (10 min by default).
  const { code, stderr } = await runGit(cwd, args, env, { network: true, timeoutMs: gitTimeoutMs(env) * 5, ...options });
  return { code, stderr: code === -1 ? `git is not available: ${stderr}` : stderr };
}

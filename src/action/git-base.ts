import { runGit } from '../source/git-run.js';

/** git in the Action's checkout: its config is actions/checkout's, and fetches need the network. */
const git = (cwd: string, args: string[]) => runGit(cwd, args, process.env, { network: true });

/** Deepening steps tried, in commits, before giving up on a merge base (about 2,000 in all). */
const DEEPEN_STEPS = [25, 100, 400, 1500];

export interface BaseRequest {
  /** The base commit (pull_request.base.sha), when known. */
  baseSha?: string;
  /** The base branch name, fetched when the commit cannot be fetched by hash. */
  baseRef?: string;
  /** The head commit of the pull request. */
  headSha?: string;
}

export interface PreparedBase {
  /** The base commit, present locally; undefined when it could not be fetched. */
  base?: string;
  head?: string;
  mergeBase?: string;
  /** What went wrong, for the report; undefined when everything was found. */
  problem?: string;
  /** Git commands run to get here (fetches), for the log. */
  fetched: string[];
}

async function hasCommit(cwd: string, rev: string): Promise<string | undefined> {
  const { code, stdout } = await git(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
  return code === 0 ? stdout.trim() : undefined;
}

async function isShallow(cwd: string): Promise<boolean> {
  return (await git(cwd, ['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
}

/**
 * Makes the base (and head) commits of a pull request present in a possibly shallow clone, then
 * deepens until they share a merge base — bounded, so a huge history never stalls the job.
 */
export async function prepareBase(cwd: string, request: BaseRequest): Promise<PreparedBase> {
  const fetched: string[] = [];
  const fetch = async (args: string[]) => {
    fetched.push(`git fetch ${args.join(' ')}`);
    return (await git(cwd, ['fetch', '--no-tags', '--quiet', '--no-recurse-submodules', ...args])).code === 0;
  };
  const ensure = async (sha: string | undefined, ref: string | undefined): Promise<string | undefined> => {
    if (sha) {
      const local = await hasCommit(cwd, sha);
      if (local) return local;
      if (await fetch(['--depth=1', 'origin', sha])) {
        const got = await hasCommit(cwd, sha);
        if (got) return got;
      }
    }
    if (!ref) return undefined;
    const branch = ref.replace(/^refs\/heads\//, '');
    const tracking = `refs/remotes/origin/${branch}`;
    if (!sha) {
      const local = await hasCommit(cwd, tracking);
      if (local) return local;
    }
    if (!(await fetch(['--depth=1', 'origin', `+refs/heads/${branch}:${tracking}`]))) return undefined;
    return sha ? hasCommit(cwd, sha) : hasCommit(cwd, tracking);
  };

  const base = await ensure(request.baseSha, request.baseRef);
  if (!base) {
    return { fetched, problem: `the base commit ${request.baseSha?.slice(0, 7) ?? request.baseRef ?? ''} could not be fetched` };
  }
  const head = (await ensure(request.headSha, undefined)) ?? (await hasCommit(cwd, 'HEAD'));
  if (!head) return { base, fetched, problem: 'the head commit could not be read' };

  const mergeBase = async () => {
    const { code, stdout } = await git(cwd, ['merge-base', base, head]);
    return code === 0 ? stdout.trim() : undefined;
  };
  let found = await mergeBase();
  for (const step of DEEPEN_STEPS) {
    if (found || !(await isShallow(cwd))) break;
    await fetch([`--deepen=${step}`, 'origin', base, head]);
    found = await mergeBase();
  }
  if (!found) {
    return { base, head, fetched, problem: (await isShallow(cwd)) ? 'no common ancestor within the fetched history' : 'the base and head share no history' };
  }
  return { base, head, mergeBase: found, fetched };
}

/** Repo-relative paths a range changes (from the merge base to the head). */
export async function changedFiles(cwd: string, from: string, to: string): Promise<Set<string>> {
  const { code, stdout } = await git(cwd, ['-c', 'core.quotepath=off', 'diff', '--name-only', '-z', '--no-renames', from, to]);
  return code === 0 ? new Set(stdout.split('\0').filter(Boolean)) : new Set();
}

/** The checked directory relative to the repository's top level ("" at the root, or outside git). */
export async function repoPrefix(cwd: string): Promise<string> {
  const { code, stdout } = await git(cwd, ['rev-parse', '--show-prefix']);
  return code === 0 ? stdout.trim().replace(/\/$/, '') : '';
}

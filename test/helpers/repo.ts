import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** File contents by POSIX path; `null` deletes the file (in a commit). */
export type FileMap = Record<string, string | Buffer | null>;

export interface CommitSpec {
  message: string;
  /** Files written (or deleted with null) and staged for this commit only. */
  files?: FileMap;
  /** ISO date; defaults to 2024-01-01T12:00:00Z plus one day per commit. */
  date?: string;
  /** "Name <email>"; defaults to the fixed test author. */
  author?: string;
}

export interface RepoSpec {
  /** Written to the working tree before anything is committed. */
  files?: FileMap;
  /** `git init` and commit `files` as the first commit, so tracked-ness is real. */
  git?: boolean;
  /** History built after `files` (each commit stages only its own files, force-adding ignored ones). */
  commits?: CommitSpec[];
  /** Written after every commit: present in the working tree, never committed. */
  untracked?: FileMap;
}

export const FIXTURES_DIR = path.resolve(import.meta.dirname, '../../fixtures');
const AUTHOR = { name: 'Test Author', email: 'author@example.com' };
const BASE_DATE = Date.UTC(2024, 0, 1, 12, 0, 0);

/**
 * The environment every test git command runs with: no user or system config, no inherited
 * repository (a hook's GIT_DIR), fixed identity. Nothing depends on the machine's git setup.
 */
function gitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('GIT_')) env[key] = value;
  return {
    ...env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: os.devNull,
    GIT_AUTHOR_NAME: AUTHOR.name,
    GIT_AUTHOR_EMAIL: AUTHOR.email,
    GIT_COMMITTER_NAME: AUTHOR.name,
    GIT_COMMITTER_EMAIL: AUTHOR.email,
    ...extra,
  };
}

/** Runs git in `cwd` with deterministic settings; returns stdout. */
export function git(cwd: string, args: string[], extraEnv: Record<string, string> = {}): string {
  return execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false', ...args], {
    cwd,
    env: gitEnv(extraEnv),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** A fresh empty directory under the OS temp dir. */
export function makeTempDir(prefix = 'pc-test-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Writes files (creating folders); null deletes. Returns the paths touched. */
export function writeFiles(root: string, files: FileMap): string[] {
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, rel);
    if (content === null) {
      try {
        unlinkSync(abs);
      } catch {
        // already absent
      }
      continue;
    }
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return Object.keys(files);
}

let commitCounter = 0;

/** Commits what is staged (or nothing) with a fixed identity and date. */
export function commit(dir: string, message: string, options: { date?: string; author?: string; index?: number } = {}): void {
  const date = options.date ?? new Date(BASE_DATE + (options.index ?? commitCounter++) * 86_400_000).toISOString();
  const env: Record<string, string> = { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  if (options.author) {
    const m = /^(.*?)\s*<([^>]*)>$/.exec(options.author);
    if (m) Object.assign(env, { GIT_AUTHOR_NAME: m[1]!, GIT_AUTHOR_EMAIL: m[2]! });
  }
  git(dir, ['commit', '-q', '--allow-empty', '--no-verify', '-m', message], env);
}

/** Builds a repository in `dir` from a spec. */
export function buildRepo(dir: string, spec: RepoSpec): void {
  const useGit = Boolean(spec.git || spec.commits);
  if (useGit) git(dir, ['init', '-q']);
  if (spec.files) writeFiles(dir, spec.files);
  let index = 0;
  if (spec.git) {
    git(dir, ['add', '-A']);
    commit(dir, 'Add the project files', { index: index++ });
  }
  for (const c of spec.commits ?? []) {
    const touched = c.files ? writeFiles(dir, c.files) : [];
    if (touched.length > 0) git(dir, ['add', '-f', '-A', '--', ...touched]);
    commit(dir, c.message, { index: index++, ...(c.date ? { date: c.date } : {}), ...(c.author ? { author: c.author } : {}) });
  }
  if (spec.untracked) writeFiles(dir, spec.untracked);
}

/** A temp repository built from a spec; call `cleanup` when done. */
export function tempRepo(spec: RepoSpec): { dir: string; cleanup: () => void } {
  const dir = makeTempDir();
  try {
    buildRepo(dir, spec);
  } catch (error) {
    removeDir(dir);
    throw error;
  }
  return { dir, cleanup: () => removeDir(dir) };
}

/** A shallow (depth 1) clone of `source` in a new temp dir. */
export function shallowClone(source: string): { dir: string; cleanup: () => void } {
  const parent = makeTempDir('pc-clone-');
  const dir = path.join(parent, 'clone');
  git(parent, ['clone', '-q', '--depth', '1', `file://${source}`, dir]);
  return { dir, cleanup: () => removeDir(parent) };
}

import { mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { checkSource } from '../check.js';
import type { LoadedConfig } from '../config/index.js';
import { sortKeys } from '../report/json.js';
import { WorkingTreeSource } from '../source/working-tree.js';
import type { Result } from '../types.js';
import { fetchRemote, localCommit, RepoFailure, resolveRemoteCommit, type FailureReason } from './fetch-repo.js';
import type { CohortTarget } from './targets.js';

/** The configuration every repository of a cohort is scored with (the maintainer's, never a student's). */
export interface CohortConfig {
  loaded: LoadedConfig;
  /** `portfolio-check:recommended`, or the config file as the maintainer named it. */
  name: string;
  /** sha256 of the config file's bytes, when there is one. */
  sha256?: string;
}

/** One repository's line in the output directory: `<key>@<commit>.json`. */
export interface CohortEntry {
  kind: 'portfolio-check/cohort-entry';
  version: 1;
  /** `owner/repo[@ref]`, or the local path as given. */
  target: string;
  key: string;
  /** The checked commit; null for a directory outside git. */
  commit: string | null;
  /** `https://github.com/owner/repo` (or the GitHub Enterprise server) for a remote target. */
  url?: string;
  config: { name: string; sha256?: string };
  result: Result;
}

/** A repository that could not be checked: `<key>.failed.json`, replaced by its Result once it works. */
export interface CohortFailure {
  kind: 'portfolio-check/cohort-failure';
  version: 1;
  target: string;
  key: string;
  url?: string;
  reason: FailureReason;
  message: string;
}

export type BatchOutcome =
  | { status: 'checked'; target: CohortTarget; entry: CohortEntry; seconds: number }
  | { status: 'skipped'; target: CohortTarget; commit: string }
  | { status: 'failed'; target: CohortTarget; failure: CohortFailure };

export interface BatchOptions {
  targets: readonly CohortTarget[];
  outDir: string;
  config: CohortConfig;
  /** Repositories checked at once (clones and checks overlap). */
  concurrency: number;
  /** Only the targets whose last run failed. */
  retryFailed?: boolean;
  env: NodeJS.ProcessEnv;
  /** Per repository, for each git step. */
  timeoutMs: number;
  maxBytes: number;
  signal?: AbortSignal;
  /** Called as each repository finishes, in completion order. */
  onOutcome?: (outcome: BatchOutcome) => void;
  onStart?: (target: CohortTarget) => void;
}

export interface BatchSummary {
  outcomes: BatchOutcome[];
  checked: number;
  skipped: number;
  failed: number;
}

const displayTarget = (t: CohortTarget): string => (t.kind === 'remote' ? t.remote.display : t.dir);

function targetUrl(t: CohortTarget, env: NodeJS.ProcessEnv): string | undefined {
  if (t.kind !== 'remote') return undefined;
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  return /^https?:/i.test(server) ? `${server}/${t.remote.owner}/${t.remote.repo}` : undefined;
}

/** Writes a file whole or not at all: a batch killed mid-write never leaves half a Result. */
async function writeAtomic(file: string, text: string): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, text);
  await rename(temp, file);
}

const entryFile = (outDir: string, key: string, commit: string | null) => path.join(outDir, `${key}@${commit ?? 'worktree'}.json`);
const failureFile = (outDir: string, key: string) => path.join(outDir, `${key}.failed.json`);

/** Removes a target's Results of other commits and its failure record: one file per repository. */
async function replaceOlder(outDir: string, key: string, keep: string): Promise<void> {
  for (const name of await readdir(outDir)) {
    if ((name.startsWith(`${key}@`) && name.endsWith('.json') && path.join(outDir, name) !== keep) || name === `${key}.failed.json`) {
      await rm(path.join(outDir, name), { force: true });
    }
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks every target with the maintainer's configuration, `concurrency` at a time, writing each
 * Result to the output directory the moment it is ready. A failure is recorded with its reason and
 * never stops the batch; a rerun skips every repository already checked at the same commit.
 * Temporary clones live under one folder that is removed at the end, on failure and on interrupt.
 */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  await mkdir(options.outDir, { recursive: true });
  const tempRoot = await mkdtemp(path.join(os.tmpdir(), 'portfolio-check-batch-'));
  let targets = [...options.targets];
  if (options.retryFailed) {
    const failed = new Set((await readdir(options.outDir)).filter((n) => n.endsWith('.failed.json')).map((n) => n.slice(0, -'.failed.json'.length)));
    targets = targets.filter((t) => failed.has(t.key));
  }
  const outcomes: BatchOutcome[] = [];
  const queue = [...targets];
  const fetchOptions = { env: options.env, tempRoot, timeoutMs: options.timeoutMs, maxBytes: options.maxBytes, ...(options.signal ? { signal: options.signal } : {}) };

  const one = async (target: CohortTarget): Promise<BatchOutcome> => {
    const url = targetUrl(target, options.env);
    try {
      let dir: string;
      let commit: string | null;
      let cleanup = async () => {};
      if (target.kind === 'remote') {
        commit = await resolveRemoteCommit(target.remote, fetchOptions);
        if (await exists(entryFile(options.outDir, target.key, commit))) return { status: 'skipped', target, commit };
        const fetched = await fetchRemote(target.remote, commit, fetchOptions);
        dir = fetched.dir;
        cleanup = fetched.cleanup;
      } else {
        const st = await stat(target.dir).catch(() => undefined);
        if (!st?.isDirectory()) throw new RepoFailure('not-a-directory', `${target.dir}: not a directory`);
        dir = target.dir;
        commit = (await localCommit(dir, options.timeoutMs)) ?? null;
        if (commit && (await exists(entryFile(options.outDir, target.key, commit)))) return { status: 'skipped', target, commit };
      }
      try {
        const started = performance.now();
        const { loaded } = options.config;
        let result: Result;
        try {
          result = await checkSource(new WorkingTreeSource(dir, displayTarget(target)), { config: loaded.engineConfig, rules: loaded.rules, ignore: loaded.ignore });
        } catch (error) {
          throw new RepoFailure('check-failed', `the check failed: ${(error as Error).message}`);
        }
        if (target.kind === 'remote') result.target = { ...result.target, kind: 'github', name: target.remote.display, commit: commit ?? undefined } as Result['target'];
        const entry: CohortEntry = {
          kind: 'portfolio-check/cohort-entry',
          version: 1,
          target: displayTarget(target),
          key: target.key,
          commit,
          ...(url ? { url } : {}),
          config: { name: options.config.name, ...(options.config.sha256 ? { sha256: options.config.sha256 } : {}) },
          result,
        };
        const file = entryFile(options.outDir, target.key, commit);
        await writeAtomic(file, formatEntry(entry));
        await replaceOlder(options.outDir, target.key, file);
        return { status: 'checked', target, entry, seconds: (performance.now() - started) / 1000 };
      } finally {
        await cleanup();
      }
    } catch (error) {
      const failure: CohortFailure = {
        kind: 'portfolio-check/cohort-failure',
        version: 1,
        target: displayTarget(target),
        key: target.key,
        ...(url ? { url } : {}),
        reason: options.signal?.aborted ? 'interrupted' : error instanceof RepoFailure ? error.reason : 'check-failed',
        message: error instanceof Error ? error.message : String(error),
      };
      if (failure.reason !== 'interrupted') await writeAtomic(failureFile(options.outDir, target.key), `${JSON.stringify(failure, null, 2)}\n`);
      return { status: 'failed', target, failure };
    }
  };

  const worker = async () => {
    for (let target = queue.shift(); target && !options.signal?.aborted; target = queue.shift()) {
      options.onStart?.(target);
      const outcome = await one(target);
      outcomes.push(outcome);
      if (!(outcome.status === 'failed' && outcome.failure.reason === 'interrupted')) options.onOutcome?.(outcome);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, targets.length || 1)) }, worker));
  } finally {
    await rm(tempRoot, { recursive: true, force: true });
  }
  return {
    outcomes,
    checked: outcomes.filter((o) => o.status === 'checked').length,
    skipped: outcomes.filter((o) => o.status === 'skipped').length,
    failed: outcomes.filter((o) => o.status === 'failed').length,
  };
}

/** The entry as written: keys sorted like the JSON report, so the same run gives the same bytes. */
export function formatEntry(entry: CohortEntry): string {
  return `${JSON.stringify(sortKeys(entry), null, 2)}\n`;
}

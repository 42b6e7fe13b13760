import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseRemoteTarget, RemoteTargetError, type RemoteTarget } from '../source/remote.js';

/** One repository of a cohort: a GitHub repository or a local directory. */
export type CohortTarget =
  | { kind: 'remote'; remote: RemoteTarget; key: string }
  | { kind: 'local'; dir: string; key: string };

/** A target list that cannot be read: a usage error, exit 2, with the file and line. */
export class TargetError extends Error {}

/**
 * The file-name-safe key of a target, stable across runs: `owner+repo` (plus `@ref` when one is
 * named) for GitHub, `local+<folder name>-<hash of the absolute path>` for a directory.
 */
function remoteKey(target: RemoteTarget): string {
  return `${target.owner}+${target.repo}${target.ref ? `@${target.ref.replace(/[^\w.-]/g, '_')}` : ''}`;
}

function localKey(dir: string): string {
  const digest = createHash('sha256').update(dir).digest('hex').slice(0, 8);
  return `local+${path.basename(dir).replace(/[^\w.-]/g, '_') || 'root'}-${digest}`;
}

/** Parses one target: `github:owner/repo[@ref]`, a GitHub URL, or a local path. */
export function parseTarget(text: string, cwd: string): CohortTarget {
  const trimmed = text.trim();
  if (trimmed === '') throw new TargetError('an empty target');
  let remote: RemoteTarget | undefined;
  try {
    remote = parseRemoteTarget(trimmed);
  } catch (error) {
    if (error instanceof RemoteTargetError) throw new TargetError(error.message);
    throw error;
  }
  if (remote) return { kind: 'remote', remote, key: remoteKey(remote) };
  const dir = path.resolve(cwd, trimmed);
  return { kind: 'local', dir, key: localKey(dir) };
}

/**
 * Expands the command line's targets: `@file` reads one target a line (`#` starts a comment, blank
 * lines are skipped, a relative path is relative to the file). Duplicates are dropped, first wins.
 */
export async function expandTargets(args: readonly string[], cwd: string): Promise<CohortTarget[]> {
  const out: CohortTarget[] = [];
  const seen = new Set<string>();
  const add = (target: CohortTarget) => {
    if (seen.has(target.key)) return;
    seen.add(target.key);
    out.push(target);
  };
  for (const arg of args) {
    if (!arg.startsWith('@')) {
      add(parseTarget(arg, cwd));
      continue;
    }
    const file = path.resolve(cwd, arg.slice(1));
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new TargetError(`${arg.slice(1)}: cannot read the target list (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    const lines = text.split(/\r?\n/);
    for (const [i, raw] of lines.entries()) {
      const line = raw.replace(/(^|\s)#.*$/, '').trim();
      if (line === '') continue;
      try {
        add(parseTarget(line, path.dirname(file)));
      } catch (error) {
        if (error instanceof TargetError) throw new TargetError(`${arg.slice(1)}:${i + 1}: ${error.message}`);
        throw error;
      }
    }
  }
  return out;
}

/** `i/n` (1-based), as given to `--shard`. */
export interface Shard {
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count || count > 1000) throw new TargetError(`--shard expects i/n with 1 ≤ i ≤ n ≤ 1000, got "${text}"`);
  return { index, count };
}

/**
 * The targets of one shard. A target's shard depends only on its key (a hash), so every shard
 * process computes the same split from the same list, whatever the order of the list.
 */
export function shardTargets(targets: readonly CohortTarget[], shard: Shard): CohortTarget[] {
  if (shard.count === 1) return [...targets];
  return targets.filter((t) => createHash('sha256').update(t.key).digest().readUInt32BE(0) % shard.count === shard.index - 1);
}

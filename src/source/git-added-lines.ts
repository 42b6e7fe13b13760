import { spawnGit } from './git-run.js';

/** A line a commit added, as `git log -p` shows it. */
export interface AddedLine {
  commit: string;
  path: string;
  /** 1-based line in the file as of that commit. */
  line: number;
  text: string;
}

export interface AddedLinesOptions {
  /** Newest commits read (across all refs). */
  maxCommits: number;
  /** Output read before the log is stopped. */
  maxBytes: number;
  /** The history of this commit only; every ref when absent. */
  rev?: string;
}

const MARK = '\x1e';

/**
 * Added lines matching `pattern` in the newest commits, from one streamed `git log -p -U0`:
 * zero context keeps the output to changed lines, and the byte cap bounds the cost on huge histories.
 * Paths under node_modules/vendor and lockfiles are skipped while parsing (a pathspec exclude is slower).
 * `--relative` keeps a subdirectory target to its own files, with paths relative to it.
 */
export function readAddedLines(cwd: string, pattern: RegExp, { maxCommits, maxBytes, rev }: AddedLinesOptions): Promise<{ lines: AddedLine[]; complete: boolean }> {
  return new Promise((resolve, reject) => {
    const { child } = spawnGit(
      cwd,
      ['-c', 'core.quotepath=off', 'log', rev ?? '--all', '-p', '-U0', '--no-color', '--no-renames', `--format=${MARK}%H`, '-n', String(maxCommits), '--relative', '--', '.'],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    );
    const out: AddedLine[] = [];
    let commit = '';
    let path = '';
    let skip = false;
    let next = 0;
    let pending = '';
    let bytes = 0;
    let stopped = false;
    const handle = (line: string) => {
      if (line.startsWith(MARK)) {
        commit = line.slice(1);
        path = '';
        return;
      }
      if (line.startsWith('+++ ')) {
        path = line.startsWith('+++ b/') ? line.slice(6) : '';
        skip = !path || /(^|\/)(node_modules|vendor|bower_components)\/|(^|\/)(package-lock\.json|yarn\.lock|pnpm-lock\.yaml|composer\.lock|poetry\.lock|Pipfile\.lock|Gemfile\.lock|go\.sum|uv\.lock)$/.test(path);
        return;
      }
      if (line.startsWith('@@ ')) {
        const m = /\+(\d+)/.exec(line);
        next = m ? Number(m[1]) : 0;
        return;
      }
      if (line.startsWith('+') && path) {
        const text = line.slice(1);
        if (!skip && text.length < 4096 && pattern.test(text)) out.push({ commit, path, line: next, text });
        next++;
      }
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (stopped) return;
      bytes += chunk.length;
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) handle(line);
      if (bytes > maxBytes) {
        stopped = true;
        child.kill();
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (!stopped && pending) handle(pending);
      if (!stopped && code !== 0) {
        reject(new Error(`git log exited with ${code}`));
        return;
      }
      resolve({ lines: out, complete: !stopped });
    });
  });
}

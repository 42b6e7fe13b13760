import { spawn } from 'node:child_process';
import type { Commit, FileStat } from './types.js';

const RS = '\x1e';
const US = '\x1f';
// hash, parents, author name, author email, author date, committer date, subject, body
const FORMAT = `${RS}%H${US}%P${US}%an${US}%ae${US}%aI${US}%cI${US}%s${US}%b${US}`;

/**
 * Reads the history of `rev`, newest first, streaming a custom `git log` format (simple-git's
 * log() parser is 2× slower and far hungrier on large histories). Per-file stats are collected
 * for the newest `statsLimit` commits only; older commits are read without them by a second
 * `git log --skip` that runs at the same time, on the other core.
 */
export async function readHistory(cwd: string, rev: string, statsLimit: number): Promise<Commit[]> {
  if (statsLimit <= 0) {
    const commits: Commit[] = [];
    await streamLog(cwd, [rev], false, commits);
    return commits;
  }
  let newest: Commit[] = [];
  const older: Commit[] = [];
  await Promise.all([
    streamLog(cwd, ['-n', String(statsLimit), '--numstat', '--no-renames', rev], true, newest).catch(async () => {
      // Diffs need file contents: a partial clone or a missing blob fails them, while the commits
      // themselves are still readable. Read those commits without stats rather than lose the history.
      newest = [];
      await streamLog(cwd, ['-n', String(statsLimit), rev], false, newest);
    }),
    streamLog(cwd, ['--skip', String(statsLimit), rev], false, older),
  ]);
  return older.length === 0 ? newest : newest.concat(older);
}

function streamLog(cwd: string, args: string[], withStats: boolean, into: Commit[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'git',
      ['-c', 'core.quotepath=off', '-c', 'log.showSignature=false', 'log', '--no-color', `--format=${FORMAT}`, ...args],
      { cwd, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let pending = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      // `pending` always starts at a record separator; scan only the newly arrived text.
      const scanFrom = Math.max(pending.length, 1);
      pending += chunk;
      let next = pending.indexOf(RS, scanFrom);
      while (next !== -1) {
        into.push(parseRecord(pending.slice(1, next), withStats));
        pending = pending.slice(next);
        next = pending.indexOf(RS, 1);
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < 4096) stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(stderr.trim().split('\n')[0] || `git log exited with ${code}`));
        return;
      }
      if (pending.startsWith(RS)) into.push(parseRecord(pending.slice(1), withStats));
      resolve();
    });
  });
}

function parseRecord(record: string, withStats: boolean): Commit {
  const fields = record.split(US);
  const [hash = '', parents = '', authorName = '', authorEmail = '', authorDate = '', committerDate = '', subject = ''] =
    fields;
  // The body may itself contain no US; the numstat block follows the last separator.
  const body = (fields[7] ?? '').trim();
  const commit: Commit = {
    hash,
    parents: parents ? parents.split(' ') : [],
    authorName,
    authorEmail,
    authorDate,
    committerDate,
    subject,
    body,
  };
  if (withStats) commit.files = parseNumstat(fields.slice(8).join(US));
  return commit;
}

function parseNumstat(block: string): FileStat[] {
  const files: FileStat[] = [];
  for (const line of block.split('\n')) {
    if (!line) continue;
    const first = line.indexOf('\t');
    const second = line.indexOf('\t', first + 1);
    if (first === -1 || second === -1) continue;
    const added = line.slice(0, first);
    const deleted = line.slice(first + 1, second);
    files.push({
      path: line.slice(second + 1),
      added: added === '-' ? null : Number(added),
      deleted: deleted === '-' ? null : Number(deleted),
    });
  }
  return files;
}

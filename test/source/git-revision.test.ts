import { cpSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkSource } from '../../src/check.js';
import { SKIP_DIRS } from '../../src/source/exclusions.js';
import { GitRevisionSource } from '../../src/source/git-revision.js';
import { WorkingTreeSource } from '../../src/source/working-tree.js';
import type { Result } from '../../src/types.js';
import { buildRepo, FIXTURES_DIR, git, makeTempDir, removeDir, shallowClone, writeFiles } from '../helpers/repo.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function tempDir(): string {
  const dir = makeTempDir('pc-rev-');
  cleanups.push(() => removeDir(dir));
  return dir;
}

function revision(dir: string, rev: string): GitRevisionSource {
  const source = new GitRevisionSource(dir, rev);
  cleanups.push(() => source.close());
  return source;
}

/** The Result without the fields that name the source itself. */
function comparable(result: Result): Omit<Result, 'target'> {
  const { target: _target, ...rest } = result;
  return rest;
}

/** A fixture committed in several steps, with a committed dependency folder, a symlink and a secret. */
function fixtureRepo(fixture: string): string {
  const dir = tempDir();
  cpSync(path.join(FIXTURES_DIR, fixture), dir, { recursive: true });
  buildRepo(dir, {
    git: true,
    commits: [
      { message: 'Commit the installed dependencies by mistake', files: { 'node_modules/left-pad/index.js': 'module.exports = 1;\n' } },
      { message: 'Add a local environment file', files: { '.env': 'DATABASE_URL=postgres://app:hunter2hunter2@db/app\n' } },
      { message: 'wip', files: { 'docs/notes.md': '# Notes\n\nSee [the readme](../README.md).\n' } },
    ],
  });
  symlinkSync('README.md', path.join(dir, 'README-link.md'));
  symlinkSync('../outside.txt', path.join(dir, 'escape.txt'));
  git(dir, ['add', 'README-link.md', 'escape.txt']);
  git(dir, ['commit', '-q', '-m', 'Link the readme']);
  return dir;
}

describe('GitRevisionSource', () => {
  for (const fixture of ['js-good', 'js-weak', 'python-good', 'python-weak']) {
    it(`gives the same Result as the working tree on the same commit (${fixture})`, async () => {
      const dir = fixtureRepo(fixture);
      const fromTree = await checkSource(new WorkingTreeSource(dir));
      const fromRevision = await checkSource(revision(dir, 'HEAD'));
      expect(fromRevision.target.kind).toBe('git-revision');
      expect(fromRevision.target.commit).toBe(git(dir, ['rev-parse', 'HEAD']).trim());
      expect(comparable(fromRevision)).toEqual(comparable(fromTree));
    });
  }

  it('scores an older commit while the working tree has moved on', async () => {
    const dir = fixtureRepo('js-weak');
    const base = git(dir, ['rev-parse', 'HEAD']).trim();
    const clone = tempDir();
    git(clone, ['clone', '-q', dir, 'at-base']);
    const atBase = path.join(clone, 'at-base');
    writeFiles(dir, { Dockerfile: 'FROM node:20\nUSER node\nCMD ["node", "index.js"]\n', LICENSE: 'MIT License\n' });
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'Add a Dockerfile and a license']);

    const fromRevision = await checkSource(revision(dir, base));
    const fromCheckout = await checkSource(new WorkingTreeSource(atBase));
    // Same commit, same Result; the clone's history is the same commits.
    expect(comparable(fromRevision)).toEqual(comparable(fromCheckout));
    const head = await checkSource(new WorkingTreeSource(dir));
    expect(head.score).toBeGreaterThan(fromRevision.score);
  });

  it('lists files with sizes, prunes skipped directories and follows symlinks only inside the root', async () => {
    const dir = fixtureRepo('js-weak');
    const source = revision(dir, 'HEAD');
    const files = await source.listFiles(SKIP_DIRS);
    expect(files).toEqual(await new WorkingTreeSource(dir).listFiles(SKIP_DIRS));
    const link = files.find((f) => f.path === 'README-link.md');
    expect(link).toMatchObject({ symlink: true, tracked: true });
    expect(files.some((f) => f.path === 'escape.txt')).toBe(false);
    expect(files.some((f) => f.path.startsWith('node_modules/'))).toBe(false);
    expect(await source.trackedPaths()).toContain('node_modules/left-pad/index.js');
  });

  it('reads bounded bytes, symlink targets, and nothing for missing paths', async () => {
    const dir = tempDir();
    const big = 'x'.repeat(200_000);
    buildRepo(dir, { git: true, files: { 'big.txt': big, 'small.txt': 'hello\n', 'empty.txt': '' } });
    const source = revision(dir, 'HEAD');
    const [partial, small, empty, missing] = await Promise.all([
      source.readFile('big.txt', { maxBytes: 10 }),
      source.readFile('small.txt', { maxBytes: 1024 }),
      source.readFile('empty.txt', { maxBytes: 1024 }),
      source.readFile('nope.txt', { maxBytes: 1024 }),
    ]);
    expect(partial).toEqual({ bytes: Buffer.from('x'.repeat(10)), size: 200_000, truncated: true });
    expect(small).toEqual({ bytes: Buffer.from('hello\n'), size: 6, truncated: false });
    expect(empty).toEqual({ bytes: Buffer.alloc(0), size: 0, truncated: false });
    expect(missing).toBeUndefined();
    // The same long-lived process keeps answering after a large, truncated read.
    const whole = await source.readFile('big.txt', { maxBytes: 1 << 20 });
    expect(whole?.bytes.toString()).toBe(big);
  });

  it('lists only the subtree of its root', async () => {
    const dir = tempDir();
    buildRepo(dir, { git: true, files: { 'src/app.js': 'app.listen(3000)\n', 'src/db.js': 'connect()\n', 'README.md': '# x\n' } });
    const sub = revision(path.join(dir, 'src'), 'HEAD');
    expect((await sub.listFiles(SKIP_DIRS)).map((f) => f.path)).toEqual(['app.js', 'db.js']);
    expect((await sub.readFile('db.js', { maxBytes: 100 }))?.bytes.toString()).toBe('connect()\n');
  });

  it('reads the history of the revision and reports a shallow clone', async () => {
    const dir = fixtureRepo('js-weak');
    const source = revision(dir, 'HEAD~1');
    const older: string[] = [];
    const history = await source.history({ statsLimit: 2, visit: (c) => older.push(c.subject) });
    expect(history.available).toBe(true);
    if (!history.available) return;
    expect([...history.newest.map((c) => c.subject), ...older]).toEqual(['wip', 'Add a local environment file', 'Commit the installed dependencies by mistake', 'Add the project files']);
    expect(history.shallow).toBe(false);

    const shallow = shallowClone(dir);
    cleanups.push(shallow.cleanup);
    const shallowHistory = await revision(shallow.dir, 'HEAD').history({ statsLimit: 0, visit: () => undefined });
    expect(shallowHistory).toMatchObject({ available: true, shallow: true });
  });

  it('rejects a revision that is not a commit', async () => {
    const dir = tempDir();
    buildRepo(dir, { git: true, files: { 'a.txt': 'a' } });
    await expect(revision(dir, 'no-such-branch').resolve()).rejects.toThrow(/not a commit/);
  });
});

describe('history read at a revision', () => {
  it("does not charge a base commit with a secret only a later commit added", async () => {
    const dir = tempDir();
    buildRepo(dir, {
      commits: [
        { message: 'Add the notes API', files: { 'index.js': 'module.exports = 1;\n' } },
        { message: 'Add the payment client', files: { 'pay.js': `const key = "sk_live_${'4eC39HqLyjWDarjtT1zdp7dc'}";\n` } },
      ],
    });
    const base = await revision(dir, 'HEAD~1').addedLines!(/sk_live_/, { maxCommits: 100, maxBytes: 1_000_000 });
    const head = await revision(dir, 'HEAD').addedLines!(/sk_live_/, { maxCommits: 100, maxBytes: 1_000_000 });
    expect(base?.lines).toEqual([]);
    expect(head?.lines.map((l) => l.path)).toEqual(['pay.js']);
  });
});

import { mkdirSync, readdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RepositoryFacts } from '../src/facts/facts.js';
import { SKIP_DIRS } from '../src/source/exclusions.js';
import { isExcludedPath } from '../src/facts/path-roles.js';
import { LogParser, readHistory } from '../src/source/git-log.js';
import type { Commit, RepositorySource } from '../src/source/types.js';
import { WorkingTreeSource } from '../src/source/working-tree.js';
import { buildRepo, commit, git, makeTempDir, removeDir, shallowClone, writeFiles, type RepoSpec } from './helpers/repo.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** A temp dir built from the spec, removed after the test. */
function repo(spec: RepoSpec = {}): string {
  const dir = makeTempDir('pc-source-');
  cleanups.push(() => removeDir(dir));
  buildRepo(dir, spec);
  return dir;
}

async function listed(dir: string): Promise<string[]> {
  return (await new WorkingTreeSource(dir).listFiles(SKIP_DIRS)).map((f) => f.path);
}

describe('listing files', () => {
  const IGNORE_FILES = {
    '.gitignore': '*.log\nreports/\n',
    'app.log': 'x',
    'reports/today.txt': 'x',
    'local.json': '{}',
    'server/.gitignore': 'local.json\n!important.log\n',
    'server/local.json': '{}',
    'server/important.log': 'x',
    'server/index.js': 'x',
  };
  const VISIBLE = ['.gitignore', 'local.json', 'server/.gitignore', 'server/important.log', 'server/index.js'];

  it('honours nested .gitignore files, the deepest decision winning (no git)', async () => {
    expect(await listed(repo({ files: IGNORE_FILES }))).toEqual(VISIBLE);
  });

  it('honours nested .gitignore files inside a git repository', async () => {
    const dir = repo({ files: IGNORE_FILES, git: true });
    expect(await listed(dir)).toEqual(VISIBLE);
    const files = await new WorkingTreeSource(dir).listFiles(SKIP_DIRS);
    expect(files.every((f) => f.tracked === true)).toBe(true);
  });

  it('honours .git/info/exclude', async () => {
    const dir = repo({ files: { 'a.txt': 'a', 'scratch.txt': 's' }, commits: [] });
    writeFiles(dir, { '.git/info/exclude': 'scratch.txt\n' });
    expect(await listed(dir)).toEqual(['a.txt']);
  });

  it('keeps a tracked file that a later .gitignore matches, and marks tracked-ness', async () => {
    const dir = repo({
      commits: [
        { message: 'Add the generated client', files: { 'client.gen.ts': 'export {}\n', 'src/app.ts': 'x' } },
        { message: 'Ignore generated code', files: { '.gitignore': '*.gen.ts\n' } },
      ],
      untracked: { 'other.gen.ts': 'x', 'notes.txt': 'x' },
    });
    const files = await new WorkingTreeSource(dir).listFiles(SKIP_DIRS);
    expect(files.map((f) => [f.path, f.tracked])).toEqual([
      ['.gitignore', true],
      ['client.gen.ts', true],
      ['notes.txt', false],
      ['src/app.ts', true],
    ]);
  });

  it('reports tracked: null without git', async () => {
    const files = await new WorkingTreeSource(repo({ files: { 'a.txt': 'a' } })).listFiles(SKIP_DIRS);
    expect(files).toEqual([{ path: 'a.txt', size: 1, symlink: false, tracked: null }]);
  });

  it('prunes node_modules and other skipped directories at any depth', async () => {
    const dir = repo({
      files: {
        'index.js': 'x',
        'node_modules/express/index.js': 'x',
        'packages/api/node_modules/left-pad/index.js': 'x',
        'packages/api/src/main.ts': 'x',
        '.venv/lib/site.py': 'x',
        'target/classes/App.class': 'x',
      },
    });
    expect(await listed(dir)).toEqual(['index.js', 'packages/api/src/main.ts']);
  });

  it('never lists .git internals', async () => {
    const dir = repo({ files: { 'a.txt': 'a' }, git: true });
    expect((await listed(dir)).some((p) => p.startsWith('.git/'))).toBe(false);
  });

  it('sorts paths by code unit, independent of locale', async () => {
    const dir = repo({ files: { 'b.txt': 'x', 'B.txt': 'x', 'a/z.txt': 'x', 'a.txt': 'x', 'Z.txt': 'x' } });
    expect(await listed(dir)).toEqual(['B.txt', 'Z.txt', 'a.txt', 'a/z.txt', 'b.txt']);
  });

  it.each([false, true])('a file name that is not valid UTF-8 loses only itself (git: %s)', async (useGit) => {
    const dir = repo({ files: { 'README.md': '# x', 'sub/ok.txt': 'ok' } });
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/sub/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]), 'latin-1 name');
    if (useGit) buildRepo(dir, { git: true });
    const paths = await listed(dir);
    expect(paths).toContain('README.md');
    expect(paths).toContain('sub/ok.txt');
    expect(paths.length).toBeLessThanOrEqual(3);
  });

  it('lists paths with spaces and non-ASCII names as tracked', async () => {
    const dir = repo({ files: { 'docs/my notes.md': '# x', 'src/ünïcödé.ts': 'x' }, git: true });
    const files = await new WorkingTreeSource(dir).listFiles(SKIP_DIRS);
    expect(files.map((f) => [f.path, f.tracked])).toEqual([
      ['docs/my notes.md', true],
      ['src/ünïcödé.ts', true],
    ]);
  });
});

describe('listing a git work tree as it is now', () => {
  it('skips files deleted or replaced since the commit and never follows a swapped-in link', async () => {
    const outside = makeTempDir('pc-outside-');
    cleanups.push(() => removeDir(outside));
    writeFileSync(path.join(outside, 'secret.txt'), 'TOP SECRET');
    const dir = repo({ files: { 'app.js': 'x'.repeat(1234), 'gone.js': 'x', 'swapped.txt': 'x', 'src/dir-now.js': 'x', 'empty.py': '' }, git: true });
    unlinkSync(path.join(dir, 'gone.js')); // deleted, not committed
    unlinkSync(path.join(dir, 'swapped.txt'));
    symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'swapped.txt')); // now a link out of the root
    rmSync(path.join(dir, 'src/dir-now.js'));
    mkdirSync(path.join(dir, 'src/dir-now.js')); // now a directory
    writeFileSync(path.join(dir, 'app.js'), 'x'.repeat(2000)); // grown since the commit
    const source = new WorkingTreeSource(dir);
    expect(await source.listFiles(SKIP_DIRS)).toEqual([
      { path: 'app.js', size: 2000, symlink: false, tracked: true },
      { path: 'empty.py', size: 0, symlink: false, tracked: true },
    ]);
    expect(await source.readFile('swapped.txt', { maxBytes: 1024 })).toBeUndefined();
  });
});

describe('symlinks', () => {
  it('does not list or read a link that points outside the root', async () => {
    const outside = makeTempDir('pc-outside-');
    cleanups.push(() => removeDir(outside));
    writeFileSync(path.join(outside, 'secret.txt'), 'TOP SECRET');
    mkdirSync(path.join(outside, 'dir'));
    writeFileSync(path.join(outside, 'dir', 'inner.txt'), 'x');
    const dir = repo({ files: { 'real.txt': 'inside' } });
    symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'escape.txt'));
    symlinkSync('../' + path.basename(outside) + '/secret.txt', path.join(dir, 'relative-escape.txt'));
    symlinkSync(path.join(outside, 'dir'), path.join(dir, 'linked-dir'));

    const source = new WorkingTreeSource(dir);
    expect(await listed(dir)).toEqual(['real.txt']);
    expect(await source.readFile('escape.txt', { maxBytes: 1024 })).toBeUndefined();
    expect(await source.readFile('relative-escape.txt', { maxBytes: 1024 })).toBeUndefined();
    expect(await source.readFile('linked-dir/inner.txt', { maxBytes: 1024 })).toBeUndefined();
    expect(await new RepositoryFacts(source).read('escape.txt')).toBeUndefined();
  });

  it('refuses paths that climb out of the root', async () => {
    const dir = repo({ files: { 'a.txt': 'a' } });
    const source = new WorkingTreeSource(path.join(dir));
    expect(await source.readFile('../' + path.basename(dir) + '/a.txt', { maxBytes: 10 })).toBeDefined();
    expect(await source.readFile('../../etc/passwd', { maxBytes: 10 })).toBeUndefined();
    expect(await source.readFile('/etc/passwd', { maxBytes: 10 })).toBeUndefined();
  });

  it('lists and reads a link to a file inside the root', async () => {
    const dir = repo({ files: { 'docs/README.md': '# Hello' } });
    symlinkSync('docs/README.md', path.join(dir, 'README.md'));
    const files = await new WorkingTreeSource(dir).listFiles(SKIP_DIRS);
    expect(files).toContainEqual({ path: 'README.md', size: 7, symlink: true, tracked: null });
    expect((await new RepositoryFacts(new WorkingTreeSource(dir)).read('README.md'))?.text).toBe('# Hello');
  });

  it('skips a dangling link', async () => {
    const dir = repo({ files: { 'a.txt': 'a' } });
    symlinkSync('missing.txt', path.join(dir, 'dangling.txt'));
    expect(await listed(dir)).toEqual(['a.txt']);
  });
});

describe('reading files', () => {
  it('does not read a binary file as text', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    const dir = repo({ files: { 'logo.png': png, 'data.txt': Buffer.concat([Buffer.from('text'), Buffer.from([0]), Buffer.from('more')]) } });
    const source = new WorkingTreeSource(dir);
    expect((await source.readFile('logo.png', { maxBytes: 100 }))?.bytes.length).toBe(png.length);
    const facts = new RepositoryFacts(source);
    expect(await facts.read('logo.png')).toBeUndefined();
    expect(await facts.read('data.txt')).toBeUndefined();
  });

  it('truncates a huge file at the cap', async () => {
    const big = 'a'.repeat(1024 * 1024 + 5000);
    const dir = repo({ files: { 'big.sql': big } });
    const source = new WorkingTreeSource(dir);
    const raw = await source.readFile('big.sql', { maxBytes: 4096 });
    expect(raw).toMatchObject({ size: big.length, truncated: true });
    expect(raw!.bytes.length).toBe(4096);

    const text = await new RepositoryFacts(source).read('big.sql');
    expect(text?.truncated).toBe(true);
    expect(text?.text.length).toBe(1024 * 1024);

    const capped = await new RepositoryFacts(source, { maxFileBytes: 100 }).read('big.sql');
    expect(capped?.text.length).toBe(100);
    expect((await new RepositoryFacts(source).read('big.sql', 10))?.text).toBe('a'.repeat(10));
  });

  it('decodes non-UTF-8 bytes leniently and strips a BOM', async () => {
    const latin1 = Buffer.from('caf\xe9 cr\xe8me\n', 'latin1');
    const dir = repo({ files: { 'menu.txt': latin1, 'bom.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('# Title\n')]) } });
    const facts = new RepositoryFacts(new WorkingTreeSource(dir));
    const text = await facts.read('menu.txt');
    expect(text?.text).toBe('caf\ufffd cr\ufffdme\n');
    expect((await facts.read('bom.md'))?.text).toBe('# Title\n');
  });

  it('returns undefined for a missing file or a directory', async () => {
    const dir = repo({ files: { 'src/a.ts': 'x' } });
    const source = new WorkingTreeSource(dir);
    expect(await source.readFile('nope.txt', { maxBytes: 10 })).toBeUndefined();
    expect(await source.readFile('src', { maxBytes: 10 })).toBeUndefined();
  });

  it('re-reads a truncated file when a larger cap is asked for', async () => {
    const dir = repo({ files: { 'a.txt': 'x'.repeat(100) } });
    const facts = new RepositoryFacts(new WorkingTreeSource(dir));
    expect(await facts.read('a.txt', 10)).toMatchObject({ truncated: true, text: 'x'.repeat(10) });
    expect(await facts.read('a.txt', 1000)).toMatchObject({ truncated: false, text: 'x'.repeat(100) });
    expect((await facts.read('a.txt', 50))?.text.length).toBe(100);
  });

  it('reads each file once per Facts', async () => {
    const dir = repo({ files: { 'a.txt': 'one' } });
    const facts = new RepositoryFacts(new WorkingTreeSource(dir));
    const first = await facts.read('a.txt');
    writeFileSync(path.join(dir, 'a.txt'), 'two');
    expect(await facts.read('a.txt')).toBe(first);
  });
});

describe('analysable files', () => {
  it('drops generated and vendored paths and user ignores', async () => {
    const dir = repo({
      files: {
        'src/app.ts': 'x',
        'src/types.d.ts': 'x',
        'public/app.min.js': 'x',
        'public/app.js.map': 'x',
        'api.egg-info/PKG-INFO': 'x',
        'storage/logs/laravel.log': 'x',
        'fixtures/data.json': 'x',
        'legacy/old.ts': 'x',
      },
    });
    const facts = new RepositoryFacts(new WorkingTreeSource(dir), { ignore: ['legacy/**'] });
    expect((await facts.files()).all.map((f) => f.path)).toEqual(['src/app.ts']);
  });

  it.each([
    ['bundle.min.js', true],
    ['dist-types/index.d.ts', true],
    ['env/lib/python3.12/site.py', true],
    ['docs/_build/index.html', true],
    ['src/environment.ts', false],
    ['docs/guide.md', false],
  ])('isExcludedPath(%s) is %s', (file, expected) => {
    expect(isExcludedPath(file)).toBe(expected);
  });
});

/** Every commit a source streams: the newest (with stats) then the older ones handed to `visit`. */
async function readAll(source: RepositorySource, statsLimit: number) {
  const older: Commit[] = [];
  const history = await source.history({ statsLimit, visit: (c) => older.push(c) });
  return history.available ? { ...history, commits: [...history.newest, ...older] } : history;
}

async function readLog(dir: string, rev: string, statsLimit: number): Promise<Commit[]> {
  const older: Commit[] = [];
  const newest = await readHistory(dir, rev, { statsLimit }, (c) => older.push(c));
  return [...newest, ...older];
}

describe('git history', () => {
  it('is not available without git', async () => {
    const source = new WorkingTreeSource(repo({ files: { 'a.txt': 'a' } }));
    expect(await readAll(source, 10)).toEqual({ available: false, reason: 'not a git repository', shallow: false });
    expect(await source.trackedPaths()).toBeUndefined();
    expect(await source.head()).toBeUndefined();
  });

  it('is not available in an empty repository', async () => {
    const source = new WorkingTreeSource(repo({ files: { 'a.txt': 'a' }, commits: [] }));
    expect(await readAll(source, 10)).toEqual({ available: false, reason: 'the repository has no commits yet', shallow: false });
    expect(await source.head()).toBeUndefined();
    expect(await source.trackedPaths()).toEqual([]);
  });

  it('reports a shallow clone', async () => {
    const origin = repo({ commits: [{ message: 'One', files: { 'a.txt': '1' } }, { message: 'Two', files: { 'a.txt': '2' } }, { message: 'Three', files: { 'a.txt': '3' } }] });
    const clone = shallowClone(origin);
    cleanups.push(clone.cleanup);
    const history = await readAll(new WorkingTreeSource(clone.dir), 10);
    expect(history).toMatchObject({ available: true, shallow: true });
    expect(history.available && history.commits.map((c) => c.subject)).toEqual(['Three']);
    const full = await readAll(new WorkingTreeSource(origin), 10);
    expect(full).toMatchObject({ available: true, shallow: false });
  });

  it('parses subjects, bodies, authors, dates and numstat, newest first', async () => {
    const dir = repo({
      commits: [
        {
          message: 'Add the orders service\n\nOrders are validated before saving.\n\nRefs: #12',
          files: { 'src/orders.ts': 'a\nb\nc\n', 'logo.png': Buffer.from([0, 1, 2, 3]) },
          date: '2024-03-01T10:00:00Z',
        },
        { message: 'Rename tötal → total: handle "quotes" | pipes', files: { 'src/orders.ts': 'a\nB\n' }, date: '2024-03-02T11:30:00Z', author: 'Zoë Dev <zoe@example.com>' },
        { message: 'Remove the logo', files: { 'logo.png': null } },
      ],
    });
    const source = new WorkingTreeSource(dir);
    const history = await readAll(source, 100);
    if (!history.available) throw new Error(history.reason);
    expect(history.head).toBe(await source.head());
    expect(history.head).toMatch(/^[0-9a-f]{40}$/);
    const [third, second, first] = history.commits;
    expect(history.commits).toHaveLength(3);

    expect(first).toMatchObject({
      subject: 'Add the orders service',
      authorName: 'Test Author',
      authorEmail: 'author@example.com',
      authorDate: '2024-03-01T10:00:00+00:00',
      committerDate: '2024-03-01T10:00:00+00:00',
      parents: [],
    });
    expect(first!.files).toEqual([
      { path: 'logo.png', added: null, deleted: null },
      { path: 'src/orders.ts', added: 3, deleted: 0 },
    ]);

    expect(second).toMatchObject({
      subject: 'Rename tötal → total: handle "quotes" | pipes',
      authorName: 'Zoë Dev',
      authorEmail: 'zoe@example.com',
      authorDate: '2024-03-02T11:30:00+00:00',
      parents: [first!.hash],
    });
    expect(second!.files).toEqual([{ path: 'src/orders.ts', added: 1, deleted: 2 }]);
    expect(third!.files).toEqual([{ path: 'logo.png', added: null, deleted: null }]);
    expect(third!.parents).toEqual([second!.hash]);
  });

  it('collects per-file stats for the newest statsLimit commits only', async () => {
    const dir = repo({ commits: [1, 2, 3, 4].map((n) => ({ message: `Change ${n}`, files: { [`f${n}.txt`]: `${n}\n` } })) });
    const history = await readAll(new WorkingTreeSource(dir), 2);
    if (!history.available) throw new Error(history.reason);
    expect(history.commits.map((c) => [c.subject, c.files?.length])).toEqual([
      ['Change 4', 1],
      ['Change 3', 1],
      ['Change 2', undefined],
      ['Change 1', undefined],
    ]);
    expect(history.statsLimit).toBe(2);
    const none = await readLog(dir, 'HEAD', 0);
    expect(none.map((c) => c.files)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('records both parents of a merge commit', async () => {
    const dir = repo({ commits: [{ message: 'Start', files: { 'a.txt': 'a' } }] });
    git(dir, ['checkout', '-q', '-b', 'feature']);
    writeFiles(dir, { 'b.txt': 'b' });
    git(dir, ['add', 'b.txt']);
    commit(dir, 'Add b on a branch', { index: 1 });
    git(dir, ['checkout', '-q', 'main']);
    writeFiles(dir, { 'c.txt': 'c' });
    git(dir, ['add', 'c.txt']);
    commit(dir, 'Add c on main', { index: 2 });
    git(dir, ['merge', '-q', '--no-ff', '--no-edit', 'feature'], { GIT_AUTHOR_DATE: '2024-02-01T00:00:00Z', GIT_COMMITTER_DATE: '2024-02-01T00:00:00Z' });
    const commits = await readLog(dir, 'HEAD', 10);
    expect(commits[0]!.subject).toBe("Merge branch 'feature'");
    expect(commits[0]!.parents).toHaveLength(2);
    expect(commits).toHaveLength(4);
  });

  it('is deterministic: identical specs give identical hashes', async () => {
    const spec: RepoSpec = { commits: [{ message: 'One', files: { 'a.txt': 'a' }, date: '2024-01-01T00:00:00Z' }] };
    const [a, b] = [repo(spec), repo(spec)];
    expect(git(a, ['rev-parse', 'HEAD'])).toBe(git(b, ['rev-parse', 'HEAD']));
  });

  it('keeps subjects whole whatever bytes they hold, and caps a huge one at a character boundary', async () => {
    const huge = `Add ${'é'.repeat(3_000_000)}`; // about 6 MB of subject on one line
    const dir = repo({ commits: [{ message: 'Separators \x1e and \x1f | inside', files: { 'a.txt': 'a\n' } }] });
    // Too long for a command line: committed from a message file.
    writeFiles(dir, { 'b.txt': 'b\n', '../huge-message.txt': huge });
    git(dir, ['add', 'b.txt']);
    git(dir, ['commit', '-q', '-F', path.join(dir, '../huge-message.txt')], { GIT_AUTHOR_DATE: '2024-02-01T00:00:00Z', GIT_COMMITTER_DATE: '2024-02-01T00:00:00Z' });
    writeFiles(dir, { 'c.txt': 'c\n' });
    git(dir, ['add', 'c.txt']);
    commit(dir, 'After the huge one', { index: 3 });
    const commits = await readLog(dir, 'HEAD', 2);
    expect(commits.map((c) => c.subject.slice(0, 20))).toEqual(['After the huge one', `Add ${'é'.repeat(16)}`, 'Separators \x1e and \x1f | inside'.slice(0, 20)]);
    expect(commits[2]!.subject).toBe('Separators \x1e and \x1f | inside');
    const capped = commits[1]!.subject;
    expect(Buffer.byteLength(capped)).toBeLessThanOrEqual(512);
    expect(Buffer.byteLength(capped)).toBeGreaterThan(500);
    expect(capped.endsWith('é')).toBe(true);
    expect(commits[1]!.files).toEqual([{ path: 'b.txt', added: 1, deleted: 0 }]);
  });

  it('parses the same records whatever the chunk boundaries', () => {
    const record = (hash: string, subject: string, numstat: string) => `\0${hash}\0\0Ann\0ann@example.com\0d1\0d2\0${subject}\0\n${numstat}`;
    const text = record('a1', 'Zoë’s first change', '\n3\t1\tsrc/ä.ts\n-\t-\tlogo.png\n') + record('b2', 'Second', '\n1\t0\tREADME.md\n');
    const bytes = Buffer.from(text);
    const whole: Commit[] = [];
    const parser = new LogParser(true, (c) => whole.push(c));
    parser.push(bytes);
    parser.end();
    for (const size of [1, 2, 3, 7]) {
      const split: Commit[] = [];
      const p = new LogParser(true, (c) => split.push(c));
      for (let i = 0; i < bytes.length; i += size) p.push(bytes.subarray(i, i + size));
      p.end();
      expect(split).toEqual(whole);
    }
    expect(whole).toEqual([
      { hash: 'a1', parents: [], authorName: 'Ann', authorEmail: 'ann@example.com', authorDate: 'd1', committerDate: 'd2', subject: 'Zoë’s first change', files: [{ path: 'src/ä.ts', added: 3, deleted: 1 }, { path: 'logo.png', added: null, deleted: null }] },
      { hash: 'b2', parents: [], authorName: 'Ann', authorEmail: 'ann@example.com', authorDate: 'd1', committerDate: 'd2', subject: 'Second', files: [{ path: 'README.md', added: 1, deleted: 0 }] },
    ]);
  });

  it('spools the log through a temporary file left nowhere, or a pipe without a temporary folder', async () => {
    const dir = repo({ commits: [1, 2, 3].map((n) => ({ message: `Change ${n}`, files: { [`f${n}.txt`]: `${n}\n` } })) });
    const tmp = makeTempDir();
    cleanups.push(() => removeDir(tmp));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    try {
      expect((await readLog(dir, 'HEAD', 1)).map((c) => c.subject)).toEqual(['Change 3', 'Change 2', 'Change 1']);
      expect(readdirSync(tmp)).toEqual([]);
      // No writable temporary folder: git writes into a pipe instead, with the same records.
      process.env.TMPDIR = path.join(tmp, 'missing');
      expect((await readLog(dir, 'HEAD', 1)).map((c) => [c.subject, c.files?.length])).toEqual([
        ['Change 3', 1],
        ['Change 2', undefined],
        ['Change 1', undefined],
      ]);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });

  it('rejects an unknown revision', async () => {
    const dir = repo({ commits: [{ message: 'One' }] });
    await expect(readLog(dir, 'no-such-branch', 10)).rejects.toThrow();
  });
});

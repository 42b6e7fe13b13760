/**
 * Hostile repositories: checking one never executes its code or git configuration, never blocks,
 * never reads outside its root, never blows up on crafted text, and never prints a secret in full.
 * Time and memory are measured once per heavy case with /usr/bin/time -v, not timed here.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main, type CliIo } from '../../src/cli/main.js';
import { readHistory } from '../../src/source/git-log.js';
import { GitRevisionSource } from '../../src/source/git-revision.js';
import { WorkingTreeSource } from '../../src/source/working-tree.js';
import { buildRepo, commit, git, makeTempDir, removeDir, writeFiles } from '../helpers/repo.js';
import { BASIC_FILES, blockingGit, executableGitConfig, FAKE_TOKEN, foreignGitDir, gitDir, mkfifo, outsideSecret, plainDir } from './corpus.js';

const FORMATS = ['stylish', 'json', 'markdown', 'html', 'sarif'] as const;

async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false, env, cwd: os.tmpdir() };
  const code = await main(argv, io);
  return { code, stdout, stderr, all: stdout + stderr };
}

/** The JSON result of a check (exit code 0 expected). */
async function check(dir: string, extra: string[] = []) {
  const out = await run([dir, '-f', 'json', ...extra]);
  expect(out.stderr).toBe('');
  expect(out.code).toBe(0);
  return JSON.parse(out.stdout) as { score: number; history?: unknown; rules: { id: string; outcome: string; summary: string; findings: { message: string }[] }[] };
}

/** Every report format of one directory, concatenated: a secret must be in none of them. */
async function everyFormat(dir: string, extra: string[] = []): Promise<{ codes: number[]; text: string }> {
  const codes: number[] = [];
  let text = '';
  for (const format of FORMATS) {
    const out = await run([dir, '-f', format, '--verbose', ...extra]);
    codes.push(out.code);
    text += out.all;
  }
  return { codes, text };
}

function rule(result: Awaited<ReturnType<typeof check>>, id: string) {
  const found = result.rules.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
}

const cleanups: string[] = [];
function track<T extends string>(dir: T): T {
  cleanups.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of cleanups) removeDir(dir);
});

let markers: string;
beforeAll(() => {
  markers = track(makeTempDir('pc-markers-'));
});

describe('git configuration never runs', () => {
  it('runs no fsmonitor, hook, textconv, external diff, filter, pager, gpg or credential helper, and does not block on them', async () => {
    const dir = track(executableGitConfig(markers));
    // Sanity: the configuration is live — plain `git log -p` runs the drivers and writes markers.
    try {
      git(dir, ['log', '-p', '-n', '1']);
    } catch {
      // the filter process driver is not a real one: git gives up after starting it
    }
    expect(readdirSync(markers).length).toBeGreaterThan(0);
    for (const file of readdirSync(markers)) rmSync(path.join(markers, file));

    const result = await check(dir);
    expect(rule(result, 'commit-messages').outcome).not.toBe('not-available');
    const source = new WorkingTreeSource(dir);
    await source.addedLines(/two/, { maxCommits: 10, maxBytes: 1 << 20 });
    await readHistory(dir, 'HEAD', { statsLimit: 10 }, () => undefined);
    const revision = new GitRevisionSource(dir, 'HEAD');
    await revision.listFiles([]);
    expect((await revision.readFile('notes.txt', { maxBytes: 100 }))?.bytes.toString()).toBe('one\ntwo\n');
    await revision.addedLines(/two/, { maxCommits: 10, maxBytes: 1 << 20 });
    revision.close();
    expect(readdirSync(markers)).toEqual([]);
  });

  it('ends a git that does not answer with history not available, and says why', async () => {
    vi.stubEnv('PORTFOLIO_CHECK_GIT_TIMEOUT', '2');
    try {
      const dir = track(blockingGit());
      const history = await new WorkingTreeSource(dir).history({ statsLimit: 10, visit: () => undefined });
      expect(history).toMatchObject({ available: false, reason: 'git did not answer within 2 s' });
      const result = await check(dir);
      expect(rule(result, 'commit-messages').outcome).toBe('not-available');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("does not report another repository's history through a .git file pointing outside the root", async () => {
    const { dir, other } = foreignGitDir();
    track(dir);
    track(other);
    const history = await new WorkingTreeSource(dir).history({ statsLimit: 10, visit: () => undefined });
    expect(history.available).toBe(false);
    expect(!history.available && history.reason).toContain('.git points to a repository outside this directory');
    const result = await check(dir);
    expect(JSON.stringify(result)).not.toContain('Someone else commits here');
  });

  it('still reads a linked worktree, whose git directory points back to it', async () => {
    const main = track(gitDir());
    const linked = path.join(track(makeTempDir('pc-linked-')), 'wt');
    git(main, ['worktree', 'add', '-q', linked]);
    const history = await new WorkingTreeSource(linked).history({ statsLimit: 10, visit: () => undefined });
    expect(history.available).toBe(true);
  });
});

describe('special files are never read', () => {
  it('ignores a package.json linked to /dev/zero and a FIFO .gitignore', async () => {
    const dir = track(
      plainDir((d) => {
        symlinkSync('/dev/zero', path.join(d, 'package.json'));
        mkfifo(path.join(d, '.gitignore'));
        mkfifo(path.join(d, 'README.md'));
      }, { 'src/index.js': BASIC_FILES['src/index.js'] }),
    );
    const result = await check(dir);
    expect(result.score).toBeGreaterThanOrEqual(0);
  });

  it('ignores a FIFO package.json in a git work tree', async () => {
    const dir = track(gitDir({}, (d) => {
      writeFiles(d, { 'package.json': null });
      mkfifo(path.join(d, 'package.json'));
    }));
    await check(dir);
  });

  it('never applies a package.json config linked from outside the root', async () => {
    const outside = track(outsideSecret());
    const dir = track(plainDir((d) => {
      writeFiles(d, { 'package.json': null });
      symlinkSync(path.join(outside, 'package.json'), path.join(d, 'package.json'));
    }));
    // The outside config's passScore 100 would fail the gate (exit 1) if it were applied.
    const out = await run([dir, '-f', 'json']);
    expect(out.code).toBe(0);
  });

  it('refuses a config file that is a FIFO or links outside the root, naming it (exit 2)', async () => {
    const fifo = track(plainDir((d) => mkfifo(path.join(d, 'portfolio-check.config.json'))));
    const a = await run([fifo]);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('portfolio-check.config.json: is not a regular file');
    const outside = track(outsideSecret());
    const linked = track(plainDir((d) => symlinkSync(path.join(outside, 'package.json'), path.join(d, 'portfolio-check.config.json'))));
    const b = await run([linked]);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('is a symbolic link to a file outside the repository');
  });

  it('never reads through a link out of the root: a file link, or a directory link under a tracked path', async () => {
    const outside = track(outsideSecret());
    const dir = track(gitDir({ 'config/app.env': 'PORT=3000\n' }, (d) => {
      symlinkSync(path.join(outside, 'credentials.env'), path.join(d, '.env'));
      // The index still lists config/app.env; the work tree now has config → outside.
      removeDir(path.join(d, 'config'));
      symlinkSync(outside, path.join(d, 'config'));
      writeFileSync(path.join(outside, 'app.env'), `API_TOKEN=${FAKE_TOKEN}\n`);
    }));
    const { codes, text } = await everyFormat(dir);
    expect(codes).toEqual([0, 0, 0, 0, 0]);
    expect(text).not.toContain(FAKE_TOKEN);
    expect(text).not.toContain('credentials.env');
    const files = await new WorkingTreeSource(dir).listFiles([]);
    expect(files.map((f) => f.path)).not.toContain('config/app.env');
  });

  it('reads a huge file and a binary file only up to the cap', async () => {
    const dir = track(gitDir({ 'data/dump.sql': Buffer.alloc(20 * 1024 * 1024, 'a'), 'bin/tool': Buffer.from([0, 1, 2, 0xff, 0, 0x7f]) }));
    const result = await check(dir);
    expect(rule(result, 'no-committed-artifacts').findings.map((f) => f.message).join(' ')).toContain('20.0 MB');
  });
});

describe('crafted text takes linear time', () => {
  it('parses a .env value of 200,000 spaces', async () => {
    const dir = track(gitDir({ '.env.example': `PORT= ${' '.repeat(200_000)}x\nDATABASE_URL=\n` }));
    await check(dir);
  });

  for (const [name, readme, reason] of [
    ['100,000 nested >', `# Notes API\n\nIntro.\n\n${'>'.repeat(100_000)} a\n`, 'nested more than 16 levels deep'],
    ['*×50,000 + a + *×50,000', `# Notes API\n\nIntro.\n\n${'*'.repeat(50_000)}a${'*'.repeat(50_000)}\n`, 'a run of more than 64 * or _ characters'],
    ['10,000 nested list markers', `# Notes API\n\nIntro.\n\n${'- '.repeat(10_000)}a\n`, 'nested more than 16 levels deep'],
    ['10,000 indented list levels', `# Notes API\n\nIntro.\n\n${Array.from({ length: 10_000 }, (_, i) => `${' '.repeat(2 * (i % 400))}- a`).join('\n')}\n`, 'nested more than 16 levels deep'],
    ['50,000 unclosed brackets', `# Notes API\n\nIntro.\n\n${'['.repeat(50_000)}a\n`, 'more than 5000 emphasis, link or code markers'],
  ] as const) {
    it(`reads a README with ${name} up to the budget and says where it stopped`, async () => {
      const dir = track(gitDir({ 'README.md': readme }));
      const result = await check(dir);
      const finding = rule(result, 'readme-present').findings.map((f) => f.message).join('\n');
      expect(finding).toMatch(/README\.md is too large or too deeply nested to read past line \d+/);
      expect(finding).toContain(reason);
      const stylish = await run([dir, '--verbose']);
      expect(stylish.stdout).toContain('too large or too deeply nested to read past line');
    });
  }

  it('reads a history with a 10 MB commit message', async () => {
    const dir = track(gitDir());
    writeFiles(dir, { 'notes.md': 'x\n' });
    git(dir, ['add', 'notes.md']);
    const message = path.join(dir, '..', `${path.basename(dir)}-message.txt`);
    writeFileSync(message, `Add notes\n\n${'lorem ipsum '.repeat(900_000)}\n`);
    cleanups.push(message);
    git(dir, ['commit', '-q', '-F', message], { GIT_AUTHOR_DATE: '2024-01-05T12:00:00Z', GIT_COMMITTER_DATE: '2024-01-05T12:00:00Z' });
    const result = await check(dir);
    expect(rule(result, 'commit-messages').outcome).not.toBe('not-available');
  });
});

describe('messages quote user values safely', () => {
  it('masks a token in a config field in every output', async () => {
    const dir = track(plainDir((d) => writeFiles(d, { 'portfolio-check.config.json': JSON.stringify({ passScore: FAKE_TOKEN, rules: { [FAKE_TOKEN]: 'warn' } }) })));
    const out = await run([dir]);
    expect(out.code).toBe(2);
    expect(out.all).not.toContain(FAKE_TOKEN);
    expect(out.stderr).toContain('portfolio-check.config.json: passScore: expected a number; got "gh');
    const printed = await run([dir, '--print-config']);
    expect(printed.all).not.toContain(FAKE_TOKEN);
  });

  it('never echoes a 10 MB unknown key', async () => {
    const dir = track(plainDir((d) => writeFiles(d, { 'portfolio-check.config.json': `{"${'k'.repeat(1_500_000)}": 1}` })));
    const out = await run([dir]);
    expect(out.code).toBe(2);
    expect(out.stderr.length).toBeLessThan(2000);
    expect(out.stderr).toContain('(1500000 characters)');
    const big = track(plainDir((d) => writeFiles(d, { 'portfolio-check.config.yaml': `${'k'.repeat(10 * 1024 * 1024)}: 1\n` })));
    const tooBig = await run([big]);
    expect(tooBig.code).toBe(2);
    expect(tooBig.stderr).toBe(`portfolio-check: ${path.relative(os.tmpdir(), path.join(big, 'portfolio-check.config.yaml'))}: is 10.0 MiB; a configuration file may be at most 2 MiB\n`);
  });

  it('fails 400,000 rule keys and a 100,000-deep YAML config with the file and the limit (exit 2)', async () => {
    const many = track(plainDir((d) => writeFiles(d, { 'portfolio-check.config.json': JSON.stringify({ rules: Object.fromEntries(Array.from({ length: 400_000 }, (_, i) => [`r${i}`, 'off'])) }) })));
    const a = await run([many]);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/portfolio-check\.config\.json: (is \d+\.\d MiB; a configuration file may be at most 2 MiB|holds more than 20,000 values \(the limit\))/);
    expect(a.stderr).not.toContain('call stack');
    const fewer = track(plainDir((d) => writeFiles(d, { 'portfolio-check.config.json': JSON.stringify({ rules: Object.fromEntries(Array.from({ length: 40_000 }, (_, i) => [`r${i}`, 'off'])) }) })));
    const b = await run([fewer]);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('portfolio-check.config.json: holds more than 20,000 values (the limit)');
    const deep = track(plainDir((d) => writeFiles(d, { 'portfolio-check.config.yaml': `rules: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n` })));
    const c = await run([deep]);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('portfolio-check.config.yaml: is nested more than 32 levels deep (the limit)');
    const bomb = track(plainDir((d) => writeFiles(d, { 'portfolio-check.config.yaml': `a: &a [x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 12 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`).join('\n')}\n` })));
    const d = await run([bomb]);
    expect(d.code).toBe(2);
    expect(d.stderr).not.toContain('call stack');
  });

  it('treats an empty-string target as a usage error, not the current directory', async () => {
    const out = await run(['']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('the path is an empty string');
  });

  it('never prints a committed secret in full, in any format', async () => {
    const dir = track(gitDir({ '.env': `GITHUB_TOKEN=${FAKE_TOKEN}\n`, 'src/config.js': `module.exports = { token: '${FAKE_TOKEN}' };\n` }));
    writeFiles(dir, { 'src/old.js': `const key = "${FAKE_TOKEN}";\n` });
    git(dir, ['add', 'src/old.js']);
    commit(dir, 'Add an old key', { index: 3 });
    writeFiles(dir, { 'src/old.js': null });
    git(dir, ['rm', '-q', '--cached', 'src/old.js']);
    commit(dir, 'Remove the old key', { index: 4 });
    const { codes, text } = await everyFormat(dir);
    expect(codes).toEqual([0, 0, 0, 0, 0]);
    expect(text).toContain('no-committed-secrets');
    expect(text).not.toContain(FAKE_TOKEN);
  });
});

describe('the trust boundary', () => {
  it('runs a local .js config (like ESLint) unless --no-config, which ignores every config file', async () => {
    const marker = path.join(markers, '..', `${path.basename(markers)}-js-config`);
    cleanups.push(marker);
    const dir = track(plainDir((d) => writeFiles(d, { 'portfolio-check.config.mjs': `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'ran');\nexport default { passScore: 100 };\n` })));
    const ignored = await run([dir, '--no-config', '-f', 'json']);
    expect(ignored.code).toBe(0);
    expect(existsSync(marker)).toBe(false);
    const trusted = await run([dir, '-f', 'json']);
    expect(trusted.code).toBe(1); // its passScore applied: the config ran
    expect(existsSync(marker)).toBe(true);
    const both = await run([dir, '--no-config', '--config', 'x.json']);
    expect(both.code).toBe(2);
  });

  it('reports corrupt, shallow and missing git as history not available, never a crash', async () => {
    const corrupt = track(gitDir({}, (d) => writeFileSync(path.join(d, '.git', 'HEAD'), 'garbage\n')));
    expect((await check(corrupt)).score).toBeGreaterThanOrEqual(0);
    const noGit = track(plainDir(() => undefined));
    expect(rule(await check(noGit), 'commit-messages').outcome).toBe('not-available');
    const source = track(gitDir());
    const shallowParent = track(makeTempDir('pc-shallow-'));
    git(shallowParent, ['clone', '-q', '--depth', '1', `file://${source}`, 'clone']);
    await check(path.join(shallowParent, 'clone'));
    const empty = track(makeTempDir('pc-empty-'));
    buildRepo(empty, {});
    git(empty, ['init', '-q']);
    mkdirSync(path.join(empty, 'src'));
    await check(empty);
  });
});

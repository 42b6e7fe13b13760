import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSource } from '../../src/check.js';
import type { CliIo } from '../../src/cli/main.js';
import { WorkingTreeSource } from '../../src/source/working-tree.js';
import type { Result } from '../../src/types.js';
import { batchMain, reportMain } from '../../src/cohort/cli.js';
import { buildRepo, git, makeTempDir, removeDir } from '../helpers/repo.js';
import { buildLocalCohort, TEMPLATES, type LocalCohort } from './local-cohort.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

function io(cwd: string, env: NodeJS.ProcessEnv): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY: false, stderrIsTTY: false, env, cwd };
}

const entries = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.json') && !n.endsWith('.failed.json')).sort();
const failures = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.failed.json')).sort();
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

let cohort: LocalCohort;
let work: string;
let tmp: string;
const savedTmp = process.env.TMPDIR;

beforeAll(() => {
  cohort = buildLocalCohort({ 'js-weak': 10, 'js-mid': 10, 'py-weak': 8, 'py-mid': 8, 'go-mid': 8, 'invalid-manifest': 2, 'student-config': 2, 'huge-file': 2 });
  work = makeTempDir('pc-cohort-');
  tmp = path.join(work, 'tmp');
  mkdirSync(tmp);
  process.env.TMPDIR = tmp; // temporary clones go here, so the tests see them removed
}, 120_000);

afterAll(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
  cohort?.cleanup();
  if (work) removeDir(work);
});

describe('portfolio-check batch on a local cohort of 50 repositories', () => {
  let out: string;
  let env: NodeJS.ProcessEnv;
  let plain: string;

  beforeAll(async () => {
    out = path.join(work, 'out');
    env = { ...process.env, GITHUB_SERVER_URL: cohort.serverUrl, GITHUB_TOKEN: '' };
    plain = path.join(work, 'no-git');
    mkdirSync(plain);
    writeFileSync(path.join(plain, 'README.md'), '# Not in git\n');
    const list = path.join(work, 'cohort.txt');
    writeFileSync(list, `# week 1\n${cohort.targets.join('\n')}\ngithub:classroom/gone-student   # deleted by its owner\n${plain}\n`);
    const run = io(work, env);
    const code = await batchMain([`@${list}`, '--out', out, '--max-size', '2', '--concurrency', '2'], run);
    expect(code, run.err.join('')).toBe(0);
  }, 240_000);

  it('writes one Result per repository, named by owner, repository and commit', () => {
    const names = entries(out);
    // 50 served repositories minus the two over the size cap, plus the folder outside git.
    expect(names).toHaveLength(49);
    for (const name of names.filter((n) => n.startsWith('classroom+'))) expect(name).toMatch(/^classroom\+[\w-]+@[0-9a-f]{40}\.json$/);
    expect(names.some((n) => /^local\+no-git-[0-9a-f]{8}@worktree\.json$/.test(n))).toBe(true);
    const entry = readJson(path.join(out, names.find((n) => n.startsWith('classroom+js-mid-student01@'))!));
    expect(entry).toMatchObject({ kind: 'portfolio-check/cohort-entry', target: 'classroom/js-mid-student01', config: { name: 'portfolio-check:recommended' } });
    expect(entry.result.target).toMatchObject({ kind: 'github', name: 'classroom/js-mid-student01' });
    expect(entry.commit).toBe(entry.result.target.commit);
  });

  it('answers every rule from its cheap clone as from a full clone', async () => {
    const name = entries(out).find((n) => n.startsWith('classroom+js-mid-student01@'))!;
    const fromBatch = readJson(path.join(out, name)).result;
    const full = path.join(work, 'full-clone');
    git(work, ['clone', '-q', path.join(cohort.served, 'classroom', 'js-mid-student01.git'), full]);
    const direct = await checkSource(new WorkingTreeSource(full, 'classroom/js-mid-student01'));
    const outcomes = (r: Result) => r.rules.map((x) => `${x.id}:${x.outcome}:${x.score}`);
    expect(outcomes(fromBatch)).toEqual(outcomes(direct));
    expect(fromBatch.rules.find((r: { id: string }) => r.id === 'commit-granularity').outcome).not.toBe('not-available');
  });

  it('records each failure with its reason and goes on', () => {
    const byKey = Object.fromEntries(failures(out).map((n) => [n, readJson(path.join(out, n))]));
    expect(Object.keys(byKey)).toEqual([
      'classroom+empty-student.failed.json',
      'classroom+gone-student.failed.json',
      'classroom+huge-file-student01.failed.json',
      'classroom+huge-file-student02.failed.json',
    ]);
    expect(byKey['classroom+empty-student.failed.json'].reason).toBe('empty');
    expect(byKey['classroom+gone-student.failed.json'].reason).toBe('not-found');
    expect(byKey['classroom+huge-file-student01.failed.json']).toMatchObject({ reason: 'too-large' });
    expect(byKey['classroom+huge-file-student01.failed.json'].message).toContain('2 MiB');
  });

  it('scores every repository with the maintainer configuration, never the student’s own', () => {
    const name = entries(out).find((n) => n.startsWith('classroom+student-config-student01@'))!;
    const rules = readJson(path.join(out, name)).result.rules as { id: string; outcome: string }[];
    expect(rules.find((r) => r.id === 'readme-present')?.outcome).toBe('fail');
    expect(rules.find((r) => r.id === 'tests-present')?.outcome).toBe('fail');
  });

  it('ranks the tiers as their templates differ', () => {
    const score = (prefix: string) => readJson(path.join(out, entries(out).find((n) => n.startsWith(prefix))!)).result.score as number;
    expect(score('classroom+js-mid-student01@')).toBeGreaterThan(score('classroom+js-weak-student01@'));
    expect(score('classroom+py-mid-student01@')).toBeGreaterThan(score('classroom+py-weak-student01@'));
  });

  it('removes every temporary clone', () => {
    expect(readdirSync(tmp).filter((n) => n.startsWith('portfolio-check-'))).toEqual([]);
  });

  it('resumes: a rerun skips what is checked at the same commit and rechecks what moved', async () => {
    const served = path.join(cohort.served, 'classroom', 'js-weak-student03.git');
    const clone = path.join(work, 'push');
    git(work, ['clone', '-q', served, clone]);
    writeFileSync(path.join(clone, 'LICENSE'), 'MIT License\n\nCopyright (c) 2026 Student\n');
    git(clone, ['add', 'LICENSE']);
    git(clone, ['commit', '-q', '-m', 'Add an MIT license']);
    git(clone, ['push', '-q', 'origin', 'HEAD']);
    const before = new Set(entries(out));
    const run = io(work, env);
    expect(await batchMain([...cohort.targets, '--out', out, '--max-size', '2'], run)).toBe(0);
    const log = run.err.join('');
    expect(log).toContain('1 checked,');
    expect(log).toMatch(/\b47 already checked at the same commit\b/);
    const after = entries(out);
    expect(after.filter((n) => !before.has(n))).toEqual([`classroom+js-weak-student03@${git(clone, ['rev-parse', 'HEAD']).trim()}.json`]);
    expect(after.filter((n) => n.startsWith('classroom+js-weak-student03@'))).toHaveLength(1);
  }, 120_000);

  it('--retry-failed reruns only the failures', async () => {
    const run = io(work, env);
    expect(await batchMain([...cohort.targets, 'github:classroom/gone-student', '--out', out, '--max-size', '2', '--retry-failed'], run)).toBe(0);
    expect(run.err.join('')).toContain('0 checked, 0 already checked at the same commit, 4 failed');
  }, 60_000);

  it('merges into every cohort format', async () => {
    const md = io(work, env);
    expect(await reportMain([out], md)).toBe(0);
    const text = md.out.join('');
    expect(text).toContain('49 repositories checked, 4 could not be checked');
    expect(text).toContain('## What the cohort most often lacks');
    expect(text).toMatch(/\| 1 \| \[classroom\/[\w-]+\]\(file:/.test(text) ? /x^/ : /\| 1 \| /);
    const csv = io(work, env);
    expect(await reportMain([out, '--format', 'csv'], csv)).toBe(0);
    const lines = csv.out.join('').trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 49 + 4);
    expect(lines[0]).toMatch(/^rank,repository,url,commit,status,score,tier,previous,change,config,reason,/);
    const json = io(work, env);
    expect(await reportMain([out, '--format', 'json'], json)).toBe(0);
    const merged = JSON.parse(json.out.join(''));
    expect(merged.summary).toMatchObject({ checked: 49, failed: 4 });
    expect(merged.repositories.map((r: { score: number }) => r.score)).toEqual([...merged.repositories.map((r: { score: number }) => r.score)].sort((a: number, b: number) => b - a));
  });

  it('shows the change against a previous run', async () => {
    const previous = path.join(work, 'previous');
    mkdirSync(previous);
    const name = entries(out).find((n) => n.startsWith('classroom+go-mid-student01@'))!;
    const entry = readJson(path.join(out, name));
    entry.result.score -= 7;
    writeFileSync(path.join(previous, name), JSON.stringify(entry));
    const run = io(work, env);
    expect(await reportMain([out, '--previous', previous, '--format', 'csv'], run)).toBe(0);
    const row = run.out.join('').split('\r\n').find((l) => l.includes('classroom/go-mid-student01,'))!;
    expect(row).toContain(`,${entry.result.score},7,`);
  });
});

describe('batch --org', () => {
  it('checks the repositories an organisation lists, filtered by name', async () => {
    const listed = ['js-mid-student01', 'js-mid-student02', 'py-weak-student01', 'huge-file-student01'].map((name) => ({ name, owner: { login: 'classroom' }, archived: false, fork: false }));
    const api: Server = createServer((req, res) => {
      res.writeHead(req.url?.startsWith('/orgs/classroom/repos') ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(req.url?.startsWith('/orgs/classroom/repos') ? listed : { message: 'Not Found' }));
    });
    await new Promise<void>((r) => api.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
    const out = path.join(work, 'org-out');
    const run = io(work, { ...process.env, GITHUB_SERVER_URL: cohort.serverUrl, GITHUB_API_URL: url });
    const code = await batchMain(['--org', 'classroom', '--match', 'js-mid-*', '--out', out], run);
    expect(code, run.err.join('')).toBe(0);
    expect(run.err.join('')).toContain('2 repositories in classroom matching js-mid-*');
    expect(entries(out).map((n) => n.split('@')[0])).toEqual(['classroom+js-mid-student01', 'classroom+js-mid-student02']);
    const missing = io(work, { ...process.env, GITHUB_API_URL: url });
    expect(await batchMain(['--org', 'nobody', '--out', out], missing)).toBe(3);
    api.close();
    expect(missing.err.join('')).toContain('cannot list nobody: no organisation or user named "nobody"');
  }, 60_000);
});

describe('cohort usage errors', () => {
  it('needs --out and targets, and names the bad line of a target file', async () => {
    const run = io(work, process.env);
    expect(await batchMain(['github:a/b'], run)).toBe(2);
    expect(run.err.join('')).toContain('batch needs --out DIR');
    const list = path.join(work, 'bad.txt');
    writeFileSync(list, 'github:ok/repo\n\ngithub:not a repo/x\n');
    const bad = io(work, process.env);
    expect(await batchMain([`@${list}`, '--out', path.join(work, 'x')], bad)).toBe(2);
    expect(bad.err.join('')).toContain('bad.txt:3:');
    const shard = io(work, process.env);
    expect(await batchMain(['github:a/b', '--out', path.join(work, 'x'), '--shard', '4/3'], shard)).toBe(2);
    expect(shard.err.join('')).toContain('--shard expects i/n');
  });

  it('says when a report directory holds no results', async () => {
    const empty = makeTempDir();
    const run = io(work, process.env);
    expect(await reportMain([empty], run)).toBe(2);
    expect(run.err.join('')).toContain('no batch results');
    removeDir(empty);
  });
});

describe('the cohort CLI as processes', () => {
  let cli: string;
  let small: LocalCohort;

  beforeAll(async () => {
    cli = path.join(work, 'bundle', 'cli.mjs');
    await build({
      entryPoints: [path.join(ROOT, 'src/cli/index.ts')],
      outfile: cli,
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'silent',
      define: { __PORTFOLIO_CHECK_VERSION__: '"0.0.0-test"' },
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    });
    small = buildLocalCohort({ 'js-weak': 4, 'js-mid': 4, 'py-mid': 3, 'go-mid': 3 });
  }, 120_000);

  afterAll(() => small?.cleanup());

  function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [cli, ...args], { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      // Decode as a stream: a multibyte character may be split across two chunks.
      child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
      child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  }

  it('n shard processes and one merge give the same report as a single run', async () => {
    const env = { ...process.env, GITHUB_SERVER_URL: small.serverUrl, TMPDIR: tmp };
    const single = path.join(work, 'single');
    expect((await runCli(['batch', ...small.targets, '--out', single], env)).code).toBe(0);
    const shards = [1, 2, 3].map((i) => path.join(work, `shard-${i}`));
    const runs = await Promise.all(shards.map((dir, i) => runCli(['batch', ...small.targets, '--out', dir, '--shard', `${i + 1}/3`, '--concurrency', '1'], env)));
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    const counts = shards.map((d) => readdirSync(d).length);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(readdirSync(single).length);
    expect(counts.filter((c) => c > 0).length).toBeGreaterThan(1);
    const merged = await runCli(['report', ...shards, '--format', 'json'], env);
    const whole = await runCli(['report', single, '--format', 'json'], env);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toBe(whole.stdout);
  }, 180_000);

  it('removes its temporary clones and exits 130 when interrupted', async () => {
    // A server that accepts connections and never answers: git waits until the batch is interrupted.
    const sockets: import('node:net').Socket[] = [];
    const server: Server = createServer(() => {});
    server.on('connection', (s) => sockets.push(s));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    const ownTmp = path.join(work, 'tmp-interrupt');
    mkdirSync(ownTmp);
    const child = spawn(process.execPath, [cli, 'batch', 'github:octo/slow', '--out', path.join(work, 'interrupted')], {
      cwd: work,
      env: { ...process.env, GITHUB_SERVER_URL: `http://127.0.0.1:${port}`, TMPDIR: ownTmp },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    // Interrupt once the batch is waiting on git inside its temporary folder.
    const started = () => readdirSync(ownTmp).some((n) => n.startsWith('portfolio-check-batch-'));
    for (let waited = 0; !started() && waited < 20_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    expect(started()).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((r) => child.on('close', r));
    for (const s of sockets) s.destroy();
    server.close();
    expect(code).toBe(130);
    expect(stderr).toContain('interrupted; temporary clones removed');
    expect(readdirSync(ownTmp)).toEqual([]);
    expect(existsSync(path.join(work, 'interrupted', 'octo+slow.failed.json'))).toBe(false);
  }, 60_000);
});

// The templates are part of the test's contract: keep every tier represented.
it('covers weak, mid and broken repositories in several ecosystems', () => {
  expect(Object.keys(TEMPLATES)).toEqual(expect.arrayContaining(['js-weak', 'js-mid', 'py-weak', 'py-mid', 'go-mid', 'invalid-manifest', 'huge-file']));
  const tiny = makeTempDir();
  buildRepo(tiny, TEMPLATES['go-mid']!);
  expect(Number(git(tiny, ['rev-list', '--count', 'HEAD']).trim())).toBeGreaterThanOrEqual(10);
  removeDir(tiny);
});

import { execFileSync, spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../src/cli/main.js';
import { cloneRemote, parseRemoteTarget, RemoteTargetError } from '../src/source/remote.js';
import { buildRepo, git, makeTempDir, removeDir } from './helpers/repo.js';

const TOKEN = 'ghs_testtoken0123456789abcdefghijklmnopq';
const AUTH = `basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`;

/**
 * A git server over the "dumb" HTTP protocol (static files of bare repositories after
 * `git update-server-info`), as GitHub's host answers a clone: /owner/repo.git/…. The `private`
 * owner's repositories answer 401 without the token's Authorization header.
 */
let served: string;
let server: Server;
let base: string;
const requests: { url: string; headers: IncomingHttpHeaders }[] = [];
const stalled: ServerResponse[] = [];
let tmpRoot: string;
const savedTmp = process.env.TMPDIR;

function serve(owner: string, repo: string, spec: Parameters<typeof buildRepo>[1], extra?: (dir: string) => void): void {
  const work = makeTempDir();
  buildRepo(work, spec);
  extra?.(work);
  const bare = path.join(served, owner, `${repo}.git`);
  mkdirSync(path.dirname(bare), { recursive: true });
  git(path.dirname(bare), ['clone', '--quiet', '--bare', work, bare]);
  git(bare, ['update-server-info']);
  removeDir(work);
}

beforeAll(async () => {
  served = makeTempDir('pc-served-');
  tmpRoot = makeTempDir('pc-tmp-');
  process.env.TMPDIR = tmpRoot; // clones go here, so the test can see them removed
  serve('octo', 'shop-api', {
    git: true,
    files: {
      'package.json': '{"name":"shop-api","scripts":{"test":"vitest run"},"dependencies":{"express":"^4.21.0"}}\n',
      'README.md': '# Shop API\n\n## Setup\n\n```bash\nnpm ci\nnpm test\n```\n',
      'src/app.js': "const express = require('express');\nmodule.exports = express();\n",
    },
    commits: [
      { message: 'Add the health endpoint', files: { 'src/health.js': "module.exports = (req, res) => res.json({ ok: true });\n" }, date: '2026-01-02T10:00:00Z' },
      { message: 'Document the API', files: { 'README.md': '# Shop API\n\n## API\n\n| Method | Path |\n|---|---|\n| GET | /health |\n' }, date: '2026-01-03T10:00:00Z' },
    ],
  }, (dir) => git(dir, ['branch', 'feature', 'HEAD~1']));
  serve('private', 'secret-api', { git: true, files: { 'README.md': '# Private\n', 'index.js': 'module.exports = 1;\n' } });
  serve('octo', 'js-config', { git: true, files: { 'portfolio-check.config.js': "globalThis.__ran = true;\nexport default {};\n", 'index.js': '1;\n' } });
  serve('octo', 'with-plugin', { git: true, files: { 'portfolio-check.config.json': '{ "plugins": ["./plugin.mjs"] }\n', 'plugin.mjs': 'globalThis.__ran = true;\nexport default { name: "x", rules: [] };\n' } });
  serve('octo', 'escapes', { git: true, files: { 'portfolio-check.config.json': '{ "extends": "../../../../../../etc/hostname" }\n' } });

  server = createServer((req, res) => {
    requests.push({ url: req.url ?? '', headers: req.headers });
    // A server that never answers: a clone in progress, to interrupt.
    if (req.url?.startsWith('/octo/stalled.git/')) {
      stalled.push(res);
      return;
    }
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname.startsWith('/private/') && req.headers.authorization?.toLowerCase() !== AUTH.toLowerCase()) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="GitHub"' }).end();
      return;
    }
    const file = path.join(served, path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(served) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('Not Found');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const res of stalled) res.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  removeDir(served);
  removeDir(tmpRoot);
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
});

async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false, env: { GITHUB_SERVER_URL: base, ...env }, cwd: os.tmpdir() };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const leftovers = () => readdirSync(tmpRoot).filter((d) => d.startsWith('portfolio-check-'));

describe('github:owner/repo', () => {
  it('clones the repository with its history, scores it under its name, and removes the clone', async () => {
    const r = await run(['github:octo/shop-api', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.target.name).toBe('octo/shop-api');
    expect(result.history.commits).toBe(3);
    expect(result.rules.find((x: { id: string }) => x.id === 'readme-api').summary).toBe('Only 1 endpoint(s) documented.'); // the README of the newest commit
    expect(leftovers()).toEqual([]);
  });

  it('checks out a branch or a commit given after @, and accepts a browser URL', async () => {
    const branch = JSON.parse((await run(['github:octo/shop-api@feature', '--format', 'json'])).stdout);
    expect(branch.target.name).toBe('octo/shop-api@feature');
    expect(branch.history.commits).toBe(2);
    const sha = git(path.join(served, 'octo', 'shop-api.git'), ['rev-parse', 'main~2']).trim();
    const commit = JSON.parse((await run([`github:octo/shop-api@${sha.slice(0, 10)}`, '--format', 'json'])).stdout);
    expect(commit.history.commits).toBe(1);
    const url = await run(['https://github.com/octo/shop-api/tree/feature', '--format', 'json']);
    expect(JSON.parse(url.stdout).target.name).toBe('octo/shop-api@feature');
  });

  it('reads a private repository with GITHUB_TOKEN, sent as a header and never printed', async () => {
    const denied = await run(['github:private/secret-api']);
    expect(denied.code).toBe(3);
    expect(denied.stderr).toMatch(/^portfolio-check: cannot clone private\/secret-api: authentication required \(set GITHUB_TOKEN/);
    const allowed = await run(['github:private/secret-api', '--format', 'json', '--verbose'], { GITHUB_TOKEN: TOKEN });
    expect(allowed.code).toBe(0);
    expect(allowed.stdout + allowed.stderr).not.toContain(TOKEN);
    expect(requests.some((q) => q.url.startsWith('/private/') && q.headers.authorization === AUTH)).toBe(true);
    const refused = await run(['github:private/secret-api'], { GH_TOKEN: 'wrong-token' });
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('the token was refused');
    expect(refused.stderr).not.toContain('wrong-token');
    expect(leftovers()).toEqual([]);
  });

  it('exits 3 with one line for a missing repository or branch', async () => {
    const missing = await run(['github:octo/nope']);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toBe('portfolio-check: cannot clone octo/nope: repository not found (if it is private, set GITHUB_TOKEN)\n');
    const branch = await run(['github:octo/shop-api@no-such-branch']);
    expect(branch.code).toBe(3);
    expect(branch.stderr).toBe('portfolio-check: cannot clone octo/shop-api@no-such-branch: no branch or tag "no-such-branch"\n');
    expect(leftovers()).toEqual([]);
  });

  it('exits 3, not 2, when the server cannot be reached', async () => {
    const down = await run(['github:octo/shop-api'], { GITHUB_SERVER_URL: 'http://127.0.0.1:9' });
    expect(down.code).toBe(3);
    expect(down.stderr).toMatch(/^portfolio-check: cannot clone octo\/shop-api: [^\n]+\n$/);
    // A malformed target stays a usage error.
    expect((await run(['github:octo'])).code).toBe(2);
    expect(leftovers()).toEqual([]);
  });

  it('reports git progress while cloning, and failures without the progress lines', async () => {
    const phases: string[] = [];
    const target = parseRemoteTarget('github:octo/shop-api')!;
    const clone = await cloneRemote(target, { env: { GITHUB_SERVER_URL: `file://${served}` }, onProgress: (phase) => phases.push(phase) });
    await clone.cleanup();
    expect(phases.length).toBeGreaterThan(0);
    expect(phases.every((p) => /^(enumerating|counting|compressing|receiving) objects( \d+%)?$|^resolving deltas( \d+%)?$|^updating files( \d+%)?$/.test(p))).toBe(true);
    await expect(cloneRemote(parseRemoteTarget('github:octo/nope')!, { env: { GITHUB_SERVER_URL: `file://${served}` }, onProgress: () => {} })).rejects.toThrow(
      /^cannot clone octo\/nope: (?!Cloning into)/,
    );
    expect(leftovers()).toEqual([]);
  });

  it('stops git and removes the clone when aborted', async () => {
    const controller = new AbortController();
    const target = parseRemoteTarget('github:octo/stalled')!;
    const cloning = cloneRemote(target, { env: { GITHUB_SERVER_URL: base }, signal: controller.signal });
    await expect.poll(() => stalled.length, { timeout: 20_000 }).toBeGreaterThan(0);
    expect(leftovers()).toHaveLength(1);
    controller.abort();
    await expect(cloning).rejects.toThrow('cloning octo/stalled was interrupted');
    expect(leftovers()).toEqual([]);
  });

  it('exits 130/143 on SIGINT/SIGTERM during a clone, leaving no temporary clone behind', async () => {
    const dist = makeTempDir('pc-dist-');
    try {
      execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', dist, '--skip-types'], { cwd: path.resolve(import.meta.dirname, '..'), stdio: 'pipe' });
      for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
        const before = stalled.length;
        const child = spawn(process.execPath, [path.join(dist, 'cli.js'), 'github:octo/stalled'], { env: { ...process.env, TMPDIR: tmpRoot, GITHUB_SERVER_URL: base }, stdio: 'ignore' });
        const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
        await expect.poll(() => stalled.length, { timeout: 30_000 }).toBeGreaterThan(before);
        expect(leftovers()).toHaveLength(1);
        child.kill(signal);
        expect(await exited).toBe(code);
        expect(leftovers()).toEqual([]);
      }
    } finally {
      removeDir(dist);
    }
  }, 180_000);

  it("ignores a remote repository's own config unless --repo-config is given", async () => {
    const ignored = await run(['github:octo/with-plugin', '--format', 'json']);
    expect(ignored.code).toBe(0);
    expect(ignored.stderr).toContain("ignoring octo/with-plugin's own configuration (portfolio-check.config.json); pass --repo-config to use it");
    expect(JSON.parse(ignored.stdout).config).toEqual({ chain: [], changes: [] });
    expect((globalThis as { __ran?: boolean }).__ran).toBeUndefined();
  });

  it("never runs a remote repository's JavaScript config or plugins, nor reads outside it", async () => {
    const js = await run(['github:octo/js-config', '--repo-config']);
    expect(js.code).toBe(2);
    expect(js.stderr).toContain('octo/js-config:portfolio-check.config.js: a JavaScript configuration is not run for a remote repository');
    const plugin = await run(['github:octo/with-plugin', '--repo-config']);
    expect(plugin.code).toBe(2);
    expect(plugin.stderr).toContain('octo/with-plugin:portfolio-check.config.json: plugins: plugins are not loaded for a remote repository');
    expect((globalThis as { __ran?: boolean }).__ran).toBeUndefined();
    const escapes = await run(['github:octo/escapes', '--repo-config']);
    expect(escapes.code).toBe(2);
    expect(escapes.stderr).toContain('is outside the repository');
    expect(leftovers()).toEqual([]);
  });
});

describe('parseRemoteTarget', () => {
  it.each([
    ['github:octo/api', { owner: 'octo', repo: 'api', display: 'octo/api' }],
    ['github:octo/api.js@v1.2.0', { owner: 'octo', repo: 'api.js', ref: 'v1.2.0', display: 'octo/api.js@v1.2.0' }],
    ['https://github.com/octo/api.git', { owner: 'octo', repo: 'api', display: 'octo/api' }],
    ['https://github.com/octo/api/tree/release/2.x', { owner: 'octo', repo: 'api', ref: 'release/2.x', display: 'octo/api@release/2.x' }],
    ['./local/dir', undefined],
    ['github-projects', undefined],
  ])('%s', (target, expected) => {
    expect(parseRemoteTarget(target)).toEqual(expected);
  });

  it.each(['github:octo', 'github:octo/api/extra', 'github:-octo/api', 'github:octo/..', 'github:octo/api@--upload-pack=x', 'https://gitlab.com/a/b', 'https://github.com/octo'])(
    'rejects %s',
    (target) => {
      expect(() => parseRemoteTarget(target)).toThrow(RemoteTargetError);
    },
  );
});

import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/action/main.js';
import { COMMENT_MARKER } from '../../src/report/github.js';
import { commit, FIXTURES_DIR, git, makeTempDir, removeDir, writeFiles } from '../helpers/repo.js';
import { FakeGitHub } from './fake-github.js';

const cleanups: (() => void)[] = [];
const savedEnv = { ...process.env };
let api: FakeGitHub;

beforeAll(async () => {
  api = new FakeGitHub();
  await api.start();
});
afterAll(async () => {
  await api.stop();
});
beforeEach(() => {
  api.calls.length = 0;
  api.comments = [];
  api.commits = [];
  api.readOnly = false;
  api.rateLimited = 0;
});
afterEach(() => {
  process.env = { ...savedEnv };
  process.exitCode = undefined;
  vi.restoreAllMocks();
  while (cleanups.length) cleanups.pop()!();
});

function tempDir(prefix = 'pc-action-'): string {
  const dir = makeTempDir(prefix);
  cleanups.push(() => removeDir(dir));
  return dir;
}

/** New code in the pull request: reads an undocumented variable on line 2. */
const CONFIG_JS = "const express = require('express');\nmodule.exports = { secret: process.env.SESSION_SECRET };\n";

interface PullRequestRepo {
  origin: string;
  baseSha: string;
  headSha: string;
}

/**
 * An origin repository: the js-weak fixture on main, and a feature branch that adds a licence
 * (a fixed rule) and a file reading an undocumented environment variable (a new finding).
 */
function pullRequestRepo(): PullRequestRepo {
  const origin = tempDir('pc-origin-');
  cpSync(path.join(FIXTURES_DIR, 'js-weak'), origin, { recursive: true });
  git(origin, ['init', '-q']);
  git(origin, ['add', '-A']);
  commit(origin, 'Create the Express API with a Mongo connection', { index: 0 });
  // A history longer than the first deepening step, so a shallow checkout stays shallow.
  for (let i = 1; i <= 40; i++) {
    writeFiles(origin, { 'CHANGELOG.md': `# Changes\n\n- Release 0.${i}\n` });
    git(origin, ['add', '-A']);
    commit(origin, `Record release 0.${i} in the changelog`, { index: i });
  }
  writeFiles(origin, { 'routes.js': "module.exports = (app) => app.get('/health', (req, res) => res.send('ok'));\n" });
  git(origin, ['add', '-A']);
  commit(origin, 'Add a health route', { index: 41 });
  const baseSha = git(origin, ['rev-parse', 'HEAD']).trim();
  git(origin, ['checkout', '-q', '-b', 'feature']);
  writeFiles(origin, { LICENSE: 'MIT License\n\nCopyright (c) 2024 Test Author\n\nPermission is hereby granted, free of charge, to any person obtaining a copy of this software.\n' });
  git(origin, ['add', '-A']);
  commit(origin, 'Add the MIT licence', { index: 42 });
  writeFiles(origin, { 'src/config.js': CONFIG_JS });
  git(origin, ['add', '-A']);
  commit(origin, 'wip', { index: 43 });
  const headSha = git(origin, ['rev-parse', 'HEAD']).trim();
  return { origin, baseSha, headSha };
}

/** A clone of the feature branch as actions/checkout makes it: depth 1 unless `full`. */
function checkout(repo: PullRequestRepo, full = false): string {
  const parent = tempDir('pc-checkout-');
  const dir = path.join(parent, 'work');
  git(parent, ['clone', '-q', ...(full ? [] : ['--depth', '1']), '--branch', 'feature', `file://${repo.origin}`, dir]);
  return dir;
}

interface ActionRun {
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  exitCode: number | undefined;
  runnerTemp: string;
}

/** Runs the Action's run() as the runner would: inputs and files through the environment. */
async function runAction(options: { workspace: string; inputs?: Record<string, string>; event?: object; eventName?: string }): Promise<ActionRun> {
  const files = tempDir('pc-runner-');
  const eventPath = path.join(files, 'event.json');
  writeFileSync(eventPath, JSON.stringify(options.event ?? {}));
  const summaryPath = path.join(files, 'summary.md');
  const outputPath = path.join(files, 'output.txt');
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');
  const inputs = { path: '.', comment: 'true', annotations: 'true', 'fail-on': 'none', 'github-token': 'ghs_faketoken', ...options.inputs };
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(savedEnv)) if (!key.startsWith('GIT_') && !key.startsWith('INPUT_') && !key.startsWith('GITHUB_')) env[key] = value;
  Object.assign(env, {
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: os.devNull,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_REPOSITORY: 'octo/portfolio',
    GITHUB_API_URL: api.url,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    RUNNER_TEMP: files,
  });
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  process.env = env;
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  });
  await run();
  vi.restoreAllMocks();
  const exitCode = process.exitCode === undefined ? undefined : Number(process.exitCode);
  process.exitCode = undefined;
  return { stdout, outputs: parseOutputs(readFileSync(outputPath, 'utf8')), summary: readFileSync(summaryPath, 'utf8'), exitCode, runnerTemp: files };
}

/** Parses GITHUB_OUTPUT's heredoc format: name<<DELIMITER / value / DELIMITER. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(os.EOL);
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

function prEvent(repo: PullRequestRepo, number = 7): object {
  return {
    action: 'synchronize',
    number,
    pull_request: { number, base: { ref: 'main', sha: repo.baseSha }, head: { ref: 'feature', sha: repo.headSha } },
    repository: { full_name: 'octo/portfolio' },
  };
}

// A warning, not an error: env-example is at level error, but with fail-on: none it cannot fail the job.
const ENV_ANNOTATION =
  '::warning title=Environment variables are documented (env-example),file=src/config.js,line=2::SESSION_SECRET is read here but not listed in an .env.example or the README.%0AFix: Add `SESSION_SECRET=` with a placeholder value to .env.example.%0Ahttps://github.com/portfolio-check/portfolio-check/blob/main/rules/env-example.md';

describe('run() on a pull request', () => {
  it('scores head and base from a shallow checkout, annotates, summarises and creates the comment', async () => {
    const repo = pullRequestRepo();
    const workspace = checkout(repo);
    expect(git(workspace, ['rev-parse', '--is-shallow-repository']).trim()).toBe('true');
    const result = await runAction({ workspace, event: prEvent(repo) });

    expect(result.exitCode).toBeUndefined();
    const { score, 'base-score': baseScore, 'score-delta': delta } = result.outputs;
    expect(Number(delta)).toBe(Number(score) - Number(baseScore));
    expect(result.outputs).toMatchObject({ band: 'red', 'band-label': 'early', 'default-score': score, passed: 'true', 'sarif-file': '' });
    expect(JSON.parse(readFileSync(result.outputs['report-json']!, 'utf8'))).toMatchObject({
      score: Number(score),
      // Named after the repository, not the path input "."; file:line links open the checked commit.
      target: { commit: repo.headSha, name: 'octo/portfolio', blobUrl: `https://github.com/octo/portfolio/blob/${repo.headSha}/` },
    });

    // The new finding in a file the PR touches is the first annotation.
    const annotations = result.stdout.split('\n').filter((l) => /^::(error|warning|notice) /.test(l));
    expect(annotations[0]).toBe(ENV_ANNOTATION);
    expect(annotations.every((l) => /file=[^,]+,line=\d+/.test(l))).toBe(true);
    // The job passes, so no finding is shown as an error.
    expect(annotations.filter((l) => l.startsWith('::error '))).toEqual([]);

    expect(result.summary).toContain(`Portfolio score: ${score}/100 early (+${delta} from ${baseScore} on the base)`);
    expect(result.summary).toMatch(/### ⬆️ Fixed in this pull request\n\n- \[`license-present`\]/);
    // The undocumented variable adds a finding to a rule that already failed: new, not a regression.
    expect(result.summary).not.toContain('Regressed');
    expect(result.summary).toContain(`- \`env-example\` [\`src/config.js:2\`](https://github.com/octo/portfolio/blob/${repo.headSha}/src/config.js#L2) SESSION\\_SECRET is read here`);
    expect(result.summary).toContain("### This pull request's commits\n\n1 of 2 commit message(s) are descriptive.");
    expect(result.summary).toMatch(/\| `[0-9a-f]{7}` \| wip \| ⚠️ vague \| 2 \|/);
    expect(result.summary).toContain('Add `fetch-depth: 0` to `actions/checkout`');

    expect(api.summary()).toEqual(['GET /user', 'GET /repos/octo/portfolio/issues/7/comments', 'POST /repos/octo/portfolio/issues/7/comments']);
    const body = (api.calls[2]!.body as { body: string }).body;
    expect(body.startsWith(`${COMMENT_MARKER}\n\n## `)).toBe(true);
    expect(body).toContain(`Portfolio score: ${score}/100 early (+${delta} from ${baseScore} on the base)`);
    expect(body.length).toBeLessThan(65_536);
    expect(result.outputs['comment-file']).toBe(path.join(result.runnerTemp, 'portfolio-check', 'comment.md'));
    expect(readFileSync(result.outputs['comment-file']!, 'utf8')).toBe(body);
  });

  it('finds its own comment on a later page, updates it, and skips an unchanged one', async () => {
    const repo = pullRequestRepo();
    const workspace = checkout(repo, true);
    // 150 comments by people, then an old report of ours on page 2, then another person's quote of it.
    api.seed(150);
    api.seed(1, () => `${COMMENT_MARKER}\nold report`, { login: 'github-actions[bot]', type: 'Bot' });
    api.seed(1, () => `> ${COMMENT_MARKER} quoted by a person`);
    const ours = api.comments[150]!.id;

    await runAction({ workspace, event: prEvent(repo) });
    expect(api.summary()).toEqual([
      'GET /user',
      'GET /repos/octo/portfolio/issues/7/comments',
      'GET /repos/octo/portfolio/issues/7/comments?per_page=100&page=2',
      `PATCH /repos/octo/portfolio/issues/comments/${ours}`,
    ]);
    expect(api.comments[150]!.body).toContain('Portfolio score:');
    expect(api.comments[151]!.body).toBe(`> ${COMMENT_MARKER} quoted by a person`);

    api.calls.length = 0;
    await runAction({ workspace, event: prEvent(repo) });
    expect(api.summary()).toEqual(['GET /user', 'GET /repos/octo/portfolio/issues/7/comments', 'GET /repos/octo/portfolio/issues/7/comments?per_page=100&page=2']);
  });

  it('grades the whole history on a full clone and sizes the PR commits', async () => {
    const repo = pullRequestRepo();
    const workspace = checkout(repo, true);
    const result = await runAction({ workspace, event: prEvent(repo), inputs: { comment: 'false' } });
    expect(result.summary).not.toContain('fetch-depth: 0');
    // With the whole history, the PR's "wip" commit is graded with the history (one vague subject
    // in 44 keeps the history grade good) and flagged in the PR's own commit table.
    expect(result.summary).toMatch(/\| `[0-9a-f]{7}` \| wip \| ⚠️ vague \| \d+ \|/);
    const report = JSON.parse(readFileSync(result.outputs['report-json']!, 'utf8'));
    expect(report.history).toMatchObject({ available: true, shallow: false, commits: 44 });
    expect(report.rules.find((r: { id: string }) => r.id === 'commit-messages').outcome).not.toBe('not-available');
    expect(result.summary).toMatch(/\| `[0-9a-f]{7}` \| Add the MIT licence \| ✅ descriptive \| 5 \|/);
    expect(api.calls).toEqual([]);
  });

  it('keeps the summary and annotations and only notes it when the token is read-only (fork PR)', async () => {
    const repo = pullRequestRepo();
    const workspace = checkout(repo);
    api.readOnly = true;
    const result = await runAction({ workspace, event: prEvent(repo) });
    expect(result.exitCode).toBeUndefined();
    expect(result.stdout).toContain(
      '::notice::portfolio-check: the token cannot comment on this pull request (read-only token: a fork or Dependabot pull request, or missing "pull-requests: write"). The job summary and annotations have the report.',
    );
    expect(result.stdout).toContain(ENV_ANNOTATION);
    expect(result.summary).toContain('Portfolio score:');
    expect(api.summary()).toEqual(['GET /user', 'GET /repos/octo/portfolio/issues/7/comments', 'POST /repos/octo/portfolio/issues/7/comments']);
  });

  it('waits out a primary rate limit once and then comments', async () => {
    const repo = pullRequestRepo();
    const workspace = checkout(repo, true);
    api.rateLimited = 1; // the token probe is limited first
    const result = await runAction({ workspace, event: prEvent(repo) });
    expect(result.exitCode).toBeUndefined();
    expect(api.summary()).toEqual(['GET /user', 'GET /user', 'GET /repos/octo/portfolio/issues/7/comments', 'POST /repos/octo/portfolio/issues/7/comments']);
  });

  it('reports the missing base instead of failing when the base commit cannot be fetched', async () => {
    const repo = pullRequestRepo();
    const workspace = checkout(repo);
    const event = prEvent(repo) as { pull_request: { base: { sha: string; ref: string } } };
    event.pull_request.base = { sha: 'f'.repeat(40), ref: 'no-such-branch' };
    const result = await runAction({ workspace, event, inputs: { comment: 'false' } });
    expect(result.exitCode).toBeUndefined();
    expect(result.outputs).toMatchObject({ 'base-score': '', 'score-delta': '' });
    expect(result.summary).toContain('No comparison with the base: the base commit fffffff could not be fetched.');
    expect(result.summary).toMatch(/\| Category \| Score \| Points earned \| Deducted \|/);
  });

  it('falls back to the API for the PR commits when no merge base can be found', async () => {
    const repo = pullRequestRepo();
    const workspace = checkout(repo);
    // A base on an unrelated history: fetchable, but never an ancestor of the head.
    const orphan = tempDir('pc-orphan-');
    git(orphan, ['init', '-q']);
    writeFiles(orphan, { 'README.md': '# other\n' });
    git(orphan, ['add', '-A']);
    commit(orphan, 'Start an unrelated project', { index: 9 });
    const orphanSha = git(orphan, ['rev-parse', 'HEAD']).trim();
    git(workspace, ['fetch', '-q', orphan, 'HEAD']);
    api.commits = [
      { sha: 'a'.repeat(40), message: 'Add the MIT licence' },
      { sha: 'b'.repeat(40), message: 'wip' },
    ];
    const event = prEvent(repo) as { pull_request: { base: { sha: string; ref: string } } };
    event.pull_request.base = { sha: orphanSha, ref: 'main' };
    const result = await runAction({ workspace, event, inputs: { comment: 'false' } });
    expect(result.summary).toContain('1 of 2 commit message(s) are descriptive (sizes unknown: read through the API).');
    expect(api.summary()).toEqual(['GET /repos/octo/portfolio/pulls/7/commits']);
  });
});

describe('run(): gate, configuration and other events', () => {
  it('fails with a clear message when the score is below min-score', async () => {
    const repo = pullRequestRepo();
    const workspace = checkout(repo);
    const result = await runAction({ workspace, event: {}, eventName: 'push', inputs: { 'min-score': '90' } });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(`::error::portfolio-check: the score ${result.outputs.score} is below the minimum 90`);
    expect(result.outputs.passed).toBe('false');
    expect(result.summary).toContain(`❌ The quality gate failed: the score ${result.outputs.score} is below the minimum 90.`);
  });

  it('fails on failing error-level rules with fail-on: error, and passes with none', async () => {
    const repo = pullRequestRepo();
    const workspace = checkout(repo);
    const failed = await runAction({ workspace, eventName: 'push', inputs: { 'fail-on': 'error' } });
    expect(failed.exitCode).toBe(1);
    expect(failed.stdout).toMatch(/::error::portfolio-check: \d+ rule\(s\) at level error fail: [a-z-]+(, [a-z-]+)*\n/);
    // The findings that fail the job are its error annotations.
    expect(failed.stdout).toContain(ENV_ANNOTATION.replace('::warning ', '::error '));
    const passed = await runAction({ workspace, eventName: 'push', inputs: { 'fail-on': 'none' } });
    expect(passed.exitCode).toBeUndefined();
    expect(passed.outputs.passed).toBe('true');
  });

  it('on push scores the tree alone and calls no API', async () => {
    const repo = pullRequestRepo();
    const workspace = checkout(repo);
    const result = await runAction({ workspace, eventName: 'push', event: { ref: 'refs/heads/feature' } });
    expect(result.outputs).toMatchObject({ 'base-score': '', 'score-delta': '' });
    expect(result.summary).not.toContain('No comparison');
    expect(api.calls).toEqual([]);
  });

  it('compares with base-ref on a push, fetching the branch into a shallow clone', async () => {
    const repo = pullRequestRepo();
    const workspace = checkout(repo);
    const result = await runAction({ workspace, eventName: 'push', event: { ref: 'refs/heads/feature' }, inputs: { 'base-ref': 'main' } });
    expect(result.exitCode).toBeUndefined();
    expect(result.outputs['base-score']).not.toBe('');
    expect(Number(result.outputs['score-delta'])).toBe(Number(result.outputs.score) - Number(result.outputs['base-score']));
    expect(git(workspace, ['rev-parse', 'refs/remotes/origin/main']).trim()).toBe(repo.baseSha);
    expect(result.summary).toMatch(/### ⬆️ Fixed in this pull request\n\n- \[`license-present`\]/);
    expect(api.calls).toEqual([]);
  });

  it('warns on pull_request_target, whose checkout is the base branch', async () => {
    const repo = pullRequestRepo();
    const workspace = checkout(repo);
    const result = await runAction({ workspace, eventName: 'pull_request_target', event: prEvent(repo), inputs: { comment: 'false' } });
    expect(result.stdout).toContain("::warning::portfolio-check runs on pull_request_target: the default checkout is the base branch, so the score is not the pull request's.");
  });

  it('fails with the problem when the configuration is invalid', async () => {
    const repo = pullRequestRepo();
    const workspace = checkout(repo);
    writeFileSync(path.join(workspace, 'portfolio-check.config.json'), JSON.stringify({ rules: { 'readme-presnt': 'error' } }));
    const result = await runAction({ workspace, eventName: 'push' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/::error::portfolio-check: the configuration is invalid:%0A  portfolio-check\.config\.json.*readme-presnt/);
    expect(result.outputs).toEqual({});
  });

  it('rejects an invalid input by name', async () => {
    const repo = pullRequestRepo();
    const workspace = checkout(repo);
    const result = await runAction({ workspace, eventName: 'push', inputs: { 'fail-on': 'sometimes' } });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('::error::portfolio-check: fail-on must be one of error, warn, none; got "sometimes"');
  });

  it('writes SARIF with repo-relative locations when checking a subdirectory', async () => {
    const repo = pullRequestRepo();
    const workspace = checkout(repo, true);
    // Move the project into services/api, as in a monorepo.
    const parent = tempDir('pc-mono-');
    git(parent, ['init', '-q']);
    cpSync(workspace, path.join(parent, 'services', 'api'), { recursive: true, filter: (src) => !src.includes(`${path.sep}.git`) });
    git(parent, ['add', '-A']);
    commit(parent, 'Import the API service', { index: 5 });
    const result = await runAction({ workspace: parent, eventName: 'push', inputs: { path: 'services/api', 'sarif-file': 'out/portfolio.sarif' } });
    expect(result.outputs['sarif-file']).toBe(path.join(parent, 'out', 'portfolio.sarif'));
    expect(existsSync(result.outputs['sarif-file']!)).toBe(true);
    const sarif = JSON.parse(readFileSync(result.outputs['sarif-file']!, 'utf8'));
    const uris = sarif.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris).toContain('services/api/src/config.js');
    expect(uris.every((u: string) => u.startsWith('services/api/'))).toBe(true);
    expect(result.stdout).toContain('file=services/api/src/config.js,line=2::SESSION_SECRET');
  });
});

describe('the bundled Action (dist/index.js)', () => {
  it('runs from a fresh build as the runner starts it, and exits on its own', async () => {
    const { execFileSync, spawn } = await import('node:child_process');
    const out = tempDir('pc-bundle-');
    execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', out, '--skip-types'], { cwd: path.resolve(import.meta.dirname, '../..'), stdio: 'ignore' });
    const repo = pullRequestRepo();
    const workspace = checkout(repo);
    const files = tempDir('pc-runner-');
    const eventPath = path.join(files, 'event.json');
    writeFileSync(eventPath, JSON.stringify(prEvent(repo)));
    writeFileSync(path.join(files, 'summary.md'), '');
    writeFileSync(path.join(files, 'output.txt'), '');
    const env: NodeJS.ProcessEnv = { PATH: savedEnv.PATH, HOME: savedEnv.HOME, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: os.devNull };
    Object.assign(env, {
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REPOSITORY: 'octo/portfolio',
      GITHUB_API_URL: api.url,
      GITHUB_STEP_SUMMARY: path.join(files, 'summary.md'),
      GITHUB_OUTPUT: path.join(files, 'output.txt'),
      RUNNER_TEMP: files,
      'INPUT_PATH': '.',
      'INPUT_COMMENT': 'true',
      'INPUT_ANNOTATIONS': 'true',
      'INPUT_FAIL-ON': 'none',
      'INPUT_GITHUB-TOKEN': 'ghs_faketoken',
    });
    const started = Date.now();
    const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      const child = spawn(process.execPath, [path.join(out, 'index.js')], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'inherit'] });
      let text = '';
      child.stdout.setEncoding('utf8').on('data', (c: string) => (text += c));
      child.on('close', (exit) => resolve({ code: exit, stdout: text }));
    });
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(stdout).toContain(ENV_ANNOTATION);
    const outputs = parseOutputs(readFileSync(path.join(files, 'output.txt'), 'utf8'));
    expect(Number(outputs['score-delta'])).toBe(Number(outputs.score) - Number(outputs['base-score']));
    expect(api.summary()).toEqual(['GET /user', 'GET /repos/octo/portfolio/issues/7/comments', 'POST /repos/octo/portfolio/issues/7/comments']);
  });
});

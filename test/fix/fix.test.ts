import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkSource } from '../../src/check.js';
import { parseCompose } from '../../src/facts/compose.js';
import { fixMain, type FixIo } from '../../src/fix/cli.js';
import { WorkingTreeSource } from '../../src/source/working-tree.js';
import type { Result } from '../../src/types.js';
import { buildRepo, makeTempDir, removeDir, git } from '../helpers/repo.js';
import { WEAK_PROJECTS } from './fixtures.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

function weakRepo(files: Record<string, string>): string {
  const dir = makeTempDir('pc-fix-');
  dirs.push(dir);
  buildRepo(dir, { commits: [{ message: 'Add the notes API with one test', files, author: 'Ada Lovelace <ada@example.com>' }] });
  return dir;
}

async function score(dir: string): Promise<Result> {
  return checkSource(new WorkingTreeSource(dir));
}

async function runFix(dir: string, args: string[], io: Partial<FixIo> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await fixMain([dir, ...args], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false, stdinIsTTY: false, env: {}, cwd: dir, year: 2026, ...io });
  return { code, stdout, stderr };
}

const outcome = (result: Result, id: string) => result.rules.find((r) => r.id === id)?.outcome;

/** Before/after scores per ecosystem, reported by the suite. */
const scores: Record<string, [number, number]> = {};
afterAll(() => console.log(`fix before → after: ${Object.entries(scores).map(([eco, [a, b]]) => `${eco} ${a} → ${b}`).join(', ')}`));

describe.each(Object.keys(WEAK_PROJECTS))('fix on a weak %s project', (ecosystem) => {
  it('writes files that pass the rules they target, raises the score, and is a no-op the second time', async () => {
    const dir = weakRepo(WEAK_PROJECTS[ecosystem] as Record<string, string>);
    const before = await score(dir);
    for (const id of ['container-present', 'compose-present', 'ci-present', 'env-example', 'gitignore-present', 'license-present', 'readme-setup']) expect(outcome(before, id), id).not.toBe('pass');

    const { code, stderr } = await runFix(dir, ['--yes']);
    expect(code, stderr).toBe(0);
    const after = await score(dir);
    scores[ecosystem] = [before.score, after.score];
    expect(after.score).toBeGreaterThan(before.score);
    const summary = (id: string) => `${id}: ${after.rules.find((r) => r.id === id)?.summary}`;
    for (const id of ['container-present', 'dockerfile-practices', 'compose-present', 'ci-present', 'ci-runs-tests', 'env-example', 'gitignore-present', 'license-present', 'readme-setup', 'readme-testing', 'readme-commands-valid']) {
      expect(outcome(after, id), summary(id)).toBe('pass');
    }
    expect(['pass', 'not-applicable'], summary('dockerfile-expose-port')).toContain(outcome(after, 'dockerfile-expose-port'));
    // Placeholders for what only the author can write earn nothing.
    for (const id of ['readme-architecture', 'readme-tradeoffs']) expect(outcome(after, id), summary(id)).toBe('fail');
    // Nothing fix writes is a secret or a committed env file.
    for (const id of ['no-committed-secrets', 'no-committed-env']) expect(outcome(after, id), summary(id)).not.toMatch(/fail|partial/);

    const workflow = parse(readFileSync(path.join(dir, '.github/workflows/ci.yml'), 'utf8'));
    expect(Object.keys(workflow.on)).toEqual(['push', 'pull_request']);
    const compose = parseCompose('compose.yaml', readFileSync(path.join(dir, 'compose.yaml'), 'utf8'));
    expect(compose.error).toBeUndefined();
    expect(compose.services.find((s) => s.name === 'app')?.build).toBeDefined();
    expect(readFileSync(path.join(dir, 'LICENSE'), 'utf8')).toContain('Copyright (c) 2026 Ada Lovelace');

    const second = await runFix(dir, ['--yes']);
    expect(second.code).toBe(0);
    expect(second.stderr).toContain('Nothing to write.');
    // fix never commits.
    expect(git(dir, ['status', '--porcelain']).trim()).not.toBe('');
    expect(git(dir, ['rev-list', '--count', 'HEAD']).trim()).toBe('1');
  }, 60_000);
});

describe('fix', () => {
  it('prints a diff and writes nothing off a terminal without --yes', async () => {
    const dir = weakRepo(WEAK_PROJECTS.javascript as Record<string, string>);
    const { code, stdout, stderr } = await runFix(dir, []);
    expect(code).toBe(0);
    expect(stdout).toContain('--- /dev/null\n+++ b/Dockerfile\n@@ -0,0 +1,');
    expect(stderr).toMatch(/Not a terminal and no --yes: nothing was written/);
    expect(stderr).toMatch(/Score: \d+ → \d+ after these changes \(projected\)/);
    expect(git(dir, ['status', '--porcelain']).trim()).toBe('');
  });

  it('appends only the missing .gitignore entries and keeps the existing text', async () => {
    const dir = weakRepo({ ...(WEAK_PROJECTS.javascript as Record<string, string>), '.gitignore': 'node_modules\n# mine' });
    const { stdout } = await runFix(dir, ['--dry-run', '--only', 'gitignore-present']);
    expect(stdout).toContain('--- a/.gitignore');
    expect(stdout).toContain('-# mine\n\\ No newline at end of file\n+# mine\n');
    expect(stdout).not.toContain('+node_modules/');
    await runFix(dir, ['--yes', '--only', 'gitignore-present']);
    const text = readFileSync(path.join(dir, '.gitignore'), 'utf8');
    expect(text.startsWith('node_modules\n# mine\n')).toBe(true);
    expect(text).toContain('\n.env\n');
  });

  it('asks on a terminal and writes nothing when the answer is no', async () => {
    const dir = weakRepo(WEAK_PROJECTS.go as Record<string, string>);
    let asked = '';
    const { stderr } = await runFix(dir, [], { stdinIsTTY: true, isTTY: true, ask: async (q) => ((asked = q), 'n') });
    expect(asked).toMatch(/^Write \d+ file change\(s\)/);
    expect(stderr).toContain('Nothing written.');
    expect(git(dir, ['status', '--porcelain']).trim()).toBe('');
  });

  it('never copies values from a real .env into .env.example', async () => {
    const dir = weakRepo(WEAK_PROJECTS.javascript as Record<string, string>);
    buildRepo(dir, { untracked: { '.env': 'JWT_SECRET=s3cr3t-real-value-123\n' } });
    await runFix(dir, ['--yes', '--only', 'env-example']);
    expect(readFileSync(path.join(dir, '.env.example'), 'utf8')).not.toContain('s3cr3t');
    expect(readFileSync(path.join(dir, '.env'), 'utf8')).toBe('JWT_SECRET=s3cr3t-real-value-123\n');
  });

  it('rejects unknown --only rules and --license ids with exit 2', async () => {
    const dir = weakRepo(WEAK_PROJECTS.go as Record<string, string>);
    const only = await runFix(dir, ['--only', 'tests-present']);
    expect(only.code).toBe(2);
    expect(only.stderr).toMatch(/"tests-present" cannot be fixed \(fixable: /);
    const lic = await runFix(dir, ['--license', 'GPL-9']);
    expect(lic.code).toBe(2);
  });

  it('writes the chosen license', async () => {
    const dir = weakRepo(WEAK_PROJECTS.go as Record<string, string>);
    await runFix(dir, ['--yes', '--only', 'license-present', '--license', 'bsd-3-clause']);
    expect(readFileSync(path.join(dir, 'LICENSE'), 'utf8')).toMatch(/^BSD 3-Clause License\n\nCopyright \(c\) 2026, Ada Lovelace/);
  });
});

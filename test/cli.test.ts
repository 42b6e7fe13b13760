import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../src/cli/main.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const FIXTURES = path.join(ROOT, 'fixtures');

async function run(argv: string[], env: NodeJS.ProcessEnv = {}, isTTY = false) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    isTTY,
    env,
    cwd: ROOT,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'pc-cli-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('portfolio-check CLI', () => {
  it('prints help and version', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: portfolio-check [path | github:owner/repo[@ref]]');
    const version = await run(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('exits 2 with a one-line reason on usage errors', async () => {
    for (const argv of [['--bogus'], ['--format', 'xml', '.'], ['--min-score', 'abc'], ['--min-score', '101'], ['a', 'b'], ['--fail-on', 'sometimes'], ['--max-warnings', '-1'], ['--max-warnings', '1.5']]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^portfolio-check: .+\n/);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    }
    const missing = await run([path.join(tmp, 'does-not-exist')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('not a directory');
  });

  it('prints a stylish report without colours when not a TTY', async () => {
    const r = await run([path.join(FIXTURES, 'js-weak')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Score {2}\d+\/100/);
    expect(r.stdout).toContain('Points not earned');
    expect(r.stdout).toContain('tests-present');
    expect(r.stdout).toContain('Next step');
    expect(r.stdout).not.toContain('\x1b[');
  });

  it('uses colours on a TTY unless NO_COLOR is set', async () => {
    const tty = await run([path.join(FIXTURES, 'js-weak')], {}, true);
    expect(tty.stdout).toContain('\x1b[');
    const noColor = await run([path.join(FIXTURES, 'js-weak')], { NO_COLOR: '1' }, true);
    expect(noColor.stdout).not.toContain('\x1b[');
  });

  it('emits the versioned JSON Result, byte-identical across runs', async () => {
    const a = await run([path.join(FIXTURES, 'python-good'), '--format', 'json']);
    const b = await run([path.join(FIXTURES, 'python-good'), '--format', 'json']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const result = JSON.parse(a.stdout);
    expect(result.schemaVersion).toBe(2);
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(result.score).toBeLessThanOrEqual(100);
    expect(['red', 'amber', 'green']).toContain(result.band);
    expect(result.ecosystems).toContain('python');
    for (const rule of result.rules) {
      expect(rule).toHaveProperty('id');
      expect(rule).toHaveProperty('pointsLost');
      expect(rule.docs).toMatch(new RegExp(`/rules/${rule.id}\\.md$`));
    }
    expect(result.timings).toBeUndefined();
  });

  it('gates on --min-score with exit 1', async () => {
    const weak = await run([path.join(FIXTURES, 'js-weak'), '--min-score', '95', '--quiet']);
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/below the minimum 95/);
    const ok = await run([path.join(FIXTURES, 'js-weak'), '--min-score', '0', '--quiet']);
    expect(ok.code).toBe(0);
  });

  it('gates on failing rules by level with --fail-on, like the Action, and on --max-warnings', async () => {
    const weak = path.join(FIXTURES, 'js-weak');
    const result = JSON.parse((await run([weak, '--format', 'json'])).stdout) as { rules: { id: string; level: string; outcome: string }[] };
    const failing = (level: string) => result.rules.filter((r) => r.level === level && (r.outcome === 'fail' || r.outcome === 'partial')).map((r) => r.id);
    expect(failing('error').length).toBeGreaterThan(0);
    expect(failing('warn').length).toBeGreaterThan(0);

    // The default is unchanged: failing rules alone never fail the run.
    expect((await run([weak, '--quiet'])).code).toBe(0);
    expect((await run([weak, '--quiet', '--fail-on', 'none'])).code).toBe(0);
    const onError = await run([weak, '--quiet', '--fail-on', 'error']);
    expect(onError.code).toBe(1);
    expect(onError.stderr).toBe(`portfolio-check: ${failing('error').length} rule(s) at level error fail: ${failing('error').join(', ')}\n`);
    const onWarn = await run([weak, '--quiet', '--fail-on', 'warn']);
    expect(onWarn.code).toBe(1);
    expect(onWarn.stderr).toContain(`${failing('error').length + failing('warn').length} rule(s) at level warn or error fail`);

    const warnings = failing('warn').length;
    expect((await run([weak, '--quiet', '--max-warnings', String(warnings)])).code).toBe(0);
    const tooMany = await run([weak, '--quiet', '--max-warnings', String(warnings - 1)]);
    expect(tooMany.code).toBe(1);
    expect(tooMany.stderr).toContain(`portfolio-check: ${warnings} warning(s), more than the maximum ${warnings - 1}: ${failing('warn').join(', ')}`);
  });

  it('writes a Markdown report to --output', async () => {
    const out = path.join(tmp, 'report.md');
    const r = await run([path.join(FIXTURES, 'js-weak'), '--format', 'markdown', '--output', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const md = readFileSync(out, 'utf8');
    expect(md).toMatch(/^## .+ Portfolio score: \d+\/100/);
    expect(md).toContain('| Category | Score | Points earned | Deducted |');
    const bad = await run([path.join(FIXTURES, 'js-weak'), '--output', path.join(tmp, 'no/such/dir/r.txt')]);
    expect(bad.code).toBe(2);
  });

  it('lists the rules', async () => {
    const r = await run(['--list-rules']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^tests-present\s+testing\s+error/m);
  });

  it('never crashes on a strange repository', async () => {
    const dir = path.join(tmp, 'strange');
    mkdirSync(path.join(dir, 'src'), { recursive: true });
    writeFileSync(path.join(dir, 'package.json'), '{ "name": "broken", ');
    writeFileSync(path.join(dir, 'pom.xml'), '<project><dependencies></project>');
    writeFileSync(path.join(dir, 'pyproject.toml'), '[project\nname = ');
    writeFileSync(path.join(dir, 'src', 'binary.js'), Buffer.from([0, 1, 2, 3, 0, 255]));
    writeFileSync(path.join(dir, 'src', 'latin1.py'), Buffer.from('print("caf\xe9")\nimport os\nos.getenv("DB_URL")\n', 'latin1'));
    writeFileSync(path.join(dir, 'README.md'), `# Huge\n\n${'word '.repeat(300_000)}\n`);
    mkdirSync(path.join(dir, '.github', 'workflows'), { recursive: true });
    writeFileSync(path.join(dir, '.github', 'workflows', 'ci.yml'), 'on: [push\njobs: {');
    symlinkSync('/etc/passwd', path.join(dir, 'leak.txt'));
    symlinkSync('/', path.join(dir, 'rootlink'));
    const r = await run([dir, '--format', 'json']);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.rules.every((x: { outcome: string }) => x.outcome !== 'error')).toBe(true);
    const manifests = result.rules.find((x: { id: string }) => x.id === 'manifests-valid');
    expect(manifests.outcome).toBe('fail');
    expect(manifests.findings.map((f: { file: string }) => f.file).sort()).toEqual(['package.json', 'pom.xml', 'pyproject.toml']);
    expect(result.history.available).toBe(false);
    expect(r.stdout).not.toContain('root:x:0:0');
  });

  it('runs the committed bundle with plain node', () => {
    const out = execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), path.join(FIXTURES, 'js-good'), '--format', 'json'], { encoding: 'utf8' });
    expect(JSON.parse(out).schemaVersion).toBe(2);
    const bad = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), '--nope'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^portfolio-check: /);
  });
});

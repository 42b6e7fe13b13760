import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSource } from '../../src/check.js';
import { main, type CliIo } from '../../src/cli/main.js';
import { SCHEMA_URL, starterConfig } from '../../src/cli/config-commands.js';
import { loadConfig } from '../../src/config/index.js';
import { formatJson } from '../../src/report/json.js';
import { WorkingTreeSource } from '../../src/source/working-tree.js';
import type { Result } from '../../src/types.js';
import { BOOTCAMP, ROOT, tree } from './helpers.js';

async function run(argv: string[], cwd: string, { isTTY = false } = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY, env: {}, cwd };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** The bootcamp fixture outside this repository, so it has no git history of its own. */
let repo: string;
beforeAll(() => {
  repo = tree({});
  cpSync(BOOTCAMP, repo, { recursive: true });
});

describe('a check under a maintainer config', () => {
  it('reflects the config: levels, plugin rule, exemption with its reason, categories, ignore, passScore', async () => {
    const r = await run(['.', '--format', 'json'], repo);
    const result = JSON.parse(r.stdout) as Result;
    const byId = new Map(result.rules.map((rule) => [rule.id, rule]));
    expect(byId.has('license-present')).toBe(false); // off in the package
    expect(byId.get('bootcamp/readme-demo-link')).toMatchObject({ outcome: 'pass', level: 'error', docs: 'https://bootcamp.example.com/portfolio/rules/readme-demo-link' });
    expect(byId.get('container-present')).toMatchObject({
      outcome: 'not-applicable',
      exemption: 'Deployed as a serverless function: there is no container to build',
    });
    expect(byId.get('commit-messages')?.weight).toBe(8);
    expect(result.categories.find((c) => c.id === 'history')?.weight).toBe(0.5);
    expect(result.categories.find((c) => c.id === 'operations')?.weight).toBe(0);
    // scratch/try.js reads SCRATCH_ONLY_TOKEN; ignore keeps it out.
    expect(JSON.stringify(byId.get('env-example'))).not.toContain('SCRATCH_ONLY_TOKEN');
    expect(result.passScore).toBe(60);
    expect(result.passed).toBe(result.score >= 60);
    expect(r.code).toBe(result.score >= 60 ? 0 : 1);
  });

  it('without the ignore glob the scratch file is seen (so the check above can fail)', async () => {
    const dir = tree({});
    cpSync(repo, dir, { recursive: true });
    const file = path.join(dir, 'portfolio-check.config.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), ignore: [] }));
    const r = await run(['.', '--format', 'json'], dir);
    expect(r.stdout).toContain('SCRATCH_ONLY_TOKEN');
  });

  it('shows the exemption reason in the terminal and Markdown reports', async () => {
    for (const format of ['stylish', 'markdown']) {
      const r = await run(['.', '--format', format], repo);
      expect(r.stdout, format).toContain('Deployed as a serverless function: there is no container to build');
    }
  });

  it('passScore gates exit 1, and --min-score wins over it', async () => {
    const low = tree({ 'portfolio-check.config.json': { passScore: 100, rules: { 'readme-present': 'error' } }, 'README.md': '# x\n' });
    const gated = await run(['.'], low);
    expect(gated.code).toBe(1);
    expect(gated.stderr).toMatch(/^portfolio-check: the score \d+ is below the minimum 100\n$/);
    const flag = await run(['.', '--min-score', '0', '--format', 'json'], low);
    expect(flag.code).toBe(0);
    expect(JSON.parse(flag.stdout)).toMatchObject({ passScore: 0, passed: true });
  });

  it('gives identical Results through the CLI and through loadConfig + checkSource (the Action path), named by the directory', async () => {
    const cli = await run([repo, '--format', 'json'], ROOT);
    const { engineConfig, rules, ignore } = await loadConfig(repo, { configPath: 'portfolio-check.config.json' });
    // The Action, like the CLI, marks what `fix` could resolve in the checked directory.
    const direct = await checkSource(new WorkingTreeSource(repo, path.basename(repo)), { config: engineConfig, rules, ignore, fixRoot: repo });
    expect(cli.stdout).toBe(formatJson(direct));
  });
});

describe('--print-config and --list-rules', () => {
  it('prints each value with where it came from', async () => {
    const r = await run(['--print-config'], repo);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('# file: portfolio-check.config.json');
    expect(lines[1]).toBe(
      '# chain (later wins): portfolio-check:recommended → portfolio-check:saas → node_modules/@acme/portfolio-check-config/index.json → portfolio-check/cohort.yaml → portfolio-check.config.json',
    );
    expect(lines[2]).toMatch(/^# score = round\(100 × earned \/ applicable − deductions\)/);
    expect(lines).toContain('# changes the score: rules.license-present.level = "off" — Coursework is not open-sourced [node_modules/@acme/portfolio-check-config/index.json]');
    expect(lines.find((l) => l.startsWith('passScore = '))).toMatch(/^passScore = 60 +# portfolio-check\/cohort\.yaml$/);
    expect(lines.find((l) => l.startsWith('rules.commit-messages.weight = 8 '))).toMatch(/# node_modules\/@acme\/portfolio-check-config\/index\.json$/);
    expect(lines.find((l) => l.startsWith('rules.readme-present.options.minWords = 40 '))).toMatch(/# portfolio-check\.config\.json$/);
    expect(lines.find((l) => l.startsWith('rules.tests-present.weight = 10 '))).toMatch(/# default$/);
  });

  it('names the recommended preset once when the file extends it', async () => {
    const dir = tree({ 'portfolio-check.config.json': { extends: 'portfolio-check:recommended', rules: { 'license-present': { level: 'off', reason: 'coursework' } } } });
    const r = await run(['--print-config'], dir);
    expect(r.stdout.split('\n')[1]).toBe('# chain (later wins): portfolio-check:recommended → portfolio-check.config.json');
    const bare = await run(['--print-config'], tree({ 'portfolio-check.config.json': { rules: { 'license-present': { level: 'off', reason: 'coursework' } } } }));
    expect(bare.stdout.split('\n')[1]).toBe('# chain (later wins): portfolio-check:recommended → portfolio-check.config.json');
  });

  it('prints JSON with --format json', async () => {
    const r = await run(['--print-config', '--format', 'json'], repo);
    const printed = JSON.parse(r.stdout);
    expect(printed.config.categories).toEqual({ operations: 'off', history: 0.5 });
    expect(printed.config.exemptions).toEqual([{ rule: 'container-present', reason: 'Deployed as a serverless function: there is no container to build' }]);
    expect(printed.sources['categories.history']).toBe('portfolio-check/cohort.yaml');
    expect(printed.plugins).toEqual([{ name: 'bootcamp', file: 'node_modules/@acme/portfolio-check-plugin-bootcamp/index.js' }]);
  });

  it('lists the rules under the resolved config', async () => {
    const r = await run(['--list-rules'], repo);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^license-present\s+documentation\s+off\s+3 points +stage/m);
    expect(r.stdout).toMatch(/^commit-messages\s+history\s+warn\s+8 points +stage/m);
    expect(r.stdout).toMatch(/^no-committed-secrets\s+security\s+error\s+−8 defect +stage/m);
    expect(r.stdout).toMatch(/^bootcamp\/readme-demo-link\s+documentation\s+error\s+2 points +stage 7 +README links to a live demo/m);
    expect(r.stdout).toMatch(/^container-present .*\(exempted: Deployed as a serverless function/m);
  });

  it('a config error exits 2 and names the file (relative to the working directory), the path and the expectation', async () => {
    const dir = tree({ 'app/portfolio-check.config.json': { rules: { 'readme-presnt': 'warn' }, exemptions: [{ rule: 'ci-present' }] } });
    for (const argv of [['app'], ['app', '--list-rules'], ['app', '--print-config']]) {
      const r = await run(argv, dir);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        [
          'portfolio-check: app/portfolio-check.config.json: exemptions[0].reason: a reason is required (a non-empty string): every report shows why the rule is waived',
          '',
        ].join('\n'),
      );
    }
    const fixed = tree({ 'portfolio-check.config.json': { rules: { 'readme-presnt': 'warn' } } });
    expect((await run([], fixed)).stderr).toBe('portfolio-check: portfolio-check.config.json: rules.readme-presnt: unknown rule "readme-presnt"; did you mean "readme-present"?\n');
    const missing = await run(['--config', 'nope.json'], fixed);
    expect(missing).toMatchObject({ code: 2, stderr: 'portfolio-check: nope.json: config file not found\n' });
  });
});

describe('init', () => {
  it('writes a starter config with $schema that loads, and refuses to overwrite', async () => {
    const dir = tree({});
    const r = await run(['init', '--preset', 'saas'], dir);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('Wrote portfolio-check.config.json (extends portfolio-check:saas).');
    const written = readFileSync(path.join(dir, 'portfolio-check.config.json'), 'utf8');
    expect(written).toBe(starterConfig('saas'));
    expect(JSON.parse(written)).toEqual({ $schema: SCHEMA_URL, extends: 'portfolio-check:saas', rules: {}, exemptions: [] });
    expect((await loadConfig(dir)).chain).toEqual(['portfolio-check:saas', 'portfolio-check.config.json']);

    const again = await run(['init'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(`portfolio-check: portfolio-check.config.json already exists in ${dir}; not overwriting it\n`);
    expect(readFileSync(path.join(dir, 'portfolio-check.config.json'), 'utf8')).toBe(written);
  });

  it('refuses when another config file name is present, writes into a given directory, rejects unknown presets', async () => {
    const dir = tree({ 'proj/.portfolio-checkrc.yml': 'passScore: 1\n', 'other/.keep': '' });
    expect((await run(['init', 'proj'], dir)).stderr).toBe(`portfolio-check: .portfolio-checkrc.yml already exists in ${path.join(dir, 'proj')}; not overwriting it\n`);
    expect((await run(['init', 'other'], dir)).code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'other/portfolio-check.config.json'), 'utf8')).extends).toBe('portfolio-check:recommended');
    const bad = await run(['init', '--preset', 'sass'], dir);
    expect(bad).toMatchObject({ code: 2, stderr: 'portfolio-check: unknown preset "sass" (expected recommended, saas, data, platform, strict)\nRun portfolio-check --help for usage.\n' });
    expect((await run(['.', '--preset', 'saas'], dir)).stderr).toContain('--preset is only for portfolio-check init');
  });
});

describe('explain', () => {
  it('prints the built-in rule doc rendered for the terminal, and raw with --format markdown', async () => {
    const r = await run(['explain', 'readme-setup'], ROOT);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('readme-setup');
    expect(lines).toContain('• Category: documentation');
    expect(lines).toContain('Why a reviewer cares');
    // No Markdown syntax is left: no heading marks, bold markers, table rows or code spans.
    for (const syntax of ['## Why a reviewer cares', '- **Category:**', '|---|', '| install |', '`npm ci`']) expect(r.stdout).not.toContain(syntax);
    expect(lines.every((line) => line.length <= 80)).toBe(true);
    // A table row becomes its first cell with the other columns labelled.
    expect(lines).toContain('• install');
    expect(r.stdout).toMatch(/^ {2}Examples of commands that count: npm ci\/install, pnpm i,/m);
    // Links to other rules say how to read them here.
    expect(r.stdout).toMatch(/\(portfolio-check explain\s+readme-present\)/);
    expect(r.stdout).not.toContain('\x1b[');

    const tty = await run(['explain', 'readme-setup'], ROOT, { isTTY: true });
    expect(tty.stdout.split('\n')[0]).toBe('\x1b[1m\x1b[4mreadme-setup\x1b[24m\x1b[22m');
    const raw = await run(['explain', 'readme-setup', '--format', 'markdown'], ROOT);
    expect(raw.stdout).toBe(readFileSync(path.join(ROOT, 'rules/readme-setup.md'), 'utf8'));
  });

  it('suggests a near id for an unknown rule', async () => {
    const r = await run(['explain', 'readme-setpu'], ROOT);
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: 'portfolio-check: unknown rule "readme-setpu"; did you mean "readme-setup"? (portfolio-check --list-rules lists every rule)\n' });
    expect((await run(['explain'], ROOT)).code).toBe(2);
  });

  it('explains a plugin rule from the configuration in the working directory', async () => {
    const r = await run(['explain', 'bootcamp/readme-demo-link'], repo);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('bootcamp/readme-demo-link\n');
    expect(r.stdout).toContain('• heading (string, default "demo"): The heading the demo section must contain.');
    expect(r.stdout).toContain('Docs: https://bootcamp.example.com/portfolio/rules/readme-demo-link');
  });

  it('reads the doc relative to the bundle, as from a fresh clone', async () => {
    const pkg = tree({});
    mkdirSync(path.join(pkg, 'dist'));
    symlinkSync(path.join(ROOT, 'rules'), path.join(pkg, 'rules'));
    await build({
      entryPoints: [path.join(ROOT, 'src/cli/index.ts')],
      outfile: path.join(pkg, 'dist/cli.js'),
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'silent',
      define: { __PORTFOLIO_CHECK_VERSION__: '"0.0.0-test"' },
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    });
    const out = execFileSync(process.execPath, [path.join(pkg, 'dist/cli.js'), 'explain', 'license-present', '--format', 'markdown'], { cwd: pkg, encoding: 'utf8' });
    expect(out).toBe(readFileSync(path.join(ROOT, 'rules/license-present.md'), 'utf8'));
  });
});

/**
 * The published package as a user gets it: `npm pack` of the committed build (checked against the
 * sources by scripts/check-dist.mjs), installed into an empty project without the registry, then the
 * `portfolio-check` command and a typed import.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };

let tmp: string;
let consumer: string;
let packed: { files: { path: string; size: number }[]; size: number; unpackedSize: number; filename: string };
/** npm without the registry: an unreachable registry, an empty cache and --offline. */
let npmEnv: NodeJS.ProcessEnv;

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'pc-package-'));
  npmEnv = {
    ...process.env,
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_offline: 'true',
    npm_config_cache: path.join(tmp, 'npm-cache'),
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    NO_COLOR: '1',
  };
  // A copy of what `files` may take. dist/ is the committed one: `npm run check` proves it equal to
  // a fresh build of the sources (scripts/check-dist.mjs) before the tests run, and a second build
  // here would double the slowest step of CI (the type bundle alone takes about two CPU minutes).
  const stage = path.join(tmp, 'stage');
  mkdirSync(stage);
  for (const name of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'rules', 'schema', 'dist']) cpSync(path.join(ROOT, name), path.join(stage, name), { recursive: true });
  const out = execFileSync(NPM, ['pack', '--json', '--pack-destination', tmp], { cwd: stage, env: npmEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  packed = (JSON.parse(out) as (typeof packed)[])[0]!;

  consumer = path.join(tmp, 'consumer');
  mkdirSync(consumer);
  writeFileSync(path.join(consumer, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`);
  execFileSync(NPM, ['install', '--offline', '--no-audit', '--no-fund', path.join(tmp, packed.filename)], { cwd: consumer, env: npmEnv, stdio: 'pipe' });
}, 300_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the npm package', () => {
  it('ships the CLI, the library with its types and the rule docs, not the Action bundle', () => {
    const files = packed.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/cli.js', 'dist/api.js', 'dist/api.d.ts', 'rules/readme-setup.md']));
    expect(files.filter((f) => f.startsWith('dist/chunks/')).length).toBeGreaterThan(0);
    expect(files).not.toContain('dist/index.js');
    expect(files.filter((f) => /^(src|test|fixtures|scripts|\.github)\//.test(f))).toEqual([]);
    expect(files.filter((f) => f.startsWith('rules/') && !f.endsWith('.md'))).toEqual([]);
  });

  it('declares no runtime dependencies, so an offline install adds only itself', () => {
    const manifest = JSON.parse(readFileSync(path.join(consumer, 'node_modules/portfolio-check/package.json'), 'utf8'));
    expect(manifest.dependencies ?? {}).toEqual({});
    const installed = readdirSync(path.join(consumer, 'node_modules')).filter((n) => !n.startsWith('.'));
    expect(installed).toEqual(['portfolio-check']);
  });

  it('runs as npx portfolio-check', () => {
    const v = spawnSync(NPX, ['--offline', 'portfolio-check', '--version'], { cwd: consumer, env: npmEnv, encoding: 'utf8' });
    expect(v.stdout.trim()).toBe(version);
    expect(v.status).toBe(0);

    const run = spawnSync(NPX, ['--offline', 'portfolio-check', path.join(ROOT, 'fixtures/js-good'), '--format', 'json'], { cwd: consumer, env: npmEnv, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.schemaVersion).toBe(2);
    expect(result.score).toBeGreaterThan(50);

    // explain reads the rule docs shipped in the package.
    const explain = spawnSync(NPX, ['--offline', 'portfolio-check', 'explain', 'readme-setup', '--no-color'], { cwd: consumer, env: npmEnv, encoding: 'utf8' });
    expect(explain.status).toBe(0);
    expect(explain.stdout).toContain('readme-setup');
  }, 120_000);

  it('imports with types: a typed consumer compiles, and a type error is caught', () => {
    writeFileSync(
      path.join(consumer, 'check.ts'),
      `import { checkSource, defineRule, WorkingTreeSource, VERSION, type Result } from 'portfolio-check';

const rule = defineRule({
  meta: { id: 'has-readme', title: 'Has a README', category: 'documentation', level: 'warn', weight: 1, stage: 1, rationale: 'r', fix: 'f' },
  check: async (ctx) => ((await ctx.facts.readme()) ? { outcome: 'pass', summary: 'A README.' } : { outcome: 'fail', summary: 'No README.' }),
});
const result: Result = await checkSource(new WorkingTreeSource(process.argv[2] ?? '.'));
const score: number = result.score;
// @ts-expect-error the score is a number, not a string
const wrong: string = result.score;
console.log(VERSION, score, wrong, rule.meta.id);
`,
    );
    writeFileSync(
      path.join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: ['node'],
          typeRoots: [path.join(ROOT, 'node_modules/@types')],
        },
        files: ['check.ts'],
      }),
    );
    const tsc = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: consumer, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);

    // The same import at run time, from plain JavaScript.
    const js = spawnSync(process.execPath, ['--input-type=module', '-e', "const m = await import('portfolio-check'); console.log(typeof m.checkSource, typeof m.defineRule, m.VERSION)"], { cwd: consumer, encoding: 'utf8' });
    expect(js.stdout.trim()).toBe(`function function ${version}`);
  }, 120_000);
});

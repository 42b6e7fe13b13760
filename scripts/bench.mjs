#!/usr/bin/env node
// Performance benchmark: `npm run bench [-- options]` (see HELP below).
//
// Every row is measured in one run, side by side, so ratios hold when the machine's speed drifts:
// - the floor: `git ls-files` + `git log --format=…` of the whole history, the least work any
//   history-reading checker must do (plus, for ratios against the floor, Node's own start-up);
// - the read-all baseline: one Node process that lists the files, streams the log and reads every
//   listed file once, with no analysis: the least any checker that reads file contents must do;
// - the full run: `node dist/cli.js <repo> --format json`, its peak RSS recorded by
//   scripts/rss-probe.mjs;
// - the peer users would pick, repolinter 0.12 (`repolinter lint <repo>`), when it is installed
//   under .bench/peer (`--peer` installs it there from the npm registry).
//
// Rows: the real repositories (expressjs/express, babel/babel, git/git — cloned once into
// .bench/real from `--mirror DIR` or, with `--clone`, from GitHub), the synthetic backend
// (20,000+ files and commits, generated once with `git fast-import` into .bench/synthetic),
// the scaling rows (50k and 100k files in one commit; 300k commits of a small tree), a cohort
// (`batch` over 25 and 100 local repositories served like GitHub: repositories per minute and
// peak memory, which must stay flat as the cohort grows), and start-up
// (`--version`, `--help` against `node -e 0`). Each row prints its targets as PASS/FAIL; the exit
// status is 0 unless --strict is given and a target fails. Timings never go into the test suite.
//
// Node built-ins and the git CLI only (the peer is installed on request).
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseScriptArgs } from './script-args.mjs';

/** Bump whenever the generator changes: the cached repository is then rebuilt. */
const GENERATOR_VERSION = 1;
const SCALE_VERSION = 1;
const TARGET_COMMITS = 20_400;
const STATS_LIMIT = 250; // COMMIT_STATS_LIMIT in src/check.ts

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH_DIR = path.join(ROOT, '.bench');
const SYNTH_DIR = path.join(BENCH_DIR, 'synthetic');
const SYNTH_MARKER = path.join(BENCH_DIR, 'synthetic.json');
const REAL_DIR = path.join(BENCH_DIR, 'real');
const PEER_DIR = path.join(BENCH_DIR, 'peer');
const PEER_BIN = path.join(PEER_DIR, 'node_modules', 'repolinter', 'bin', 'repolinter.js');
const PEER_VERSION = '0.12.0';
const PROBE = path.join(ROOT, 'scripts', 'rss-probe.mjs');

// The same record format src/source/git-log.ts reads: hash, parents, author name/email,
// author date, committer date, subject, body.
const LOG_FORMAT = '%x1e%H%x1f%P%x1f%an%x1f%ae%x1f%aI%x1f%cI%x1f%s%x1f%b%x1f';
const GIT_LOG_ARGS = ['-c', 'core.quotepath=off', '-c', 'log.showSignature=false', 'log', '--no-color', `--format=${LOG_FORMAT}`];

/**
 * The targets of each row (issue "Bounded memory and a shorter critical path"): ratios are medians
 * of the same run; MiB is the full run's peak RSS.
 */
const REAL_REPOS = [
  { repo: 'expressjs/express', targets: { peer: 1.0 } },
  { repo: 'babel/babel', targets: { peer: 0.25 } },
  { repo: 'git/git', targets: { floor: 1.5, mib: 200 } },
];
const ROW_NAMES = ['real', 'synthetic', 'scale-files', 'scale-commits', 'cohort', 'startup'];

const HELP = `Usage: npm run bench [-- options]

  --runs N        timed runs per measurement (default 3; one untimed warm-up first)
  --only ROWS     comma-separated rows: ${ROW_NAMES.join(', ')} (default: all)
  --repo PATH     also benchmark this repository (repeatable)
  --mirror DIR    where the real repositories' git directories are (owner+name, bare or clone);
                  default $PORTFOLIO_CHECK_MIRROR
  --clone         clone missing real repositories from https://github.com (needs network)
  --peer          install repolinter ${PEER_VERSION} under .bench/peer (npm registry) to compare against
  --cli PATH      CLI bundle to run (default dist/cli.js)
  --strict        exit 1 when a target fails
  --regenerate    rebuild the generated repositories even when the cache is current
  -h, --help      this help
`;

function parseOptions() {
  const values = parseScriptArgs('bench', HELP, {
    runs: { type: 'string' },
    only: { type: 'string' },
    repo: { type: 'string', multiple: true },
    mirror: { type: 'string' },
    clone: { type: 'boolean' },
    peer: { type: 'boolean' },
    cli: { type: 'string' },
    strict: { type: 'boolean' },
    regenerate: { type: 'boolean' },
  });
  const runs = values.runs === undefined ? 3 : Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) {
    console.error(`bench: --runs expects a positive integer, got ${values.runs}`);
    process.exit(2);
  }
  const only = values.only ? values.only.split(',').map((s) => s.trim()) : ROW_NAMES;
  const unknown = only.filter((r) => !ROW_NAMES.includes(r));
  if (unknown.length > 0) {
    console.error(`bench: unknown row ${unknown.join(', ')}; rows are ${ROW_NAMES.join(', ')}`);
    process.exit(2);
  }
  return {
    runs,
    only: new Set(only),
    repos: (values.repo ?? []).map((r) => path.resolve(r)),
    mirror: values.mirror ?? process.env.PORTFOLIO_CHECK_MIRROR,
    clone: Boolean(values.clone),
    peer: Boolean(values.peer),
    cli: path.resolve(values.cli ?? path.join(ROOT, 'dist', 'cli.js')),
    strict: Boolean(values.strict),
    regenerate: Boolean(values.regenerate),
  };
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash32(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const pick = (rng, list) => list[Math.floor(rng() * list.length)];
const int = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
const cap = (s) => (s ? s[0].toUpperCase() + s.slice(1) : s);
const camel = (...parts) => parts[0] + parts.slice(1).map(cap).join('');

// ---------------------------------------------------------------------------------------------
// Vocabulary

const DOMAINS = [
  'auth', 'users', 'orders', 'payments', 'billing', 'inventory', 'catalog', 'search', 'notifications', 'shipping',
  'reports', 'analytics', 'admin', 'webhooks', 'sessions', 'audit', 'files', 'messaging', 'pricing', 'tenants',
  'subscriptions', 'invoices', 'customers', 'products', 'reviews', 'carts', 'coupons', 'geo', 'locales', 'metrics',
];
const TS_LAYERS = ['controllers', 'services', 'repositories', 'models', 'dto', 'validators', 'mappers', 'handlers', 'jobs', 'utils'];
const PY_LAYERS = ['api', 'services', 'models', 'schemas', 'repositories', 'tasks'];
const ADJECTIVES = [
  'active', 'archived', 'bulk', 'cached', 'default', 'draft', 'expired', 'external', 'failed', 'internal',
  'legacy', 'local', 'manual', 'nested', 'paged', 'partial', 'pending', 'primary', 'public', 'queued',
  'recent', 'remote', 'scheduled', 'shared', 'signed', 'stale', 'synced', 'trusted', 'verified', 'weekly',
];
const NOUNS = [
  'account', 'address', 'batch', 'token', 'event', 'export', 'import', 'item', 'job', 'ledger', 'limit', 'line',
  'record', 'refund', 'request', 'role', 'rule', 'schedule', 'snapshot', 'status', 'summary', 'tag', 'task', 'transfer',
];
const VERBS = ['get', 'list', 'create', 'update', 'delete', 'find', 'sync', 'validate', 'resolve', 'compute', 'load', 'publish'];
const ENV_VARS = [
  ['DATABASE_URL', 'postgres://app:app@localhost:5432/app'], ['REDIS_URL', 'redis://localhost:6379'], ['JWT_SECRET', 'change-me'],
  ['PORT', '3000'], ['LOG_LEVEL', 'info'], ['STRIPE_API_KEY', 'sk_test_123'], ['SMTP_HOST', 'localhost'], ['SMTP_PORT', '1025'],
  ['S3_BUCKET', 'app-uploads'], ['AWS_REGION', 'eu-west-1'], ['SENTRY_DSN', ''], ['CACHE_TTL', '60'], ['RATE_LIMIT_MAX', '100'],
  ['QUEUE_CONCURRENCY', '4'], ['SEARCH_URL', 'http://localhost:9200'], ['WEBHOOK_SECRET', 'whsec_local'],
  ['FEATURE_FLAGS', ''], ['CORS_ORIGIN', 'http://localhost:5173'], ['SESSION_TTL', '3600'], ['EXPORT_DIR', '/tmp/exports'],
];
// The last few variables are read by the code but missing from .env.example (as in real projects).
const ENV_EXAMPLE_VARS = ENV_VARS.slice(0, ENV_VARS.length - 3);
const AUTHORS = [
  ['Alice Martin', 'alice.martin@example.com', '+0100'],
  ['Bob Chen', 'bob.chen@example.com', '-0800'],
  ['Carla Souza', 'carla@example.org', '-0300'],
  ['Dmitri Ivanov', 'dmitri.ivanov@example.net', '+0300'],
  ['Emma Wilson', 'emma.wilson@example.com', '+0000'],
  ['Farid Haddad', 'farid@example.org', '+0200'],
];
const BOT = ['dependabot[bot]', '49699333+dependabot[bot]@users.noreply.github.com', '+0000'];
const VAGUE = ['update', 'fix', 'wip', 'changes', 'fix bug', 'cleanup', 'more changes', 'stuff', '.', 'asdf', 'test', 'Update', 'fixes', 'small fix', 'refactor', 'misc', 'tmp', 'final fix'];
const DEPS = { express: 4, pg: 8, zod: 3, pino: 8, ioredis: 5, bullmq: 4, jsonwebtoken: 9, 'express-rate-limit': 7, stripe: 12, nodemailer: 6 };
const DEV_DEPS = { typescript: 5, vitest: 1, tsx: 4, eslint: 8, prettier: 3, supertest: 6, '@types/express': 4, '@types/node': 20 };

// ---------------------------------------------------------------------------------------------
// File plan: every path the history will ever create, with a content generator

/** Generator kinds; each takes (path, version) and returns the file's content. */
const GEN = {
  ts: genTs,
  tsTest: genTsTest,
  py: genPy,
  pyTest: genPyTest,
  md: genDoc,
  sql: genSql,
  readme: genReadme,
  packageJson: genPackageJson,
  static: genStatic,
  changelog: genChangelog,
};

function planFiles() {
  /** @type {{path: string, gen: string, core?: boolean, createOnly?: boolean, bytes?: number}[]} */
  const core = [
    { path: 'README.md', gen: 'readme' },
    { path: 'package.json', gen: 'packageJson' },
    { path: '.gitignore', gen: 'static' },
    { path: 'tsconfig.json', gen: 'static' },
    { path: '.github/workflows/ci.yml', gen: 'static' },
    { path: 'Dockerfile', gen: 'static' },
    { path: 'docker-compose.yml', gen: 'static' },
    { path: '.env.example', gen: 'static' },
    { path: 'LICENSE', gen: 'static', createOnly: true },
    { path: 'CHANGELOG.md', gen: 'changelog' },
    { path: 'Makefile', gen: 'static' },
    { path: '.eslintrc.json', gen: 'static' },
    { path: '.prettierrc', gen: 'static', createOnly: true },
    { path: '.editorconfig', gen: 'static', createOnly: true },
    { path: '.dockerignore', gen: 'static', createOnly: true },
    { path: '.github/workflows/release.yml', gen: 'static' },
    { path: '.github/dependabot.yml', gen: 'static' },
    { path: '.github/pull_request_template.md', gen: 'static', createOnly: true },
    { path: 'CONTRIBUTING.md', gen: 'md' },
    { path: 'src/app.ts', gen: 'ts' },
    { path: 'src/server.ts', gen: 'ts' },
    { path: 'src/config/env.ts', gen: 'ts' },
    { path: 'src/db/client.ts', gen: 'ts' },
    { path: 'src/core/logger.ts', gen: 'ts' },
    { path: 'src/core/errors.ts', gen: 'ts' },
    { path: 'src/core/http.ts', gen: 'ts' },
    { path: 'test/app.test.ts', gen: 'tsTest' },
    { path: 'backend/pyproject.toml', gen: 'static' },
    { path: 'backend/requirements.txt', gen: 'static' },
    { path: 'backend/Dockerfile', gen: 'static' },
    { path: 'backend/README.md', gen: 'md' },
    { path: 'backend/app/__init__.py', gen: 'static', createOnly: true },
    { path: 'backend/app/main.py', gen: 'py' },
    { path: 'backend/app/config.py', gen: 'py' },
  ].map((f) => ({ ...f, core: true }));

  const large = [
    { path: 'package-lock.json', gen: 'static', bytes: 420_000 },
    { path: 'openapi.yaml', gen: 'static', bytes: 260_000 },
    { path: 'data/seed.sql', gen: 'static', bytes: 1_600_000 },
    { path: 'src/generated/graphql-types.ts', gen: 'static', bytes: 650_000 },
    { path: 'backend/app/data/countries.py', gen: 'static', bytes: 220_000 },
    ...[1, 2, 3, 4, 5].map((i) => ({ path: `data/exports/sample-${i}.csv`, gen: 'static', bytes: 150_000 + i * 60_000 })),
    ...['logo', 'hero', 'architecture', 'dashboard', 'favicon', 'og-image', 'empty-state', 'error'].map((n, i) => ({
      path: `assets/img/${n}.png`,
      gen: 'binary',
      bytes: 8_000 + i * 14_000,
    })),
  ].map((f) => ({ ...f, createOnly: true }));

  const rest = [];
  const NAMES_PER_TS_DIR = 41;
  for (const domain of DOMAINS) {
    for (const layer of TS_LAYERS) {
      for (let i = 0; i < NAMES_PER_TS_DIR; i++) {
        const base = camel(ADJECTIVES[i % ADJECTIVES.length], NOUNS[(i * 7 + layer.length) % NOUNS.length]);
        const file = `${base}${cap(layer.replace(/s$/, ''))}`;
        rest.push({ path: `src/modules/${domain}/${layer}/${file}.ts`, gen: 'ts' });
        if (i % 4 === 0) rest.push({ path: `test/modules/${domain}/${layer}/${file}.test.ts`, gen: 'tsTest' });
      }
    }
    for (const layer of PY_LAYERS) {
      for (let i = 0; i < 20; i++) {
        const name = `${ADJECTIVES[(i * 3) % ADJECTIVES.length]}_${NOUNS[(i + layer.length) % NOUNS.length]}`;
        rest.push({ path: `backend/app/${domain}/${layer}/${name}.py`, gen: 'py' });
        if (layer === 'services') rest.push({ path: `backend/tests/${domain}/test_${name}.py`, gen: 'pyTest' });
      }
      rest.push({ path: `backend/app/${domain}/${layer}/__init__.py`, gen: 'static', createOnly: true });
    }
    for (let i = 0; i < 10; i++) rest.push({ path: `docs/${domain}/${NOUNS[(i * 5) % NOUNS.length]}-${i}.md`, gen: 'md' });
  }
  for (let i = 1; i <= 480; i++) {
    const what = `${pick(mulberry32(i), ['create', 'alter', 'add_index_to', 'backfill'])}_${pick(mulberry32(i * 31), DOMAINS)}_${pick(mulberry32(i * 17), NOUNS)}`;
    rest.push({ path: `db/migrations/${String(i).padStart(4, '0')}_${what}.sql`, gen: 'sql' });
  }
  // A deterministic shuffle so modules grow side by side, as in a real project.
  const rng = mulberry32(42);
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [rest[i], rest[j]] = [rest[j], rest[i]];
  }
  // Migrations are created in order even though the rest is shuffled.
  const migrations = rest.filter((f) => f.gen === 'sql').sort((a, b) => (a.path < b.path ? -1 : 1));
  let m = 0;
  for (let i = 0; i < rest.length; i++) if (rest[i].gen === 'sql') rest[i] = migrations[m++];
  // Large files arrive early-ish, spread over the first part of the history.
  for (let i = 0; i < large.length; i++) rest.splice(200 + i * 700, 0, large[i]);
  return [...core, ...rest];
}

// ---------------------------------------------------------------------------------------------
// Content generators (ASCII only, deterministic in (path, version))

function identity(p) {
  const parts = p.split('/');
  const file = parts[parts.length - 1].replace(/\.(test\.)?[a-z]+$/, '');
  const domain = parts.find((x) => DOMAINS.includes(x)) ?? 'core';
  const entity = cap(file.replace(/[_-](\w)/g, (_, c) => c.toUpperCase()).replace(/[^A-Za-z0-9]/g, '')) || 'Project';
  return { domain, entity, file };
}

function tsFunction(rng, entity, domain) {
  const verb = pick(rng, VERBS);
  const noun = pick(rng, NOUNS);
  const field = camel(noun, 'id');
  const name = `${verb}${entity}${cap(noun)}`;
  const variant = int(rng, 0, 2);
  if (variant === 0) {
    return `export async function ${name}(input: { ${field}: string; limit?: number }): Promise<${entity}Row[]> {
  if (!input.${field}) {
    throw new ValidationError('${field} is required');
  }
  const limit = Math.min(input.limit ?? 50, 500);
  const rows = await db.query<${entity}Row>(
    'SELECT * FROM ${domain}_${noun}s WHERE ${noun}_id = $1 ORDER BY created_at DESC LIMIT $2',
    [input.${field}, limit],
  );
  logger.debug({ count: rows.length }, '${verb} ${noun}');
  return rows;
}
`;
  }
  if (variant === 1) {
    return `export function ${name}(items: readonly ${entity}Row[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const item of items) {
    const key = item.${field} ?? 'unknown';
    totals.set(key, (totals.get(key) ?? 0) + (item.amount ?? 0));
  }
  return totals;
}
`;
  }
  return `export const ${name} = async (req: Request, res: Response): Promise<void> => {
  const id = String(req.params.id ?? '');
  const result = await ${camel(verb, noun)}(id, { tenant: req.headers['x-tenant-id'] as string | undefined });
  if (!result) {
    res.status(404).json({ error: '${noun} not found' });
    return;
  }
  res.json(result);
};
`;
}

function genTs(p, v) {
  const rng = mulberry32(hash32(p));
  const { entity, domain } = identity(p);
  const out = [];
  out.push(`import type { Request, Response } from 'express';
import { db } from '${'../'.repeat(Math.max(p.split('/').length - 2, 1))}db/client';
import { logger } from '${'../'.repeat(Math.max(p.split('/').length - 2, 1))}core/logger';
import { ValidationError } from '${'../'.repeat(Math.max(p.split('/').length - 2, 1))}core/errors';

export interface ${entity}Row {
  id: string;
  ${camel(pick(rng, NOUNS), 'id')}?: string;
  amount?: number;
  createdAt: Date;
}
`);
  if (rng() < 0.35 || p === 'src/config/env.ts') {
    const count = p === 'src/config/env.ts' ? ENV_VARS.length : int(rng, 1, 2);
    for (let i = 0; i < count; i++) {
      const [name, def] = p === 'src/config/env.ts' ? ENV_VARS[i] : pick(rng, ENV_VARS);
      out.push(`const ${camel(name.toLowerCase().replace(/_(\w)/g, (_, c) => c.toUpperCase()), 'setting')}${i} = process.env.${name} ?? '${def}';\n`);
    }
  }
  const fns = int(rng, 1, 4);
  for (let i = 0; i < fns; i++) out.push(tsFunction(rng, entity, domain));
  // Each revision appends a function (cycling, so hot files stay bounded) and bumps a constant.
  for (let j = 0; j < v % 8; j++) out.push(tsFunction(mulberry32(hash32(p) + j * 7919), entity, domain));
  out.push(`\nexport const ${entity.toUpperCase()}_REVISION = ${v};\n`);
  return out.join('\n');
}

function genTsTest(p, v) {
  const rng = mulberry32(hash32(p));
  const { entity } = identity(p);
  const out = [`import { describe, expect, it } from 'vitest';\n\ndescribe('${entity}', () => {`];
  const cases = int(rng, 2, 6) + (v % 6);
  for (let i = 0; i < cases; i++) {
    const r = mulberry32(hash32(p) + i * 104729);
    const verb = pick(r, VERBS);
    const noun = pick(r, NOUNS);
    out.push(`  it('${verb}s ${pick(r, ADJECTIVES)} ${noun}s${i % 3 === 0 ? ' when the list is empty' : ''}', async () => {
    const input = { ${noun}Id: '${noun}-${i}', limit: ${int(r, 1, 100)} };
    const result = await Promise.resolve([input]);
    expect(result).toHaveLength(1);
    expect(result[0]?.${noun}Id).toBe('${noun}-${i}');
  });
`);
  }
  out.push('});\n');
  return out.join('\n');
}

function pyFunction(rng, domain) {
  const verb = pick(rng, VERBS);
  const noun = pick(rng, NOUNS);
  return `
def ${verb}_${noun}(session, ${noun}_id: str, limit: int = 50) -> list[dict]:
    """${cap(verb)} ${noun} records of the ${domain} module."""
    if not ${noun}_id:
        raise ValueError("${noun}_id is required")
    rows = session.execute(
        "SELECT * FROM ${domain}_${noun}s WHERE ${noun}_id = :id LIMIT :limit",
        {"id": ${noun}_id, "limit": min(limit, 500)},
    )
    return [dict(row) for row in rows]
`;
}

function genPy(p, v) {
  const rng = mulberry32(hash32(p));
  const { domain } = identity(p);
  const out = ['import logging\nimport os\n\nlogger = logging.getLogger(__name__)\n'];
  if (rng() < 0.3 || p === 'backend/app/config.py') {
    const [name, def] = pick(rng, ENV_VARS);
    out.push(`${name} = os.environ.get("${name}", "${def}")\n`);
    if (rng() < 0.5) out.push(`${pick(rng, ENV_VARS)[0]}_FALLBACK = os.getenv("${pick(rng, ENV_VARS)[0]}")\n`);
  }
  const fns = int(rng, 1, 4);
  for (let i = 0; i < fns; i++) out.push(pyFunction(rng, domain));
  for (let j = 0; j < v % 8; j++) out.push(pyFunction(mulberry32(hash32(p) + j * 7919), domain));
  out.push(`\nREVISION = ${v}\n`);
  return out.join('\n');
}

function genPyTest(p, v) {
  const rng = mulberry32(hash32(p));
  const { file } = identity(p);
  const out = [`import pytest\n\nfrom app.${identity(p).domain}.services import ${file.replace(/^test_/, '')}\n`];
  const cases = int(rng, 2, 5) + (v % 5);
  for (let i = 0; i < cases; i++) {
    const r = mulberry32(hash32(p) + i * 104729);
    const noun = pick(r, NOUNS);
    out.push(`
def test_${pick(r, VERBS)}_${noun}_${i}():
    with pytest.raises(ValueError):
        ${file.replace(/^test_/, '')}.${pick(r, VERBS)}_${noun}(None, "")
    assert ${int(r, 1, 9)} + 1 == ${int(r, 1, 9)} + 1
`);
  }
  return out.join('');
}

function genDoc(p, v) {
  const rng = mulberry32(hash32(p));
  const { domain, entity } = identity(p);
  const out = [`# ${entity}\n\nThis page describes how the ${domain} module handles ${pick(rng, NOUNS)}s.\n`];
  const sections = ['Overview', 'Data model', 'Endpoints', 'Configuration', 'Failure modes', 'Operations'];
  for (const s of sections.slice(0, int(rng, 2, 6))) {
    out.push(`## ${s}\n\n${cap(pick(rng, ADJECTIVES))} ${pick(rng, NOUNS)}s are ${pick(rng, ['validated', 'queued', 'cached', 'retried', 'archived'])} before they reach the database.\nSee the service layer for details.\n`);
    if (s === 'Operations') out.push('```bash\nnpm run db:migrate\nnpm run worker -- --queue ' + domain + '\n```\n');
  }
  for (let j = 0; j < v % 6; j++) out.push(`- Note ${j + 1}: ${pick(mulberry32(hash32(p) + j), ADJECTIVES)} handling was revised.\n`);
  return out.join('\n');
}

function genSql(p, v) {
  const rng = mulberry32(hash32(p));
  const table = p.split('_').slice(1).join('_').replace(/\.sql$/, '') || 'items';
  const cols = int(rng, 3, 9);
  const lines = [`-- ${p.split('/').pop()}${v ? ` (revised ${v})` : ''}`, `CREATE TABLE IF NOT EXISTS ${table} (`, '  id BIGSERIAL PRIMARY KEY,'];
  for (let i = 0; i < cols; i++) lines.push(`  ${pick(rng, NOUNS)}_${i} ${pick(rng, ['TEXT', 'INTEGER', 'BOOLEAN', 'NUMERIC(12,2)', 'TIMESTAMPTZ'])},`);
  lines.push('  created_at TIMESTAMPTZ NOT NULL DEFAULT now()', ');', `CREATE INDEX IF NOT EXISTS ${table}_created_idx ON ${table} (created_at);`, '');
  return lines.join('\n');
}

function genReadme(_p, v) {
  const docs = DOMAINS.slice(0, 12).map((d) => `- [${cap(d)}](docs/${d}/${NOUNS[0]}-0.md)`).join('\n');
  const features = ['REST API with pagination and filtering', 'JWT authentication and role-based access', 'Background jobs on Redis queues', 'PostgreSQL with versioned migrations', 'Stripe payments and webhooks', 'Python analytics service'];
  for (let j = 0; j < v % 10; j++) features.push(`${cap(pick(mulberry32(j + 7), ADJECTIVES))} ${pick(mulberry32(j + 11), NOUNS)} support`);
  return `# Acme Commerce Backend

[![CI](https://github.com/acme/commerce-backend/actions/workflows/ci.yml/badge.svg)](https://github.com/acme/commerce-backend/actions/workflows/ci.yml)

A multi-tenant commerce backend: a TypeScript (Express) API and a Python service for reports
and analytics, backed by PostgreSQL and Redis.

## Features

${features.map((f) => `- ${f}`).join('\n')}

## Tech stack

Node.js 20, TypeScript, Express, PostgreSQL 16, Redis 7, Python 3.12 (FastAPI), Docker.

## Getting started

\`\`\`bash
git clone https://github.com/acme/commerce-backend.git
cd commerce-backend
cp .env.example .env
docker compose up -d db redis
npm ci
npm run db:migrate
npm run dev
\`\`\`

The API listens on http://localhost:3000.

## Configuration

All settings come from environment variables; see [.env.example](.env.example).

| Variable | Default |
| --- | --- |
${ENV_EXAMPLE_VARS.slice(0, 8).map(([n, d]) => `| \`${n}\` | \`${d}\` |`).join('\n')}

## Running tests

\`\`\`bash
npm test
cd backend && pip install -r requirements.txt && pytest
\`\`\`

## API

The OpenAPI description is in [openapi.yaml](openapi.yaml).

## Architecture

${docs}

## Deployment

\`\`\`bash
docker build -t acme/commerce-backend .
docker run --env-file .env -p 3000:3000 acme/commerce-backend
\`\`\`

## License

MIT, see [LICENSE](LICENSE). Revision ${v}.
`;
}

function genPackageJson(_p, v) {
  const bump = (major, i) => `^${major}.${(v + i) % 20}.${(v * 3 + i) % 10}`;
  const dependencies = Object.fromEntries(Object.entries(DEPS).map(([n, m], i) => [n, bump(m, i)]));
  const devDependencies = Object.fromEntries(Object.entries(DEV_DEPS).map(([n, m], i) => [n, bump(m, i + 3)]));
  return `${JSON.stringify(
    {
      name: 'commerce-backend',
      version: `1.${Math.floor(v / 10)}.${v % 10}`,
      private: true,
      type: 'module',
      scripts: {
        dev: 'tsx watch src/server.ts',
        build: 'tsc -p tsconfig.json',
        start: 'node dist/server.js',
        test: 'vitest run',
        lint: 'eslint . --ext .ts',
        format: 'prettier --write .',
        'db:migrate': 'node dist/db/migrate.js',
        worker: 'node dist/jobs/worker.js',
      },
      engines: { node: '>=20' },
      dependencies,
      devDependencies,
    },
    null,
    2,
  )}\n`;
}

function genChangelog(_p, v) {
  const out = ['# Changelog\n'];
  for (let i = v; i >= Math.max(0, v - 40); i--) {
    const r = mulberry32(i * 13 + 5);
    out.push(`## 1.${Math.floor(i / 10)}.${i % 10}\n\n- ${cap(pick(r, VERBS))} ${pick(r, ADJECTIVES)} ${pick(r, NOUNS)}s\n- Fix ${pick(r, NOUNS)} handling in ${pick(r, DOMAINS)}\n`);
  }
  return out.join('\n');
}

const STATIC = {
  '.gitignore': () => 'node_modules/\ndist/\ncoverage/\n.env\n*.log\n__pycache__/\n.venv/\n.pytest_cache/\n',
  'tsconfig.json': (v) => `${JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, outDir: 'dist', rootDir: 'src', sourceMap: v % 2 === 0, skipLibCheck: true }, include: ['src'] }, null, 2)}\n`,
  '.github/workflows/ci.yml': (v) => `name: CI

on:
  push:
    branches: [main]
  pull_request:

jobs:
  node:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: app
        ports: ['5432:5432']
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: ${20 + (v % 2) * 2}
          cache: npm
      - run: npm ci
      - run: npm run lint
      - run: npm run build
      - run: npm test
  python:
    runs-on: ubuntu-latest
    defaults:
      run:
        working-directory: backend
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: '3.12'
      - run: pip install -r requirements.txt
      - run: pytest -q
`,
  '.github/workflows/release.yml': (v) => `name: Release

on:
  push:
    tags: ['v*']

jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: docker build -t ghcr.io/acme/commerce-backend:\${{ github.ref_name }} .
      # revision ${v}
`,
  '.github/dependabot.yml': () => `version: 2
updates:
  - package-ecosystem: npm
    directory: /
    schedule:
      interval: weekly
  - package-ecosystem: pip
    directory: /backend
    schedule:
      interval: weekly
`,
  '.github/pull_request_template.md': () => '## What\n\n## Why\n\n## How was it tested\n',
  Dockerfile: (v) => `FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package*.json ./
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
HEALTHCHECK CMD wget -qO- http://localhost:3000/health || exit 1
CMD ["node", "dist/server.js"]
# revision ${v}
`,
  'docker-compose.yml': (v) => `services:
  api:
    build: .
    env_file: .env
    ports: ['3000:3000']
    depends_on: [db, redis]
  analytics:
    build: ./backend
    env_file: .env
  db:
    image: postgres:${15 + (v % 2)}
    environment:
      POSTGRES_PASSWORD: app
  redis:
    image: redis:7
`,
  '.env.example': (v) => `${ENV_EXAMPLE_VARS.map(([n, d]) => `${n}=${n.includes('SECRET') || n.includes('KEY') ? '' : d}`).join('\n')}\n# revision ${v}\n`,
  LICENSE: () => `MIT License\n\nCopyright (c) 2019 Acme\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\nof this software and associated documentation files (the "Software"), to deal\nin the Software without restriction, subject to the following conditions:\n\nThe above copyright notice and this permission notice shall be included in all\ncopies or substantial portions of the Software.\n\nTHE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.\n`,
  Makefile: (v) => `.PHONY: dev test lint migrate\n\ndev:\n\tnpm run dev\n\ntest:\n\tnpm test\n\tcd backend && pytest\n\nlint:\n\tnpm run lint\n\nmigrate:\n\tnpm run db:migrate\n# revision ${v}\n`,
  '.eslintrc.json': (v) => `${JSON.stringify({ root: true, parser: '@typescript-eslint/parser', extends: ['eslint:recommended'], rules: { 'no-console': v % 2 ? 'warn' : 'error' } }, null, 2)}\n`,
  '.prettierrc': () => '{ "singleQuote": true, "printWidth": 120 }\n',
  '.editorconfig': () => 'root = true\n\n[*]\nindent_style = space\nindent_size = 2\n',
  '.dockerignore': () => 'node_modules\ndist\n.git\n.env\n',
  'backend/pyproject.toml': (v) => `[project]\nname = "commerce-analytics"\nversion = "0.${v}.0"\nrequires-python = ">=3.11"\ndependencies = ["fastapi>=0.110", "sqlalchemy>=2.0", "psycopg[binary]>=3.1", "redis>=5"]\n\n[project.optional-dependencies]\ndev = ["pytest>=8", "ruff>=0.4"]\n\n[tool.pytest.ini_options]\ntestpaths = ["tests"]\n`,
  'backend/requirements.txt': (v) => `fastapi==0.11${v % 10}.0\nuvicorn==0.29.0\nsqlalchemy==2.0.${20 + (v % 10)}\npsycopg[binary]==3.1.18\nredis==5.0.4\npytest==8.2.0\n`,
  'backend/Dockerfile': (v) => `FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]\n# revision ${v}\n`,
};

function genStatic(p, v) {
  const fixed = STATIC[p];
  if (fixed) return fixed(v);
  if (p.endsWith('__init__.py')) return '';
  throw new Error(`no static generator for ${p}`);
}

/** A large file of roughly `bytes` bytes (ASCII), shaped like its type. */
function genLarge(p, bytes) {
  const rng = mulberry32(hash32(p));
  const out = [];
  let size = 0;
  const push = (s) => {
    out.push(s);
    size += s.length + 1;
  };
  let i = 0;
  if (p === 'package-lock.json') {
    push('{\n  "name": "commerce-backend",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {');
    while (size < bytes) {
      const name = `${pick(rng, ADJECTIVES)}-${pick(rng, NOUNS)}-${i++}`;
      push(`    "node_modules/${name}": {\n      "version": "${int(rng, 0, 9)}.${int(rng, 0, 30)}.${int(rng, 0, 9)}",\n      "resolved": "https://registry.npmjs.org/${name}/-/${name}-1.0.0.tgz",\n      "integrity": "sha512-${hash32(name).toString(36)}${'A'.repeat(60)}",\n      "license": "MIT"\n    },`);
    }
    push('    "": { "name": "commerce-backend" }\n  }\n}');
  } else if (p.endsWith('.yaml')) {
    push('openapi: 3.0.3\ninfo:\n  title: Acme Commerce API\n  version: 1.0.0\npaths:');
    while (size < bytes) {
      const d = pick(rng, DOMAINS);
      const n = pick(rng, NOUNS);
      push(`  /${d}/${n}s/{id}/v${i++}:\n    get:\n      summary: Get a ${n} of ${d}\n      parameters:\n        - name: id\n          in: path\n          required: true\n          schema:\n            type: string\n      responses:\n        '200':\n          description: OK`);
    }
  } else if (p.endsWith('.sql')) {
    while (size < bytes) push(`INSERT INTO ${pick(rng, DOMAINS)}_${pick(rng, NOUNS)}s (id, name, amount) VALUES (${i++}, '${pick(rng, ADJECTIVES)} ${pick(rng, NOUNS)}', ${int(rng, 0, 99999) / 100});`);
  } else if (p.endsWith('.ts')) {
    push('// Generated by graphql-codegen. Do not edit.');
    while (size < bytes) push(`export type ${cap(pick(rng, ADJECTIVES))}${cap(pick(rng, NOUNS))}${i++} = {\n  __typename?: '${cap(pick(rng, NOUNS))}';\n  id: Scalars['ID']['output'];\n  createdAt: Scalars['DateTime']['output'];\n};`);
  } else if (p.endsWith('.py')) {
    push('COUNTRIES = [');
    while (size < bytes) push(`    {"code": "${String.fromCharCode(65 + int(rng, 0, 25), 65 + int(rng, 0, 25))}", "name": "${cap(pick(rng, ADJECTIVES))} ${cap(pick(rng, NOUNS))} ${i++}", "vat": ${int(rng, 0, 27)}},`);
    push(']');
  } else {
    push('id,date,customer,amount,currency,status');
    while (size < bytes) push(`${i++},2023-${String(int(rng, 1, 12)).padStart(2, '0')}-${String(int(rng, 1, 28)).padStart(2, '0')},${pick(rng, ADJECTIVES)}-${pick(rng, NOUNS)},${int(rng, 100, 99999) / 100},EUR,${pick(rng, ['paid', 'pending', 'refunded'])}`);
  }
  return `${out.join('\n')}\n`;
}

function genBinary(p, bytes) {
  const rng = mulberry32(hash32(p));
  const buf = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i++) buf[i] = Math.floor(rng() * 256);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).copy(buf);
  return buf;
}

function contentOf(file, v) {
  if (file.gen === 'binary') return genBinary(file.path, file.bytes);
  if (file.bytes) return genLarge(file.path, file.bytes);
  return GEN[file.gen](file.path, v);
}

// ---------------------------------------------------------------------------------------------
// Commit messages

function subjectFor(rng, op, file) {
  const { domain, entity } = identity(file.path);
  const base = file.path.split('/').pop();
  const noun = pick(rng, NOUNS);
  const r = rng();
  if (r < 0.22) return pick(rng, VAGUE);
  if (file.path === 'README.md') return pick(rng, ['Update README.md', 'docs: document the setup steps', 'Improve README', 'readme']);
  if (op === 'add') {
    return pick(rng, [
      `feat(${domain}): add ${entity}`,
      `Add ${base}`,
      `add ${entity} ${pick(rng, ['support', 'module', 'endpoint', 'tests'])}`,
      `Implement ${pick(rng, ADJECTIVES)} ${noun} handling in ${domain}`,
      `feat: ${pick(rng, VERBS)} ${noun}s in ${domain}`,
    ]);
  }
  if (op === 'delete') return pick(rng, [`Remove unused ${base}`, `chore: drop ${entity}`, 'remove dead code']);
  return pick(rng, [
    `fix(${domain}): handle empty ${noun} list`,
    `Fix ${noun} ${pick(rng, ['validation', 'pagination', 'rounding', 'timezone handling', 'race condition'])} in ${entity}`,
    `refactor(${domain}): extract ${noun} ${pick(rng, ['mapper', 'query', 'helper'])}`,
    `Refactor ${entity}`,
    `perf(${domain}): cache ${pick(rng, ADJECTIVES)} ${noun}s`,
    `test(${domain}): cover ${pick(rng, ADJECTIVES)} ${noun}s`,
    `chore: tidy ${base}`,
    `Update ${base}`,
    `${cap(pick(rng, VERBS))} ${noun}s before saving`,
  ]);
}

function bodyFor(rng) {
  const r = rng();
  if (r < 0.75) return '';
  const lines = [
    `The previous implementation ${pick(rng, ['ignored', 'double-counted', 'never retried', 'leaked'])} ${pick(rng, ADJECTIVES)} ${pick(rng, NOUNS)}s.`,
    `This ${pick(rng, ['keeps', 'moves', 'validates', 'caches'])} them in one place.`,
  ];
  if (rng() < 0.4) lines.push('', `Closes #${int(rng, 1, 2400)}`);
  if (rng() < 0.15) lines.push('', `Co-authored-by: ${pick(rng, AUTHORS)[0]} <${pick(rng, AUTHORS)[1]}>`);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Generation

async function generate(dir) {
  const started = performance.now();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);

  const files = planFiles();
  const version = new Int32Array(files.length).fill(-1);
  const live = []; // indices of files present in the tree
  const livePos = new Int32Array(files.length).fill(-1);
  const hot = files.map((f, i) => (f.core && !f.createOnly ? i : -1)).filter((i) => i >= 0);
  let nextToCreate = 0;

  const child = spawn('git', ['fast-import', '--quiet', '--done'], { cwd: dir, stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (c) => (stderr += c));
  const closed = once(child, 'close');
  let chunks = [];
  let chunkLen = 0;
  let streamBytes = 0;
  const flush = async () => {
    if (chunks.length === 0) return;
    const data = chunks.length === 1 && Buffer.isBuffer(chunks[0]) ? chunks[0] : Buffer.concat(chunks.map((c) => (Buffer.isBuffer(c) ? c : Buffer.from(c))));
    chunks = [];
    chunkLen = 0;
    streamBytes += data.length;
    if (!child.stdin.write(data)) await once(child.stdin, 'drain');
  };
  const emit = async (piece) => {
    chunks.push(piece);
    chunkLen += piece.length;
    if (chunkLen > 4 << 20) await flush();
  };

  const rng = mulberry32(20190101);
  let when = Date.UTC(2019, 0, 7, 9, 0, 0) / 1000;
  let mark = 0;
  let mainTip = 0;
  let commits = 0;
  let pr = 100;

  const modifyOp = (i) => {
    version[i] += 1;
    const content = contentOf(files[i], version[i]);
    return { path: files[i].path, content };
  };
  const addLive = (i) => {
    livePos[i] = live.length;
    live.push(i);
  };
  const removeLive = (i) => {
    const pos = livePos[i];
    const last = live.pop();
    if (last !== i) {
      live[pos] = last;
      livePos[last] = pos;
    }
    livePos[i] = -1;
  };

  /** Picks 1-3 file operations for one commit; returns [{kind, index}]. */
  const planOps = (allowCreate) => {
    const n = commits < 12 ? 3 : 1 + Math.floor(rng() * 3);
    const ops = [];
    const used = new Set();
    const remainingOps = Math.max((TARGET_COMMITS - commits) * 2 * 0.85, 1);
    const pCreate = Math.min(1, Math.max(0.05, (files.length - nextToCreate) / remainingOps));
    for (let k = 0; k < n; k++) {
      if (allowCreate && nextToCreate < files.length && (commits < 12 || live.length < 40 || rng() < pCreate)) {
        used.add(nextToCreate);
        ops.push({ kind: 'add', index: nextToCreate++ });
        continue;
      }
      if (live.length > 2000 && rng() < 0.006) {
        const i = live[Math.floor(rng() * live.length)];
        if (!files[i].core && !used.has(i)) {
          used.add(i);
          ops.push({ kind: 'delete', index: i });
          continue;
        }
      }
      let i = -1;
      for (let tries = 0; tries < 8; tries++) {
        const r = rng();
        let cand;
        if (r < 0.15) cand = hot[Math.floor(rng() * hot.length)];
        else if (r < 0.45) cand = live[Math.max(0, live.length - 1 - Math.floor(rng() * 300))];
        else cand = live[Math.floor(rng() * live.length)];
        if (cand !== undefined && version[cand] >= 0 && livePos[cand] >= 0 && !files[cand].createOnly && !used.has(cand)) {
          i = cand;
          break;
        }
      }
      if (i < 0) continue;
      used.add(i);
      ops.push({ kind: 'modify', index: i });
    }
    if (ops.length === 0) {
      if (nextToCreate < files.length) ops.push({ kind: 'add', index: nextToCreate++ });
      else ops.push({ kind: 'modify', index: hot[commits % hot.length] });
    }
    return ops;
  };

  const writeCommit = async ({ ref, from, merge, author, subject, body, ops }) => {
    mark += 1;
    commits += 1;
    when += 240 + Math.floor(rng() * 9000);
    const [name, email, tz] = author;
    const message = body ? `${subject}\n\n${body}\n` : `${subject}\n`;
    let head = `commit ${ref}\nmark :${mark}\nauthor ${name} <${email}> ${when} ${tz}\ncommitter ${name} <${email}> ${when} ${tz}\ndata ${Buffer.byteLength(message)}\n${message}`;
    if (from) head += `from :${from}\n`;
    if (merge) head += `merge :${merge}\n`;
    await emit(head);
    for (const op of ops) {
      if (op.kind === 'delete') {
        await emit(`D ${files[op.index].path}\n`);
        continue;
      }
      const content = op.content;
      await emit(`M 100644 inline ${files[op.index].path}\ndata ${Buffer.isBuffer(content) ? content.length : Buffer.byteLength(content)}\n`);
      await emit(content);
      await emit('\n');
    }
    await emit('\n');
    return mark;
  };

  /** Applies planned ops to the model and attaches contents. */
  const realise = (ops) =>
    ops.map((op) => {
      if (op.kind === 'delete') {
        removeLive(op.index);
        return op;
      }
      if (op.kind === 'add') addLive(op.index);
      return { ...op, content: modifyOp(op.index).content };
    });

  const authorFor = (ops) => {
    const first = files[ops[0].index];
    if (first.path === 'package.json' && rng() < 0.5) return BOT;
    return AUTHORS[Math.floor(Math.pow(rng(), 1.6) * AUTHORS.length)];
  };

  while (commits < TARGET_COMMITS) {
    const sinceStart = commits;
    // Roughly every 60 commits, a short feature branch merged back with a merge commit.
    if (sinceStart > 50 && rng() < 1 / 60 && TARGET_COMMITS - commits > 10) {
      const slug = `${pick(rng, VERBS)}-${pick(rng, ADJECTIVES)}-${pick(rng, NOUNS)}s`;
      const branch = `refs/heads/feature/${slug}-${pr}`;
      const author = pick(rng, AUTHORS);
      let tip = mainTip;
      const touched = new Map();
      const n = int(rng, 2, 4);
      for (let k = 0; k < n; k++) {
        const ops = realise(planOps(true).filter((op) => op.kind !== 'delete'));
        if (ops.length === 0) continue;
        for (const op of ops) touched.set(op.index, op.content);
        tip = await writeCommit({ ref: branch, from: tip, author, subject: subjectFor(rng, ops[0].kind, files[ops[0].index]), body: bodyFor(rng), ops });
      }
      const replay = [...touched].map(([index, content]) => ({ kind: 'modify', index, content }));
      mainTip = await writeCommit({
        ref: 'refs/heads/main',
        from: mainTip,
        merge: tip,
        author: pick(rng, AUTHORS),
        subject: rng() < 0.7 ? `Merge pull request #${pr} from ${author[0].split(' ')[0].toLowerCase()}/feature/${slug}` : `Merge branch 'feature/${slug}'`,
        body: rng() < 0.7 ? cap(slug.replace(/-/g, ' ')) : '',
        ops: replay,
      });
      pr += 1;
      continue;
    }
    const ops = realise(planOps(true));
    const first = files[ops[0].index];
    const author = authorFor(ops);
    const subject =
      author === BOT
        ? `chore(deps): bump ${pick(rng, Object.keys(DEPS))} from ${int(rng, 1, 9)}.${int(rng, 0, 20)}.${int(rng, 0, 9)} to ${int(rng, 1, 9)}.${int(rng, 0, 20)}.${int(rng, 0, 9)}`
        : commits === 0
          ? 'Initial commit'
          : subjectFor(rng, ops[0].kind, first);
    mainTip = await writeCommit({ ref: 'refs/heads/main', from: mainTip || undefined, author, subject, body: author === BOT ? 'Bumps the npm dependency.\n\nSigned-off-by: dependabot[bot] <support@github.com>' : bodyFor(rng), ops });
  }
  if (nextToCreate < files.length) throw new Error(`generator bug: ${files.length - nextToCreate} files never created`);

  await emit('done\n');
  await flush();
  child.stdin.end();
  const [code] = await closed;
  if (code !== 0) throw new Error(`git fast-import failed (${code}): ${stderr.trim()}`);
  const imported = performance.now();

  git(dir, ['reset', '--hard', '-q', 'HEAD']);
  const checkedOut = performance.now();
  writeIgnoredFiles(dir);

  return {
    streamMB: streamBytes / 1048576,
    importSeconds: (imported - started) / 1000,
    checkoutSeconds: (checkedOut - imported) / 1000,
    seconds: (performance.now() - started) / 1000,
  };
}

/** Untracked, ignored content a real checkout carries: dependencies, build output, secrets, caches. */
function writeIgnoredFiles(dir) {
  const rng = mulberry32(7);
  const write = (rel, text) => {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  };
  const packages = [...Object.keys(DEPS), ...Object.keys(DEV_DEPS)];
  for (let i = 0; i < 40; i++) packages.push(`${pick(rng, ADJECTIVES)}-${pick(rng, NOUNS)}-${i}`);
  for (const pkg of packages) {
    write(`node_modules/${pkg}/package.json`, `${JSON.stringify({ name: pkg, version: '1.0.0', main: 'lib/index.js', scripts: { test: 'echo ok' } }, null, 2)}\n`);
    write(`node_modules/${pkg}/README.md`, `# ${pkg}\n\n## Install\n\n\`\`\`bash\nnpm install ${pkg}\n\`\`\`\n`);
    for (let j = 0; j < 25; j++) write(`node_modules/${pkg}/lib/${pick(rng, NOUNS)}-${j}.js`, `'use strict';\nmodule.exports = function ${pick(rng, VERBS)}() { return process.env.NODE_ENV; };\n`);
  }
  for (let j = 0; j < 40; j++) write(`dist/modules/${pick(rng, DOMAINS)}-${j}.js`, `export const x${j} = ${j};\n`);
  write('.env', 'DATABASE_URL=postgres://app:secret@localhost:5432/app\nJWT_SECRET=local-secret\n');
  for (let j = 0; j < 30; j++) write(`backend/app/${pick(rng, DOMAINS)}/__pycache__/m${j}.cpython-312.pyc`, Buffer.from([0x55, 0x0d, 0x0d, 0x0a, 0, 0, 0, 0, j]));
  write('coverage/lcov.info', 'TN:\nSF:src/app.ts\nend_of_record\n');
}

async function ensureSynthetic(force) {
  let marker;
  try {
    marker = JSON.parse(readFileSync(SYNTH_MARKER, 'utf8'));
  } catch {
    marker = undefined;
  }
  if (!force && marker?.version === GENERATOR_VERSION && existsSync(path.join(SYNTH_DIR, '.git'))) {
    // Restore the work tree in case a previous run (or a person) changed it.
    git(SYNTH_DIR, ['reset', '--hard', '-q', 'HEAD']);
    return { generated: false };
  }
  rmSync(SYNTH_MARKER, { force: true });
  process.stdout.write(`generating synthetic repository in ${path.relative(ROOT, SYNTH_DIR)} (generator v${GENERATOR_VERSION}) ...\n`);
  const info = await generate(SYNTH_DIR);
  writeFileSync(SYNTH_MARKER, `${JSON.stringify({ version: GENERATOR_VERSION, ...info }, null, 2)}\n`);
  process.stdout.write(
    `generated in ${info.seconds.toFixed(1)} s (fast-import ${info.importSeconds.toFixed(1)} s of a ${info.streamMB.toFixed(0)} MB stream, checkout ${info.checkoutSeconds.toFixed(1)} s)\n\n`,
  );
  return { generated: true, ...info };
}

// ---------------------------------------------------------------------------------------------
// Measurement

function git(cwd, args, { input } = {}) {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30, input });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr.trim()}`);
  return result.stdout;
}

/** Runs a command, draining (and discarding) its stdout; resolves with seconds, exit code and byte count. */
function timed(command, args, { cwd, env } = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let bytes = 0;
    let stderr = '';
    child.stdout.on('data', (chunk) => (bytes += chunk.length));
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      if (stderr.length < 8192) stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ seconds: Number(process.hrtime.bigint() - started) / 1e9, code, bytes, stderr });
    });
  });
}

async function runFloor(repo) {
  const ls = await timed('git', ['-c', 'core.quotepath=off', 'ls-files', '-z'], { cwd: repo });
  const log = await timed('git', [...GIT_LOG_ARGS, 'HEAD'], { cwd: repo });
  for (const r of [ls, log]) if (r.code !== 0) throw new Error(`floor command failed: ${r.stderr.trim()}`);
  return { seconds: ls.seconds + log.seconds, ls: ls.seconds, log: log.seconds };
}

/**
 * The least any checker that reads file contents must do, in one Node process: start Node, list the
 * files, stream the whole `git log` (counted, not parsed further) while reading every listed file
 * once into one buffer. No analysis at all: the distance between this and the full run is the cost
 * of the rules; the distance between this and the floor is the cost of reading the files.
 */
const READ_ALL = `
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, openSync, readSync } from 'node:fs';
const root = process.argv[1];
const log = new Promise((resolve, reject) => {
  const child = spawn('git', ${JSON.stringify(GIT_LOG_ARGS)}.concat('HEAD'), { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] });
  let records = 0;
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (text) => { records += text.split('\\x1e').length - 1; });
  child.on('close', (code) => (code === 0 ? resolve(records) : reject(new Error('git log failed'))));
});
const files = execFileSync('git', ['-c', 'core.quotepath=off', 'ls-files', '-z'], { cwd: root, maxBuffer: 1 << 30 }).toString().split('\\0').filter(Boolean);
const buffer = Buffer.allocUnsafe(1 << 20);
let bytes = 0;
for (const file of files) {
  try {
    const fd = openSync(root + '/' + file, 'r');
    bytes += readSync(fd, buffer, 0, buffer.length, 0);
    closeSync(fd);
  } catch {}
}
await log;
`;

async function runReadAll(repo) {
  const r = await timed(process.execPath, ['--input-type=module', '-e', READ_ALL, repo], { cwd: ROOT });
  if (r.code !== 0) throw new Error(`read-all baseline failed: ${r.stderr.trim().split('\n')[0]}`);
  return { seconds: r.seconds };
}

async function runFull(repo, cli) {
  const rssFile = path.join(os.tmpdir(), `pc-bench-rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  const result = await timed(process.execPath, ['--import', pathToFileURL(PROBE).href, cli, repo, '--format', 'json'], {
    cwd: ROOT,
    env: { ...process.env, PC_RSS_FILE: rssFile },
  });
  if (result.code !== 0 && result.code !== 1) {
    throw new Error(`full run exited with ${result.code}: ${result.stderr.trim().split('\n').slice(0, 5).join('\n')}`);
  }
  let kb = NaN;
  try {
    kb = Number(readFileSync(rssFile, 'utf8').trim());
  } catch {
    // no probe output
  }
  rmSync(rssFile, { force: true });
  return { seconds: result.seconds, mb: kb / 1024 };
}

async function runNumstat(repo, withStats) {
  const args = [...GIT_LOG_ARGS, '-n', String(STATS_LIMIT), ...(withStats ? ['--numstat', '--no-renames'] : []), 'HEAD'];
  const r = await timed('git', args, { cwd: repo });
  if (r.code !== 0) throw new Error(`git log failed: ${r.stderr.trim()}`);
  return { seconds: r.seconds, bytes: r.bytes };
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}


// ---------------------------------------------------------------------------------------------
// Scaling repositories: many files in one commit, many commits of a small tree

/** Streams `git fast-import` input from an async generator of strings, respecting back-pressure. */
async function fastImport(dir, chunks) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);
  const child = spawn('git', ['fast-import', '--quiet', '--done'], { cwd: dir, stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (c) => (stderr += c));
  const closed = once(child, 'close');
  for await (const chunk of chunks) {
    if (!child.stdin.write(chunk)) await once(child.stdin, 'drain');
  }
  child.stdin.end('done\n');
  const [code] = await closed;
  if (code !== 0) throw new Error(`git fast-import failed: ${stderr.trim()}`);
  git(dir, ['reset', '--hard', '-q', 'HEAD']);
}

const blob = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
const AUTHOR = 'Bench Author <bench@example.com>';

async function* manyFiles(count) {
  const when = 1_600_000_000;
  yield `commit refs/heads/main\nauthor ${AUTHOR} ${when} +0000\ncommitter ${AUTHOR} ${when} +0000\n${blob(`Add ${count} generated modules`)}`;
  yield `M 100644 inline package.json\n${blob(JSON.stringify({ name: 'scale', scripts: { test: 'vitest run' }, dependencies: { express: '^4.19.0' } }, null, 2))}`;
  yield `M 100644 inline README.md\n${blob('# Scale\n\n## Setup\n\n```bash\nnpm ci\nnpm start\n```\n')}`;
  for (let i = 0; i < count; i++) {
    const rng = mulberry32(i);
    const verb = pick(rng, VERBS);
    const noun = pick(rng, NOUNS);
    const text = `import { db } from '../db';\n\nexport async function ${verb}${cap(noun)}${i}(id: string) {\n  const rows = await db.query('SELECT * FROM ${noun}s WHERE id = $1', [id]);\n  return rows.length > 0 ? rows[0] : null;\n}\n`;
    yield `M 100644 inline src/m${Math.floor(i / 500)}/${noun}-${i}.ts\n${blob(text)}`;
  }
  yield '\n';
}

async function* manyCommits(count) {
  const authors = ['Ada Lovelace <ada@example.com>', 'Alan Turing <alan@example.com>', 'Grace Hopper <grace@example.com>'];
  const files = Array.from({ length: 40 }, (_, i) => `src/${DOMAINS[i % DOMAINS.length]}/${NOUNS[i % NOUNS.length]}.ts`);
  let when = 1_300_000_000;
  for (let i = 0; i < count; i++) {
    const rng = mulberry32(i * 7 + 1);
    const author = authors[i % authors.length];
    const file = files[i % files.length];
    const subject = `${cap(pick(rng, VERBS))} ${pick(rng, ADJECTIVES)} ${pick(rng, NOUNS)}s in ${pick(rng, DOMAINS)} (#${i})`;
    when += 300 + (i % 7) * 60;
    // Without `from`, fast-import continues the branch from its current tip.
    const head = `commit refs/heads/main\nauthor ${author} ${when} +0000\ncommitter ${author} ${when} +0000\n${blob(subject)}`;
    yield `${head}M 100644 inline ${file}\n${blob(`export const revision = ${i};\nexport const owner = '${author}';\n`)}\n`;
  }
}

async function ensureGenerated(name, description, build, force) {
  const dir = path.join(BENCH_DIR, name);
  const marker = path.join(BENCH_DIR, `${name}.json`);
  let seen;
  try {
    seen = JSON.parse(readFileSync(marker, 'utf8'));
  } catch {
    seen = undefined;
  }
  if (!force && seen?.version === SCALE_VERSION && existsSync(path.join(dir, '.git'))) {
    git(dir, ['reset', '--hard', '-q', 'HEAD']);
    return dir;
  }
  rmSync(marker, { force: true });
  process.stdout.write(`generating ${description} in ${path.relative(ROOT, dir)} ...\n`);
  const started = performance.now();
  await fastImport(dir, build());
  writeFileSync(marker, `${JSON.stringify({ version: SCALE_VERSION, seconds: (performance.now() - started) / 1000 })}\n`);
  return dir;
}

// ---------------------------------------------------------------------------------------------
// Real repositories and the peer

function mirrorGitDir(mirror, repo) {
  if (!mirror) return undefined;
  const base = path.join(mirror, repo.replace('/', '+'));
  for (const candidate of [path.join(base, 'repo', '.git'), path.join(base, 'repo'), path.join(base, '.git'), base]) {
    if (existsSync(path.join(candidate, 'HEAD')) && existsSync(path.join(candidate, 'objects'))) return candidate;
  }
  return undefined;
}

/** A work tree of a real repository under .bench/real, cloned once from the mirror or GitHub. */
function ensureReal(repo, options) {
  const dir = path.join(REAL_DIR, repo.replace('/', '+'));
  if (existsSync(path.join(dir, '.git'))) return dir;
  const from = mirrorGitDir(options.mirror, repo) ?? (options.clone ? `https://github.com/${repo}.git` : undefined);
  if (!from) return undefined;
  mkdirSync(REAL_DIR, { recursive: true });
  process.stdout.write(`cloning ${repo} into ${path.relative(ROOT, dir)} ...\n`);
  const result = spawnSync('git', ['-c', 'core.hooksPath=/dev/null', 'clone', '-q', from, dir], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (!existsSync(path.join(dir, '.git'))) {
    process.stdout.write(`  could not clone ${repo}: ${(result.stderr ?? '').trim().split('\n')[0]}\n`);
    return undefined;
  }
  return dir;
}

function ensurePeer(install) {
  if (existsSync(PEER_BIN)) return PEER_BIN;
  if (!install) return undefined;
  process.stdout.write(`installing repolinter ${PEER_VERSION} into ${path.relative(ROOT, PEER_DIR)} ...\n`);
  mkdirSync(PEER_DIR, { recursive: true });
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  spawnSync(npm, ['install', '--prefix', PEER_DIR, `repolinter@${PEER_VERSION}`, '--no-audit', '--no-fund', '--loglevel=error'], { stdio: 'inherit' });
  return existsSync(PEER_BIN) ? PEER_BIN : undefined;
}

async function runPeer(repo, bin) {
  // repolinter exits 1 when a rule of its default ruleset fails: that is a finished run.
  const r = await timed(process.execPath, [bin, 'lint', repo], { cwd: repo });
  if (r.code !== 0 && r.code !== 1) throw new Error(`repolinter exited with ${r.code}: ${r.stderr.trim().split('\n')[0]}`);
  return { seconds: r.seconds };
}

async function nodeStart() {
  return (await timed(process.execPath, ['-e', '0'])).seconds;
}


// ---------------------------------------------------------------------------------------------
// Cohort: batch over local repositories served like GitHub (GITHUB_SERVER_URL=file://…)

/** 100 bare repositories at .bench/cohort/served/classroom/student-NNN.git, each a small backend with history. */
async function ensureCohort(force) {
  const served = path.join(BENCH_DIR, 'cohort', 'served', 'classroom');
  const marker = path.join(BENCH_DIR, 'cohort.json');
  let seen;
  try {
    seen = JSON.parse(readFileSync(marker, 'utf8'));
  } catch {
    seen = undefined;
  }
  if (!force && seen?.version === SCALE_VERSION && existsSync(path.join(served, 'student-100.git'))) return path.dirname(served);
  rmSync(path.join(BENCH_DIR, 'cohort'), { recursive: true, force: true });
  mkdirSync(served, { recursive: true });
  process.stdout.write('generating a cohort of 100 repositories in .bench/cohort ...\n');
  for (let i = 1; i <= 100; i++) {
    const name = `student-${String(i).padStart(3, '0')}`;
    const work = path.join(BENCH_DIR, 'cohort', 'work');
    async function* student() {
      let when = 1_700_000_000 + i * 1000;
      const files = 60 + (i % 5) * 20;
      for (let c = 0; c < 30; c++) {
        when += 3600;
        yield `commit refs/heads/main\nauthor ${AUTHOR} ${when} +0000\ncommitter ${AUTHOR} ${when} +0000\n${blob(`Add ${pick(mulberry32(i * 100 + c), NOUNS)} handling (${c})`)}`;
        if (c === 0) {
          yield `M 100644 inline package.json\n${blob(JSON.stringify({ name, scripts: { start: 'node src/server.js', test: 'jest' }, dependencies: { express: '^4.21.0', pg: '^8.11.0' }, devDependencies: { jest: '^29.7.0', supertest: '^7.0.0' } }, null, 2))}`;
          yield `M 100644 inline README.md\n${blob(`# ${name}\n\n## Setup\n\n\`\`\`bash\nnpm ci\nnpm start\n\`\`\`\n`)}`;
        }
        for (let f = c; f < files; f += 30) yield `M 100644 inline src/modules/m${f}.js\n${blob(genTs(`src/modules/${name}/m${f}.ts`, c))}`;
        yield '\n';
      }
    }
    await fastImport(work, student());
    git(BENCH_DIR, ['clone', '-q', '--bare', work, path.join(served, `${name}.git`)]);
    git(path.join(served, `${name}.git`), ['config', 'uploadpack.allowFilter', 'true']);
    rmSync(work, { recursive: true, force: true });
  }
  writeFileSync(marker, `${JSON.stringify({ version: SCALE_VERSION })}\n`);
  return path.dirname(served);
}

async function cohortRow(options) {
  const served = await ensureCohort(options.regenerate);
  const measureBatch = async (count) => {
    const out = path.join(BENCH_DIR, 'cohort', `out-${count}`);
    rmSync(out, { recursive: true, force: true });
    const targets = Array.from({ length: count }, (_, i) => `github:classroom/student-${String(i + 1).padStart(3, '0')}`);
    const rssFile = path.join(os.tmpdir(), `pc-bench-cohort-${process.pid}.txt`);
    rmSync(rssFile, { force: true });
    const r = await timed(process.execPath, ['--import', pathToFileURL(PROBE).href, options.cli, 'batch', ...targets, '--out', out], {
      cwd: ROOT,
      env: { ...process.env, GITHUB_SERVER_URL: `file://${served}`, PC_RSS_FILE: rssFile },
    });
    if (r.code !== 0) throw new Error(`batch exited with ${r.code}: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
    const mib = Number(readFileSync(rssFile, 'utf8').trim()) / 1024;
    rmSync(rssFile, { force: true });
    return { seconds: r.seconds, perMinute: (count / r.seconds) * 60, mib };
  };
  const small = await measureBatch(25);
  const large = await measureBatch(100);
  const flat = large.mib / small.mib;
  const checks = [{ what: 'peak memory flat (100 vs 25 repositories ≤ 1.25x)', ok: flat <= 1.25 }];
  process.stdout.write(`${'cohort: batch of 25 / 100'.padEnd(30)} ${small.perMinute.toFixed(0)} / ${large.perMinute.toFixed(0)} repositories per minute; peak ${Math.round(small.mib)} / ${Math.round(large.mib)} MiB  ${verdict(checks)}\n`);
  return checks;
}

// ---------------------------------------------------------------------------------------------
// Rows

/** Interleaved runs of floor, read-all, full and peer on one repository, after one warm-up each. */
async function measure(repo, options, peer) {
  const counts = {
    files: git(repo, ['ls-files', '-z']).split('\0').filter(Boolean).length,
    commits: Number(git(repo, ['rev-list', '--count', 'HEAD']).trim()),
  };
  const each = async () => {
    const floorParts = await runFloor(repo);
    const node = await nodeStart();
    const readAll = (await runReadAll(repo)).seconds;
    const full = await runFull(repo, options.cli);
    const peerRun = peer ? (await runPeer(repo, peer)).seconds : NaN;
    return { floor: floorParts.seconds + node, readAll, full: full.seconds, mib: full.mb, peer: peerRun };
  };
  await each();
  const runs = [];
  for (let i = 0; i < options.runs; i++) runs.push(await each());
  const summary = (key) => stats(runs.map((r) => r[key]));
  return { ...counts, floor: summary('floor'), readAll: summary('readAll'), full: summary('full'), peer: peer ? summary('peer') : undefined, mib: Math.max(...runs.map((r) => r.mib)) };
}

function judge(m, targets) {
  const checks = [];
  const ratio = { floor: m.full.median / m.floor.median, readAll: m.full.median / m.readAll.median, peer: m.peer ? m.full.median / m.peer.median : NaN };
  if (targets.floor !== undefined) checks.push({ what: `≤ ${targets.floor}x floor`, ok: ratio.floor <= targets.floor });
  if (targets.readAll !== undefined) checks.push({ what: `≤ ${targets.readAll}x read-all`, ok: ratio.readAll <= targets.readAll });
  if (targets.peer !== undefined) checks.push(m.peer ? { what: `≤ ${targets.peer}x repolinter`, ok: ratio.peer <= targets.peer } : { what: `≤ ${targets.peer}x repolinter (peer not installed: --peer)`, ok: undefined });
  if (targets.mib !== undefined) checks.push({ what: `≤ ${targets.mib} MiB`, ok: Number.isFinite(m.mib) && m.mib <= targets.mib });
  return { ratio, checks };
}

const fmtRatio = (n) => (Number.isFinite(n) ? `${n.toFixed(2)}x` : '–');
const fmtSec = (s) => (s ? `${s.median.toFixed(2)}` : '–');
const verdict = (checks) => checks.map((c) => `${c.ok === undefined ? 'n/a' : c.ok ? 'PASS' : 'FAIL'} ${c.what}`).join('; ');

function printRow(name, m, judged) {
  const cells = [
    name.padEnd(30),
    m.files.toLocaleString('en-US').padStart(8),
    m.commits.toLocaleString('en-US').padStart(8),
    fmtSec(m.floor).padStart(7),
    fmtSec(m.readAll).padStart(8),
    fmtSec(m.full).padStart(7),
    fmtSec(m.peer).padStart(7),
    fmtRatio(judged.ratio.floor).padStart(7),
    fmtRatio(judged.ratio.readAll).padStart(8),
    fmtRatio(judged.ratio.peer).padStart(7),
    (Number.isFinite(m.mib) ? `${Math.round(m.mib)}` : '–').padStart(5),
  ];
  process.stdout.write(`${cells.join(' ')}  ${verdict(judged.checks)}\n`);
}

async function startupRow(options) {
  const sample = async (args) => (await timed(process.execPath, args, { cwd: ROOT })).seconds;
  const node = [];
  const version = [];
  const help = [];
  await sample(['-e', '0']);
  await sample([options.cli, '--version']);
  for (let i = 0; i < Math.max(options.runs, 5); i++) {
    node.push(await sample(['-e', '0']));
    version.push(await sample([options.cli, '--version']));
    help.push(await sample([options.cli, '--help']));
  }
  const n = stats(node).median;
  const v = stats(version).median - n;
  const h = stats(help).median - n;
  const checks = [{ what: '--version ≤ node + 40 ms', ok: v <= 0.04 }];
  process.stdout.write(`${'start-up'.padEnd(30)} node ${(n * 1000).toFixed(0)} ms; --version node + ${(v * 1000).toFixed(0)} ms; --help node + ${(h * 1000).toFixed(0)} ms  ${verdict(checks)}\n`);
  return checks;
}

async function main() {
  const options = parseOptions();
  if (!existsSync(options.cli)) {
    if (options.cli !== path.join(ROOT, 'dist', 'cli.js')) {
      console.error(`bench: ${options.cli} does not exist`);
      process.exit(2);
    }
    process.stdout.write('dist/cli.js is missing; running npm run build ...\n');
    const built = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  for (const repo of options.repos) {
    if (!existsSync(repo)) {
      console.error(`bench: ${repo} does not exist`);
      process.exit(2);
    }
  }

  const peer = ensurePeer(options.peer);
  const rows = [];
  if (options.only.has('real')) {
    for (const { repo, targets } of REAL_REPOS) {
      const dir = ensureReal(repo, options);
      if (dir) rows.push({ name: repo, dir, targets });
      else process.stdout.write(`skipping ${repo}: not in the mirror (--mirror DIR or --clone)\n`);
    }
  }
  for (const repo of options.repos) rows.push({ name: path.basename(repo), dir: repo, targets: {} });
  if (options.only.has('synthetic')) {
    await ensureSynthetic(options.regenerate);
    rows.push({ name: 'synthetic backend', dir: SYNTH_DIR, targets: { readAll: 3 } });
  }
  const scaleFiles = [];
  if (options.only.has('scale-files')) {
    for (const count of [50_000, 100_000]) {
      const dir = await ensureGenerated(`files-${count / 1000}k`, `${count.toLocaleString('en-US')} files in one commit`, () => manyFiles(count), options.regenerate);
      const row = { name: `scale: ${count / 1000}k files`, dir, targets: count === 100_000 ? { mib: 200 } : {}, count };
      rows.push(row);
      scaleFiles.push(row);
    }
  }
  if (options.only.has('scale-commits')) {
    const dir = await ensureGenerated('commits-300k', '300,000 commits', () => manyCommits(300_000), options.regenerate);
    rows.push({ name: 'scale: 300k commits', dir, targets: { floor: 2.5, mib: 200 } });
  }

  process.stdout.write(`\nnode ${process.version}, ${git(ROOT, ['--version']).trim()}, ${os.cpus().length} CPUs; medians of ${options.runs} runs after one warm-up; seconds; peer: ${peer ? `repolinter ${PEER_VERSION}` : 'not installed (--peer)'}\n`);
  process.stdout.write(`${'row'.padEnd(30)} ${'files'.padStart(8)} ${'commits'.padStart(8)} ${'floor'.padStart(7)} ${'read-all'.padStart(8)} ${'full'.padStart(7)} ${'peer'.padStart(7)} ${'/floor'.padStart(7)} ${'/readall'.padStart(8)} ${'/peer'.padStart(7)} ${'MiB'.padStart(5)}  targets\n`);
  const allChecks = [];
  for (const row of rows) {
    const m = await measure(row.dir, options, peer);
    row.measured = m;
    const judged = judge(m, row.targets);
    printRow(row.name, m, judged);
    allChecks.push(...judged.checks);
  }
  if (scaleFiles.length === 2 && scaleFiles.every((r) => r.measured)) {
    const [half, whole] = scaleFiles;
    const growth = whole.measured.full.median / half.measured.full.median;
    const ok = growth <= 2.2;
    allChecks.push({ ok });
    process.stdout.write(`${'scale: files 50k → 100k'.padEnd(30)} full run grows ${growth.toFixed(2)}x for 2x the files (${((whole.measured.full.median / whole.count) * 1e6).toFixed(0)} µs/file)  ${ok ? 'PASS' : 'FAIL'} linear (≤ 2.2x)\n`);
  }
  if (options.only.has('cohort')) allChecks.push(...(await cohortRow(options)));
  if (options.only.has('startup')) allChecks.push(...(await startupRow(options)));
  if (options.strict && allChecks.some((c) => c.ok === false)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(`bench: ${error.stack ?? error}`);
  process.exit(2);
});

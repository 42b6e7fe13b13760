#!/usr/bin/env node
// Calibration: `npm run calibrate [-- options]`.
//
// Scores every repository of the labelled calibration set (test/calibration/repos.json: real public
// repositories graded by hand with ../shared/REVIEWER-RUBRIC.md at a fixed commit) and compares the
// tool's score with the reviewer's: Spearman rank correlation, tier agreement (weak < 45, mid 45–74,
// strong ≥ 75), mean absolute error, weak projects above 50, the worst five, and per criterion how
// often the rule agrees with the reviewer.
//
// Repositories come from a mirror directory (one git directory per repository, named owner+name, as
// a bare repository, a clone, or a folder holding `repo/` or `repo/.git`); `--clone` fills missing ones
// from GitHub. Each is checked out at the labelled commit into a temporary work tree, checked with the
// built CLI and `--no-config` (a reviewer's score is never set by the candidate), and removed.
//
// Node built-ins and the git CLI only. Never part of the test suite: it needs the mirror.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseScriptArgs } from './script-args.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const HELP = `Usage: npm run calibrate [-- options]

  --mirror DIR    where the repositories' git directories are (default: $PORTFOLIO_CHECK_MIRROR,
                  else .cache/calibration)
  --clone         clone repositories missing from the mirror from https://github.com (needs network)
  --labels FILE   the labelled set (default test/calibration/repos.json)
  --cli PATH      CLI bundle to run (default dist/cli.js)
  --only NAMES    comma-separated owner/name list to run
  --jobs N        repositories checked at once (default 2)
  --criteria      also list every criterion where a rule disagrees with the reviewer
  --json FILE     write every repository's label and tool score as JSON
  -h, --help      this help
`;

/** The rubric's criteria (REVIEWER-RUBRIC.md) and the rules that judge them. */
export const CRITERIA = {
  'readme-setup': { max: 7, rules: ['readme-setup'] },
  'readme-architecture': { max: 5, rules: ['readme-architecture'] },
  'readme-api': { max: 5, rules: ['readme-api'] },
  license: { max: 3, rules: ['license-present'] },
  tests: { max: 10, rules: ['tests-present'] },
  'tests-api': { max: 8, rules: ['tests-api'] },
  'ci-tests': { max: 7, rules: ['ci-runs-tests'] },
  dockerfile: { max: 5, rules: ['container-present'] },
  compose: { max: 3, rules: ['compose-present'] },
  deploy: { max: 4, rules: ['deploy-config'] },
  'env-template': { max: 3, rules: ['env-example'] },
  auth: { max: 5, rules: ['auth-present'] },
  'password-hashing': { max: 4, rules: ['password-hashing'] },
  authorization: { max: 4, rules: ['authorization'] },
  validation: { max: 4, rules: ['input-validation'] },
  'rate-limiting': { max: 3, rules: ['rate-limiting'] },
  database: { max: 3, rules: ['database-present'] },
  migrations: { max: 4, rules: ['migrations-present'] },
  seeds: { max: 1, rules: ['seed-data'] },
  'api-docs': { max: 4, rules: ['api-docs'] },
  logging: { max: 3, rules: ['logging'] },
  history: { max: 5, rules: ['commit-messages', 'commit-granularity'] },
};

export const tier = (score) => (score >= 75 ? 'strong' : score >= 45 ? 'mid' : 'weak');

/** Ranks with ties given their average rank. */
function ranks(values) {
  const order = values.map((v, i) => [v, i]).sort((a, b) => a[0] - b[0]);
  const out = new Array(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) out[order[k][1]] = rank;
    i = j + 1;
  }
  return out;
}

/** Spearman's rho: the Pearson correlation of the ranks. */
export function spearman(xs, ys) {
  const rx = ranks(xs);
  const ry = ranks(ys);
  const mean = (a) => a.reduce((s, v) => s + v, 0) / a.length;
  const mx = mean(rx);
  const my = mean(ry);
  let num = 0;
  let dx = 0;
  let dy = 0;
  for (let i = 0; i < rx.length; i++) {
    num += (rx[i] - mx) * (ry[i] - my);
    dx += (rx[i] - mx) ** 2;
    dy += (ry[i] - my) ** 2;
  }
  return dx === 0 || dy === 0 ? 0 : num / Math.sqrt(dx * dy);
}

export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (c) => out.push(c));
    child.stderr.on('data', (c) => err.push(c));
    child.on('error', (e) => resolve({ code: -1, stdout: '', stderr: e.message }));
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

// Git never runs the mirrored repository's hooks, filters or fsmonitor here.
const SAFE_GIT = ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false', '-c', 'protocol.file.allow=always'];

function mirrorGitDir(mirror, repo) {
  const base = path.join(mirror, repo.replace('/', '+'));
  for (const candidate of [path.join(base, 'repo', '.git'), path.join(base, 'repo'), path.join(base, '.git'), base]) {
    if (existsSync(path.join(candidate, 'HEAD')) && existsSync(path.join(candidate, 'objects'))) return candidate;
  }
  return undefined;
}

export async function ensureMirror(mirror, repo, clone) {
  const found = mirrorGitDir(mirror, repo);
  if (found || !clone) return found;
  const into = path.join(mirror, repo.replace('/', '+'));
  const result = await run('git', [...SAFE_GIT, 'clone', '--quiet', '--bare', `https://github.com/${repo}.git`, into]);
  return result.code === 0 ? into : undefined;
}

/** A temporary work tree at the labelled commit. Blobs a snapshot lacks are left out, not fatal. */
export async function checkout(gitDir, commit) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pc-calibrate-'));
  const work = path.join(dir, 'repo');
  const cloned = await run('git', [...SAFE_GIT, 'clone', '--quiet', '--no-checkout', '--no-hardlinks', gitDir, work]);
  if (cloned.code !== 0) return { dir, error: `clone failed: ${cloned.stderr.trim().split('\n')[0]}` };
  await run('git', [...SAFE_GIT, '-C', work, 'checkout', '--quiet', '--force', '--detach', commit]);
  const head = await run('git', ['-C', work, 'rev-parse', 'HEAD']);
  if (head.stdout.trim() !== commit) return { dir, error: `commit ${commit.slice(0, 12)} is not in the mirror` };
  return { dir, work };
}

function criterionAgreement(label, result) {
  const byId = new Map(result.rules.map((r) => [r.id, r]));
  const rows = [];
  for (const [criterion, { max, rules }] of Object.entries(CRITERIA)) {
    if ((label.notApplicable ?? []).includes(criterion)) continue;
    const points = label.evidence?.[criterion];
    if (typeof points !== 'number') continue;
    const scored = rules.map((id) => byId.get(id)).filter((r) => r && typeof r.score === 'number');
    if (scored.length === 0) continue;
    const tool = scored.reduce((s, r) => s + r.score, 0) / scored.length;
    const reviewer = points / max;
    rows.push({ criterion, reviewer, tool, agree: reviewer >= 0.5 === tool >= 0.5 });
  }
  return rows;
}

async function main() {
  const values = parseScriptArgs('calibrate', HELP, {
    mirror: { type: 'string' },
    clone: { type: 'boolean' },
    labels: { type: 'string' },
    cli: { type: 'string' },
    only: { type: 'string' },
    jobs: { type: 'string' },
    criteria: { type: 'boolean' },
    json: { type: 'string' },
  });
  const mirror = path.resolve(values.mirror ?? process.env.PORTFOLIO_CHECK_MIRROR ?? path.join(ROOT, '.cache', 'calibration'));
  const cli = path.resolve(values.cli ?? path.join(ROOT, 'dist', 'cli.js'));
  const jobs = Math.max(1, Number(values.jobs ?? 2) || 2);
  let labels = JSON.parse(readFileSync(path.resolve(values.labels ?? path.join(ROOT, 'test', 'calibration', 'repos.json')), 'utf8'));
  if (values.only) {
    const only = new Set(values.only.split(',').map((s) => s.trim()));
    labels = labels.filter((l) => only.has(l.repo));
  }
  if (!existsSync(mirror) || !statSync(mirror).isDirectory()) {
    if (!values.clone) {
      console.error(`calibrate: no mirror at ${mirror}; pass --mirror DIR, set PORTFOLIO_CHECK_MIRROR, or add --clone`);
      process.exit(2);
    }
  }
  const help = await run('node', [cli, '--help']);
  const configFlag = help.stdout.includes('--no-config') ? ['--no-config'] : [];

  const rows = [];
  const queue = [...labels];
  async function worker() {
    for (let label = queue.shift(); label; label = queue.shift()) {
      const gitDir = await ensureMirror(mirror, label.repo, values.clone);
      if (!gitDir) {
        rows.push({ label, error: 'not in the mirror' });
        continue;
      }
      const { dir, work, error } = await checkout(gitDir, label.commit);
      try {
        if (error) {
          rows.push({ label, error });
          continue;
        }
        const out = await run('node', [cli, work, '--format', 'json', ...configFlag]);
        let result;
        try {
          result = JSON.parse(out.stdout);
        } catch {
          rows.push({ label, error: `exit ${out.code}: ${out.stderr.trim().split('\n')[0]}` });
          continue;
        }
        rows.push({ label, result, score: result.score });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  await Promise.all(Array.from({ length: jobs }, worker));

  const scored = rows.filter((r) => r.result).sort((a, b) => a.label.score - b.label.score);
  const failed = rows.filter((r) => !r.result);
  const pad = (s, n) => String(s).padEnd(n);
  const lpad = (s, n) => String(s).padStart(n);
  console.log(`${pad('repository', 52)} ${lpad('label', 5)} ${lpad('tool', 5)} ${lpad('diff', 5)}  tiers`);
  for (const r of scored) {
    const diff = r.score - r.label.score;
    const tiers = tier(r.label.score) === tier(r.score) ? tier(r.score) : `${tier(r.label.score)} → ${tier(r.score)}  ✗`;
    console.log(`${pad(r.label.repo, 52)} ${lpad(r.label.score, 5)} ${lpad(r.score, 5)} ${lpad((diff > 0 ? '+' : '') + diff, 5)}  ${tiers}`);
  }
  for (const r of failed) console.log(`${pad(r.label.repo, 52)} not checked: ${r.error}`);
  if (scored.length < 2) {
    console.error('calibrate: fewer than two repositories were checked');
    process.exit(1);
  }

  const label = scored.map((r) => r.label.score);
  const tool = scored.map((r) => r.score);
  const rho = spearman(label, tool);
  const agree = scored.filter((r) => tier(r.label.score) === tier(r.score)).length;
  const mae = scored.reduce((s, r) => s + Math.abs(r.score - r.label.score), 0) / scored.length;
  const weakAbove50 = scored.filter((r) => tier(r.label.score) === 'weak' && r.score > 50);
  const worst = [...scored].sort((a, b) => Math.abs(b.score - b.label.score) - Math.abs(a.score - a.label.score)).slice(0, 5);
  const criteria = scored.flatMap((r) => criterionAgreement(r.label, r.result).map((c) => ({ ...c, repo: r.label.repo })));
  const criteriaAgree = criteria.filter((c) => c.agree).length;

  console.log('');
  console.log(`repositories        ${scored.length} checked${failed.length ? `, ${failed.length} not checked` : ''} (${['weak', 'mid', 'strong'].map((t) => `${label.filter((s) => tier(s) === t).length} ${t}`).join(', ')})`);
  console.log(`Spearman            ${rho.toFixed(3)}   (target ≥ 0.93)`);
  console.log(`tier agreement      ${((100 * agree) / scored.length).toFixed(1)} %  (${agree}/${scored.length}; target ≥ 90 %)`);
  console.log(`mean abs. error     ${mae.toFixed(1)}   (target ≤ 6)`);
  console.log(`weak above 50       ${weakAbove50.length}${weakAbove50.length ? `: ${weakAbove50.map((r) => `${r.label.repo} ${r.score}`).join(', ')}` : ''}   (target 0)`);
  console.log(`criteria agreement  ${criteria.length ? ((100 * criteriaAgree) / criteria.length).toFixed(1) : '–'} %  (${criteriaAgree}/${criteria.length} rubric criteria, rule and reviewer on the same side of half)`);
  console.log('worst five          ' + worst.map((r) => `${r.label.repo} ${r.label.score}→${r.score}`).join('\n                    '));
  if (values.criteria) {
    const byCriterion = new Map();
    for (const c of criteria.filter((c) => !c.agree)) byCriterion.set(c.criterion, [...(byCriterion.get(c.criterion) ?? []), c]);
    console.log('\ndisagreements by criterion (reviewer share → rule score)');
    for (const [criterion, list] of [...byCriterion].sort((a, b) => b[1].length - a[1].length)) {
      console.log(`  ${criterion} (${list.length}): ${list.map((c) => `${c.repo} ${c.reviewer.toFixed(2)}→${c.tool.toFixed(2)}`).join(', ')}`);
    }
  }
  if (values.json) {
    const data = rows.map((r) => ({ repo: r.label.repo, commit: r.label.commit, label: r.label.score, tool: r.score ?? null, error: r.error }));
    writeFileSync(values.json, `${JSON.stringify(data, null, 2)}\n`);
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('calibrate.mjs')) {
  main().catch((error) => {
    console.error(`calibrate: ${error.message}`);
    process.exit(1);
  });
}

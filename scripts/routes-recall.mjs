#!/usr/bin/env node
// Route extraction against a hand count: `node scripts/routes-recall.mjs --mirror DIR [options]`.
//
// test/calibration/routes-heldout.json lists real public repositories (none of them in the
// calibration set or the extractor's fixtures) with every route a person counted by reading their
// route files. Each repository is checked out at the counted commit from the mirror (as
// `npm run calibrate` does), checked with the built CLI, and its `endpoints` compared with the count:
// recall (counted routes the tool lists), precision (listed routes that were counted), overall and
// per ecosystem, with every miss and every extra route.
//
// A route matches when the methods agree (ANY matches every method) and the paths have the same
// static segments, a parameter matching any one segment. A listed route whose prefix the tool
// reports as unresolved is neither a hit nor an extra: it is counted on its own line.
//
// Node built-ins and the git CLI only. Never part of the test suite: it needs the mirror.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseScriptArgs } from './script-args.mjs';
import { checkout, ensureMirror, run } from './calibrate.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const HELP = `Usage: node scripts/routes-recall.mjs [options]

  --mirror DIR    where the repositories' git directories are (default: $PORTFOLIO_CHECK_MIRROR,
                  else .cache/calibration)
  --clone         clone repositories missing from the mirror from https://github.com (needs network)
  --counts FILE   the hand count (default test/calibration/routes-heldout.json)
  --cli PATH      CLI bundle to run (default dist/cli.js)
  --only NAMES    comma-separated owner/name list to run
  --quiet         print the numbers only, not every miss and extra route
  -h, --help      this help
`;

const segments = (p) => p.split('/').filter(Boolean);
const isParam = (s) => /^\{[^}]*\}$/.test(s);

/** Same static segments, a parameter on either side matching any one segment. */
function samePath(a, b) {
  const x = segments(a);
  const y = segments(b);
  return x.length === y.length && x.every((s, i) => isParam(s) || isParam(y[i]) || s.toLowerCase() === y[i].toLowerCase());
}

const sameRoute = (counted, listed) => (counted.method === listed.method || counted.method === 'ANY' || listed.method === 'ANY') && samePath(counted.path, listed.path);

/** Hits, misses and extras of one repository's listed routes against its count. */
export function compare(counted, listed) {
  const unique = [];
  for (const r of listed) if (!unique.some((u) => u.method === r.method && u.path === r.path)) unique.push(r);
  const found = counted.filter((c) => unique.some((r) => !r.unresolvedPrefix && sameRoute(c, r)));
  const missed = counted.filter((c) => !found.includes(c));
  const partial = unique.filter((r) => r.unresolvedPrefix);
  const resolved = unique.filter((r) => !r.unresolvedPrefix);
  const correct = resolved.filter((r) => counted.some((c) => sameRoute(c, r)));
  const extra = resolved.filter((r) => !correct.includes(r));
  return { counted: counted.length, found: found.length, listed: resolved.length, correct: correct.length, missed, extra, partial };
}

const pct = (n, d) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)} %`);

async function main() {
  const values = parseScriptArgs('routes-recall', HELP, {
    mirror: { type: 'string' },
    clone: { type: 'boolean' },
    counts: { type: 'string' },
    cli: { type: 'string' },
    only: { type: 'string' },
    quiet: { type: 'boolean' },
  });
  const mirror = path.resolve(values.mirror ?? process.env.PORTFOLIO_CHECK_MIRROR ?? path.join(ROOT, '.cache', 'calibration'));
  const cli = path.resolve(values.cli ?? path.join(ROOT, 'dist', 'cli.js'));
  let { repos } = JSON.parse(readFileSync(path.resolve(values.counts ?? path.join(ROOT, 'test', 'calibration', 'routes-heldout.json')), 'utf8'));
  if (values.only) {
    const only = new Set(values.only.split(',').map((s) => s.trim()));
    repos = repos.filter((r) => only.has(r.repo));
  }

  const rows = [];
  for (const entry of repos) {
    const gitDir = await ensureMirror(mirror, entry.repo, values.clone);
    if (!gitDir) {
      rows.push({ entry, error: 'not in the mirror' });
      continue;
    }
    const { dir, work, error } = await checkout(gitDir, entry.commit);
    try {
      if (error) {
        rows.push({ entry, error });
        continue;
      }
      const out = await run('node', [cli, work, '--format', 'json', '--no-config']);
      let result;
      try {
        result = JSON.parse(out.stdout);
      } catch {
        rows.push({ entry, error: `exit ${out.code}: ${out.stderr.trim().split('\n')[0]}` });
        continue;
      }
      rows.push({ entry, ...compare(entry.routes, result.endpoints?.routes ?? []), unresolved: result.endpoints?.unresolved ?? [] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  const pad = (s, n) => String(s).padEnd(n);
  const lpad = (s, n) => String(s).padStart(n);
  console.log(`${pad('repository', 56)} ${pad('ecosystem', 10)} ${lpad('count', 5)} ${lpad('found', 5)} ${lpad('listed', 6)} ${lpad('extra', 5)} ${lpad('recall', 8)} ${lpad('precision', 9)}`);
  for (const r of rows) {
    if (r.error) {
      console.log(`${pad(r.entry.repo, 56)} not checked: ${r.error}`);
      continue;
    }
    console.log(`${pad(r.entry.repo, 56)} ${pad(r.entry.ecosystem, 10)} ${lpad(r.counted, 5)} ${lpad(r.found, 5)} ${lpad(r.listed, 6)} ${lpad(r.extra.length, 5)} ${lpad(pct(r.found, r.counted), 8)} ${lpad(pct(r.correct, r.listed), 9)}`);
  }
  const checked = rows.filter((r) => !r.error);
  const total = (list) => {
    const sum = (k) => list.reduce((s, r) => s + r[k], 0);
    return { counted: sum('counted'), found: sum('found'), listed: sum('listed'), correct: sum('correct') };
  };
  console.log('');
  const ecosystems = [...new Set(checked.map((r) => r.entry.ecosystem))];
  for (const eco of ecosystems) {
    const t = total(checked.filter((r) => r.entry.ecosystem === eco));
    console.log(`${pad(eco, 12)} recall ${lpad(pct(t.found, t.counted), 8)} (${t.found}/${t.counted})   precision ${lpad(pct(t.correct, t.listed), 8)} (${t.correct}/${t.listed})`);
  }
  const t = total(checked);
  console.log(`${pad('overall', 12)} recall ${lpad(pct(t.found, t.counted), 8)} (${t.found}/${t.counted})   precision ${lpad(pct(t.correct, t.listed), 8)} (${t.correct}/${t.listed})   targets: recall ≥ 90 %, precision ≥ 95 %`);
  if (values.quiet) return;
  for (const r of checked) {
    if (r.missed.length + r.extra.length + r.partial.length + r.unresolved.length === 0) continue;
    console.log(`\n${r.entry.repo}`);
    for (const m of r.missed) console.log(`  missed      ${m.method} ${m.path}  (${m.at})`);
    for (const e of r.extra) console.log(`  extra       ${e.method} ${e.path}  (${e.file}:${e.line})`);
    for (const p of r.partial) console.log(`  no prefix   ${p.method} ${p.path}  (${p.file}:${p.line}; ${p.unresolvedPrefix})`);
    for (const u of r.unresolved) console.log(`  unresolved  ${u.file}:${u.line}  ${u.reason}`);
  }
  if (checked.length < rows.length) process.exit(1);
}

if (process.argv[1]?.endsWith('routes-recall.mjs')) {
  main().catch((error) => {
    console.error(`routes-recall: ${error.message}`);
    process.exit(1);
  });
}

import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, formatProblem, loadConfig } from '../config/index.js';
import { formatHtml } from '../report/html.js';
import { parseArgv } from '../cli/args.js';
import type { CliIo } from '../cli/main.js';
import { runBatch, type BatchOutcome, type CohortConfig } from './batch.js';
import { formatCohortHtml } from './dashboard.js';
import { GitHubApiError, listOrganisationRepositories } from './github-org.js';
import { BAND_WORDS, CohortReadError, mergeCohort, type Cohort, type CohortRow } from './merge.js';
import { formatCohortCsv, formatCohortJson, formatCohortMarkdown } from './report.js';
import { expandTargets, parseShard, parseTarget, shardTargets, TargetError, type CohortTarget } from './targets.js';

export const BATCH_HELP = `Usage: portfolio-check batch [targets...] --out DIR [options]

Checks a cohort of repositories with one configuration and writes each Result
to DIR as soon as it is ready (DIR/<owner>+<repo>@<commit>.json). Rerunning the
same command resumes: repositories already checked at the same commit are
skipped. Failures are recorded (DIR/<owner>+<repo>.failed.json) and never stop
the batch.

Targets:
  github:owner/repo[@ref]   A GitHub repository (or its https://github.com URL)
  path                      A local directory
  @file                     One target a line; # starts a comment

Options:
      --out <dir>           Where the Results go (required)
      --org <name>          Also every repository of this organisation (REST API)
      --match <glob>        With --org: only names matching, e.g. "assignment-1-*"
      --include-archived    With --org: also archived repositories
      --include-forks       With --org: also forks
      --api-url <url>       REST API base (default $GITHUB_API_URL or
                            https://api.github.com; GitHub Enterprise)
  -c, --config <file>       The configuration every repository is scored with
                            (default: the recommended preset). Repositories'
                            own configuration files are never used.
      --concurrency <n>     Repositories at once (default: the number of cores)
      --shard <i/n>         Only the i-th of n deterministic shards of the
                            targets (for a CI matrix)
      --retry-failed        Only the repositories whose last run failed
      --timeout <seconds>   Per repository and git step (default 300)
      --max-size <MiB>      Largest clone (default 500)
  -h, --help                Print this help

GITHUB_TOKEN (or GH_TOKEN) reads private repositories and raises the API rate
limit; it travels in a header, never on a command line. GITHUB_SERVER_URL
points clones at GitHub Enterprise.

Exit codes: 0 the batch ran (failed repositories are recorded, not fatal);
2 usage or configuration error; 3 the organisation could not be listed
(API unreachable, not found or rate limited); 130 interrupted.
`;

export const REPORT_HELP = `Usage: portfolio-check report <dir...> [options]

Merges the Results of one or more batch output directories (shards) into one
cohort report.

Options:
  -f, --format <name>       html (a dashboard), csv (one row per repository,
                            one column per rule), markdown, json (merged)
                            (default: markdown, or html when --output ends
                            in .html)
  -o, --output <file>       Write to a file; with html, each repository's own
                            report is also written beside it
                            (<file name>-reports/<owner>+<repo>.html) and linked
      --previous <dir>      A previous run's directory: adds each score's change
                            (repeatable, for shards)
  -h, --help                Print this help
`;

const FORMATS = ['html', 'csv', 'markdown', 'json'] as const;

function usage(io: CliIo, message: string, help: string): number {
  io.stderr(`portfolio-check: ${message}\n${help === BATCH_HELP ? 'Run portfolio-check batch --help for usage.' : 'Run portfolio-check report --help for usage.'}\n`);
  return 2;
}

/** `portfolio-check batch …`: returns the exit code. */
export async function batchMain(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgv(argv, {
      out: { type: 'string' },
      org: { type: 'string' },
      match: { type: 'string' },
      'include-archived': { type: 'boolean' },
      'include-forks': { type: 'boolean' },
      'api-url': { type: 'string' },
      config: { type: 'string', short: 'c' },
      concurrency: { type: 'string' },
      shard: { type: 'string' },
      'retry-failed': { type: 'boolean' },
      timeout: { type: 'string' },
      'max-size': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
  } catch (error) {
    return usage(io, (error as Error).message, BATCH_HELP);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(BATCH_HELP);
    return 0;
  }
  if (typeof values.out !== 'string' || values.out.trim() === '') return usage(io, 'batch needs --out DIR, where the Results go', BATCH_HELP);
  if (positionals.length === 0 && !values.org) return usage(io, 'batch needs targets (github:owner/repo, paths, @file) or --org NAME', BATCH_HELP);
  const number = (name: 'concurrency' | 'timeout' | 'max-size', fallback: number, min: number, max: number): number | string => {
    const raw = values[name];
    if (raw === undefined) return fallback;
    const n = Number(raw);
    return Number.isInteger(n) && n >= min && n <= max ? n : `--${name} expects a whole number from ${min} to ${max}, got "${String(raw)}"`;
  };
  const concurrency = number('concurrency', Math.max(1, os.availableParallelism()), 1, 64);
  const timeout = number('timeout', 300, 1, 86_400);
  const maxSize = number('max-size', 500, 1, 1_048_576);
  for (const n of [concurrency, timeout, maxSize]) if (typeof n === 'string') return usage(io, n, BATCH_HELP);

  let targets: CohortTarget[];
  try {
    targets = await expandTargets(positionals, io.cwd);
    if (typeof values.org === 'string') {
      const listed = await listOrganisationRepositories({
        org: values.org,
        ...(typeof values.match === 'string' ? { match: values.match } : {}),
        includeArchived: Boolean(values['include-archived']),
        includeForks: Boolean(values['include-forks']),
        apiUrl: typeof values['api-url'] === 'string' ? values['api-url'] : io.env.GITHUB_API_URL || 'https://api.github.com',
        ...(io.env.GITHUB_TOKEN || io.env.GH_TOKEN ? { token: io.env.GITHUB_TOKEN || io.env.GH_TOKEN } : {}),
      });
      const seen = new Set(targets.map((t) => t.key));
      for (const repo of listed) {
        const target = parseTarget(`github:${repo.owner}/${repo.repo}`, io.cwd);
        if (!seen.has(target.key)) targets.push(target);
      }
      io.stderr(`portfolio-check: ${listed.length} repositories in ${values.org}${values.match ? ` matching ${values.match}` : ''}\n`);
    }
    if (typeof values.shard === 'string') targets = shardTargets(targets, parseShard(values.shard));
  } catch (error) {
    if (error instanceof TargetError) return usage(io, error.message, BATCH_HELP);
    if (error instanceof GitHubApiError) {
      io.stderr(`portfolio-check: cannot list ${String(values.org)}: ${error.message}\n`);
      return 3;
    }
    throw error;
  }

  const config = await cohortConfig(typeof values.config === 'string' ? values.config : undefined, io);
  if (typeof config === 'number') return config;

  const outDir = path.resolve(io.cwd, values.out);
  const controller = new AbortController();
  const interrupt = () => controller.abort();
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  const progress = cohortProgress(targets.length, io);
  try {
    const summary = await runBatch({
      targets,
      outDir,
      config,
      concurrency: concurrency as number,
      retryFailed: Boolean(values['retry-failed']),
      env: io.env,
      timeoutMs: (timeout as number) * 1000,
      maxBytes: (maxSize as number) * 2 ** 20,
      signal: controller.signal,
      onStart: progress.start,
      onOutcome: progress.done,
    });
    progress.end();
    if (controller.signal.aborted) {
      io.stderr('portfolio-check: interrupted; temporary clones removed. Rerun the same command to resume.\n');
      return 130;
    }
    io.stderr(`portfolio-check: ${summary.checked} checked, ${summary.skipped} already checked at the same commit, ${summary.failed} failed; Results in ${path.relative(io.cwd, outDir) || '.'}\n`);
    return 0;
  } finally {
    process.removeListener('SIGINT', interrupt);
    process.removeListener('SIGTERM', interrupt);
  }
}

/** The maintainer's configuration (or the recommended preset), loaded once for the whole cohort. */
async function cohortConfig(file: string | undefined, io: CliIo): Promise<CohortConfig | number> {
  // Without --config, an empty folder stands for "no file": the recommended preset alone.
  const empty = file === undefined ? await mkdtemp(path.join(os.tmpdir(), 'portfolio-check-config-')) : undefined;
  try {
    const loaded = file === undefined ? await loadConfig(empty!) : await loadConfig(io.cwd, { configPath: path.resolve(io.cwd, file) });
    if (file === undefined) return { loaded, name: 'portfolio-check:recommended' };
    const bytes = await readFile(path.resolve(io.cwd, file));
    return { loaded, name: file, sha256: createHash('sha256').update(bytes).digest('hex') };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) io.stderr(`portfolio-check: ${formatProblem(problem)}\n`);
    return 2;
  } finally {
    if (empty) await rm(empty, { recursive: true, force: true });
  }
}

/** A progress line on a terminal (done/total, failures, ETA), a plain log line per repository otherwise. */
function cohortProgress(total: number, io: CliIo) {
  const tty = Boolean(io.stderrIsTTY) && io.env.TERM !== 'dumb';
  const started = Date.now();
  let done = 0;
  let failed = 0;
  const running = new Set<string>();
  const name = (o: BatchOutcome) => (o.target.kind === 'remote' ? o.target.remote.display : o.target.dir);
  const draw = () => {
    if (!tty) return;
    const elapsed = (Date.now() - started) / 1000;
    const eta = done > 0 ? Math.round((elapsed / done) * (total - done)) : undefined;
    const etaText = eta === undefined ? '' : ` · ETA ${Math.floor(eta / 60)}m${String(eta % 60).padStart(2, '0')}s`;
    const current = [...running][0];
    io.stderr(`\r\x1b[2K[${done}/${total}] ${failed} failed${etaText}${current ? ` · ${current}` : ''}`);
  };
  return {
    start(target: CohortTarget) {
      running.add(target.kind === 'remote' ? target.remote.display : target.dir);
      draw();
    },
    done(outcome: BatchOutcome) {
      done++;
      running.delete(name(outcome));
      if (outcome.status === 'failed') failed++;
      if (tty) {
        if (outcome.status === 'failed') io.stderr(`\r\x1b[2Kfailed ${name(outcome)}: ${outcome.failure.reason}: ${outcome.failure.message}\n`);
        draw();
        return;
      }
      const prefix = `[${done}/${total}]`;
      if (outcome.status === 'checked') io.stderr(`${prefix} ok ${name(outcome)} ${outcome.entry.result.score} (${BAND_WORDS[outcome.entry.result.band]}) in ${outcome.seconds.toFixed(1)}s\n`);
      else if (outcome.status === 'skipped') io.stderr(`${prefix} skipped ${name(outcome)}: already checked at ${outcome.commit.slice(0, 12)}\n`);
      else io.stderr(`${prefix} failed ${name(outcome)}: ${outcome.failure.reason}: ${outcome.failure.message}\n`);
    },
    end() {
      if (tty) io.stderr('\r\x1b[2K');
    },
  };
}

/** `portfolio-check report DIR…`: returns the exit code. */
export async function reportMain(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgv(argv, {
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      previous: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    });
  } catch (error) {
    return usage(io, (error as Error).message, REPORT_HELP);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(REPORT_HELP);
    return 0;
  }
  if (positionals.length === 0) return usage(io, 'report needs one or more batch output directories', REPORT_HELP);
  const output = typeof values.output === 'string' ? values.output : undefined;
  const format = typeof values.format === 'string' ? values.format : output?.endsWith('.html') ? 'html' : 'markdown';
  if (!(FORMATS as readonly string[]).includes(format)) return usage(io, `unknown format "${format}"; expected ${FORMATS.join(', ')}`, REPORT_HELP);

  let cohort: Cohort;
  try {
    cohort = await mergeCohort(
      positionals.map((d) => path.resolve(io.cwd, d)),
      ((values.previous as string[] | undefined) ?? []).map((d) => path.resolve(io.cwd, d)),
    );
  } catch (error) {
    if (error instanceof CohortReadError) {
      io.stderr(`portfolio-check: ${error.message}\n`);
      return 2;
    }
    throw error;
  }

  let text: string;
  if (format === 'html') {
    let reportHref: ((row: CohortRow) => string) | undefined;
    if (output) {
      const file = path.resolve(io.cwd, output);
      const folder = `${path.basename(file).replace(/\.html?$/i, '')}-reports`;
      await mkdir(path.join(path.dirname(file), folder), { recursive: true });
      for (const row of cohort.rows) await writeFile(path.join(path.dirname(file), folder, `${row.key}.html`), formatHtml(row.entry.result));
      reportHref = (row) => `${encodeURIComponent(folder)}/${encodeURIComponent(row.key)}.html`;
    }
    text = formatCohortHtml(cohort, reportHref ? { reportHref } : {});
  } else text = format === 'csv' ? formatCohortCsv(cohort) : format === 'json' ? formatCohortJson(cohort) : formatCohortMarkdown(cohort);

  if (output) {
    try {
      await writeFile(path.resolve(io.cwd, output), text);
    } catch (error) {
      io.stderr(`portfolio-check: cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
      return 2;
    }
    io.stderr(`portfolio-check: ${cohort.rows.length} repositories, ${cohort.failures.length} not checked; report written to ${output}\n`);
  } else io.stdout(text);
  return 0;
}

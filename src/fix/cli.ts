import { stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { checkSource, COMMIT_STATS_LIMIT } from '../check.js';
import { parseArgv, UsageError } from '../cli/args.js';
import type { CliIo } from '../cli/main.js';
import { ConfigError, formatProblem, loadConfig, type LoadedConfig } from '../config/index.js';
import { RepositoryFacts, type Facts } from '../facts/facts.js';
import { WorkingTreeSource } from '../source/working-tree.js';
import type { Result } from '../types.js';
import { unifiedDiff } from './diff.js';
import { knownLicense, LICENSE_TEXTS } from './generators/license.js';
import { OverlaySource } from './overlay-source.js';
import { FIXABLE_RULES, planFixes, type Plan } from './plan.js';
import { WriteRefused, writePlanned } from './write.js';

export const FIX_HELP = `Usage: portfolio-check fix [path] [options]

Writes the boilerplate the check found missing, derived from what the
repository shows (ecosystem, framework, package manager, runtime version,
port, start and test commands, database, environment variables):
.env.example, .gitignore and .dockerignore entries, a Dockerfile, compose.yaml,
a CI workflow, LICENSE, README sections and an ADR template.
Existing files are never overwritten (.gitignore, .env.example and README.md
are only appended to). Nothing runs the project's code or touches git.

Options:
      --dry-run         Print the changes as a unified diff; write nothing
  -y, --yes             Write without asking (needed when not on a terminal)
      --only <rules>    Only fix these rules (comma-separated), e.g.
                        --only env-example,gitignore-present
      --license <spdx>  License for a new LICENSE: ${Object.keys(LICENSE_TEXTS).join(', ')}
                        (default: the one package.json etc. declare, else MIT)
  -c, --config <file>   Use this config file instead of discovering one
  -h, --help            Print this help

Fixable rules: ${FIXABLE_RULES.join(', ')}
`;

/** A CLI io that can ask a yes/no question (tests inject `ask`). */
export interface FixIo extends CliIo {
  /** Whether stdin is a terminal that can answer a question. */
  stdinIsTTY?: boolean;
  ask?: (question: string) => Promise<string>;
  /** The year a new LICENSE names (tests pin it). */
  year?: number;
}

interface FixOptions {
  target: string;
  dryRun: boolean;
  yes: boolean;
  only?: string[];
  license: string;
  config?: string;
}

function parseFixArgs(argv: readonly string[]): FixOptions | 'help' {
  const parsed = parseArgv(argv, {
    'dry-run': { type: 'boolean' },
    yes: { type: 'boolean', short: 'y' },
    only: { type: 'string' },
    license: { type: 'string' },
    config: { type: 'string', short: 'c' },
    help: { type: 'boolean', short: 'h' },
  });
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length > 1) throw new UsageError(`fix takes one path, got ${positionals.length}: ${positionals.join(' ')}`);
  let only: string[] | undefined;
  if (values.only !== undefined) {
    only = values.only.split(',').map((s) => s.trim()).filter(Boolean);
    const unknown = only.filter((id) => !FIXABLE_RULES.includes(id));
    if (only.length === 0 || unknown.length > 0) throw new UsageError(`--only: ${unknown.length ? `"${unknown.join(', ')}" cannot be fixed` : 'no rule given'} (fixable: ${FIXABLE_RULES.join(', ')})`);
  }
  if (values.license !== undefined && !knownLicense(values.license)) throw new UsageError(`--license: fix writes ${Object.keys(LICENSE_TEXTS).join(', ')}; "${values.license}" is not one of them`);
  return {
    target: positionals[0] ?? '.',
    dryRun: values['dry-run'] ?? false,
    yes: values.yes ?? false,
    ...(only ? { only } : {}),
    license: values.license !== undefined ? knownLicense(values.license)! : 'MIT',
    ...(values.config !== undefined ? { config: values.config } : {}),
  };
}

/** `portfolio-check fix [path]`: returns the exit code (0 done or nothing to do, 2 usage/config/write error). */
export async function fixMain(argv: readonly string[], io: FixIo): Promise<number> {
  let options: FixOptions | 'help';
  try {
    options = parseFixArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`portfolio-check fix: ${error.message}\nRun portfolio-check fix --help for usage.\n`);
    return 2;
  }
  if (options === 'help') {
    io.stdout(FIX_HELP);
    return 0;
  }
  if (/^(github:|https?:\/\/)/.test(options.target)) {
    io.stderr('portfolio-check fix: fix writes files, so it needs a local checkout; clone the repository and run it there.\n');
    return 2;
  }
  const root = path.resolve(io.cwd, options.target);
  try {
    if (!(await stat(root)).isDirectory()) throw new Error('not a directory');
  } catch {
    io.stderr(`portfolio-check fix: ${options.target}: not a directory\n`);
    return 2;
  }
  let loaded: LoadedConfig;
  try {
    loaded = await loadConfig(root, options.config !== undefined ? { configPath: path.resolve(io.cwd, options.config) } : {});
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) io.stderr(`portfolio-check fix: ${formatProblem({ ...problem, file: path.relative(io.cwd, path.resolve(root, problem.file)) || problem.file })}\n`);
    return 2;
  }

  const source = new WorkingTreeSource(root, options.target);
  const before = await check(source, loaded);
  const plan = await planFixes({ root, facts: before.facts, result: before.result, ...(options.only ? { only: options.only } : {}), license: options.license, year: io.year ?? new Date().getUTCFullYear() });
  io.stderr(describePlan(options.target, before.result, plan));
  if (plan.files.length === 0) {
    io.stderr('Nothing to write.\n');
    return 0;
  }

  const interactive = io.stdinIsTTY ?? (io.isTTY && Boolean(process.stdin.isTTY));
  if (options.dryRun || (!options.yes && !interactive)) {
    for (const file of plan.files) io.stdout(unifiedDiff(file));
    const projected = await check(new OverlaySource(source, plan.files), loaded);
    io.stderr(`\nScore: ${before.result.score} → ${projected.result.score} after these changes (projected).\n`);
    if (!options.dryRun) io.stderr('Not a terminal and no --yes: nothing was written (the diff above is what fix would write). Run with --yes to write it.\n');
    return 0;
  }
  if (!options.yes) {
    const answer = await (io.ask ?? askOnTerminal)(`Write ${plan.files.length} file change(s) to ${options.target}? [y/N] `);
    if (!/^y(es)?$/i.test(answer.trim())) {
      io.stderr('Nothing written.\n');
      return 0;
    }
  }
  let failed = 0;
  for (const file of plan.files) {
    try {
      await writePlanned(root, file);
      io.stderr(`  ${file.mode === 'create' ? 'wrote   ' : 'appended'} ${file.path}\n`);
    } catch (error) {
      failed += 1;
      const reason = error instanceof WriteRefused ? error.message : `${file.path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
      io.stderr(`  skipped  ${reason}\n`);
    }
  }
  const after = await check(new WorkingTreeSource(root, options.target), loaded);
  io.stderr(`\nScore: ${before.result.score} → ${after.result.score}. Review the files, then commit them.\n`);
  return failed > 0 ? 2 : 0;
}

async function check(source: WorkingTreeSource | OverlaySource, loaded: LoadedConfig): Promise<{ result: Result; facts: Facts }> {
  const enabled = loaded.rules.filter((r) => (loaded.engineConfig.rules[r.meta.id]?.level ?? r.meta.level) !== 'off');
  const statsLimit = enabled.some((r) => r.meta.needs?.includes('commit-stats')) ? COMMIT_STATS_LIMIT : 0;
  const facts = new RepositoryFacts(source, { statsLimit, ignore: loaded.ignore });
  const result = await checkSource(source, { config: loaded.engineConfig, rules: loaded.rules, ignore: loaded.ignore, facts });
  return { result, facts };
}

function describePlan(target: string, result: Result, plan: Plan): string {
  const lines = [`portfolio-check fix: ${target} scores ${result.score}/100 (${[...result.ecosystems, ...result.frameworks].join(', ') || 'no stack detected'}).`];
  if (plan.files.length) lines.push('', 'Changes:');
  for (const f of plan.files) lines.push(`  ${f.mode === 'create' ? 'create' : 'append'} ${f.path} (${f.rules.join(', ')}): ${f.summary}`);
  if (plan.skipped.length) lines.push('', 'Not written:');
  for (const s of plan.skipped) lines.push(`  ${s.generator}: ${s.reason}`);
  return `${lines.join('\n')}\n`;
}

async function askOnTerminal(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

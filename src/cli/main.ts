import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BUILTIN_RULES } from '../../rules/index.js';
import { checkSource } from '../check.js';
import { docsUrl } from '../engine/define-rule.js';
import { formatJson } from '../report/json.js';
import { formatMarkdown } from '../report/markdown.js';
import { formatStylish } from '../report/stylish.js';
import { WorkingTreeSource } from '../source/working-tree.js';
import { VERSION } from '../version.js';
import { HELP, parseCliArgs, UsageError, type CliOptions } from './args.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Runs the CLI and returns its exit code: 0 ok, 1 gate failed, 2 usage or config error. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`portfolio-check: ${error.message}\nRun portfolio-check --help for usage.\n`);
      return 2;
    }
    throw error;
  }
  if (options.help) {
    io.stdout(HELP);
    return 0;
  }
  if (options.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (options.listRules) {
    io.stdout(listRules());
    return 0;
  }

  if (/^(github:|https?:\/\/)/.test(options.target)) {
    io.stderr(`portfolio-check: remote targets (${options.target}) are not supported yet; clone the repository and pass its path.\n`);
    return 2;
  }
  const root = path.resolve(io.cwd, options.target);
  try {
    const st = await stat(root);
    if (!st.isDirectory()) throw new Error('not a directory');
  } catch {
    io.stderr(`portfolio-check: ${options.target}: not a directory\n`);
    return 2;
  }

  const result = await checkSource(new WorkingTreeSource(root, options.target), { timings: options.timings });
  const gatePassed = options.minScore === undefined || result.score >= options.minScore;
  if (options.minScore !== undefined) {
    result.passScore = options.minScore;
    result.passed = gatePassed;
  }

  const color = options.color ?? (!options.output && io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb');
  const report =
    options.format === 'json'
      ? formatJson(result)
      : options.format === 'markdown'
        ? formatMarkdown(result)
        : formatStylish(result, { color: Boolean(color) || Boolean(io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0'), verbose: options.verbose, quiet: options.quiet });

  if (options.output) {
    try {
      await writeFile(path.resolve(io.cwd, options.output), report);
    } catch (error) {
      io.stderr(`portfolio-check: cannot write ${options.output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
      return 2;
    }
    io.stderr(`portfolio-check: score ${result.score}/100 (${result.band}); report written to ${options.output}\n`);
  } else {
    io.stdout(report);
  }
  if (!gatePassed) {
    io.stderr(`portfolio-check: score ${result.score} is below the minimum ${options.minScore}\n`);
    return 1;
  }
  return 0;
}

function listRules(): string {
  const rows = [...BUILTIN_RULES]
    .map((r) => r.meta)
    .sort((a, b) => (a.category < b.category ? -1 : a.category > b.category ? 1 : a.id < b.id ? -1 : 1));
  const idWidth = Math.max(...rows.map((m) => m.id.length));
  const lines = rows.map(
    (m) => `${m.id.padEnd(idWidth)}  ${m.category.padEnd(13)}  ${m.level.padEnd(5)}  weight ${String(m.weight).padStart(2)}  stage ${m.stage}  ${m.title}`,
  );
  return `${lines.join('\n')}\n\nDocs: ${docsUrl(rows[0]!).replace(/[^/]+\.md$/, '')}\n`;
}

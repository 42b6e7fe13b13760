import { realpath, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkSource } from '../check.js';
import { evaluateGate } from '../gate.js';
import { ConfigError, formatProblem, loadConfig, type LoadedConfig } from '../config/index.js';
import { discoverConfigFile } from '../config/load.js';
import { formatBadge, formatShields } from '../report/badge.js';
import { formatHtml } from '../report/html.js';
import { formatJson } from '../report/json.js';
import { formatMarkdown } from '../report/markdown.js';
import { formatSarif } from '../report/sarif.js';
import { formatStylish } from '../report/stylish.js';
import { cloneRemote, parseRemoteTarget, RemoteTargetError, type Clone, type RemoteTarget } from '../source/remote.js';
import { WorkingTreeSource } from '../source/working-tree.js';
import { VERSION } from '../version.js';
import { HELP, parseCliArgs, UsageError, type CliOptions } from './args.js';
import { explainRule, initConfig, listRules, printConfig } from './config-commands.js';
import { startProgress } from './progress.js';
import { blobUrl, localProject, type Project } from '../source/project.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  /** Whether stderr is a terminal: the progress indicator draws only then. */
  stderrIsTTY?: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Aborted on SIGINT/SIGTERM: a clone in progress stops (index.ts removes it and exits). */
  signal?: AbortSignal;
}

/** Exit codes (documented in --help and the README). */
export const EXIT = { ok: 0, gateFailed: 1, usage: 2, unreachable: 3 } as const;

/** Runs the CLI and returns its exit code: 0 ok, 1 gate failed, 2 usage or config error, 3 clone failed. */
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
  if (options.command === 'init') {
    const written = await initConfig(path.resolve(io.cwd, options.target), options.preset);
    if (!written.ok) {
      io.stderr(`portfolio-check: ${written.message}\n`);
      return 2;
    }
    io.stdout(`Wrote ${path.relative(io.cwd, written.file) || written.file} (extends portfolio-check:${options.preset}).\nEdit it with your editor's completion ($schema), then run portfolio-check --print-config.\n`);
    return 0;
  }
  if (options.command === 'explain') {
    // Plugin rules are known only through the configuration of the current directory.
    const loaded = await readConfig(io.cwd, options, io);
    if (typeof loaded === 'number') return loaded;
    const explained = await explainRule(options.target, loaded.rules);
    if (!explained.ok) {
      io.stderr(`portfolio-check: ${explained.message}\n`);
      return 2;
    }
    // The doc is Markdown: raw with --format markdown (to paste or pipe), else rendered for reading.
    if (options.format === 'markdown') {
      io.stdout(explained.text);
      return 0;
    }
    // The GFM parser renders only here: a check never loads it.
    const { renderMarkdownForTerminal } = await import('./terminal-markdown.js');
    io.stdout(renderMarkdownForTerminal(explained.text, { color: useColor(options, io) }));
    return 0;
  }

  let remote: RemoteTarget | undefined;
  try {
    remote = parseRemoteTarget(options.target);
  } catch (error) {
    if (!(error instanceof RemoteTargetError)) throw error;
    io.stderr(`portfolio-check: ${error.message}\n`);
    return 2;
  }
  if (remote) {
    const interactive = Boolean(io.stderrIsTTY) && io.env.TERM !== 'dumb';
    const cloning = startProgress(`Cloning ${remote.display}…`, { write: io.stderr, enabled: interactive });
    let clone: Clone;
    try {
      clone = await cloneRemote(remote, { env: io.env, ...(io.signal ? { signal: io.signal } : {}), ...(interactive ? { onProgress: (phase) => cloning.update(phase) } : {}) });
    } catch (error) {
      if (!(error instanceof RemoteTargetError)) throw error;
      io.stderr(`portfolio-check: ${error.message}\n`);
      return EXIT.unreachable;
    } finally {
      cloning.stop();
    }
    try {
      const server = (io.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
      return await checkDirectory(clone.dir, { name: remote.display, web: `${server}/${remote.owner}/${remote.repo}`, prefix: '' }, options, io, remote.display);
    } finally {
      await clone.cleanup();
    }
  }

  const root = path.resolve(io.cwd, options.target);
  try {
    const st = await stat(root);
    if (!st.isDirectory()) throw new Error('not a directory');
  } catch {
    io.stderr(`portfolio-check: ${options.target}: not a directory\n`);
    return 2;
  }
  return checkDirectory(root, await localProject(root, io.env), options, io);
}

/** Checks one directory (a local path or a fresh clone) and writes the report; returns the exit code. */
async function checkDirectory(root: string, project: Project, options: CliOptions, io: CliIo, remote?: string): Promise<number> {
  const { name } = project;
  const loaded = await readConfig(root, options, io, remote);
  if (typeof loaded === 'number') return loaded;
  if (options.listRules) {
    io.stdout(listRules(loaded));
    return 0;
  }
  if (options.printConfig) {
    io.stdout(printConfig(loaded, options.format === 'json'));
    return 0;
  }

  const progress = startProgress(`Checking ${name}…`, { write: io.stderr, enabled: Boolean(io.stderrIsTTY) && io.env.TERM !== 'dumb' });
  const source = new WorkingTreeSource(root, name);
  let result;
  try {
    result = await checkSource(source, {
      config: loaded.engineConfig,
      rules: loaded.rules,
      ignore: loaded.ignore,
      timings: options.timings,
      fixRoot: root,
    });
  } finally {
    progress.stop();
  }
  const blob = blobUrl(project, result.target.commit);
  if (blob) result.target.blobUrl = blob;
  // --min-score wins over the configuration's passScore.
  const passScore = options.minScore ?? result.passScore;
  const gate = evaluateGate(result, { minScore: passScore, failOn: options.failOn, maxWarnings: options.maxWarnings });
  if (passScore !== undefined) result.passScore = passScore;
  if (gate) result.passed = gate.passed;


  const report =
    options.format === 'json'
      ? formatJson(result)
      : options.format === 'markdown'
        ? formatMarkdown(result)
        : options.format === 'html'
          ? formatHtml(result)
          : options.format === 'sarif'
            ? formatSarif(result, { uriPrefix: await pathInRepository(source, root) })
            : options.format === 'shields'
              ? formatShields(result)
              : formatStylish(result, { color: useColor(options, io), verbose: options.verbose, quiet: options.quiet });

  if (options.badge) {
    try {
      await writeFile(path.resolve(io.cwd, options.badge), formatBadge(result));
    } catch (error) {
      io.stderr(`portfolio-check: cannot write ${options.badge}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
      return 2;
    }
  }

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
  if (gate && !gate.passed) {
    for (const reason of gate.reasons) io.stderr(`portfolio-check: ${reason}\n`);
    return EXIT.gateFailed;
  }
  return EXIT.ok;
}

/** Colours: --color/--no-color, else a TTY stdout (not a file) without NO_COLOR or TERM=dumb, or FORCE_COLOR. */
function useColor(options: CliOptions, io: CliIo): boolean {
  if (options.color !== undefined) return options.color;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return !options.output && io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
}

/**
 * The resolved configuration, or exit code 2 after printing each problem with a path relative to
 * cwd (or, for a remote repository, `owner/repo:path`; its configuration is then data only).
 */
async function readConfig(root: string, options: CliOptions, io: CliIo, remote?: string): Promise<LoadedConfig | number> {
  try {
    if (options.config !== undefined) return await loadConfig(root, { configPath: path.resolve(io.cwd, options.config) });
    // A reviewer's score is never set by the candidate: a remote repository's own config is ignored
    // unless --repo-config asks for it.
    const ignoreRepo = remote !== undefined && !options.repoConfig;
    if (ignoreRepo && !options.noConfig && discoverConfigFile(root)) {
      io.stderr(`portfolio-check: ignoring ${remote}'s own configuration (${path.basename(discoverConfigFile(root)!)}); pass --repo-config to use it\n`);
    }
    return await loadConfig(root, options.noConfig || ignoreRepo ? { noConfig: true } : { untrusted: remote !== undefined });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) {
      const inRemote = remote !== undefined && options.config === undefined;
      const file = problem.file.startsWith('portfolio-check:')
        ? problem.file
        : inRemote
          ? `${remote}:${problem.file}`
          : path.relative(io.cwd, path.resolve(root, problem.file)) || problem.file;
      io.stderr(`portfolio-check: ${formatProblem({ ...problem, file })}\n`);
    }
    return 2;
  }
}

/**
 * Where the checked directory sits in its git repository ("services/api"), so SARIF paths match the
 * repository code scanning sees; empty at the top level or outside git.
 */
async function pathInRepository(source: WorkingTreeSource, root: string): Promise<string> {
  const info = await source.git();
  if (!info) return '';
  const relative = path.relative(await realpath(info.toplevel), await realpath(root));
  return relative.startsWith('..') ? '' : relative.split(path.sep).join('/');
}

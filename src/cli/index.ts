import module from 'node:module';
import { VERSION } from '../version.js';
import type { CliIo } from './main.js';

// Node 22.1+ keeps the bundle's compiled code on disk (Node's compile cache, in the temporary folder;
// NODE_DISABLE_COMPILE_CACHE=1 turns it off), so later runs skip most of compiling the checker's
// chunks. Older Node has no such API and compiles them on every run, as before.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const argv = process.argv.slice(2);
const interrupted = new AbortController();
const io: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  env: process.env,
  cwd: process.cwd(),
  signal: interrupted.signal,
};

/**
 * Ctrl-C or a SIGTERM during a check: stop git and remove any temporary clone before exiting, with
 * the conventional 128 + signal number (130, 143), as a shell reports an interrupted command.
 * (`batch` handles signals itself: it finishes the repository in hand and says how to resume.)
 */
function exitOnSignals(): void {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      interrupted.abort();
      void import('../source/remote.js').then(
        ({ removeClonesSync }) => {
          removeClonesSync();
          process.exit(code);
        },
        () => process.exit(code),
      );
    });
  }
}

/**
 * `--version`, `--help` and `explain RULE` (a built-in rule) answer without loading the checker;
 * every other command loads the CLI on demand (a separate chunk of the bundle), so start-up pays
 * only for what the command uses.
 */
async function run(): Promise<number> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h')) {
    const { HELP } = await import('./args.js');
    io.stdout(HELP);
    return 0;
  }
  if (argv[0] === 'batch' || argv[0] === 'report') {
    const cohort = await import('../cohort/cli.js');
    return argv[0] === 'batch' ? cohort.batchMain(argv.slice(1), io) : cohort.reportMain(argv.slice(1), io);
  }
  if (argv[0] === 'fix') return (await import('../fix/cli.js')).fixMain(argv.slice(1), io);
  if (argv.length === 2 && argv[0] === 'explain') {
    const code = await (await import('./explain-quick.js')).explainQuickly(argv[1]!, io);
    if (code !== undefined) return code;
  }
  exitOnSignals();
  const { main } = await import('./main.js');
  return main(argv, io);
}

run().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Last resort: an internal error is reported in one line, never as a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`portfolio-check: internal error: ${message}\n`);
    if (process.env.PORTFOLIO_CHECK_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 2;
  },
);

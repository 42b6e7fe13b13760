import { main } from './main.js';

main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  env: process.env,
  cwd: process.cwd(),
}).then(
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

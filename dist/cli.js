#!/usr/bin/env node
import { createRequire as __pcCreateRequire } from 'node:module';
const require = __pcCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunks/chunk-TFEECQPW.js";
import "./chunks/chunk-FDRXJHTK.js";

// src/cli/index.ts
import module from "node:module";
module.enableCompileCache?.();
var argv = process.argv.slice(2);
var interrupted = new AbortController();
var io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  env: process.env,
  cwd: process.cwd(),
  signal: interrupted.signal
};
function exitOnSignals() {
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]]) {
    process.once(signal, () => {
      interrupted.abort();
      void import("./chunks/remote-3LXGJKHD.js").then(
        ({ removeClonesSync }) => {
          removeClonesSync();
          process.exit(code);
        },
        () => process.exit(code)
      );
    });
  }
}
async function run() {
  if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  if (argv.length === 1 && (argv[0] === "--help" || argv[0] === "-h")) {
    const { HELP } = await import("./chunks/args-WVK32RIM.js");
    io.stdout(HELP);
    return 0;
  }
  if (argv[0] === "batch" || argv[0] === "report") {
    const cohort = await import("./chunks/cli-KOGRF2QY.js");
    return argv[0] === "batch" ? cohort.batchMain(argv.slice(1), io) : cohort.reportMain(argv.slice(1), io);
  }
  if (argv[0] === "fix") return (await import("./chunks/cli-7G6D4XEF.js")).fixMain(argv.slice(1), io);
  if (argv.length === 2 && argv[0] === "explain") {
    const code = await (await import("./chunks/explain-quick-Z2QAD5RX.js")).explainQuickly(argv[1], io);
    if (code !== void 0) return code;
  }
  exitOnSignals();
  const { main } = await import("./chunks/main-N2SXF23I.js");
  return main(argv, io);
}
run().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`portfolio-check: internal error: ${message}
`);
    if (process.env.PORTFOLIO_CHECK_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}
`);
    process.exitCode = 2;
  }
);

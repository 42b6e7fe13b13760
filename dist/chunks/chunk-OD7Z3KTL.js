#!/usr/bin/env node
import { createRequire as __pcCreateRequire } from 'node:module';
const require = __pcCreateRequire(import.meta.url);

// src/source/git-run.ts
import { spawn } from "node:child_process";
import os from "node:os";
var READ_CONFIG = [
  "core.fsmonitor=false",
  `core.hooksPath=${os.devNull}`,
  "core.pager=cat",
  "core.askPass=",
  "diff.external=",
  "log.showSignature=false",
  "color.ui=false",
  "submodule.recurse=false",
  "protocol.allow=never"
];
var NETWORK_CONFIG = [
  "core.fsmonitor=false",
  `core.hooksPath=${os.devNull}`,
  "core.pager=cat",
  "diff.external=",
  "log.showSignature=false",
  "color.ui=false",
  "submodule.recurse=false",
  // ext:: runs an arbitrary command as a transport.
  "protocol.ext.allow=never"
];
var DIFF_COMMANDS = /* @__PURE__ */ new Set(["log", "show", "diff", "whatchanged"]);
var INHERITED_REPOSITORY_VARIABLES = [
  "GIT_DIR",
  "GIT_WORK_TREE",
  "GIT_INDEX_FILE",
  "GIT_COMMON_DIR",
  "GIT_OBJECT_DIRECTORY",
  "GIT_ALTERNATE_OBJECT_DIRECTORIES",
  "GIT_NAMESPACE",
  "GIT_EXTERNAL_DIFF",
  "GIT_EXEC_PATH"
];
function gitTimeoutMs(env = process.env) {
  const seconds = Number(env.PORTFOLIO_CHECK_GIT_TIMEOUT);
  return Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1e3) : 12e4;
}
var GitTimeoutError = class extends Error {
  constructor(timeoutMs) {
    super(`git did not answer within ${formatSeconds(timeoutMs)}`);
    this.timeoutMs = timeoutMs;
    this.name = "GitTimeoutError";
  }
  timeoutMs;
};
function formatSeconds(ms) {
  const s = ms / 1e3;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}
function safeGitArgs(args, network = false) {
  const config = (network ? NETWORK_CONFIG : READ_CONFIG).flatMap((pair) => ["-c", pair]);
  const out = [...args];
  let i = 0;
  while (out[i] === "-c") i += 2;
  if (out[i] !== void 0 && DIFF_COMMANDS.has(out[i])) out.splice(i + 1, 0, "--no-textconv", "--no-ext-diff");
  return [...config, ...out];
}
function safeGitEnv(env = process.env, network = false) {
  const out = { ...env };
  for (const name of INHERITED_REPOSITORY_VARIABLES) delete out[name];
  Object.assign(out, {
    GIT_TERMINAL_PROMPT: "0",
    GIT_PAGER: "cat",
    PAGER: "cat",
    GIT_ASKPASS: "",
    SSH_ASKPASS: "",
    GCM_INTERACTIVE: "never",
    GIT_OPTIONAL_LOCKS: "0"
  });
  if (!network) {
    out.GIT_CONFIG_NOSYSTEM = "1";
    out.GIT_NO_LAZY_FETCH = "1";
    out.GIT_PROTOCOL_FROM_USER = "0";
  }
  return out;
}
function spawnGit(cwd, args, options = {}) {
  const network = options.network ?? false;
  const timeoutMs = options.timeoutMs ?? gitTimeoutMs(options.env);
  const detached = process.platform !== "win32";
  const child = spawn("git", safeGitArgs(args, network), {
    cwd,
    stdio: options.stdio ?? ["ignore", "pipe", "pipe"],
    env: safeGitEnv(options.env ?? process.env, network),
    detached,
    windowsHide: true
  });
  let timedOut = false;
  let timer;
  if (timeoutMs > 0) {
    timer = setTimeout(() => {
      timedOut = true;
      killGroup(child, detached);
      if (child.listenerCount("error") > 0) child.emit("error", new GitTimeoutError(timeoutMs));
    }, timeoutMs);
    timer.unref();
  }
  const abort = () => killGroup(child, detached);
  if (options.signal?.aborted) abort();
  else options.signal?.addEventListener("abort", abort, { once: true });
  child.once("close", () => {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", abort);
  });
  child.once("error", () => clearTimeout(timer));
  return { child, timedOut: () => timedOut };
}
function killGroup(child, group = process.platform !== "win32") {
  if (child.pid === void 0 || child.exitCode !== null || child.signalCode !== null) return;
  try {
    if (group) process.kill(-child.pid, "SIGKILL");
    else child.kill("SIGKILL");
  } catch {
    child.kill("SIGKILL");
  }
}
function runGit(cwd, args, env = process.env, options = {}) {
  return runGitBytes(cwd, args, { ...options, env }).then((r) => ({ ...r, stdout: r.stdout.toString("utf8") }));
}
function runGitBytes(cwd, args, options = {}) {
  return new Promise((resolve) => {
    const { child, timedOut } = spawnGit(cwd, args, options);
    const chunks = [];
    let stderr = "";
    let failed;
    child.stdout.on("data", (c) => chunks.push(c));
    child.stderr.setEncoding("utf8").on("data", (c) => {
      options.onStderr?.(c);
      if (stderr.length < 8192) stderr += c;
    });
    child.on("error", (error) => {
      failed = error;
    });
    child.on("close", (code) => {
      const stdout = Buffer.concat(chunks);
      if (timedOut()) resolve({ code: null, stdout, stderr: (failed ?? new GitTimeoutError(options.timeoutMs ?? gitTimeoutMs(options.env))).message, timedOut: true });
      else if (failed) resolve({ code: -1, stdout, stderr: failed.message });
      else resolve({ code, stdout, stderr });
    });
  });
}

export {
  gitTimeoutMs,
  GitTimeoutError,
  spawnGit,
  runGit
};

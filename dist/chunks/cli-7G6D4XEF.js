#!/usr/bin/env node
import { createRequire as __pcCreateRequire } from 'node:module';
const require = __pcCreateRequire(import.meta.url);
import {
  COMMIT_STATS_LIMIT,
  FIXABLE_RULES,
  LICENSE_TEXTS,
  RepositoryFacts,
  WorkingTreeSource,
  checkSource,
  knownLicense,
  loadConfig,
  planFixes
} from "./chunk-UVN6TNEC.js";
import {
  ConfigError,
  formatProblem
} from "./chunk-TSZHKBUC.js";
import "./chunk-TFEECQPW.js";
import "./chunk-OD7Z3KTL.js";
import {
  UsageError,
  parseArgv
} from "./chunk-C2PHOO6T.js";
import "./chunk-GE6FNV7H.js";
import "./chunk-VG772OYC.js";
import "./chunk-25QTEZLN.js";
import "./chunk-ZC4KDS4A.js";
import "./chunk-FDRXJHTK.js";

// src/fix/cli.ts
import { stat } from "node:fs/promises";
import path2 from "node:path";
import { createInterface } from "node:readline/promises";

// src/fix/diff.ts
var CONTEXT = 3;
function lines(text) {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
function unifiedDiff(file) {
  const before = file.mode === "append" ? file.before ?? "" : "";
  const after = before + file.content;
  const oldLines = lines(before);
  const newLines = lines(after);
  let first = 0;
  while (first < oldLines.length && first < newLines.length && oldLines[first] === newLines[first]) first++;
  const start = Math.max(0, first - CONTEXT);
  const oldCount = oldLines.length - start;
  const newCount = newLines.length - start;
  const range = (from, count) => count === 0 ? `${from},0` : `${from + 1},${count}`;
  const out = [file.mode === "create" ? `diff --git a/${file.path} b/${file.path}
new file mode 100644
--- /dev/null
` : `diff --git a/${file.path} b/${file.path}
--- a/${file.path}
`, `+++ b/${file.path}
`, `@@ -${range(start, oldCount)} +${range(start, newCount)} @@
`];
  const emit = (prefix, line) => {
    out.push(prefix + line);
    if (!line.endsWith("\n")) out.push("\n\\ No newline at end of file\n");
  };
  for (let i = start; i < first; i++) emit(" ", oldLines[i]);
  for (let i = first; i < oldLines.length; i++) emit("-", oldLines[i]);
  for (let i = first; i < newLines.length; i++) emit("+", newLines[i]);
  return out.join("");
}

// src/fix/overlay-source.ts
var OverlaySource = class {
  constructor(inner, files) {
    this.inner = inner;
    this.kind = inner.kind;
    this.name = inner.name;
    this.planned = new Map(files.map((f) => [f.path, Buffer.from((f.mode === "append" ? f.before ?? "" : "") + f.content)]));
    if (inner.addedLines) this.addedLines = inner.addedLines.bind(inner);
    const readEach = inner.readEach?.bind(inner);
    if (readEach) {
      this.readEach = (paths, maxBytes, visit) => {
        readEach(paths.filter((p) => !this.planned.has(p)), maxBytes, visit);
        for (const p of paths) {
          const bytes = this.planned.get(p);
          if (bytes) visit(p, bytes.subarray(0, maxBytes));
        }
      };
    }
  }
  inner;
  kind;
  name;
  planned;
  addedLines;
  readEach;
  async listFiles(skipDirs) {
    const listed = await this.inner.listFiles(skipDirs);
    const out = listed.map((f) => this.planned.has(f.path) ? { ...f, size: this.planned.get(f.path).length } : f);
    const known = new Set(listed.map((f) => f.path));
    const git = listed.some((f) => f.tracked !== null);
    for (const [path3, bytes] of this.planned) if (!known.has(path3)) out.push({ path: path3, size: bytes.length, symlink: false, tracked: git ? false : null });
    return out.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  }
  async readFile(path3, options) {
    const bytes = this.planned.get(path3);
    if (!bytes) return this.inner.readFile(path3, options);
    return { bytes: bytes.subarray(0, options.maxBytes), size: bytes.length, truncated: bytes.length > options.maxBytes };
  }
  history(options) {
    return this.inner.history(options);
  }
  head() {
    return this.inner.head();
  }
  trackedPaths() {
    return this.inner.trackedPaths();
  }
};

// src/fix/write.ts
import { appendFile, lstat, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
var WriteRefused = class extends Error {
};
async function writePlanned(root, file) {
  const target = await safeTarget(root, file.path);
  if (file.mode === "create") {
    await mkdirInside(root, path.dirname(target));
    try {
      await writeFile(target, file.content, { flag: "wx" });
    } catch (error) {
      if (error.code === "EEXIST") throw new WriteRefused(`${file.path} appeared meanwhile; left alone`);
      throw error;
    }
    return;
  }
  const st = await lstat(target);
  if (!st.isFile()) throw new WriteRefused(`${file.path} is not a regular file`);
  const current = await readFile(target, "utf8");
  if (current !== file.before) throw new WriteRefused(`${file.path} changed since it was read; run fix again`);
  await appendFile(target, file.content);
}
async function safeTarget(root, relative) {
  if (path.isAbsolute(relative) || relative.split("/").includes("..")) throw new WriteRefused(`${relative} is outside the repository`);
  const target = path.resolve(root, relative);
  const rel = path.relative(root, target);
  if (rel.startsWith("..") || path.isAbsolute(rel)) throw new WriteRefused(`${relative} is outside the repository`);
  let current = root;
  for (const part of rel.split(path.sep)) {
    current = path.join(current, part);
    try {
      if ((await lstat(current)).isSymbolicLink()) throw new WriteRefused(`${path.relative(root, current)} is a symbolic link; fix does not write through links`);
    } catch (error) {
      if (error.code === "ENOENT") break;
      throw error;
    }
  }
  return target;
}
async function mkdirInside(root, dir) {
  const rel = path.relative(root, dir);
  if (!rel) return;
  let current = root;
  for (const part of rel.split(path.sep)) {
    current = path.join(current, part);
    try {
      const st = await lstat(current);
      if (st.isSymbolicLink() || !st.isDirectory()) throw new WriteRefused(`${path.relative(root, current)} is not a plain folder`);
    } catch (error) {
      if (error.code !== "ENOENT") throw error;
      await mkdir(current);
    }
  }
}

// src/fix/cli.ts
var FIX_HELP = `Usage: portfolio-check fix [path] [options]

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
      --license <spdx>  License for a new LICENSE: ${Object.keys(LICENSE_TEXTS).join(", ")}
                        (default: the one package.json etc. declare, else MIT)
  -c, --config <file>   Use this config file instead of discovering one
  -h, --help            Print this help

Fixable rules: ${FIXABLE_RULES.join(", ")}
`;
function parseFixArgs(argv) {
  const parsed = parseArgv(argv, {
    "dry-run": { type: "boolean" },
    yes: { type: "boolean", short: "y" },
    only: { type: "string" },
    license: { type: "string" },
    config: { type: "string", short: "c" },
    help: { type: "boolean", short: "h" }
  });
  const { values, positionals } = parsed;
  if (values.help) return "help";
  if (positionals.length > 1) throw new UsageError(`fix takes one path, got ${positionals.length}: ${positionals.join(" ")}`);
  let only;
  if (values.only !== void 0) {
    only = values.only.split(",").map((s) => s.trim()).filter(Boolean);
    const unknown = only.filter((id) => !FIXABLE_RULES.includes(id));
    if (only.length === 0 || unknown.length > 0) throw new UsageError(`--only: ${unknown.length ? `"${unknown.join(", ")}" cannot be fixed` : "no rule given"} (fixable: ${FIXABLE_RULES.join(", ")})`);
  }
  if (values.license !== void 0 && !knownLicense(values.license)) throw new UsageError(`--license: fix writes ${Object.keys(LICENSE_TEXTS).join(", ")}; "${values.license}" is not one of them`);
  return {
    target: positionals[0] ?? ".",
    dryRun: values["dry-run"] ?? false,
    yes: values.yes ?? false,
    ...only ? { only } : {},
    license: values.license !== void 0 ? knownLicense(values.license) : "MIT",
    ...values.config !== void 0 ? { config: values.config } : {}
  };
}
async function fixMain(argv, io) {
  let options;
  try {
    options = parseFixArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`portfolio-check fix: ${error.message}
Run portfolio-check fix --help for usage.
`);
    return 2;
  }
  if (options === "help") {
    io.stdout(FIX_HELP);
    return 0;
  }
  if (/^(github:|https?:\/\/)/.test(options.target)) {
    io.stderr("portfolio-check fix: fix writes files, so it needs a local checkout; clone the repository and run it there.\n");
    return 2;
  }
  const root = path2.resolve(io.cwd, options.target);
  try {
    if (!(await stat(root)).isDirectory()) throw new Error("not a directory");
  } catch {
    io.stderr(`portfolio-check fix: ${options.target}: not a directory
`);
    return 2;
  }
  let loaded;
  try {
    loaded = await loadConfig(root, options.config !== void 0 ? { configPath: path2.resolve(io.cwd, options.config) } : {});
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) io.stderr(`portfolio-check fix: ${formatProblem({ ...problem, file: path2.relative(io.cwd, path2.resolve(root, problem.file)) || problem.file })}
`);
    return 2;
  }
  const source = new WorkingTreeSource(root, options.target);
  const before = await check(source, loaded);
  const plan = await planFixes({ root, facts: before.facts, result: before.result, ...options.only ? { only: options.only } : {}, license: options.license, year: io.year ?? (/* @__PURE__ */ new Date()).getUTCFullYear() });
  io.stderr(describePlan(options.target, before.result, plan));
  if (plan.files.length === 0) {
    io.stderr("Nothing to write.\n");
    return 0;
  }
  const interactive = io.stdinIsTTY ?? (io.isTTY && Boolean(process.stdin.isTTY));
  if (options.dryRun || !options.yes && !interactive) {
    for (const file of plan.files) io.stdout(unifiedDiff(file));
    const projected = await check(new OverlaySource(source, plan.files), loaded);
    io.stderr(`
Score: ${before.result.score} \u2192 ${projected.result.score} after these changes (projected).
`);
    if (!options.dryRun) io.stderr("Not a terminal and no --yes: nothing was written (the diff above is what fix would write). Run with --yes to write it.\n");
    return 0;
  }
  if (!options.yes) {
    const answer = await (io.ask ?? askOnTerminal)(`Write ${plan.files.length} file change(s) to ${options.target}? [y/N] `);
    if (!/^y(es)?$/i.test(answer.trim())) {
      io.stderr("Nothing written.\n");
      return 0;
    }
  }
  let failed = 0;
  for (const file of plan.files) {
    try {
      await writePlanned(root, file);
      io.stderr(`  ${file.mode === "create" ? "wrote   " : "appended"} ${file.path}
`);
    } catch (error) {
      failed += 1;
      const reason = error instanceof WriteRefused ? error.message : `${file.path}: ${error.code ?? error.message}`;
      io.stderr(`  skipped  ${reason}
`);
    }
  }
  const after = await check(new WorkingTreeSource(root, options.target), loaded);
  io.stderr(`
Score: ${before.result.score} \u2192 ${after.result.score}. Review the files, then commit them.
`);
  return failed > 0 ? 2 : 0;
}
async function check(source, loaded) {
  const enabled = loaded.rules.filter((r) => (loaded.engineConfig.rules[r.meta.id]?.level ?? r.meta.level) !== "off");
  const statsLimit = enabled.some((r) => r.meta.needs?.includes("commit-stats")) ? COMMIT_STATS_LIMIT : 0;
  const facts = new RepositoryFacts(source, { statsLimit, ignore: loaded.ignore });
  const result = await checkSource(source, { config: loaded.engineConfig, rules: loaded.rules, ignore: loaded.ignore, facts });
  return { result, facts };
}
function describePlan(target, result, plan) {
  const lines2 = [`portfolio-check fix: ${target} scores ${result.score}/100 (${[...result.ecosystems, ...result.frameworks].join(", ") || "no stack detected"}).`];
  if (plan.files.length) lines2.push("", "Changes:");
  for (const f of plan.files) lines2.push(`  ${f.mode === "create" ? "create" : "append"} ${f.path} (${f.rules.join(", ")}): ${f.summary}`);
  if (plan.skipped.length) lines2.push("", "Not written:");
  for (const s of plan.skipped) lines2.push(`  ${s.generator}: ${s.reason}`);
  return `${lines2.join("\n")}
`;
}
async function askOnTerminal(question) {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}
export {
  FIX_HELP,
  fixMain
};

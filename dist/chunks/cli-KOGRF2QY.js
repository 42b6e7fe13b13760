#!/usr/bin/env node
import { createRequire as __pcCreateRequire } from 'node:module';
const require = __pcCreateRequire(import.meta.url);
import {
  TABLE_SORT_SCRIPT,
  escapeHtml,
  escapeMarkdown,
  formatHtml,
  pageStart,
  sortKeys
} from "./chunk-TIDGD6SB.js";
import {
  RemoteTargetError,
  parseRemoteTarget,
  remoteAccess
} from "./chunk-XVSLCWXY.js";
import {
  COMMIT_STATS_LIMIT,
  WorkingTreeSource,
  checkSource,
  loadConfig,
  require_picomatch
} from "./chunk-UVN6TNEC.js";
import {
  ConfigError,
  compareStrings,
  formatProblem
} from "./chunk-TSZHKBUC.js";
import "./chunk-TFEECQPW.js";
import {
  spawnGit
} from "./chunk-OD7Z3KTL.js";
import {
  parseArgv
} from "./chunk-C2PHOO6T.js";
import "./chunk-GE6FNV7H.js";
import "./chunk-VG772OYC.js";
import {
  CATEGORY_IDS,
  CATEGORY_TITLES
} from "./chunk-25QTEZLN.js";
import "./chunk-ZC4KDS4A.js";
import {
  __toESM
} from "./chunk-FDRXJHTK.js";

// src/cohort/cli.ts
import { createHash as createHash2 } from "node:crypto";
import { mkdir as mkdir2, mkdtemp as mkdtemp3, readFile as readFile3, rm as rm3, writeFile as writeFile2 } from "node:fs/promises";
import os2 from "node:os";
import path5 from "node:path";

// src/cohort/batch.ts
import { mkdir, mkdtemp as mkdtemp2, readdir as readdir2, rename, rm as rm2, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path2 from "node:path";

// src/cohort/fetch-repo.ts
import { lstat, mkdtemp, readdir, rm } from "node:fs/promises";
import path from "node:path";
var RepoFailure = class extends Error {
  constructor(reason, message) {
    super(message);
    this.reason = reason;
  }
  reason;
};
function git(cwd, args, env, timeoutMs, signal, input) {
  return new Promise((resolve) => {
    const { child } = spawnGit(cwd, args, { env, network: true, timeoutMs: 0, stdio: [input === void 0 ? "ignore" : "pipe", "pipe", "pipe"] });
    if (input !== void 0) {
      child.stdin.on("error", () => {
      });
      child.stdin.end(input);
    }
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    const kill = () => {
      try {
        if (child.pid !== void 0 && process.platform !== "win32") process.kill(-child.pid, "SIGKILL");
        else child.kill("SIGKILL");
      } catch {
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, timeoutMs);
    signal?.addEventListener("abort", kill, { once: true });
    child.stdout.setEncoding("utf8").on("data", (c) => {
      if (stdout.length < 1 << 20) stdout += c;
    });
    child.stderr.setEncoding("utf8").on("data", (c) => {
      if (stderr.length < 8192) stderr += c;
    });
    const done = (code) => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", kill);
      resolve({ code, stdout, stderr, timedOut });
    };
    child.on("error", (error) => {
      stderr = error.message;
      done(-1);
    });
    child.on("close", done);
  });
}
function classify(outcome, target, hasToken, seconds) {
  if (outcome.timedOut) return new RepoFailure("timeout", `git did not finish within ${seconds} s`);
  const text = outcome.stderr;
  if (/rate limit|returned error: 429/i.test(text)) return new RepoFailure("rate-limited", "rate limited by the server");
  if (/Authentication failed|returned error: 40[13]|could not read Username/i.test(text)) {
    return hasToken ? new RepoFailure("unauthorized", "the token was refused") : new RepoFailure("private", "authentication required: the repository is private or gone (set GITHUB_TOKEN)");
  }
  if (/not found|does not appear to be a git repository|returned error: 404|No such file or directory/i.test(text)) {
    return hasToken ? new RepoFailure("not-found", `${target.owner}/${target.repo} not found, or the token cannot read it`) : new RepoFailure("not-found", `${target.owner}/${target.repo} not found (if it is private, set GITHUB_TOKEN)`);
  }
  if (/Could not resolve host|Connection refused|timed out|unable to access/i.test(text)) return new RepoFailure("network", "cannot reach the server");
  const line = text.split("\n").map((l) => l.replace(/^(fatal|error):\s*/, "").trim()).find(Boolean);
  return new RepoFailure("network", line ?? "git failed");
}
var SHA = /^[0-9a-f]{40}$/i;
async function resolveRemoteCommit(target, options) {
  if (target.ref && SHA.test(target.ref)) return target.ref.toLowerCase();
  const { url, gitEnv, token } = remoteAccess(target, options.env);
  const wanted = target.ref ?? "HEAD";
  const outcome = await git(options.tempRoot, ["ls-remote", "--", url, wanted], gitEnv, options.timeoutMs, options.signal);
  if (outcome.code !== 0) throw classify(outcome, target, Boolean(token), Math.round(options.timeoutMs / 1e3));
  const lines = outcome.stdout.split("\n").filter(Boolean).map((l) => l.split("	"));
  const exact = lines.find(([, name]) => name === wanted || name === `refs/heads/${wanted}` || name === `refs/tags/${wanted}^{}`) ?? lines.find(([, name]) => name === `refs/tags/${wanted}`);
  if (!exact) {
    if (target.ref) throw new RepoFailure("not-found", `no branch or tag "${target.ref}"`);
    throw new RepoFailure("empty", "the repository is empty (no commits)");
  }
  return exact[0].toLowerCase();
}
async function treeBytes(dir, limit) {
  let total = 0;
  const stack = [dir];
  while (stack.length > 0 && total <= limit) {
    const current = stack.pop();
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) stack.push(full);
      else if (entry.isFile()) total += (await lstat(full)).size;
    }
  }
  return total;
}
async function fetchRemote(target, commit, options) {
  let lastError;
  for (let attempt = 0; attempt < 2; attempt++) {
    const parent = await mkdtemp(path.join(options.tempRoot, `${target.repo.replace(/[^\w.-]/g, "_")}-`));
    const cleanup = () => rm(parent, { recursive: true, force: true });
    try {
      return { dir: await cloneOnce(target, commit, parent, options), cleanup };
    } catch (error) {
      await cleanup();
      if (!(error instanceof RepoFailure)) throw error;
      lastError = error;
      if (options.signal?.aborted || !["timeout", "network"].includes(error.reason)) break;
    }
  }
  throw lastError;
}
async function cloneOnce(target, commit, parent, options) {
  const { url, gitEnv, token } = remoteAccess(target, options.env);
  const dir = path.join(parent, "repo");
  const seconds = Math.round(options.timeoutMs / 1e3);
  const deadline = Date.now() + options.timeoutMs;
  const left = () => Math.max(1e3, deadline - Date.now());
  const clone = await git(parent, ["clone", "--quiet", "--no-checkout", "--filter=blob:none", "--no-tags", "--", url, dir], gitEnv, left(), options.signal);
  if (options.signal?.aborted) throw new RepoFailure("interrupted", "interrupted");
  if (clone.code !== 0) throw classify(clone, target, Boolean(token), seconds);
  const objects = await treeBytes(path.join(dir, ".git"), options.maxBytes);
  if (objects > options.maxBytes) throw new RepoFailure("too-large", `over the size cap: its history alone is more than ${Math.round(options.maxBytes / 2 ** 20)} MiB`);
  let checkout = await git(dir, ["-c", "advice.detachedHead=false", "checkout", "--quiet", "--detach", commit], gitEnv, left(), options.signal);
  if (checkout.code !== 0 && !checkout.timedOut) {
    await git(dir, ["fetch", "--quiet", "--filter=blob:none", "origin", commit], gitEnv, left(), options.signal);
    checkout = await git(dir, ["-c", "advice.detachedHead=false", "checkout", "--quiet", "--detach", commit], gitEnv, left(), options.signal);
  }
  if (options.signal?.aborted) throw new RepoFailure("interrupted", "interrupted");
  if (checkout.code !== 0) throw checkout.timedOut ? classify(checkout, target, Boolean(token), seconds) : new RepoFailure("not-found", `commit ${commit.slice(0, 12)} cannot be checked out`);
  await prefetchDiffedBlobs(dir, gitEnv, left(), options.signal);
  const total = await treeBytes(dir, options.maxBytes);
  if (total > options.maxBytes) throw new RepoFailure("too-large", `over the size cap of ${Math.round(options.maxBytes / 2 ** 20)} MiB`);
  return dir;
}
async function prefetchDiffedBlobs(dir, gitEnv, timeoutMs, signal) {
  const raw = await git(dir, ["log", "-n", String(COMMIT_STATS_LIMIT), "--no-renames", "--raw", "--no-abbrev", "--format=", "HEAD"], { ...gitEnv, GIT_NO_LAZY_FETCH: "1" }, timeoutMs, signal);
  if (raw.code !== 0) return;
  const oids = /* @__PURE__ */ new Set();
  for (const line of raw.stdout.split("\n")) {
    const m = /^:(\d{6}) (\d{6}) ([0-9a-f]{40}) ([0-9a-f]{40}) /.exec(line);
    if (!m) continue;
    if (m[1] !== "160000" && !/^0+$/.test(m[3])) oids.add(m[3]);
    if (m[2] !== "160000" && !/^0+$/.test(m[4])) oids.add(m[4]);
  }
  if (oids.size === 0) return;
  await git(dir, ["fetch", "--quiet", "--no-tags", "--no-write-fetch-head", "--recurse-submodules=no", "--filter=blob:none", "--stdin", "origin"], gitEnv, timeoutMs, signal, `${[...oids].join("\n")}
`);
}
async function localCommit(dir, timeoutMs) {
  const outcome = await git(dir, ["rev-parse", "--verify", "--quiet", "HEAD"], { ...process.env, GIT_TERMINAL_PROMPT: "0" }, timeoutMs);
  const sha = outcome.stdout.trim();
  return outcome.code === 0 && SHA.test(sha) ? sha.toLowerCase() : void 0;
}

// src/cohort/batch.ts
var displayTarget = (t) => t.kind === "remote" ? t.remote.display : t.dir;
function targetUrl(t, env) {
  if (t.kind !== "remote") return void 0;
  const server = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  return /^https?:/i.test(server) ? `${server}/${t.remote.owner}/${t.remote.repo}` : void 0;
}
async function writeAtomic(file, text) {
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, text);
  await rename(temp, file);
}
var entryFile = (outDir, key, commit) => path2.join(outDir, `${key}@${commit ?? "worktree"}.json`);
var failureFile = (outDir, key) => path2.join(outDir, `${key}.failed.json`);
async function replaceOlder(outDir, key, keep) {
  for (const name of await readdir2(outDir)) {
    if (name.startsWith(`${key}@`) && name.endsWith(".json") && path2.join(outDir, name) !== keep || name === `${key}.failed.json`) {
      await rm2(path2.join(outDir, name), { force: true });
    }
  }
}
async function exists(file) {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
async function runBatch(options) {
  await mkdir(options.outDir, { recursive: true });
  const tempRoot = await mkdtemp2(path2.join(os.tmpdir(), "portfolio-check-batch-"));
  let targets = [...options.targets];
  if (options.retryFailed) {
    const failed = new Set((await readdir2(options.outDir)).filter((n) => n.endsWith(".failed.json")).map((n) => n.slice(0, -".failed.json".length)));
    targets = targets.filter((t) => failed.has(t.key));
  }
  const outcomes = [];
  const queue = [...targets];
  const fetchOptions = { env: options.env, tempRoot, timeoutMs: options.timeoutMs, maxBytes: options.maxBytes, ...options.signal ? { signal: options.signal } : {} };
  const one = async (target) => {
    const url = targetUrl(target, options.env);
    try {
      let dir;
      let commit;
      let cleanup = async () => {
      };
      if (target.kind === "remote") {
        commit = await resolveRemoteCommit(target.remote, fetchOptions);
        if (await exists(entryFile(options.outDir, target.key, commit))) return { status: "skipped", target, commit };
        const fetched = await fetchRemote(target.remote, commit, fetchOptions);
        dir = fetched.dir;
        cleanup = fetched.cleanup;
      } else {
        const st = await stat(target.dir).catch(() => void 0);
        if (!st?.isDirectory()) throw new RepoFailure("not-a-directory", `${target.dir}: not a directory`);
        dir = target.dir;
        commit = await localCommit(dir, options.timeoutMs) ?? null;
        if (commit && await exists(entryFile(options.outDir, target.key, commit))) return { status: "skipped", target, commit };
      }
      try {
        const started = performance.now();
        const { loaded } = options.config;
        let result;
        try {
          result = await checkSource(new WorkingTreeSource(dir, displayTarget(target)), { config: loaded.engineConfig, rules: loaded.rules, ignore: loaded.ignore });
        } catch (error) {
          throw new RepoFailure("check-failed", `the check failed: ${error.message}`);
        }
        if (target.kind === "remote") result.target = { ...result.target, kind: "github", name: target.remote.display, commit: commit ?? void 0 };
        const entry = {
          kind: "portfolio-check/cohort-entry",
          version: 1,
          target: displayTarget(target),
          key: target.key,
          commit,
          ...url ? { url } : {},
          config: { name: options.config.name, ...options.config.sha256 ? { sha256: options.config.sha256 } : {} },
          result
        };
        const file = entryFile(options.outDir, target.key, commit);
        await writeAtomic(file, formatEntry(entry));
        await replaceOlder(options.outDir, target.key, file);
        return { status: "checked", target, entry, seconds: (performance.now() - started) / 1e3 };
      } finally {
        await cleanup();
      }
    } catch (error) {
      const failure = {
        kind: "portfolio-check/cohort-failure",
        version: 1,
        target: displayTarget(target),
        key: target.key,
        ...url ? { url } : {},
        reason: options.signal?.aborted ? "interrupted" : error instanceof RepoFailure ? error.reason : "check-failed",
        message: error instanceof Error ? error.message : String(error)
      };
      if (failure.reason !== "interrupted") await writeAtomic(failureFile(options.outDir, target.key), `${JSON.stringify(failure, null, 2)}
`);
      return { status: "failed", target, failure };
    }
  };
  const worker = async () => {
    for (let target = queue.shift(); target && !options.signal?.aborted; target = queue.shift()) {
      options.onStart?.(target);
      const outcome = await one(target);
      outcomes.push(outcome);
      if (!(outcome.status === "failed" && outcome.failure.reason === "interrupted")) options.onOutcome?.(outcome);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, targets.length || 1)) }, worker));
  } finally {
    await rm2(tempRoot, { recursive: true, force: true });
  }
  return {
    outcomes,
    checked: outcomes.filter((o) => o.status === "checked").length,
    skipped: outcomes.filter((o) => o.status === "skipped").length,
    failed: outcomes.filter((o) => o.status === "failed").length
  };
}
function formatEntry(entry) {
  return `${JSON.stringify(sortKeys(entry), null, 2)}
`;
}

// src/cohort/merge.ts
import { readdir as readdir3, readFile } from "node:fs/promises";
import path3 from "node:path";
var CohortReadError = class extends Error {
};
async function readDir(dir, into) {
  let names;
  try {
    names = await readdir3(dir);
  } catch (error) {
    throw new CohortReadError(`${dir}: cannot read the directory (${error.code ?? "error"})`);
  }
  for (const name of names.sort(compareStrings)) {
    if (!name.endsWith(".json")) continue;
    let data;
    try {
      data = JSON.parse(await readFile(path3.join(dir, name), "utf8"));
    } catch {
      throw new CohortReadError(`${path3.join(dir, name)}: not valid JSON (a batch writes whole files: was it edited?)`);
    }
    const kind = data?.kind;
    if (kind === "portfolio-check/cohort-entry") {
      const entry = data;
      if (typeof entry.key !== "string" || typeof entry.result?.score !== "number") throw new CohortReadError(`${path3.join(dir, name)}: not a cohort entry`);
      into.entries.set(entry.key, entry);
    } else if (kind === "portfolio-check/cohort-failure") {
      const failure = data;
      if (typeof failure.key === "string") into.failures.set(failure.key, failure);
    }
  }
}
async function mergeCohort(dirs, previousDirs = []) {
  const current = { entries: /* @__PURE__ */ new Map(), failures: /* @__PURE__ */ new Map() };
  for (const dir of dirs) await readDir(dir, current);
  const previous = { entries: /* @__PURE__ */ new Map(), failures: /* @__PURE__ */ new Map() };
  for (const dir of previousDirs) await readDir(dir, previous);
  if (current.entries.size === 0 && current.failures.size === 0) {
    throw new CohortReadError(`${dirs.join(", ")}: no batch results (run portfolio-check batch --out DIR first)`);
  }
  const rules = /* @__PURE__ */ new Map();
  const rows = [];
  for (const entry of current.entries.values()) {
    const result = entry.result;
    for (const r of result.rules) if (!rules.has(r.id)) rules.set(r.id, { id: r.id, title: r.title, category: r.category, docs: r.docs });
    const before = previous.entries.get(entry.key)?.result.score;
    rows.push({
      key: entry.key,
      target: entry.target,
      ...entry.url ? { url: entry.url } : {},
      commit: entry.commit,
      score: result.score,
      band: result.band,
      ...before !== void 0 ? { previous: before } : {},
      categories: Object.fromEntries(result.categories.map((c) => [c.id, c.score])),
      rules: Object.fromEntries(result.rules.map((r) => [r.id, r.score])),
      outcomes: Object.fromEntries(result.rules.map((r) => [r.id, r.outcome])),
      config: entry.config?.name ?? "unknown",
      entry
    });
  }
  rows.sort((a, b) => b.score - a.score || compareStrings(a.target, b.target));
  const failures2 = [...current.failures.values()].filter((f) => !current.entries.has(f.key)).sort((a, b) => compareStrings(a.target, b.target));
  const ruleList = [...rules.values()].sort((a, b) => compareStrings(a.category, b.category) || compareStrings(a.id, b.id));
  const gaps2 = ruleList.map((rule) => {
    const scored = rows.filter((row) => typeof row.rules[rule.id] === "number");
    return { rule, lacking: scored.filter((row) => row.rules[rule.id] < 0.5).length, applicable: scored.length };
  }).filter((g) => g.lacking > 0).sort((a, b) => b.lacking / b.applicable - a.lacking / a.applicable || b.lacking - a.lacking || compareStrings(a.rule.id, b.rule.id));
  return { rows, failures: failures2, rules: ruleList, gaps: gaps2, configs: [...new Set(rows.map((r) => r.config))].sort(compareStrings) };
}
var BAND_WORDS = { red: "early", amber: "getting there", green: "job-ready" };
function distribution(rows) {
  const buckets = new Array(10).fill(0);
  for (const row of rows) buckets[Math.min(9, Math.floor(row.score / 10))]++;
  return buckets;
}
function median(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
}

// src/cohort/report.ts
var change = (row) => row.previous === void 0 ? void 0 : row.score - row.previous;
var signed = (n) => n > 0 ? `+${n}` : String(n);
function cohortSummary(cohort) {
  const count = (band) => cohort.rows.filter((r) => r.band === band).length;
  return {
    checked: cohort.rows.length,
    failed: cohort.failures.length,
    median: median(cohort.rows.map((r) => r.score)),
    jobReady: count("green"),
    gettingThere: count("amber"),
    early: count("red")
  };
}
function cell(value) {
  if (value === null || value === void 0) return "";
  if (typeof value === "number") return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
function formatCohortCsv(cohort) {
  const header = ["rank", "repository", "url", "commit", "status", "score", "tier", "previous", "change", "config", "reason", ...cohort.rules.map((r) => r.id)];
  const lines = [header.map(cell).join(",")];
  cohort.rows.forEach((row, i) => {
    const delta = change(row);
    lines.push(
      [
        i + 1,
        row.target,
        row.url,
        row.commit,
        "checked",
        row.score,
        BAND_WORDS[row.band],
        row.previous,
        delta,
        row.config,
        "",
        ...cohort.rules.map((r) => {
          const score = row.rules[r.id];
          return typeof score === "number" ? Math.round(score * 100) : "";
        })
      ].map(cell).join(",")
    );
  });
  for (const failure of cohort.failures) {
    lines.push([null, failure.target, failure.url, null, "failed", null, null, null, null, null, `${failure.reason}: ${failure.message}`, ...cohort.rules.map(() => "")].map(cell).join(","));
  }
  return `${lines.join("\r\n")}\r
`;
}
function formatCohortJson(cohort) {
  const data = {
    kind: "portfolio-check/cohort-report",
    version: 1,
    summary: cohortSummary(cohort),
    configs: cohort.configs,
    gaps: cohort.gaps.map((g) => ({ rule: g.rule.id, title: g.rule.title, lacking: g.lacking, applicable: g.applicable })),
    repositories: cohort.rows.map((row) => ({
      target: row.target,
      key: row.key,
      ...row.url ? { url: row.url } : {},
      commit: row.commit,
      score: row.score,
      band: row.band,
      ...row.previous !== void 0 ? { previous: row.previous } : {},
      config: row.entry.config,
      result: row.entry.result
    })),
    failures: cohort.failures.map(({ target, key, url, reason, message }) => ({ target, key, ...url ? { url } : {}, reason, message }))
  };
  return `${JSON.stringify(sortKeys(data), null, 2)}
`;
}
var MARKDOWN_ROWS = 500;
function formatCohortMarkdown(cohort) {
  const s = cohortSummary(cohort);
  const out = ["# Cohort report", ""];
  out.push(
    `${s.checked} repositories checked${s.failed ? `, ${s.failed} could not be checked` : ""} \xB7 median score ${s.median ?? "\u2013"} \xB7 ${s.jobReady} job-ready (75+) \xB7 ${s.gettingThere} getting there (45\u201374) \xB7 ${s.early} early (< 45)`
  );
  if (cohort.configs.length > 0) out.push("", `Scored with ${cohort.configs.map((c) => `\`${escapeMarkdown(c)}\``).join(", ")}.`);
  if (cohort.gaps.length > 0) {
    out.push("", "## What the cohort most often lacks", "");
    for (const gap of cohort.gaps.slice(0, 10)) out.push(`- **${gap.lacking} of ${gap.applicable}** fall short on ${escapeMarkdown(gap.rule.title)} ([${gap.rule.id}](${gap.rule.docs}))`);
  }
  out.push("", "## Leaderboard", "", "| # | Repository | Score | Tier | Change |", "| ---: | --- | ---: | --- | ---: |");
  cohort.rows.slice(0, MARKDOWN_ROWS).forEach((row, i) => {
    const delta = change(row);
    const name = row.url ? `[${escapeMarkdown(row.target)}](${row.url})` : escapeMarkdown(row.target);
    out.push(`| ${i + 1} | ${name} | ${row.score} | ${BAND_WORDS[row.band]} | ${delta === void 0 ? "" : signed(delta)} |`);
  });
  if (cohort.rows.length > MARKDOWN_ROWS) out.push("", `\u2026 and ${cohort.rows.length - MARKDOWN_ROWS} more (see the CSV or HTML report).`);
  if (cohort.failures.length > 0) {
    out.push("", "## Not checked", "", "| Repository | Reason |", "| --- | --- |");
    for (const f of cohort.failures) out.push(`| ${escapeMarkdown(f.target)} | ${escapeMarkdown(`${f.reason}: ${f.message}`)} |`);
  }
  return `${out.join("\n")}
`;
}

// src/cohort/dashboard.ts
var SYMBOL = { pass: "\u2713", partial: "~", fail: "\u2717", "not-applicable": "\xB7", "not-available": "?", error: "!" };
function formatCohortHtml(cohort, options = {}) {
  const s = cohortSummary(cohort);
  const title = `Cohort report \u2014 ${s.checked} repositories`;
  return `${pageStart(title, TABLE_SORT_SCRIPT, CSS)}<header><h1>${escapeHtml(title)}</h1>
<p class="meta">Scored with ${cohort.configs.map((c) => `<code>${escapeHtml(c)}</code>`).join(", ") || "no configuration"} by portfolio-check. Repositories were read, never run.</p></header>
<main>
<section aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>
<ul class="cards">
<li><span class="n">${s.checked}</span> checked</li>
<li><span class="n">${s.failed}</span> not checked</li>
<li><span class="n">${s.median ?? "\u2013"}</span> median score</li>
<li class="band-green"><span class="n">${s.jobReady}</span> job-ready (75+)</li>
<li class="band-amber"><span class="n">${s.gettingThere}</span> getting there (45\u201374)</li>
<li class="band-red"><span class="n">${s.early}</span> early (&lt; 45)</li>
</ul>
${histogram(cohort.rows)}
</section>
${gaps(cohort)}
<section aria-labelledby="board-h"><h2 id="board-h">Leaderboard</h2>
<p>Sorted by score; select a column heading to sort by it.</p>
<div class="scroll" tabindex="0" role="region" aria-labelledby="board-h">${leaderboard(cohort, options)}</div>
</section>
<section aria-labelledby="heat-h"><h2 id="heat-h">Criteria by repository</h2>
<p>\u2713 met \xB7 ~ partly \xB7 \u2717 missing \xB7 \xB7 not applicable \xB7 ? not available. Columns are the rules; hover or focus a cell for its score.</p>
<div class="scroll" tabindex="0" role="region" aria-labelledby="heat-h">${heatmap(cohort)}</div>
</section>
${failures(cohort)}
</main>
<script>${TABLE_SORT_SCRIPT}</script>
</body>
</html>
`;
}
function histogram(rows) {
  const buckets = distribution(rows);
  const max = Math.max(1, ...buckets);
  const bars = buckets.map((count, i) => {
    const h = Math.round(count / max * 100);
    const x = i * 30 + 4;
    return `<rect class="bar" x="${x}" y="${116 - h}" width="24" height="${h}"><title>${i * 10}\u2013${i === 9 ? 100 : i * 10 + 9}: ${count}</title></rect><text x="${x + 12}" y="${112 - h}" text-anchor="middle">${count || ""}</text><text x="${x + 12}" y="130" text-anchor="middle">${i * 10}</text>`;
  }).join("");
  const label = buckets.map((c, i) => `${i * 10}\u2013${i === 9 ? 100 : i * 10 + 9}: ${c}`).join(", ");
  return `<figure class="hist"><svg viewBox="0 0 304 136" role="img" aria-label="Score distribution: ${escapeHtml(label)}">${bars}</svg><figcaption>Score distribution (repositories per ten points)</figcaption></figure>`;
}
function gaps(cohort) {
  if (cohort.gaps.length === 0) return "";
  const items = cohort.gaps.slice(0, 12).map((g) => {
    const pct = Math.round(100 * g.lacking / g.applicable);
    return `<li><span class="gap-count">${g.lacking} of ${g.applicable}</span> fall short on <a href="${escapeHtml(g.rule.docs)}">${escapeHtml(g.rule.title)}</a> <span class="meter" aria-hidden="true"><span style="width:${pct}%"></span></span></li>`;
  }).join("\n");
  return `<section aria-labelledby="gaps-h"><h2 id="gaps-h">What the cohort most often lacks</h2>
<ol class="gaps">
${items}
</ol></section>`;
}
function leaderboard(cohort, options) {
  const categories = CATEGORY_IDS.filter((id) => cohort.rows.some((r) => typeof r.categories[id] === "number"));
  const head = ["#", "Repository", "Score", "Tier", "Change", ...categories.map((id) => CATEGORY_TITLES[id])];
  const ths = head.map((h, i) => `<th scope="col"${i === 2 ? ' aria-sort="descending"' : ""}><button type="button" data-col="${i}">${escapeHtml(h)}</button></th>`).join("");
  const body = cohort.rows.map((row, i) => {
    const delta = row.previous === void 0 ? void 0 : row.score - row.previous;
    const trend = delta === void 0 ? '<span class="muted">new</span>' : delta === 0 ? "\xB10" : delta > 0 ? `<span class="up">\u25B2 +${delta}</span>` : `<span class="down">\u25BC ${delta}</span>`;
    const href = options.reportHref?.(row);
    const name = href ? `<a href="${escapeHtml(href)}">${escapeHtml(row.target)}</a>` : escapeHtml(row.target);
    const repoLink = row.url ? ` <a class="ext" href="${escapeHtml(row.url)}" aria-label="${escapeHtml(row.target)} on GitHub">repo</a>` : "";
    const cells = categories.map((id) => {
      const v = row.categories[id];
      return `<td data-sort="${typeof v === "number" ? v : ""}">${typeof v === "number" ? v : "\u2013"}</td>`;
    });
    return `<tr><td data-sort="${i + 1}">${i + 1}</td><th scope="row" data-sort="${escapeHtml(row.target)}">${name}${repoLink}</th><td data-sort="${row.score}" class="score band-${row.band}">${row.score}</td><td data-sort="${row.score}">${escapeHtml(BAND_WORDS[row.band])}</td><td data-sort="${delta ?? ""}">${trend}</td>${cells.join("")}</tr>`;
  }).join("\n");
  return `<table data-sortable class="board"><thead><tr>${ths}</tr></thead><tbody>
${body}
</tbody></table>`;
}
function heatmap(cohort) {
  const head = cohort.rules.map((r) => `<th scope="col" class="rot"><a href="${escapeHtml(r.docs)}" title="${escapeHtml(r.title)}"><span>${escapeHtml(r.id)}</span></a></th>`).join("");
  const body = cohort.rows.map((row) => {
    const cells = cohort.rules.map((r) => {
      const outcome = row.outcomes[r.id];
      const score = row.rules[r.id];
      if (!outcome) return '<td class="o-none">\u2013</td>';
      const label = `${row.target} \xB7 ${r.id}: ${outcome}${typeof score === "number" ? ` (${Math.round(score * 100)} %)` : ""}`;
      return `<td class="o-${outcome}" title="${escapeHtml(label)}"><span aria-label="${escapeHtml(label)}">${SYMBOL[outcome]}</span></td>`;
    });
    return `<tr><th scope="row">${escapeHtml(row.target)}</th>${cells.join("")}</tr>`;
  }).join("\n");
  return `<table class="heat"><thead><tr><th scope="col">Repository</th>${head}</tr></thead><tbody>
${body}
</tbody></table>`;
}
function failures(cohort) {
  if (cohort.failures.length === 0) return "";
  const rows = cohort.failures.map((f) => `<tr><th scope="row">${f.url ? `<a href="${escapeHtml(f.url)}">${escapeHtml(f.target)}</a>` : escapeHtml(f.target)}</th><td>${escapeHtml(f.reason)}</td><td>${escapeHtml(f.message)}</td></tr>`).join("\n");
  return `<section aria-labelledby="fail-h"><h2 id="fail-h">Not checked</h2><div class="scroll" tabindex="0" role="region" aria-labelledby="fail-h"><table><thead><tr><th scope="col">Repository</th><th scope="col">Reason</th><th scope="col">Details</th></tr></thead><tbody>
${rows}
</tbody></table></div></section>`;
}
var CSS = `
:root{color-scheme:light;--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--red:#b3261e;--amber:#8a5300;--green:#116329}
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:#fff}
header,main{max-width:1100px;margin:0 auto;padding:0 16px}h1{font-size:1.5rem;margin:16px 0 4px}h2{font-size:1.2rem;margin:28px 0 8px}
.meta,.muted{color:var(--muted)}code{font-size:.9em}a{color:#0550ae}
.cards{display:flex;flex-wrap:wrap;gap:8px;padding:0;list-style:none}.cards li{border:1px solid var(--line);border-radius:8px;padding:8px 12px;min-width:120px}
.cards .n{display:block;font-size:1.6rem;font-weight:700}
.band-red .n,td.band-red,.up+.band-red{color:var(--red)}.band-amber .n,td.band-amber{color:var(--amber)}.band-green .n,td.band-green{color:var(--green)}
.hist{margin:12px 0;max-width:420px}.hist svg{width:100%;height:auto}.hist text{font-size:9px;fill:var(--fg)}
rect.bar{fill:#8fb8de}.hist figcaption{color:var(--muted);font-size:.9em}
.gaps{padding-left:1.4em}.gaps li{margin:4px 0}.gap-count{font-weight:700}
.meter{display:inline-block;vertical-align:middle;width:80px;height:8px;background:#eaeef2;border-radius:4px;margin-left:6px}.meter span{display:block;height:100%;background:#cf222e;border-radius:4px}
.scroll{overflow-x:auto;max-width:100%}table{border-collapse:collapse;font-size:.92rem}th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;white-space:nowrap}
.board th button{font:inherit;font-weight:700;background:none;border:0;padding:0;cursor:pointer;color:var(--fg)}
.board th[aria-sort=ascending] button::after{content:" \u25B2"}.board th[aria-sort=descending] button::after{content:" \u25BC"}
td.score{font-weight:700}.up{color:var(--green)}.down{color:var(--red)}.ext{font-size:.8em}
.heat td{text-align:center;padding:2px 6px}.heat tbody th,.board tbody th{position:sticky;left:0;background:#fff}.heat th.rot{vertical-align:bottom;padding:2px}.heat th.rot span{writing-mode:vertical-rl;transform:rotate(180deg);font-weight:400;font-size:.8rem}
.o-pass{background:#d1f0d9;color:#0a4a1f}.o-partial{background:#fbe7b5;color:#5c3b00}.o-fail{background:#f9d0cc;color:#7d1a13}
.o-not-applicable,.o-none{background:#f6f8fa;color:#57606a}.o-not-available,.o-error{background:#eaeef2;color:#32383f}
:focus-visible{outline:3px solid #0969da;outline-offset:2px}
@media print{.scroll{overflow:visible}}
`;

// src/cohort/github-org.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var GitHubApiError = class extends Error {
  constructor(message, reason) {
    super(message);
    this.reason = reason;
  }
  reason;
};
var PAGE_SIZE = 100;
var MAX_PAGES = 100;
async function listOrganisationRepositories(options) {
  const isMatch = options.match ? (0, import_picomatch.default)(options.match, { nocase: true }) : () => true;
  const base = options.apiUrl.replace(/\/+$/, "");
  const owner = encodeURIComponent(options.org);
  let url = `${base}/orgs/${owner}/repos?per_page=${PAGE_SIZE}&type=all`;
  let triedUser = false;
  const out = [];
  for (let page = 0; url && page < MAX_PAGES; page++) {
    const response = await request(url, options);
    if (response.status === 404 && !triedUser && page === 0) {
      triedUser = true;
      url = `${base}/users/${owner}/repos?per_page=${PAGE_SIZE}&type=owner`;
      page--;
      continue;
    }
    if (response.status === 404) throw new GitHubApiError(`no organisation or user named "${options.org}" (or the token cannot see it)`, "not-found");
    if (response.status === 401) throw new GitHubApiError("the GitHub API refused the token (401): check GITHUB_TOKEN", "unauthorized");
    if (response.status >= 400) throw new GitHubApiError(`the GitHub API answered ${response.status} for ${options.org}'s repositories`, response.status === 403 ? "forbidden" : "bad-response");
    let body;
    try {
      body = await response.json();
    } catch {
      throw new GitHubApiError("the GitHub API answered with something that is not JSON", "bad-response");
    }
    if (!Array.isArray(body)) throw new GitHubApiError("the GitHub API answered with something that is not a repository list", "bad-response");
    for (const item of body) {
      if (typeof item?.name !== "string" || typeof item.owner?.login !== "string") continue;
      if (item.archived === true && !options.includeArchived) continue;
      if (item.fork === true && !options.includeForks) continue;
      if (!isMatch(item.name)) continue;
      out.push({ owner: item.owner.login, repo: item.name, ...typeof item.default_branch === "string" ? { defaultBranch: item.default_branch } : {} });
    }
    url = nextLink(response.headers.get("link"));
  }
  return out.sort((a, b) => a.repo < b.repo ? -1 : a.repo > b.repo ? 1 : 0);
}
function nextLink(header) {
  if (!header) return void 0;
  for (const part of header.split(",")) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (m) return m[1];
  }
  return void 0;
}
async function request(url, options) {
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  const now = options.now ?? Date.now;
  const maxWait = options.maxWaitMs ?? 6e4;
  const headers = {
    accept: "application/vnd.github+json",
    "x-github-api-version": "2022-11-28",
    "user-agent": "portfolio-check"
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let failures2 = 0;
  for (let attempt = 0; attempt < 6; attempt++) {
    let response;
    try {
      response = await doFetch(url, { headers, redirect: "follow" });
    } catch (error) {
      if (++failures2 > 1) throw new GitHubApiError(`cannot reach the GitHub API at ${new URL(url).origin}: ${error.message}`, "network");
      continue;
    }
    if (response.status >= 500 && ++failures2 <= 1) continue;
    if (response.status !== 403 && response.status !== 429) return response;
    const retryAfter = Number(response.headers.get("retry-after"));
    const remaining = response.headers.get("x-ratelimit-remaining");
    const reset = Number(response.headers.get("x-ratelimit-reset"));
    let waitMs;
    if (Number.isFinite(retryAfter) && retryAfter > 0) waitMs = retryAfter * 1e3;
    else if (remaining === "0" && Number.isFinite(reset) && reset > 0) waitMs = Math.max(0, reset * 1e3 - now()) + 1e3;
    if (waitMs === void 0) return response;
    if (waitMs > maxWait) {
      const at = Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1e3).toISOString()}` : ` for ${Math.round(waitMs / 1e3)} s`;
      throw new GitHubApiError(`rate limited by the GitHub API${at}${options.token ? "" : " (set GITHUB_TOKEN for a higher limit)"}`, "rate-limited");
    }
    await sleep(waitMs);
  }
  throw new GitHubApiError("rate limited by the GitHub API: still limited after several waits", "rate-limited");
}

// src/cohort/targets.ts
import { createHash } from "node:crypto";
import { readFile as readFile2 } from "node:fs/promises";
import path4 from "node:path";
var TargetError = class extends Error {
};
function remoteKey(target) {
  return `${target.owner}+${target.repo}${target.ref ? `@${target.ref.replace(/[^\w.-]/g, "_")}` : ""}`;
}
function localKey(dir) {
  const digest = createHash("sha256").update(dir).digest("hex").slice(0, 8);
  return `local+${path4.basename(dir).replace(/[^\w.-]/g, "_") || "root"}-${digest}`;
}
function parseTarget(text, cwd) {
  const trimmed = text.trim();
  if (trimmed === "") throw new TargetError("an empty target");
  let remote;
  try {
    remote = parseRemoteTarget(trimmed);
  } catch (error) {
    if (error instanceof RemoteTargetError) throw new TargetError(error.message);
    throw error;
  }
  if (remote) return { kind: "remote", remote, key: remoteKey(remote) };
  const dir = path4.resolve(cwd, trimmed);
  return { kind: "local", dir, key: localKey(dir) };
}
async function expandTargets(args, cwd) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (target) => {
    if (seen.has(target.key)) return;
    seen.add(target.key);
    out.push(target);
  };
  for (const arg of args) {
    if (!arg.startsWith("@")) {
      add(parseTarget(arg, cwd));
      continue;
    }
    const file = path4.resolve(cwd, arg.slice(1));
    let text;
    try {
      text = await readFile2(file, "utf8");
    } catch (error) {
      throw new TargetError(`${arg.slice(1)}: cannot read the target list (${error.code ?? "error"})`);
    }
    const lines = text.split(/\r?\n/);
    for (const [i, raw] of lines.entries()) {
      const line = raw.replace(/(^|\s)#.*$/, "").trim();
      if (line === "") continue;
      try {
        add(parseTarget(line, path4.dirname(file)));
      } catch (error) {
        if (error instanceof TargetError) throw new TargetError(`${arg.slice(1)}:${i + 1}: ${error.message}`);
        throw error;
      }
    }
  }
  return out;
}
function parseShard(text) {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count || count > 1e3) throw new TargetError(`--shard expects i/n with 1 \u2264 i \u2264 n \u2264 1000, got "${text}"`);
  return { index, count };
}
function shardTargets(targets, shard) {
  if (shard.count === 1) return [...targets];
  return targets.filter((t) => createHash("sha256").update(t.key).digest().readUInt32BE(0) % shard.count === shard.index - 1);
}

// src/cohort/cli.ts
var BATCH_HELP = `Usage: portfolio-check batch [targets...] --out DIR [options]

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
var REPORT_HELP = `Usage: portfolio-check report <dir...> [options]

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
var FORMATS = ["html", "csv", "markdown", "json"];
function usage(io, message, help) {
  io.stderr(`portfolio-check: ${message}
${help === BATCH_HELP ? "Run portfolio-check batch --help for usage." : "Run portfolio-check report --help for usage."}
`);
  return 2;
}
async function batchMain(argv, io) {
  let parsed;
  try {
    parsed = parseArgv(argv, {
      out: { type: "string" },
      org: { type: "string" },
      match: { type: "string" },
      "include-archived": { type: "boolean" },
      "include-forks": { type: "boolean" },
      "api-url": { type: "string" },
      config: { type: "string", short: "c" },
      concurrency: { type: "string" },
      shard: { type: "string" },
      "retry-failed": { type: "boolean" },
      timeout: { type: "string" },
      "max-size": { type: "string" },
      help: { type: "boolean", short: "h" }
    });
  } catch (error) {
    return usage(io, error.message, BATCH_HELP);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(BATCH_HELP);
    return 0;
  }
  if (typeof values.out !== "string" || values.out.trim() === "") return usage(io, "batch needs --out DIR, where the Results go", BATCH_HELP);
  if (positionals.length === 0 && !values.org) return usage(io, "batch needs targets (github:owner/repo, paths, @file) or --org NAME", BATCH_HELP);
  const number = (name, fallback, min, max) => {
    const raw = values[name];
    if (raw === void 0) return fallback;
    const n = Number(raw);
    return Number.isInteger(n) && n >= min && n <= max ? n : `--${name} expects a whole number from ${min} to ${max}, got "${String(raw)}"`;
  };
  const concurrency = number("concurrency", Math.max(1, os2.availableParallelism()), 1, 64);
  const timeout = number("timeout", 300, 1, 86400);
  const maxSize = number("max-size", 500, 1, 1048576);
  for (const n of [concurrency, timeout, maxSize]) if (typeof n === "string") return usage(io, n, BATCH_HELP);
  let targets;
  try {
    targets = await expandTargets(positionals, io.cwd);
    if (typeof values.org === "string") {
      const listed = await listOrganisationRepositories({
        org: values.org,
        ...typeof values.match === "string" ? { match: values.match } : {},
        includeArchived: Boolean(values["include-archived"]),
        includeForks: Boolean(values["include-forks"]),
        apiUrl: typeof values["api-url"] === "string" ? values["api-url"] : io.env.GITHUB_API_URL || "https://api.github.com",
        ...io.env.GITHUB_TOKEN || io.env.GH_TOKEN ? { token: io.env.GITHUB_TOKEN || io.env.GH_TOKEN } : {}
      });
      const seen = new Set(targets.map((t) => t.key));
      for (const repo of listed) {
        const target = parseTarget(`github:${repo.owner}/${repo.repo}`, io.cwd);
        if (!seen.has(target.key)) targets.push(target);
      }
      io.stderr(`portfolio-check: ${listed.length} repositories in ${values.org}${values.match ? ` matching ${values.match}` : ""}
`);
    }
    if (typeof values.shard === "string") targets = shardTargets(targets, parseShard(values.shard));
  } catch (error) {
    if (error instanceof TargetError) return usage(io, error.message, BATCH_HELP);
    if (error instanceof GitHubApiError) {
      io.stderr(`portfolio-check: cannot list ${String(values.org)}: ${error.message}
`);
      return 3;
    }
    throw error;
  }
  const config = await cohortConfig(typeof values.config === "string" ? values.config : void 0, io);
  if (typeof config === "number") return config;
  const outDir = path5.resolve(io.cwd, values.out);
  const controller = new AbortController();
  const interrupt = () => controller.abort();
  process.once("SIGINT", interrupt);
  process.once("SIGTERM", interrupt);
  const progress = cohortProgress(targets.length, io);
  try {
    const summary = await runBatch({
      targets,
      outDir,
      config,
      concurrency,
      retryFailed: Boolean(values["retry-failed"]),
      env: io.env,
      timeoutMs: timeout * 1e3,
      maxBytes: maxSize * 2 ** 20,
      signal: controller.signal,
      onStart: progress.start,
      onOutcome: progress.done
    });
    progress.end();
    if (controller.signal.aborted) {
      io.stderr("portfolio-check: interrupted; temporary clones removed. Rerun the same command to resume.\n");
      return 130;
    }
    io.stderr(`portfolio-check: ${summary.checked} checked, ${summary.skipped} already checked at the same commit, ${summary.failed} failed; Results in ${path5.relative(io.cwd, outDir) || "."}
`);
    return 0;
  } finally {
    process.removeListener("SIGINT", interrupt);
    process.removeListener("SIGTERM", interrupt);
  }
}
async function cohortConfig(file, io) {
  const empty = file === void 0 ? await mkdtemp3(path5.join(os2.tmpdir(), "portfolio-check-config-")) : void 0;
  try {
    const loaded = file === void 0 ? await loadConfig(empty) : await loadConfig(io.cwd, { configPath: path5.resolve(io.cwd, file) });
    if (file === void 0) return { loaded, name: "portfolio-check:recommended" };
    const bytes = await readFile3(path5.resolve(io.cwd, file));
    return { loaded, name: file, sha256: createHash2("sha256").update(bytes).digest("hex") };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) io.stderr(`portfolio-check: ${formatProblem(problem)}
`);
    return 2;
  } finally {
    if (empty) await rm3(empty, { recursive: true, force: true });
  }
}
function cohortProgress(total, io) {
  const tty = Boolean(io.stderrIsTTY) && io.env.TERM !== "dumb";
  const started = Date.now();
  let done = 0;
  let failed = 0;
  const running = /* @__PURE__ */ new Set();
  const name = (o) => o.target.kind === "remote" ? o.target.remote.display : o.target.dir;
  const draw = () => {
    if (!tty) return;
    const elapsed = (Date.now() - started) / 1e3;
    const eta = done > 0 ? Math.round(elapsed / done * (total - done)) : void 0;
    const etaText = eta === void 0 ? "" : ` \xB7 ETA ${Math.floor(eta / 60)}m${String(eta % 60).padStart(2, "0")}s`;
    const current = [...running][0];
    io.stderr(`\r\x1B[2K[${done}/${total}] ${failed} failed${etaText}${current ? ` \xB7 ${current}` : ""}`);
  };
  return {
    start(target) {
      running.add(target.kind === "remote" ? target.remote.display : target.dir);
      draw();
    },
    done(outcome) {
      done++;
      running.delete(name(outcome));
      if (outcome.status === "failed") failed++;
      if (tty) {
        if (outcome.status === "failed") io.stderr(`\r\x1B[2Kfailed ${name(outcome)}: ${outcome.failure.reason}: ${outcome.failure.message}
`);
        draw();
        return;
      }
      const prefix = `[${done}/${total}]`;
      if (outcome.status === "checked") io.stderr(`${prefix} ok ${name(outcome)} ${outcome.entry.result.score} (${BAND_WORDS[outcome.entry.result.band]}) in ${outcome.seconds.toFixed(1)}s
`);
      else if (outcome.status === "skipped") io.stderr(`${prefix} skipped ${name(outcome)}: already checked at ${outcome.commit.slice(0, 12)}
`);
      else io.stderr(`${prefix} failed ${name(outcome)}: ${outcome.failure.reason}: ${outcome.failure.message}
`);
    },
    end() {
      if (tty) io.stderr("\r\x1B[2K");
    }
  };
}
async function reportMain(argv, io) {
  let parsed;
  try {
    parsed = parseArgv(argv, {
      format: { type: "string", short: "f" },
      output: { type: "string", short: "o" },
      previous: { type: "string", multiple: true },
      help: { type: "boolean", short: "h" }
    });
  } catch (error) {
    return usage(io, error.message, REPORT_HELP);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(REPORT_HELP);
    return 0;
  }
  if (positionals.length === 0) return usage(io, "report needs one or more batch output directories", REPORT_HELP);
  const output = typeof values.output === "string" ? values.output : void 0;
  const format = typeof values.format === "string" ? values.format : output?.endsWith(".html") ? "html" : "markdown";
  if (!FORMATS.includes(format)) return usage(io, `unknown format "${format}"; expected ${FORMATS.join(", ")}`, REPORT_HELP);
  let cohort;
  try {
    cohort = await mergeCohort(
      positionals.map((d) => path5.resolve(io.cwd, d)),
      (values.previous ?? []).map((d) => path5.resolve(io.cwd, d))
    );
  } catch (error) {
    if (error instanceof CohortReadError) {
      io.stderr(`portfolio-check: ${error.message}
`);
      return 2;
    }
    throw error;
  }
  let text;
  if (format === "html") {
    let reportHref;
    if (output) {
      const file = path5.resolve(io.cwd, output);
      const folder = `${path5.basename(file).replace(/\.html?$/i, "")}-reports`;
      await mkdir2(path5.join(path5.dirname(file), folder), { recursive: true });
      for (const row of cohort.rows) await writeFile2(path5.join(path5.dirname(file), folder, `${row.key}.html`), formatHtml(row.entry.result));
      reportHref = (row) => `${encodeURIComponent(folder)}/${encodeURIComponent(row.key)}.html`;
    }
    text = formatCohortHtml(cohort, reportHref ? { reportHref } : {});
  } else text = format === "csv" ? formatCohortCsv(cohort) : format === "json" ? formatCohortJson(cohort) : formatCohortMarkdown(cohort);
  if (output) {
    try {
      await writeFile2(path5.resolve(io.cwd, output), text);
    } catch (error) {
      io.stderr(`portfolio-check: cannot write ${output}: ${error.code ?? error.message}
`);
      return 2;
    }
    io.stderr(`portfolio-check: ${cohort.rows.length} repositories, ${cohort.failures.length} not checked; report written to ${output}
`);
  } else io.stdout(text);
  return 0;
}
export {
  BATCH_HELP,
  REPORT_HELP,
  batchMain,
  reportMain
};

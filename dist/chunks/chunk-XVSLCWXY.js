#!/usr/bin/env node
import { createRequire as __pcCreateRequire } from 'node:module';
const require = __pcCreateRequire(import.meta.url);
import {
  gitTimeoutMs,
  runGit
} from "./chunk-OD7Z3KTL.js";

// src/source/remote.ts
import { rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
var RemoteTargetError = class extends Error {
};
var OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
var REPO = /^[A-Za-z0-9._-]{1,100}$/;
var REF = /^(?!-)(?!.*\.\.)[\w./@+-]{1,255}$/;
function parseRemoteTarget(target) {
  let owner;
  let repo;
  let ref;
  if (target.startsWith("github:")) {
    const m = /^github:([^/@]+)\/([^/@]+)(?:@(.+))?$/.exec(target);
    if (!m) throw new RemoteTargetError(`${target}: expected github:owner/repo or github:owner/repo@ref`);
    [, owner, repo, ref] = m;
  } else if (/^https?:\/\//i.test(target)) {
    let url;
    try {
      url = new URL(target);
    } catch {
      throw new RemoteTargetError(`${target}: not a valid URL`);
    }
    const parts = url.pathname.split("/").filter(Boolean);
    if (url.hostname !== "github.com" || parts.length < 2 || parts.length > 2 && parts[2] !== "tree") {
      throw new RemoteTargetError(`${target}: only GitHub repository URLs (https://github.com/owner/repo) are supported; clone other hosts and pass the path`);
    }
    owner = parts[0];
    repo = parts[1].replace(/\.git$/, "");
    if (parts[2] === "tree") ref = parts.slice(3).join("/") || void 0;
  } else {
    return void 0;
  }
  if (!owner || !OWNER.test(owner)) throw new RemoteTargetError(`${target}: "${owner ?? ""}" is not a GitHub user or organization name`);
  if (!repo || !REPO.test(repo) || repo === "." || repo === "..") throw new RemoteTargetError(`${target}: "${repo ?? ""}" is not a repository name`);
  if (ref !== void 0 && !REF.test(ref)) throw new RemoteTargetError(`${target}: "${ref}" is not a branch, tag or commit`);
  return { owner, repo, ...ref ? { ref } : {}, display: `${owner}/${repo}${ref ? `@${ref}` : ""}` };
}
var liveClones = /* @__PURE__ */ new Set();
function removeClonesSync() {
  for (const parent of liveClones) {
    try {
      rmSync(parent, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
    } catch {
    }
    liveClones.delete(parent);
  }
}
var PROGRESS = /^(?:remote: )?(Enumerating objects|Counting objects|Compressing objects|Receiving objects|Resolving deltas|Updating files|Filtering content)(?::\s+(\d+%))?/;
var progressPhase = (line) => {
  const m = PROGRESS.exec(line.trim());
  return m ? `${m[1].toLowerCase()}${m[2] ? ` ${m[2]}` : ""}` : void 0;
};
var withoutProgress = (stderr) => stderr.split(/[\r\n]+/).filter((line) => line.trim() && !progressPhase(line) && !/^Cloning into /.test(line) && !/^remote: Total /.test(line)).join("\n");
var SHA = /^[0-9a-f]{7,40}$/i;
function remoteAccess(target, env) {
  const server = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  const token = env.GITHUB_TOKEN || env.GH_TOKEN || void 0;
  const gitEnv = { ...env, GIT_TERMINAL_PROMPT: "0", GCM_INTERACTIVE: "never", GIT_LFS_SKIP_SMUDGE: "1", GIT_ASKPASS: "", SSH_ASKPASS: "" };
  if (token) {
    const count = Number(env.GIT_CONFIG_COUNT ?? 0) || 0;
    gitEnv.GIT_CONFIG_COUNT = String(count + 1);
    gitEnv[`GIT_CONFIG_KEY_${count}`] = `http.${server}/.extraheader`;
    gitEnv[`GIT_CONFIG_VALUE_${count}`] = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString("base64")}`;
  }
  return { url: `${server}/${target.owner}/${target.repo}.git`, gitEnv, ...token ? { token } : {} };
}
async function cloneRemote(target, { env, signal, onProgress }) {
  const { url, gitEnv, token } = remoteAccess(target, env);
  const redact = (text) => token ? text.split(token).join("***") : text;
  const parent = await mkdtemp(path.join(os.tmpdir(), "portfolio-check-"));
  liveClones.add(parent);
  const dir = path.join(parent, target.repo);
  const cleanup = async () => {
    await rm(parent, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
    liveClones.delete(parent);
  };
  try {
    const byName = target.ref !== void 0 && !SHA.test(target.ref);
    let stderrLines = "";
    const progress = onProgress ? (chunk) => {
      if (stderrLines.length < 65536) stderrLines += chunk;
      const phase = chunk.split(/[\r\n]+/).map(progressPhase).filter(Boolean).at(-1);
      if (phase) onProgress(phase);
    } : void 0;
    const clone = await git(parent, ["clone", onProgress ? "--progress" : "--quiet", "--no-tags", ...byName ? ["--single-branch", "--branch", target.ref] : [], "--", url, dir], gitEnv, { ...signal ? { signal } : {}, ...progress ? { onStderr: progress } : {} });
    if (signal?.aborted) throw new RemoteTargetError(`cloning ${target.display} was interrupted`);
    if (clone.code !== 0) throw new RemoteTargetError(`cannot clone ${target.display}: ${explainCloneFailure(redact(progress ? withoutProgress(stderrLines) : clone.stderr), target, Boolean(token))}`);
    if (target.ref !== void 0 && !byName) {
      const options = signal ? { signal } : {};
      let checkout = await git(dir, ["-c", "advice.detachedHead=false", "checkout", "--quiet", target.ref], gitEnv, options);
      if (checkout.code !== 0) {
        onProgress?.(`fetching ${target.ref}`);
        await git(dir, ["fetch", "--quiet", "origin", target.ref], gitEnv, options);
        checkout = await git(dir, ["-c", "advice.detachedHead=false", "checkout", "--quiet", target.ref], gitEnv, options);
      }
      if (signal?.aborted) throw new RemoteTargetError(`cloning ${target.display} was interrupted`);
      if (checkout.code !== 0) throw new RemoteTargetError(`cannot check out ${target.ref} in ${target.owner}/${target.repo}: no such commit`);
    }
    return { dir, cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
function explainCloneFailure(stderr, target, hasToken) {
  if (/Remote branch .* not found/i.test(stderr)) return `no branch or tag "${target.ref}"`;
  if (/repository .* not found|not found|returned error: 404/i.test(stderr)) {
    return hasToken ? "repository not found, or the token cannot read it" : "repository not found (if it is private, set GITHUB_TOKEN)";
  }
  if (/Authentication failed|returned error: 40[13]|could not read Username/i.test(stderr)) {
    return hasToken ? "the token was refused" : "authentication required (set GITHUB_TOKEN for a private repository)";
  }
  const line = stderr.split("\n").map((l) => l.replace(/^(fatal|error):\s*/, "").trim()).find(Boolean);
  return line ?? "git failed";
}
async function git(cwd, args, env, options = {}) {
  const { code, stderr } = await runGit(cwd, args, env, { network: true, timeoutMs: gitTimeoutMs(env) * 5, ...options });
  return { code, stderr: code === -1 ? `git is not available: ${stderr}` : stderr };
}

export {
  RemoteTargetError,
  parseRemoteTarget,
  removeClonesSync,
  remoteAccess,
  cloneRemote
};

/**
 * What reports call the checked project and where its files are on the web: `owner/repo` when the
 * repository's origin is on GitHub (links then open `blob/<commit>/path#L12`), else the directory's
 * name, never the path as typed ("."). Git's configuration is only read, never run.
 */
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { runGit } from './git-run.js';

export interface Project {
  name: string;
  /** `https://github.com/owner/repo`, when known. */
  web?: string;
  /** The checked directory relative to the repository root ("" at the top). */
  prefix: string;
}

/** The web address of a GitHub remote URL (https, ssh or scp-like), without any credentials. */
export function githubWeb(url: string, serverUrl = 'https://github.com'): { web: string; owner: string; repo: string } | undefined {
  let server: URL;
  try {
    server = new URL(serverUrl);
  } catch {
    return undefined;
  }
  const host = server.host.toLowerCase();
  const m =
    /^(?:https?|ssh|git):\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/i.exec(url.trim()) ??
    /^(?:[^@/]+@)?([^/:]+):([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url.trim());
  if (!m || m[1]!.toLowerCase() !== server.hostname.toLowerCase()) return undefined;
  const [owner, repo] = [m[2]!, m[3]!];
  if (!/^[A-Za-z0-9-]+$/.test(owner) || !/^[A-Za-z0-9._-]+$/.test(repo)) return undefined;
  return { web: `${server.protocol}//${host}/${owner}/${repo}`, owner, repo };
}

/** Names a local directory: its GitHub repository (with the subdirectory) or its own name. */
export async function localProject(root: string, env: NodeJS.ProcessEnv): Promise<Project> {
  const real = await realpath(root).catch(() => root);
  const top = await runGit(root, ['rev-parse', '--show-toplevel'], env);
  const toplevel = top.code === 0 ? top.stdout.trim() : '';
  const prefix = toplevel ? path.relative(await realpath(toplevel).catch(() => toplevel), real).split(path.sep).join('/') : '';
  const origin = toplevel ? await runGit(root, ['config', '--get', 'remote.origin.url'], env) : undefined;
  const github = origin?.code === 0 ? githubWeb(origin.stdout, env.GITHUB_SERVER_URL || undefined) : undefined;
  const safePrefix = prefix.startsWith('..') ? '' : prefix;
  if (github) return { name: `${github.owner}/${github.repo}${safePrefix ? `/${safePrefix}` : ''}`, web: github.web, prefix: safePrefix };
  return { name: path.basename(real) || real, prefix: safePrefix };
}

/** Where the checked files are at `commit`: `${web}/blob/<commit>/<prefix>/`. */
export function blobUrl(project: Project, commit: string | undefined): string | undefined {
  if (!project.web || !commit || !/^[0-9a-f]{7,64}$/.test(commit)) return undefined;
  return `${project.web}/blob/${commit}/${project.prefix ? `${project.prefix.split('/').map(encodeURIComponent).join('/')}/` : ''}`;
}

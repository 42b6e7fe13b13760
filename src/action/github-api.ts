import * as core from '@actions/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import type { Commit } from '../source/types.js';
import { VERSION } from '../version.js';

const ActionOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof ActionOctokit>;

/** Rate-limit waits longer than this are not worth holding a CI job for. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 60;

/** An Octokit with retries and rate-limit throttling, talking to GITHUB_API_URL (GHES, tests). */
export function createClient(token: string, env: NodeJS.ProcessEnv = process.env): GitHubClient {
  const onLimit = (kind: string) => (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    const retrying = retryCount < 1 && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
    core.info(`GitHub API ${kind} on ${options.method} ${options.url}; ${retrying ? `retrying in ${retryAfter}s` : 'giving up'}.`);
    return retrying;
  };
  return new ActionOctokit({
    auth: token,
    baseUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: `portfolio-check-action/${VERSION}`,
    log: { debug: () => undefined, info: () => undefined, warn: (m: string) => core.debug(m), error: (m: string) => core.debug(m) },
    throttle: { onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit') },
    retry: { retries: 2 },
  });
}

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
}

export type CommentOutcome = 'created' | 'updated' | 'unchanged';

/**
 * Creates or updates the one sticky comment: the token's own comment carrying `marker` (all pages
 * searched), updated in place, left alone when its body is already `body`.
 */
export async function upsertComment(client: GitHubClient, pr: PullRequestRef, marker: string, body: string): Promise<CommentOutcome> {
  const login = await ownLogin(client);
  const comments = await client.paginate(client.rest.issues.listComments, { owner: pr.owner, repo: pr.repo, issue_number: pr.number, per_page: 100 });
  const ours = comments.filter((c) => (c.body ?? '').includes(marker) && isOwn(c.user, login));
  const existing = ours[ours.length - 1];
  if (existing) {
    if (existing.body === body) return 'unchanged';
    await client.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: existing.id, body });
    return 'updated';
  }
  await client.rest.issues.createComment({ owner: pr.owner, repo: pr.repo, issue_number: pr.number, body });
  return 'created';
}

/** The token's login; installation tokens (GITHUB_TOKEN) cannot ask, and post as a bot. */
async function ownLogin(client: GitHubClient): Promise<string | undefined> {
  try {
    return (await client.rest.users.getAuthenticated()).data.login;
  } catch {
    return undefined;
  }
}

function isOwn(user: { login: string; type?: string } | null | undefined, login: string | undefined): boolean {
  if (!user) return false;
  return login ? user.login === login : user.type === 'Bot';
}

/** The pull request's commits from the API (messages only, no sizes): the fallback without history. */
export async function pullRequestCommits(client: GitHubClient, pr: PullRequestRef): Promise<Commit[]> {
  const commits = await client.paginate(client.rest.pulls.listCommits, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 });
  // The API lists oldest first; the history is newest first.
  return commits.reverse().map((c) => {
    const [subject = '', ...rest] = c.commit.message.split('\n');
    return {
      hash: c.sha,
      parents: c.parents.map((p) => p.sha),
      authorName: c.commit.author?.name ?? '',
      authorEmail: c.commit.author?.email ?? '',
      authorDate: c.commit.author?.date ?? '',
      committerDate: c.commit.committer?.date ?? '',
      subject,
      body: rest.join('\n').trim(),
    };
  });
}

/** Whether an API error means "this token may not do that" (read-only token, fork PR). */
export function isForbidden(error: unknown): boolean {
  const status = (error as { status?: number }).status;
  return status === 403 || status === 404;
}

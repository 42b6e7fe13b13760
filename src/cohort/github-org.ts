import picomatch from 'picomatch';

/** Why listing an organisation failed, in words a maintainer can act on. */
export class GitHubApiError extends Error {
  constructor(
    message: string,
    readonly reason: 'not-found' | 'unauthorized' | 'forbidden' | 'rate-limited' | 'network' | 'bad-response',
  ) {
    super(message);
  }
}

export interface OrgListOptions {
  org: string;
  /** A glob on the repository name, e.g. `assignment-1-*` (GitHub Classroom: `assignment-login`). */
  match?: string;
  includeArchived?: boolean;
  includeForks?: boolean;
  /** The REST base URL: `--api-url`, else GITHUB_API_URL (GitHub Enterprise), else api.github.com. */
  apiUrl: string;
  token?: string;
  /** Longest wait for a rate limit to reset before giving up (ms). */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  fetch?: typeof fetch;
}

export interface ListedRepository {
  owner: string;
  repo: string;
  defaultBranch?: string;
}

interface RepoJson {
  name?: unknown;
  owner?: { login?: unknown };
  archived?: unknown;
  fork?: unknown;
  default_branch?: unknown;
}

const PAGE_SIZE = 100;
const MAX_PAGES = 100; // 10,000 repositories

/**
 * Every repository of an organisation (or, when no organisation has that name, a user), page by
 * page, politely: the token from GITHUB_TOKEN, Retry-After and the rate-limit headers honoured.
 * Archived repositories and forks are left out unless asked for; `match` filters by name.
 */
export async function listOrganisationRepositories(options: OrgListOptions): Promise<ListedRepository[]> {
  const isMatch = options.match ? picomatch(options.match, { nocase: true }) : () => true;
  const base = options.apiUrl.replace(/\/+$/, '');
  const owner = encodeURIComponent(options.org);
  let url: string | undefined = `${base}/orgs/${owner}/repos?per_page=${PAGE_SIZE}&type=all`;
  let triedUser = false;
  const out: ListedRepository[] = [];
  for (let page = 0; url && page < MAX_PAGES; page++) {
    const response = await request(url, options);
    if (response.status === 404 && !triedUser && page === 0) {
      triedUser = true;
      url = `${base}/users/${owner}/repos?per_page=${PAGE_SIZE}&type=owner`;
      page--;
      continue;
    }
    if (response.status === 404) throw new GitHubApiError(`no organisation or user named "${options.org}" (or the token cannot see it)`, 'not-found');
    if (response.status === 401) throw new GitHubApiError('the GitHub API refused the token (401): check GITHUB_TOKEN', 'unauthorized');
    if (response.status >= 400) throw new GitHubApiError(`the GitHub API answered ${response.status} for ${options.org}'s repositories`, response.status === 403 ? 'forbidden' : 'bad-response');
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new GitHubApiError('the GitHub API answered with something that is not JSON', 'bad-response');
    }
    if (!Array.isArray(body)) throw new GitHubApiError('the GitHub API answered with something that is not a repository list', 'bad-response');
    for (const item of body as RepoJson[]) {
      if (typeof item?.name !== 'string' || typeof item.owner?.login !== 'string') continue;
      if (item.archived === true && !options.includeArchived) continue;
      if (item.fork === true && !options.includeForks) continue;
      if (!isMatch(item.name)) continue;
      out.push({ owner: item.owner.login, repo: item.name, ...(typeof item.default_branch === 'string' ? { defaultBranch: item.default_branch } : {}) });
    }
    url = nextLink(response.headers.get('link'));
  }
  return out.sort((a, b) => (a.repo < b.repo ? -1 : a.repo > b.repo ? 1 : 0));
}

/** The `rel="next"` URL of a Link header. */
export function nextLink(header: string | null): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (m) return m[1];
  }
  return undefined;
}

/**
 * One GET, retried while the API says to wait (Retry-After, or an exhausted rate limit whose reset
 * is near) and once after a network error or a 5xx. A wait longer than `maxWaitMs` is an error that
 * says when the limit resets.
 */
async function request(url: string, options: OrgListOptions): Promise<Response> {
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  const now = options.now ?? Date.now;
  const maxWait = options.maxWaitMs ?? 60_000;
  const headers: Record<string, string> = {
    accept: 'application/vnd.github+json',
    'x-github-api-version': '2022-11-28',
    'user-agent': 'portfolio-check',
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let failures = 0;
  for (let attempt = 0; attempt < 6; attempt++) {
    let response: Response;
    try {
      response = await doFetch(url, { headers, redirect: 'follow' });
    } catch (error) {
      if (++failures > 1) throw new GitHubApiError(`cannot reach the GitHub API at ${new URL(url).origin}: ${(error as Error).message}`, 'network');
      continue;
    }
    if (response.status >= 500 && ++failures <= 1) continue;
    if (response.status !== 403 && response.status !== 429) return response;
    const retryAfter = Number(response.headers.get('retry-after'));
    const remaining = response.headers.get('x-ratelimit-remaining');
    const reset = Number(response.headers.get('x-ratelimit-reset'));
    let waitMs: number | undefined;
    if (Number.isFinite(retryAfter) && retryAfter > 0) waitMs = retryAfter * 1000;
    else if (remaining === '0' && Number.isFinite(reset) && reset > 0) waitMs = Math.max(0, reset * 1000 - now()) + 1000;
    if (waitMs === undefined) return response; // a plain 403: forbidden
    if (waitMs > maxWait) {
      const at = Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : ` for ${Math.round(waitMs / 1000)} s`;
      throw new GitHubApiError(`rate limited by the GitHub API${at}${options.token ? '' : ' (set GITHUB_TOKEN for a higher limit)'}`, 'rate-limited');
    }
    await sleep(waitMs);
  }
  throw new GitHubApiError('rate limited by the GitHub API: still limited after several waits', 'rate-limited');
}

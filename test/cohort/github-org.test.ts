import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitHubApiError, listOrganisationRepositories, nextLink } from '../../src/cohort/github-org.js';

/**
 * A local stand-in for the GitHub REST API: /orgs/classroom/repos over three pages, /users/solo/repos,
 * a forbidden organisation, one that is rate limited with Retry-After, and one whose limit resets
 * in an hour. No request leaves the machine.
 */
let server: Server;
let api: string;
const seen: { url: string; headers: IncomingHttpHeaders }[] = [];
let retryAfterCalls = 0;

const repo = (name: string, extra: Record<string, unknown> = {}) => ({ name, owner: { login: 'classroom' }, archived: false, fork: false, default_branch: 'main', ...extra });
const PAGES = [
  [repo('assignment-1-ada'), repo('assignment-1-alan'), repo('old-project', { archived: true })],
  [repo('assignment-1-grace'), repo('forked-lib', { fork: true }), repo('assignment-2-ada')],
  [repo('assignment-1-linus')],
];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    const url = new URL(req.url ?? '/', 'http://x');
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/orgs/classroom/repos') {
      const page = Number(url.searchParams.get('page') ?? '1');
      const link = page < PAGES.length ? { link: `<${api}/orgs/classroom/repos?per_page=100&type=all&page=${page + 1}>; rel="next", <${api}/orgs/classroom/repos?page=${PAGES.length}>; rel="last"` } : {};
      return json(200, PAGES[page - 1] ?? [], link as Record<string, string>);
    }
    if (url.pathname === '/orgs/solo/repos') return json(404, { message: 'Not Found' });
    if (url.pathname === '/users/solo/repos') return json(200, [{ ...repo('portfolio'), owner: { login: 'solo' } }]);
    if (url.pathname === '/orgs/locked/repos') return json(403, { message: 'Resource not accessible by integration' });
    if (url.pathname === '/orgs/busy/repos') {
      retryAfterCalls++;
      return retryAfterCalls === 1 ? json(403, { message: 'secondary rate limit' }, { 'retry-after': '1' }) : json(200, [repo('assignment-1-busy')]);
    }
    if (url.pathname === '/orgs/exhausted/repos') {
      return json(403, { message: 'API rate limit exceeded' }, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) });
    }
    return json(404, { message: 'Not Found' });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => server?.close());

describe('listing an organisation through the REST API', () => {
  it('follows every page, leaves out archived repositories and forks, and sends the token', async () => {
    seen.length = 0;
    const repos = await listOrganisationRepositories({ org: 'classroom', apiUrl: api, token: 'ghs_secret_for_test' });
    expect(repos.map((r) => r.repo)).toEqual(['assignment-1-ada', 'assignment-1-alan', 'assignment-1-grace', 'assignment-1-linus', 'assignment-2-ada']);
    expect(seen).toHaveLength(3);
    expect(seen[0]!.headers.authorization).toBe('Bearer ghs_secret_for_test');
    expect(seen[0]!.headers['x-github-api-version']).toBe('2022-11-28');
  });

  it('filters by a GitHub Classroom name glob and includes archived or forked ones when asked', async () => {
    const matched = await listOrganisationRepositories({ org: 'classroom', apiUrl: api, match: 'assignment-1-*' });
    expect(matched.map((r) => r.repo)).toEqual(['assignment-1-ada', 'assignment-1-alan', 'assignment-1-grace', 'assignment-1-linus']);
    const all = await listOrganisationRepositories({ org: 'classroom', apiUrl: api, includeArchived: true, includeForks: true });
    expect(all.map((r) => r.repo)).toContain('old-project');
    expect(all.map((r) => r.repo)).toContain('forked-lib');
  });

  it('falls back to a user account of that name', async () => {
    const repos = await listOrganisationRepositories({ org: 'solo', apiUrl: api });
    expect(repos).toEqual([{ owner: 'solo', repo: 'portfolio', defaultBranch: 'main' }]);
  });

  it('says "not found" and "forbidden" in words', async () => {
    await expect(listOrganisationRepositories({ org: 'nobody', apiUrl: api })).rejects.toMatchObject({ reason: 'not-found', message: expect.stringContaining('no organisation or user named "nobody"') });
    await expect(listOrganisationRepositories({ org: 'locked', apiUrl: api })).rejects.toMatchObject({ reason: 'forbidden' });
  });

  it('waits as Retry-After says, then goes on', async () => {
    const waits: number[] = [];
    const repos = await listOrganisationRepositories({ org: 'busy', apiUrl: api, sleep: async (ms) => void waits.push(ms) });
    expect(waits).toEqual([1000]);
    expect(repos.map((r) => r.repo)).toEqual(['assignment-1-busy']);
  });

  it('gives up with the reset time when the rate limit resets too late', async () => {
    const error = await listOrganisationRepositories({ org: 'exhausted', apiUrl: api, sleep: async () => {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as GitHubApiError).reason).toBe('rate-limited');
    expect((error as GitHubApiError).message).toMatch(/rate limited by the GitHub API until \d{4}-\d\d-\d\dT.*set GITHUB_TOKEN/);
  });

  it('says when the API cannot be reached', async () => {
    await expect(listOrganisationRepositories({ org: 'classroom', apiUrl: 'http://127.0.0.1:9' })).rejects.toMatchObject({ reason: 'network' });
  });

  it('reads the next page from a Link header', () => {
    expect(nextLink('<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=9>; rel="last"')).toBe('https://api.github.com/x?page=2');
    expect(nextLink('<https://api.github.com/x?page=1>; rel="prev"')).toBeUndefined();
    expect(nextLink(null)).toBeUndefined();
  });
});

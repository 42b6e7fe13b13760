import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ApiCall {
  method: string;
  /** Path and query, e.g. /repos/o/r/issues/1/comments?per_page=100&page=2 */
  url: string;
  body?: unknown;
}

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: 'User' | 'Bot' };
}

export interface FakeCommit {
  sha: string;
  message: string;
}

const BOT = { login: 'github-actions[bot]', type: 'Bot' as const };

/**
 * A local HTTP server that answers like the GitHub REST API for the endpoints the Action uses,
 * with the recorded response shapes: paginated comment lists with Link headers, 201 on create,
 * 200 on update, 403 "Resource not accessible by integration" for a read-only token, and
 * rate-limit headers on every response.
 */
export class FakeGitHub {
  readonly calls: ApiCall[] = [];
  comments: FakeComment[] = [];
  commits: FakeCommit[] = [];
  /** Writes answer 403 like a fork pull request's read-only GITHUB_TOKEN. */
  readOnly = false;
  /** The next N requests answer 403 with x-ratelimit-remaining: 0 (primary rate limit). */
  rateLimited = 0;
  private nextId = 1000;
  private server: Server | undefined;
  url = '';

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** Adds comments by other people (and optionally the bot), to fill pages. */
  seed(count: number, body = (i: number) => `Looks good ${i}`, user: FakeComment['user'] = { login: 'reviewer', type: 'User' }): void {
    for (let i = 0; i < count; i++) this.comments.push({ id: this.nextId++, body: body(i), user });
  }

  /** Calls other than the token probe, as "METHOD path" (the query dropped unless it pages). */
  summary(): string[] {
    return this.calls.map((c) => `${c.method} ${c.url.replace(/\?per_page=100$/, '')}`);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body = raw ? JSON.parse(raw) : undefined;
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    this.calls.push({ method, url, ...(body !== undefined ? { body } : {}) });
    const u = new URL(url, this.url);
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'x-ratelimit-limit': '1000',
      'x-ratelimit-remaining': '999',
      'x-ratelimit-used': '1',
      'x-ratelimit-resource': 'core',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-github-request-id': `FAKE:${this.calls.length}`,
    };
    const send = (status: number, data: unknown, extra: Record<string, string> = {}) => {
      res.writeHead(status, { ...headers, ...extra });
      res.end(data === undefined ? '' : JSON.stringify(data));
    };
    if (this.rateLimited > 0) {
      this.rateLimited--;
      send(403, { message: 'API rate limit exceeded for installation ID 1.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api' }, {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)),
      });
      return;
    }
    const forbidden = { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment', status: '403' };

    if (method === 'GET' && u.pathname === '/user') {
      send(403, { ...forbidden, documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user' });
      return;
    }
    let m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(u.pathname);
    if (m && method === 'GET') {
      const perPage = Number(u.searchParams.get('per_page') ?? 30);
      const page = Number(u.searchParams.get('page') ?? 1);
      const last = Math.max(1, Math.ceil(this.comments.length / perPage));
      const link = (p: number, rel: string) => `<${this.url}${u.pathname}?per_page=${perPage}&page=${p}>; rel="${rel}"`;
      const links = [];
      if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
      if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
      const items = this.comments.slice((page - 1) * perPage, page * perPage).map((c) => this.commentJson(c, m![1]!, m![2]!, m![3]!));
      send(200, items, links.length ? { link: links.join(', ') } : {});
      return;
    }
    if (m && method === 'POST') {
      if (this.readOnly) return send(403, forbidden);
      const comment = { id: this.nextId++, body: String(body.body), user: BOT };
      this.comments.push(comment);
      send(201, this.commentJson(comment, m[1]!, m[2]!, m[3]!));
      return;
    }
    m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(u.pathname);
    if (m && method === 'PATCH') {
      if (this.readOnly) return send(403, forbidden);
      const comment = this.comments.find((c) => c.id === Number(m![3]));
      if (!comment) return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
      comment.body = String(body.body);
      send(200, this.commentJson(comment, m[1]!, m[2]!, '1'));
      return;
    }
    m = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/commits$/.exec(u.pathname);
    if (m && method === 'GET') {
      send(
        200,
        this.commits.map((c) => ({
          sha: c.sha,
          commit: { message: c.message, author: { name: 'Test Author', email: 'author@example.com', date: '2024-01-01T12:00:00Z' }, committer: { name: 'Test Author', email: 'author@example.com', date: '2024-01-01T12:00:00Z' } },
          parents: [{ sha: '0'.repeat(40) }],
        })),
      );
      return;
    }
    send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
  }

  private commentJson(c: FakeComment, owner: string, repo: string, issue: string): object {
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${this.url}/repos/${owner}/${repo}/issues/comments/${c.id}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${c.id}`,
      issue_url: `${this.url}/repos/${owner}/${repo}/issues/${issue}`,
      body: c.body,
      user: { login: c.user.login, id: 41898282, type: c.user.type },
      created_at: '2024-01-01T12:00:00Z',
      updated_at: '2024-01-01T12:00:00Z',
      author_association: 'NONE',
    };
  }
}

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blobUrl, githubWeb, localProject } from '../src/source/project.js';
import { actionProject } from '../src/action/main.js';
import { formatHtml } from '../src/report/html.js';
import { formatMarkdown } from '../src/report/markdown.js';
import { formatStylish } from '../src/report/stylish.js';
import { buildRepo, git, makeTempDir, removeDir } from './helpers/repo.js';
import { ruleResult, sampleResult } from './report/sample-result.js';

describe('the project a report names', () => {
  it('reads GitHub remotes in every URL form, without credentials, and nothing else', () => {
    for (const url of ['https://github.com/octo/shop-api.git', 'https://x-access-token:secret@github.com/octo/shop-api', 'git@github.com:octo/shop-api.git', 'ssh://git@github.com/octo/shop-api.git']) {
      expect(githubWeb(url), url).toEqual({ web: 'https://github.com/octo/shop-api', owner: 'octo', repo: 'shop-api' });
    }
    expect(githubWeb('https://gitlab.com/octo/shop-api.git')).toBeUndefined();
    expect(githubWeb('git@ghe.example.com:octo/api.git', 'https://ghe.example.com')?.web).toBe('https://ghe.example.com/octo/api');
  });

  it('names a checkout by its GitHub repository and subdirectory, else by its directory', async () => {
    const dir = makeTempDir();
    try {
      buildRepo(dir, { git: true, files: { 'services/api/index.js': '1;\n' } });
      expect((await localProject(path.join(dir, 'services/api'), {})).name).toBe('api');
      git(dir, ['remote', 'add', 'origin', 'git@github.com:octo/shop.git']);
      const project = await localProject(path.join(dir, 'services/api'), {});
      expect(project).toEqual({ name: 'octo/shop/services/api', web: 'https://github.com/octo/shop', prefix: 'services/api' });
      expect(blobUrl(project, 'a'.repeat(40))).toBe(`https://github.com/octo/shop/blob/${'a'.repeat(40)}/services/api/`);
      expect(blobUrl(project, undefined)).toBeUndefined();
      // Untracked in the same repository is still the repository's; outside any git, the directory's name.
      const outside = makeTempDir();
      const plain = path.join(outside, 'plain');
      mkdirSync(plain);
      expect((await localProject(plain, {})).name).toBe('plain');
      removeDir(outside);
    } finally {
      removeDir(dir);
    }
  });

  it('names the Action\'s project from GITHUB_REPOSITORY on the server the workflow runs on', () => {
    const repo = { owner: 'octo', repo: 'shop' };
    expect(actionProject(repo, 'services/api', {})).toEqual({ name: 'octo/shop/services/api', web: 'https://github.com/octo/shop', prefix: 'services/api' });
    expect(actionProject(repo, '', { GITHUB_SERVER_URL: 'https://ghe.example.com/' })?.web).toBe('https://ghe.example.com/octo/shop');
    // No links to a server that is not a web address, but still the repository's name; no repository, no name.
    expect(actionProject(repo, '', { GITHUB_SERVER_URL: 'file:///tmp/remotes' })).toEqual({ name: 'octo/shop', prefix: '' });
    expect(actionProject(undefined, '', {})).toBeUndefined();
  });

  it('links file:line to the file at the commit in the HTML, Markdown and terminal reports', () => {
    const result = sampleResult([ruleResult({ id: 'env-example', findings: [{ message: 'SECRET is undocumented.', file: 'src/config.js', line: 12 }, { message: 'Outside.', file: '../x.js', line: 1 }] })]);
    result.target.blobUrl = 'https://github.com/octo/shop/blob/abc1234/';
    const url = 'https://github.com/octo/shop/blob/abc1234/src/config.js#L12';
    expect(formatHtml(result)).toContain(`<a href="${url}"><code class="where">src/config.js:12</code></a>`);
    expect(formatMarkdown(result)).toContain(`[\`src/config.js:12\`](${url})`);
    expect(formatMarkdown(result)).not.toContain('../x.js#L1');
    expect(formatStylish(result, { color: true })).toContain(`\x1b]8;;${url}\x1b\\`);
    expect(formatStylish(result, { color: false })).not.toContain(url);
    delete result.target.blobUrl;
    expect(formatHtml(result)).not.toContain('blob/');
  });
});

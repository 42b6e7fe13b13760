import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAddedLines } from '../src/source/git-added-lines.js';
import { tempRepo } from './helpers/repo.js';

describe('added lines from the history', () => {
  const repo = tempRepo({
    commits: [
      { message: 'Add the API', files: { 'api/config.js': 'const a = 1;\nconst token = "abc";\n', 'tools/secret.js': 'const token = "xyz";\n' } },
      { message: 'Drop the token', files: { 'api/config.js': 'const a = 1;\n' } },
      { message: 'Vendor a package', files: { 'api/node_modules/x/index.js': 'const token = "vendored";\n' } },
    ],
  });
  afterAll(() => repo.cleanup());

  it('reports each added line with its commit, path and line number, skipping vendored paths', async () => {
    const { lines, complete } = await readAddedLines(repo.dir, /token/, { maxCommits: 100, maxBytes: 1 << 20 });
    expect(complete).toBe(true);
    expect(lines.map((l) => [l.path, l.line, l.text])).toEqual([
      ['api/config.js', 2, 'const token = "abc";'],
      ['tools/secret.js', 1, 'const token = "xyz";'],
    ]);
    expect(lines[0]!.commit).toMatch(/^[0-9a-f]{40}$/);
  });

  it('keeps a subdirectory target to its own files, with paths relative to it', async () => {
    const { lines } = await readAddedLines(path.join(repo.dir, 'api'), /token/, { maxCommits: 100, maxBytes: 1 << 20 });
    expect(lines.map((l) => l.path)).toEqual(['config.js']);
  });

  it('stops at the byte cap and says the read was incomplete', async () => {
    const { complete } = await readAddedLines(repo.dir, /token/, { maxCommits: 100, maxBytes: 10 });
    expect(complete).toBe(false);
  });

  it('bounds the number of commits read', async () => {
    const { lines } = await readAddedLines(repo.dir, /token/, { maxCommits: 1, maxBytes: 1 << 20 });
    expect(lines).toEqual([]);
  });
});

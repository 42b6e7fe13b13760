import { afterEach, describe, expect, it } from 'vitest';
import { documentationFindings, ownershipFindings, testCoverageFindings, unguardedWriteFindings } from '../../src/engine/endpoint-findings.js';
import { RepositoryFacts } from '../../src/facts/facts.js';
import { routes } from '../../src/facts/routes/index.js';
import { WorkingTreeSource } from '../../src/source/working-tree.js';
import { buildRepo, makeTempDir, removeDir } from '../helpers/repo.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) removeDir(d);
});

/** An Express API: login is public, one write is left open, one task route checks only the login. */
async function inventory() {
  const dir = makeTempDir();
  dirs.push(dir);
  buildRepo(dir, {
    files: {
      'package.json': '{"dependencies":{"express":"^4"}}',
      'README.md': '# API\n\n| Method | Path |\n| --- | --- |\n| GET | `/tasks` |\n| POST | `/login` |\n| GET | `/reports` |\n',
      'src/app.js': [
        "const express = require('express');",
        'const app = express();',
        "app.post('/login', login);",
        "app.get('/tasks', requireAuth, list);",
        "app.delete('/tasks/:id', requireAuth, remove);",
        "app.put('/tasks/:id', requireAuth, requireRole('admin'), update);",
        "app.post('/imports', importAll);",
        '',
      ].join('\n'),
      'test/tasks.test.js': "it('lists', async () => { await request(app).get('/tasks'); });\n",
    },
  });
  return routes(new RepositoryFacts(new WorkingTreeSource(dir)));
}

describe('endpoint cross-checks', () => {
  it('finds served-but-undocumented and documented-but-not-served endpoints on their lines', async () => {
    const { findings, note } = documentationFindings(await inventory());
    expect(note).toBe(' Endpoint inventory: 2 of 5 served endpoints documented, 1 documented but not served.');
    expect(findings.map((f) => `${f.file}:${f.line} ${f.message}`)).toEqual([
      'src/app.js:5 DELETE /tasks/{id} is served here but the documentation does not list it.',
      'src/app.js:6 PUT /tasks/{id} is served here but the documentation does not list it.',
      'src/app.js:7 POST /imports is served here but the documentation does not list it.',
      'README.md:7 GET /reports is documented but no route serves it.',
    ]);
  });

  it('gives the share of endpoints a test calls and lists the untested ones', async () => {
    const { findings, note, coverage } = testCoverageFindings(await inventory());
    expect(coverage).toBe(0.2);
    expect(note).toBe(' 1 of 5 endpoints are called by a test (20 %).');
    expect(findings.map((f) => `${f.line} ${f.message}`)).toEqual(['3 No test calls POST /login.', '5 No test calls DELETE /tasks/{id}.', '6 No test calls PUT /tasks/{id}.', '7 No test calls POST /imports.']);
  });

  it('flags a state-changing endpoint left open when others require a login, not the login itself', async () => {
    expect(unguardedWriteFindings(await inventory()).map((f) => `${f.line} ${f.message}`)).toEqual(['7 POST /imports changes state with no authentication guard, while other routes require one.']);
  });

  it('points at single-resource endpoints checked for a login but not for ownership or a role', async () => {
    expect(ownershipFindings(await inventory()).map((f) => `${f.line} ${f.message}`)).toEqual([
      '5 DELETE /tasks/{id} acts on one resource by id for any signed-in user: check in the handler that it belongs to the caller or needs a role.',
    ]);
  });
});

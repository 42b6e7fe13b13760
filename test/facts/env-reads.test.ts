import { afterEach, describe, expect, it } from 'vitest';
import { envFacts } from '../../src/facts/env.js';
import { RepositoryFacts } from '../../src/facts/facts.js';
import { WorkingTreeSource } from '../../src/source/working-tree.js';
import { buildRepo, makeTempDir, removeDir, type FileMap } from '../helpers/repo.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) removeDir(d);
});

/** The env var names the code reads, sorted. */
async function readNames(files: FileMap): Promise<string[]> {
  const dir = makeTempDir();
  dirs.push(dir);
  buildRepo(dir, { files });
  return [...(await envFacts(new RepositoryFacts(new WorkingTreeSource(dir)))).reads.keys()].sort();
}

describe('env reads', () => {
  it('are not reads when a sentence in a string quotes them (a fix-advice table)', async () => {
    expect(
      await readNames({
        'package.json': '{ "dependencies": { "express": "^4" } }\n',
        'src/server.js': "const port = process.env.PORT || 3000;\nconst db = process.env.DATABASE_URL;\n",
        'src/advice.js': "export const fix = (s) => `Make EXPOSE name the port the server listens on, with ENV API_PORT when the app reads process.env.API_PORT.`;\n",
      }),
    ).toEqual(['DATABASE_URL', 'PORT']);
  });

  it('are reads inside a template literal interpolation, also in a URL', async () => {
    expect(
      await readNames({
        'package.json': '{ "dependencies": { "express": "^4" } }\n',
        'src/app.ts': "const origin = dev ? `http://${process.env.DEV_DOMAIN}:${process.env.DEV_PORT}` : `https://app.${process.env.PROD_DOMAIN}`;\n",
      }),
    ).toEqual(['DEV_DOMAIN', 'DEV_PORT', 'PROD_DOMAIN']);
  });
});

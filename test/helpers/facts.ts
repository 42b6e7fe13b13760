import { afterEach } from 'vitest';
import { RepositoryFacts, type Facts } from '../../src/facts/facts.js';
import { WorkingTreeSource } from '../../src/source/working-tree.js';
import { buildRepo, makeTempDir, removeDir, type FileMap } from './repo.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) removeDir(d);
});

/** The facts of a working tree holding these files, removed after the test. */
export function factsOf(files: FileMap): Facts {
  const dir = makeTempDir();
  dirs.push(dir);
  buildRepo(dir, { files });
  return new RepositoryFacts(new WorkingTreeSource(dir));
}

import { afterAll, describe, expect, it } from 'vitest';
import { checkSource } from '../../src/check.js';
import { formatHtml } from '../../src/report/html.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatStylish } from '../../src/report/stylish.js';
import { WorkingTreeSource } from '../../src/source/working-tree.js';
import { FIXABLE_RULES } from '../../src/fix/plan.js';
import { buildRepo, makeTempDir, removeDir } from '../helpers/repo.js';
import { WEAK_PROJECTS } from './fixtures.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

describe('fixable marks', () => {
  it('marks the rules the fix plan resolves, with the command and the files', async () => {
    const dir = makeTempDir('pc-fixable-');
    dirs.push(dir);
    buildRepo(dir, { commits: [{ message: 'Add the notes API with one test', files: WEAK_PROJECTS.javascript!, author: 'Ada Lovelace <ada@example.com>' }] });
    const result = await checkSource(new WorkingTreeSource(dir), { fixRoot: dir });
    const rule = (id: string) => result.rules.find((r) => r.id === id)!;

    expect(rule('env-example').fixable).toEqual({ command: 'portfolio-check fix --only env-example', files: ['.env.example'] });
    expect(rule('container-present').fixable?.files).toEqual(['Dockerfile']);
    expect(rule('readme-setup').fixable?.files).toEqual(['README.md']);
    // A headed placeholder or an ADR template resolves nothing until the author writes it.
    expect(rule('readme-architecture').outcome).toBe('fail');
    expect(rule('readme-architecture').fixable).toBeUndefined();
    expect(rule('readme-tradeoffs').fixable).toBeUndefined();
    // Only rules fix can act on, and only when they fail.
    for (const r of result.rules.filter((x) => x.fixable)) {
      expect(FIXABLE_RULES).toContain(r.id);
      expect(['fail', 'partial']).toContain(r.outcome);
    }

    expect(formatStylish(result, { color: false })).toContain('fixable: portfolio-check fix --only env-example (writes .env.example)');
    expect(formatMarkdown(result)).toContain('_Fixable:_ `portfolio-check fix --only env-example` writes `.env.example`');
    expect(formatHtml(result)).toContain('<dt>Fixable</dt><dd><code>portfolio-check fix --only env-example</code> writes <code>.env.example</code></dd>');

    // Without a local directory to write to, nothing is marked.
    const plain = await checkSource(new WorkingTreeSource(dir));
    expect(plain.rules.some((r) => r.fixable)).toBe(false);
    expect(plain.score).toBe(result.score);
  }, 60_000);
});

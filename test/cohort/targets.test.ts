import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCohortCsv } from '../../src/cohort/report.js';
import { expandTargets, parseShard, parseTarget, shardTargets, TargetError } from '../../src/cohort/targets.js';
import type { Cohort } from '../../src/cohort/merge.js';
import { makeTempDir, removeDir } from '../helpers/repo.js';

describe('cohort targets', () => {
  it('names GitHub repositories, URLs and folders by stable keys', () => {
    expect(parseTarget('github:octo/api', '/x')).toMatchObject({ kind: 'remote', key: 'octo+api' });
    expect(parseTarget('https://github.com/octo/api/tree/week-2', '/x')).toMatchObject({ kind: 'remote', key: 'octo+api@week-2' });
    const local = parseTarget('students/ada', '/x');
    expect(local).toMatchObject({ kind: 'local', dir: '/x/students/ada' });
    expect(local.key).toMatch(/^local\+ada-[0-9a-f]{8}$/);
    expect(() => parseTarget('   ', '/x')).toThrow(TargetError);
  });

  it('reads @files with comments, drops duplicates and names a bad line', async () => {
    const dir = makeTempDir();
    const list = path.join(dir, 'week1.txt');
    writeFileSync(list, '# cohort 12\ngithub:octo/a\n\n  github:octo/b   # late submission\ngithub:octo/a\n./local-one\n');
    const targets = await expandTargets([`@${list}`, 'github:octo/c'], '/elsewhere');
    expect(targets.map((t) => t.key.replace(/-[0-9a-f]{8}$/, ''))).toEqual(['octo+a', 'octo+b', 'local+local-one', 'octo+c']);
    expect(targets[2]).toMatchObject({ dir: path.join(dir, 'local-one') });
    writeFileSync(list, 'github:octo/a\ngithub:/missing-owner\n');
    await expect(expandTargets([`@${list}`], dir)).rejects.toThrow(/week1\.txt:2:/);
    await expect(expandTargets(['@nope.txt'], dir)).rejects.toThrow(/nope\.txt: cannot read the target list \(ENOENT\)/);
    removeDir(dir);
  });

  it('splits a list into disjoint shards that cover it, whatever its order', () => {
    const all = Array.from({ length: 60 }, (_, i) => parseTarget(`github:classroom/student-${i}`, '/'));
    const shards = [1, 2, 3, 4].map((index) => shardTargets(all, { index, count: 4 }).map((t) => t.key));
    expect(shards.flat().sort()).toEqual(all.map((t) => t.key).sort());
    expect(new Set(shards.flat()).size).toBe(60);
    expect(shards.every((s) => s.length > 5)).toBe(true);
    const reversed = shardTargets([...all].reverse(), { index: 2, count: 4 }).map((t) => t.key);
    expect([...reversed].sort()).toEqual([...shards[1]!].sort());
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/3', '4/3', 'a/b', '1/0']) expect(() => parseShard(bad)).toThrow(TargetError);
  });
});

describe('the cohort CSV', () => {
  it('quotes cells and keeps a spreadsheet from running a repository name as a formula', () => {
    const cohort = {
      rows: [],
      failures: [{ kind: 'portfolio-check/cohort-failure', version: 1, target: '=HYPERLINK("http://evil")', key: 'k', reason: 'not-found', message: 'gone, "really"' }],
      rules: [{ id: 'readme-present', title: 'README', category: 'documentation', docs: 'https://x' }],
      gaps: [],
      configs: [],
    } as unknown as Cohort;
    const line = formatCohortCsv(cohort).split('\r\n')[1]!;
    expect(line).toBe(`,"'=HYPERLINK(""http://evil"")",,,failed,,,,,,"not-found: gone, ""really""",`);
  });
});

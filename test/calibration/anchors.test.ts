import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSource } from '../../src/check.js';
import { WorkingTreeSource } from '../../src/source/working-tree.js';
import { buildRepo, makeTempDir, removeDir } from '../helpers/repo.js';
import { anchorsFor, type Anchor, type Tier } from './anchors.js';
import * as kits from './kits.js';

/** The reviewer's tiers (REVIEWER-RUBRIC.md). */
const TIERS: Record<Tier, [number, number]> = { weak: [0, 44], mid: [45, 74], strong: [75, 100] };

const ANCHORS: Anchor[] = [
  { name: 'an empty repository', tier: 'weak', range: [0, 5], files: {}, commits: [{ message: 'Initial commit', files: { '.gitkeep': '' } }] },
  {
    name: 'a README alone',
    tier: 'weak',
    range: [0, 10],
    files: {},
    commits: [
      {
        message: 'Describe the project',
        files: { 'README.md': `# Tasks API\n\nA REST API for tasks that I am going to build with Node and PostgreSQL. ${'It will let teams share and track their work. '.repeat(20)}\n\n## Features\n\n- Create tasks\n- Assign tasks\n- Mark tasks done\n` },
      },
    ],
  },
  ...Object.values(kits).flatMap(anchorsFor),
];

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

describe('calibration anchors land in the reviewer bands', () => {
  it.each(ANCHORS.map((a) => [a.name, a] as const))('%s', async (_name, anchor) => {
    const dir = makeTempDir('pc-anchor-');
    dirs.push(dir);
    buildRepo(dir, { commits: anchor.commits });
    const result = await checkSource(new WorkingTreeSource(dir, path.basename(dir)));
    const [min, max] = anchor.range ?? TIERS[anchor.tier];
    // On failure, the message lists where the points went.
    const lost = result.rules.filter((r) => r.pointsLost > 0).map((r) => `${r.id} −${r.pointsLost}`).join(', ');
    expect(result.score, `score ${result.score}; lost: ${lost}`).toBeGreaterThanOrEqual(min);
    expect(result.score, `score ${result.score}; lost: ${lost}`).toBeLessThanOrEqual(max);
  });
});

import { describe, expect, it } from 'vitest';
import { runsOnChanges, stepLines, swallowsFailure, type CiConfig } from '../../src/facts/ci.js';

const config = (triggers: string[] | null): CiConfig => ({ path: 'ci.yml', system: 'GitHub Actions', triggers, commands: [], uses: [] });

describe('CI steps and triggers', () => {
  it('runs on changes for push, pull requests and merge queues, or when the system implies push', () => {
    expect([null, ['pull_request'], ['merge_group', 'schedule'], ['workflow_dispatch'], []].map((t) => runsOnChanges(config(t)))).toEqual([true, true, true, false, false]);
  });

  it('picks the lines of a step without their swallowed failure, and sees the swallowing', () => {
    const step = 'npm ci\nnpm test || true\n\nnpm run lint';
    expect(stepLines(step, (l) => l.trim() === 'npm test')).toEqual(['npm test || true']);
    expect(['npm test || true', 'pytest || :', 'go test ./...; exit 0', 'npm test || echo failed', 'npm test', 'a || b'].map(swallowsFailure)).toEqual([true, true, true, true, false, false]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import * as api from '../src/api.js';
import { checkSource, defineRule, dockerfiles, licenseFacts, WorkingTreeSource, type Facts } from '../src/api.js';
import { buildRepo, makeTempDir, removeDir } from './helpers/repo.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) removeDir(d);
});

describe('facts for plugin rules', () => {
  it('exports the observations built-in rules read from the package entry', () => {
    for (const name of ['dockerfiles', 'inspectDockerfiles', 'exposedPorts', 'imageListenPort', 'envFiles', 'licenseFacts', 'testFacts', 'ecosystemTestCommand', 'servesHttp', 'routes', 'codeScan', 'composeFiles', 'deploymentFacts', 'linkedDocumentation', 'readmeCommands', 'apiListing', 'architectureNotes', 'decisionNotes', 'readmeTests', 'relativeLinks', 'setupSteps', 'seedEvidence', 'gitignoreFacts', 'envDocumentation', 'declaredKdf', 'runsOnChanges']) {
      expect(typeof (api as Record<string, unknown>)[name], name).toBe('function');
    }
    // The interface, not the class: plugins never construct Facts themselves.
    expect('RepositoryFacts' in api).toBe(false);
  });

  it('lets a plugin rule read the same observation a built-in rule computed', async () => {
    const dir = makeTempDir();
    dirs.push(dir);
    buildRepo(dir, { files: { LICENSE: 'MIT License\n\nCopyright (c) 2024 Ada\n', Dockerfile: 'FROM node:20-slim\nUSER node\nCMD ["node", "."]\n' } });
    let seen: Facts | undefined;
    const plugin = defineRule({
      meta: { id: 'plugin-license-spdx', category: 'documentation', title: 'The license is MIT', rationale: 'Test.', fix: 'Test.', level: 'warn', kind: 'evidence', weight: 1, stage: 6 },
      async check({ facts }) {
        seen = facts;
        const [license, images] = await Promise.all([licenseFacts(facts), dockerfiles(facts)]);
        return license.file?.spdx === 'MIT' ? { outcome: 'pass', summary: `${license.file.path} is MIT; ${images.length} Dockerfile.` } : { outcome: 'fail', summary: 'Not MIT.' };
      },
    });
    const result = await checkSource(new WorkingTreeSource(dir), { rules: [plugin], config: { rules: {} } });
    expect(result.rules.find((r) => r.id === 'plugin-license-spdx')).toMatchObject({ outcome: 'pass', summary: 'LICENSE is MIT; 1 Dockerfile.' });
    // Memoised on the run's facts: asking again returns the same object.
    expect(await dockerfiles(seen!)).toBe(await dockerfiles(seen!));
  });
});

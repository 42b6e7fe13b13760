import { defineRule } from '../src/engine/define-rule.js';
import { composeFiles } from '../src/facts/compose.js';
import { dockerfiles as parsedDockerfiles, startsApp } from '../src/facts/dockerfile.js';

export default defineRule({
  meta: {
    id: 'container-present',
    category: 'delivery',
    title: 'The app runs in a container',
    rationale: 'A Dockerfile proves the app can be built and started anywhere with one command — reviewers try it, and teams ship this way.',
    fix: 'Add a Dockerfile that copies the source, installs dependencies and starts the server with CMD.',
    level: 'error',
    kind: 'evidence',
    weight: 5,
    stage: 6,
  },
  async check({ facts }) {
    const [files, dockerfiles, composes] = await Promise.all([facts.files(), parsedDockerfiles(facts), composeFiles(facts)]);
    if (dockerfiles.length === 0) {
      if (composes.length > 0) {
        return {
          outcome: 'partial',
          score: 0.4,
          summary: `${composes[0]!.path} runs services, but no Dockerfile builds the app itself.`,
          findings: [{ message: 'A compose file exists but no Dockerfile builds this application.', file: composes[0]!.path, fix: 'Add a Dockerfile for the app and reference it with `build: .` in the compose file.' }],
        };
      }
      const devcontainer = files.all.find((f) => f.path.startsWith('.devcontainer/'));
      return {
        outcome: devcontainer ? 'partial' : 'fail',
        ...(devcontainer ? { score: 0.2 } : {}),
        summary: devcontainer ? 'Only a dev container; nothing builds the app image.' : 'No Dockerfile or Containerfile.',
        findings: [{ message: 'No Dockerfile builds this application.' }],
      };
    }
    // A Dockerfile that never starts anything is a base image, not a runnable app.
    const runnable = dockerfiles.find(startsApp);
    if (runnable) return { outcome: 'pass', summary: `${runnable.path}${composes.length ? ` and ${composes[0]!.path}` : ''}.` };
    const first = dockerfiles[0]!;
    return {
      outcome: 'partial',
      score: 0.7,
      summary: `${first.path} has no CMD or ENTRYPOINT that starts the app.`,
      findings: [{ message: 'The Dockerfile never says how to start the app (no CMD or ENTRYPOINT).', file: first.path, fix: 'End the Dockerfile with CMD and your start command (CMD ["node", "server.js"], CMD ["gunicorn", "app.wsgi"]…).', advice: 'start' }],
    };
  },
});

import { defineRule } from '../src/engine/define-rule.js';
import { composeFiles, isDataService } from '../src/facts/compose.js';

export default defineRule({
  meta: {
    id: 'compose-present',
    category: 'delivery',
    title: 'Docker Compose starts the app with its services',
    rationale: 'One `docker compose up` that starts the API with its database lets a reviewer run the whole system without installing Postgres, and shows you think in services.',
    fix: 'Add a compose.yaml with the app (build: .) and its database, wired through environment variables.',
    level: 'warn',
    kind: 'evidence',
    weight: 3,
    stage: 6,
  },
  async check({ facts }) {
    const composes = await composeFiles(facts);
    if (composes.length === 0) return { outcome: 'fail', summary: 'No compose.yaml or docker-compose.yml.', findings: [{ message: 'No Compose file starts the app and its services.' }] };
    const valid = composes.filter((c) => !c.error);
    if (valid.length === 0) {
      const bad = composes[0]!;
      return { outcome: 'partial', score: 0.3, summary: `${bad.path} does not parse.`, findings: composes.map((c) => ({ file: c.path, ...(c.error!.line ? { line: c.error!.line } : {}), message: c.error!.message, fix: 'Fix the YAML so `docker compose config` accepts it.' })) };
    }
    const withApp = valid.find((c) => c.services.some((s) => s.build !== undefined));
    if (withApp) {
      const app = withApp.services.find((s) => s.build !== undefined)!;
      const others = withApp.services.filter((s) => s !== app).map((s) => s.name);
      return { outcome: 'pass', summary: `${withApp.path}: "${app.name}" is built from the repository${others.length ? `, with ${others.join(', ')}` : ''}.` };
    }
    const first = valid.find((c) => c.services.length > 0);
    if (!first) return { outcome: 'partial', score: 0.3, summary: `${valid[0]!.path} defines no services.`, findings: [{ file: valid[0]!.path, message: 'The Compose file defines no services.', fix: 'Add a `services:` map with the app and its database.' }] };
    const data = first.services.filter(isDataService).map((s) => s.name);
    // An app service may use a published image of this project (image: ghcr.io/me/app): still the app.
    return {
      outcome: 'partial',
      score: data.length ? 0.6 : 0.7,
      summary: `${first.path} runs ${first.services.map((s) => s.name).join(', ')} but does not build the app.`,
      findings: [{ file: first.path, line: first.services[0]!.line, message: 'No service is built from this repository (no `build:`), so `docker compose up` does not start the app.', fix: 'Add the app as a service with `build: .`, `depends_on` the database, and its environment.' }],
    };
  },
});

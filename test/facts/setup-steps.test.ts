import { describe, expect, it } from 'vitest';
import { setupSteps } from '../../src/facts/setup-steps.js';
import { factsOf } from '../helpers/facts.js';

describe('README setup steps', () => {
  it('follows make targets into their recipes, and skips migration runners', async () => {
    const facts = factsOf({
      Makefile: 'setup:\n\t@go mod download\nmigrate:\n\tgo run ./cmd/migrate.go\n',
      'README.md': '# x\n\n## Getting started\n\n```bash\nmake setup\nmake migrate\n```\n\nThen `go run ./cmd/api` starts it.\n',
    });
    const steps = await setupSteps(facts);
    expect(steps).toMatchObject({ readme: 'README.md', section: { section: { title: 'Getting started' } }, install: { file: 'README.md', line: 6 }, templateCommands: false });
    expect(steps.run).toEqual({ file: 'README.md', line: 10 });
  });

  it("tells the generator's template commands from the author's own", async () => {
    const nest = '# app\n\n[Nest](https://github.com/nestjs/nest) framework TypeScript starter repository.\n\n## Installation\n\n```bash\n$ npm install\n```\n\n## Running the app\n\n```bash\n$ npm run start\n```\n';
    expect((await setupSteps(factsOf({ 'README.md': nest }))).templateCommands).toBe(true);
    expect((await setupSteps(factsOf({ 'README.md': `${nest}\n\`\`\`bash\ndocker compose up -d\n\`\`\`\n` }))).templateCommands).toBe(false);
  });
});

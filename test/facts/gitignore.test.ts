import { describe, expect, it } from 'vitest';
import { gitignoreFacts } from '../../src/facts/gitignore.js';
import { factsOf } from '../helpers/facts.js';

describe('.gitignore coverage', () => {
  it("probes each ecosystem's generated folders in its project folder", async () => {
    const facts = factsOf({ 'api/package.json': '{"name":"api"}\n', 'api/.gitignore': 'node_modules/\n', 'worker/requirements.txt': 'flask\n', '.gitignore': '.env\n' });
    expect(await gitignoreFacts(facts)).toEqual({ files: ['.gitignore', 'api/.gitignore'], main: '.gitignore', unignored: ['__pycache__/', '.venv/'], envIgnored: true, envTracked: false });
  });

  it("expects the build tool's output only: target/ for Maven", async () => {
    const facts = factsOf({ 'pom.xml': '<project><artifactId>x</artifactId></project>\n', 'sub/.gitignore': 'target/\n' });
    expect(await gitignoreFacts(facts)).toMatchObject({ main: 'sub/.gitignore', unignored: ['target/'], envIgnored: false });
  });

  it('has no main file without a .gitignore', async () => {
    expect((await gitignoreFacts(factsOf({ 'main.go': 'package main\n' }))).main).toBeUndefined();
  });
});

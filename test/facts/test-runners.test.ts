import { describe, expect, it } from 'vitest';
import { documentedTestCommand, ecosystemTestCommand, isTestCommand, type TestCommandContext } from '../../src/facts/test-runners.js';
import { factsOf } from '../helpers/facts.js';

describe('test commands', () => {
  it('finds the npm test script, and says where a placeholder sits', async () => {
    expect(await ecosystemTestCommand(factsOf({ 'package.json': '{"scripts":{"test:unit":"vitest run"}}' }), 'javascript')).toEqual({ ecosystem: 'javascript', command: 'npm run test:unit', source: 'package.json' });
    const placeholder = await ecosystemTestCommand(factsOf({ 'package.json': '{\n  "scripts": {\n    "test": "echo \\"Error: no test specified\\" && exit 1"\n  }\n}\n' }), 'javascript');
    expect(placeholder).toEqual({ ecosystem: 'javascript', placeholder: { path: 'package.json', line: 3 } });
  });

  it('reads pytest from a config section, a dependency, or a Flask CLI command', async () => {
    expect(await ecosystemTestCommand(factsOf({ 'pyproject.toml': '[project]\nname = "x"\n\n[tool.pytest.ini_options]\naddopts = "-q"\n' }), 'python')).toMatchObject({ command: 'pytest', source: 'configured in pyproject.toml' });
    expect(await ecosystemTestCommand(factsOf({ 'requirements.txt': 'flask\npytest==8.0\n' }), 'python')).toMatchObject({ command: 'pytest', source: 'declared in requirements.txt' });
    const flasky = { 'requirements.txt': 'flask\n', 'app.py': "@app.cli.command()\n@click.option('--coverage')\ndef test(coverage):\n    pass\n" };
    expect(await ecosystemTestCommand(factsOf(flasky), 'python')).toMatchObject({ command: 'flask test', source: 'app.py' });
    expect(await ecosystemTestCommand(factsOf({ 'requirements.txt': 'flask\n' }), 'python')).toEqual({ ecosystem: 'python' });
  });

  it('takes Go, Java and .NET tests as run by their build tool', async () => {
    expect((await ecosystemTestCommand(factsOf({ 'go.mod': 'module x\n' }), 'go')).command).toBe('go test ./...');
  });

  it('finds a test command in a README shell block, not a bare npm test', async () => {
    const facts = factsOf({ 'README.md': '# x\n\n```bash\nnpm test\n```\n\n```sh\npython -m pytest -q\n```\n' });
    expect(await documentedTestCommand(facts)).toEqual({ command: 'python -m pytest -q', path: 'README.md', line: 7 });
  });

  it('follows shell scripts three levels deep, whichever line names a script first', () => {
    // ci/lib.sh is named from every script, as CI helpers are; what a script resolves to depends on
    // how deep it is reached, so the answers kept for one depth never stand in for another.
    const shellScripts = new Map([
      ['ci/lib.sh', 'export CI=1\n'],
      ['ci/run.sh', '. ci/lib.sh\nbash ci/step.sh\n'],
      ['ci/step.sh', '. ci/lib.sh\nbash ci/tests.sh\n'],
      ['ci/tests.sh', '. ci/lib.sh\nbash ci/go.sh\n'],
      ['ci/go.sh', 'go test ./...\n'],
    ]);
    const context: TestCommandContext = { manifests: [], makeTargets: new Map(), shellScripts };
    expect(isTestCommand('bash ci/tests.sh', context)).toBe(true); // tests.sh → go.sh
    expect(isTestCommand('bash ci/step.sh', context)).toBe(true); // step.sh → tests.sh → go.sh
    expect(isTestCommand('bash ci/run.sh', context)).toBe(false); // go.sh is a fourth level
    expect(isTestCommand('bash ci/tests.sh\nbash ci/run.sh', context)).toBe(true);
    expect(isTestCommand('bash ci/lib.sh', context)).toBe(false);
  });
});

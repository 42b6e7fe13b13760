/** Small builders for the repository files tests write, so each case shows only what matters. */

export interface PackageJsonSpec {
  name?: string;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  license?: string;
}

/** A package.json with two-space indentation (line numbers are predictable: "name" is line 2). */
export function packageJson(spec: PackageJsonSpec = {}): string {
  const { name = 'demo-api', ...rest } = spec;
  return `${JSON.stringify({ name, version: '1.0.0', ...rest }, null, 2)}\n`;
}

/** A GitHub Actions workflow whose single job runs `commands` as `run:` steps. */
export function githubWorkflow(commands: string[], on = '[push, pull_request]'): string {
  const steps = commands.map((c) => `      - run: ${c}`).join('\n');
  return [
    'name: CI',
    `on: ${on}`,
    'jobs:',
    '  test:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    steps,
    '',
  ].join('\n');
}
// Line numbers in githubWorkflow(): the first `run:` step is on line 8, the next on 9, …

/** `count` Vitest cases in one file. */
export function vitestFile(count: number): string {
  const cases = Array.from({ length: count }, (_, i) => `  it('behaves correctly in case ${i + 1}', () => {\n    expect(${i} + 1).toBe(${i + 1});\n  });`);
  return `import { describe, expect, it } from 'vitest';\n\ndescribe('service', () => {\n${cases.join('\n\n')}\n});\n`;
}

/** `count` pytest cases in one file. */
export function pytestFile(count: number): string {
  const cases = Array.from({ length: count }, (_, i) => `def test_case_${i + 1}():\n    assert ${i} + 1 == ${i + 1}\n`);
  return `from app.main import app\n\n\n${cases.join('\n\n')}`;
}

const SENTENCE = 'The service stores orders in PostgreSQL and exposes them through a small REST API.'; // 14 words

/** A README: a title, an introduction of at least `words` words (default 160), then `body`. */
export function readme(title: string, body = '', words = 160): string {
  const intro = Array.from({ length: Math.ceil(words / 14) }, () => SENTENCE).join(' ');
  return `# ${title}\n\n${intro}\n\n${body}`;
}

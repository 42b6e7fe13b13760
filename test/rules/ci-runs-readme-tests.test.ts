import rule from '../../rules/ci-runs-readme-tests.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { githubWorkflow, packageJson } from '../helpers/snippets.js';

const WORKFLOW = '.github/workflows/ci.yml';
const fence = (...lines: string[]) => ['```bash', ...lines, '```'].join('\n');

ruleTester(rule, {
  valid: [
    {
      name: 'the same npm script behind a trailing comment (portfolio-check itself)',
      files: {
        'package.json': packageJson({ scripts: { test: 'vitest run', check: 'tsc && npm test' } }),
        'README.md': `# Tool\n\n${fence('npm ci && npm run check    # run the whole suite (install, typecheck, tests)')}\n`,
        [WORKFLOW]: githubWorkflow(['npm ci', 'npm run check']),
      },
    },
    {
      name: 'README and CI call different shell scripts that both reach pytest (FastAPI template)',
      files: {
        'backend/scripts/test.sh': '#!/usr/bin/env bash\nset -e\ncoverage run -m pytest tests/\n',
        'backend/scripts/tests-start.sh': '#!/usr/bin/env bash\npython app/pre_start.py\nbash scripts/test.sh "$@"\n',
        'README.md': `# App\n\n${fence('uv run bash scripts/test.sh')}\n`,
        [WORKFLOW]: githubWorkflow(['uv sync', 'uv run bash scripts/tests-start.sh']),
      },
    },
    {
      name: 'a runner the table does not know matches itself (flask test)',
      files: { 'requirements.txt': 'flask\n', 'README.md': `# Blog\n\n${fence('flask test')}\n`, [WORKFLOW]: githubWorkflow(['pip install -r requirements.txt', 'flask test']) },
    },
    {
      name: 'the same npm test in the README and in CI',
      files: {
        'package.json': packageJson({ scripts: { test: 'vitest run' } }),
        'README.md': `# Notes API\n\n## Testing\n\n${fence('npm test')}\n`,
        [WORKFLOW]: githubWorkflow(['npm ci', 'npm test']),
      },
      summary: /as documented at README\.md:5/,
    },
    {
      name: 'npm test whose script is vitest matches a CI step running npx vitest',
      files: {
        'package.json': packageJson({ scripts: { test: 'vitest run' } }),
        'README.md': `# Notes API\n\n${fence('npm test')}\n`,
        [WORKFLOW]: githubWorkflow(['npm ci', 'npx vitest run --coverage']),
      },
    },
    {
      name: 'README pytest and CI make test whose target runs pytest',
      files: {
        Makefile: 'test:\n\tpytest -q\n',
        'pyproject.toml': '[project]\nname = "x"\n',
        'README.md': `# Shop\n\n${fence('python -m pytest')}\n`,
        [WORKFLOW]: githubWorkflow(['pip install -e .', 'make test']),
      },
    },
    { name: 'no documented test command', outcome: 'not-applicable', files: { 'go.mod': 'module x\n\ngo 1.23\n', 'main.go': 'package main\n\nfunc main() {}\n', 'README.md': '# x\n', [WORKFLOW]: githubWorkflow(['go test ./...']) } },
    { name: 'no CI test step', outcome: 'not-applicable', files: { 'go.mod': 'module x\n\ngo 1.23\n', 'main.go': 'package main\n\nfunc main() {}\n', 'README.md': `# x\n\n${fence('go test ./...')}\n` } },
  ],
  invalid: [
    {
      name: 'README says npm test, CI runs only the e2e suite with playwright',
      files: {
        'package.json': packageJson({ scripts: { test: 'jest' } }),
        'README.md': `# Notes API\n\n## Tests\n\n${fence('npm test')}\n`,
        [WORKFLOW]: githubWorkflow(['npm ci', 'npx playwright test']),
      },
      outcome: 'partial',
      score: 0.5,
      findings: [
        { file: '.github/workflows/ci.yml', line: 9, message: /^CI runs the tests with `npx playwright test`/ },
        { file: 'README.md', line: 5, message: /^The README's test command `npm test` is not what CI runs/ },
      ],
    },
    {
      name: 'README documents pytest but CI runs Django test runner',
      files: {
        'requirements.txt': 'django\n',
        'README.md': `# Blog\n\n${fence('pytest')}\n`,
        [WORKFLOW]: githubWorkflow(['pip install -r requirements.txt', 'python manage.py test']),
      },
      outcome: 'partial',
    },
  ],
});

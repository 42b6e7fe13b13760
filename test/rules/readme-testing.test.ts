import rule from '../../rules/readme-testing.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'npm test in a bash block (Express fixture)', fixture: 'js-good' },
    { name: 'pytest in a console block with a prompt', files: { 'README.md': '# Notes\n\n## Tests\n\n```console\n$ pytest -q\n```\n' }, summary: /^`pytest -q` at README\.md:6\.$/ },
    { name: "Symfony's ./bin/phpunit after a cd", files: { 'README.md': '# Demo\n\nTests\n-----\n\n```bash\ncd my_project/\n./bin/phpunit\n```\n' } },
    {
      name: 'yarn start test through nps (w3tecch/express-typescript-boilerplate)',
      files: { 'package.json': '{ "scripts": { "start": "nps" } }\n', 'README.md': '# Api\n\n### Tests\n\n- Run the unit tests using `yarn start test`.\n' },
    },
    { name: 'make tests, plural', files: { 'README.md': '# Api\n\n#### Run the Testing\n\n```bash\n$ make tests\n```\n' } },
    { name: 'a Flask CLI test command in an indented block', files: { 'README.md': '# Conduit\n\nTo run all tests, run ::\n\n    flask test\n' } },
    { name: 'go test in inline code in a sentence', files: { 'README.md': '# Notes\n\nRun `go test ./...` from the root to run the suite.\n' }, summary: /in the text at README\.md:3/ },
    {
      name: 'a test guide linked from a docs index (two levels)',
      files: { 'README.md': '# Shop\n\nSee [the docs](docs/README.md).\n', 'docs/README.md': '# Docs\n\n- [Tests](tests.md)\n', 'docs/tests.md': '# Tests\n\n```bash\nnpm run test:e2e\n```\n' },
    },
  ],
  invalid: [
    { name: 'no README', files: { 'app.py': 'print(1)\n' }, outcome: 'fail' },
    { name: 'a README that never mentions tests', files: { 'README.md': '# Notes\n\n```bash\nnpm start\n```\n' }, outcome: 'fail', findings: [{ file: 'README.md', message: /No test command/ }] },
    { name: 'a Testing section without a command', files: { 'README.md': '# Notes\n\n## Testing\n\nThe tests cover the services.\n' }, outcome: 'partial', score: 0.4, findings: [{ file: 'README.md', line: 3 }] },
    { name: 'the word pytest in prose is not a command', files: { 'README.md': '# Notes\n\nTested with pytest and love.\n' }, outcome: 'fail' },
  ],
});

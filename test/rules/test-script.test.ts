import rule from '../../rules/test-script.js';
import { ruleTester } from '../helpers/rule-tester.js';

const jsTest = { 'test/app.test.js': "test('works', () => { expect(1).toBe(1); });\n" };
const pyTest = { 'tests/test_app.py': 'def test_app():\n    assert True\n' };

ruleTester(rule, {
  valid: [
    { name: "only NestJS's generated e2e placeholder: nothing to run (dkrest1/blog-api)", files: { 'package.json': JSON.stringify({ name: 'x', scripts: { start: 'nest start' }, dependencies: { '@nestjs/core': '^10' } }), 'test/app.e2e-spec.ts': "it('/ (GET)', () => {\n  return request(app.getHttpServer()).get('/').expect(200).expect('Hello World!');\n});\n" }, outcome: 'not-applicable' },
    { name: 'an npm test script (Express fixture)', fixture: 'js-good', summary: /npm run test \(package\.json\)/ },
    { name: 'pytest declared in pyproject (Python fixture)', fixture: 'python-good' },
    { name: 'a Go project: go test is built in', files: { 'go.mod': 'module x\n\ngo 1.22\n', 'x_test.go': 'package x\n\nimport "testing"\n\nfunc TestX(t *testing.T) {}\n' }, summary: /go test/ },
    { name: 'a Makefile test target', files: { 'package.json': JSON.stringify({ name: 'x' }), Makefile: 'test:\n\tnode --test\n', ...jsTest }, summary: /make test/ },
    { name: 'phpunit.xml', files: { 'composer.json': JSON.stringify({ name: 'me/x' }), 'phpunit.xml': '<phpunit/>', 'tests/Unit/MathTest.php': '<?php\nclass MathTest extends TestCase {\n  public function test_adds() { $this->assertTrue(true); }\n}\n' } },
    { name: "Symfony's phpunit.dist.xml", files: { 'composer.json': JSON.stringify({ name: 'me/x' }), 'phpunit.dist.xml': '<phpunit/>', 'tests/Controller/BlogTest.php': '<?php\nclass BlogTest extends WebTestCase {\n  public function testIndex() { $this->assertTrue(true); }\n}\n' } },
    {
      name: "a Flask CLI test command (miguelgrinberg/flasky's `flask test`)",
      files: {
        'requirements.txt': 'flask\n',
        'tests/test_basics.py': 'import unittest\n\nclass BasicsTestCase(unittest.TestCase):\n    def test_app_exists(self):\n        self.assertTrue(True)\n',
        'flasky.py': "import click\n\n@app.cli.command()\n@click.option('--coverage/--no-coverage', default=False,\n              help='Run tests under code coverage.')\n@click.argument('test_names', nargs=-1)\ndef test(coverage, test_names):\n    unittest.TextTestRunner(verbosity=2).run(tests)\n",
      },
      summary: /flask test \(flasky\.py\)/,
    },
    { name: 'a documented test command covers an unconfigured runner', files: { 'requirements.txt': 'flask\n', ...pyTest, 'README.md': '# x\n\n```bash\npython -m pytest\n```\n' } },
    { name: 'no tests to run', files: { 'package.json': JSON.stringify({ name: 'x', scripts: { test: 'echo "Error: no test specified" && exit 1' } }) }, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'the npm init placeholder with real tests',
      files: { 'package.json': JSON.stringify({ name: 'x', scripts: { test: 'echo "Error: no test specified" && exit 1' } }, null, 2), ...jsTest },
      outcome: 'fail',
      findings: [{ file: 'package.json', line: 4, message: /npm init placeholder/ }],
    },
    { name: 'no test script', files: { 'package.json': JSON.stringify({ name: 'x', scripts: { start: 'node .' } }), ...jsTest }, outcome: 'fail', findings: [{ file: 'package.json', message: /no "test" script/ }] },
    { name: 'Python tests without a configured runner', files: { 'requirements.txt': 'flask\n', ...pyTest }, outcome: 'fail', findings: [{ message: /no runner configured/ }] },
    {
      name: 'one of two tested ecosystems has no command',
      files: { 'package.json': JSON.stringify({ name: 'x', scripts: { test: 'jest' } }), 'requirements.txt': 'flask\n', ...jsTest, ...pyTest },
      outcome: 'partial',
      score: 0.5,
    },
  ],
});

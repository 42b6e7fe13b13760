import rule from '../../rules/tests-present.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { packageJson, pytestFile, vitestFile } from '../helpers/snippets.js';

const NPM_INIT_TEST = 'echo "Error: no test specified" && exit 1';
const POM = '<project>\n  <modelVersion>4.0.0</modelVersion>\n  <parent>\n    <groupId>org.springframework.boot</groupId>\n    <artifactId>spring-boot-starter-parent</artifactId>\n  </parent>\n  <artifactId>demo</artifactId>\n</project>\n';
const SPRING_SCAFFOLD = [
  'package com.example.demo;',
  '',
  'import org.junit.jupiter.api.Test;',
  'import org.springframework.boot.test.context.SpringBootTest;',
  '',
  '@SpringBootTest',
  'class DemoApplicationTests {',
  '',
  '\t@Test',
  '\tvoid contextLoads() {',
  '\t}',
  '',
  '}',
  '',
].join('\n');
const laravelExample = (namespace: string, method: string, body: string) =>
  `<?php\n\nnamespace Tests\\${namespace};\n\nuse Tests\\TestCase;\n\nclass ExampleTest extends TestCase\n{\n    /**\n     * A basic test example.\n     */\n    public function ${method}(): void\n    {\n        ${body}\n    }\n}\n`;
const NEST_SPEC = [
  "import { Test, TestingModule } from '@nestjs/testing';",
  "import { AppController } from './app.controller';",
  '',
  "describe('AppController', () => {",
  "  describe('root', () => {",
  '    it(\'should return "Hello World!"\', () => {',
  "      expect(appController.getHello()).toBe('Hello World!');",
  '    });',
  '  });',
  '});',
  '',
].join('\n');
const junitTests = (count: number) =>
  `package com.example.demo;\n\nclass OrderServiceTest {\n${Array.from({ length: count }, (_, i) => `  @Test\n  void computesTotal${i}() { assertEquals(${i}, ${i}); }\n`).join('\n')}}\n`;

ruleTester(rule, {
  valid: [
    { name: 'Ginkgo specs count by It (TKSpectro/go-todo-api)', files: { 'go.mod': 'module x\n', 'accounts_test.go': 'package handler\n\nvar _ = Describe("x", func() {\n\tIt("a", func() {})\n\tIt("b", func() {})\n\tIt("c", func() {})\n})\n', 'todos_test.go': 'package handler\n\nvar _ = Describe("x", func() {\n\tIt("a", func() {})\n\tIt("b", func() {})\n\tIt("c", func() {})\n})\n', 'suite_test.go': 'package handler\n\nfunc TestHandler(t *testing.T) { RunSpecs(t, "Handler") }\n' }, summary: /^7 test case\(s\) in 3 file/ },
    { name: 'supertest cases (Express fixture)', fixture: 'js-good', summary: /^6 test case\(s\) in 1 file\(s\)\.$/ },
    { name: 'pytest cases with TestClient (FastAPI fixture)', fixture: 'python-good', summary: /^5 test case\(s\)/ },
    {
      name: 'Go table of Test functions',
      files: {
        'go.mod': 'module example.com/api\n\ngo 1.22\n',
        'main.go': 'package main\n',
        'handlers_test.go': `package main\n\nimport "testing"\n\n${Array.from({ length: 5 }, (_, i) => `func TestHandler${i}(t *testing.T) {\n\tt.Log(${i})\n}\n`).join('\n')}`,
      },
    },
    {
      name: 'RSpec request specs',
      files: {
        Gemfile: "source 'https://rubygems.org'\ngem 'rails'\n",
        'spec/requests/orders_spec.rb': `RSpec.describe 'Orders', type: :request do\n${Array.from({ length: 5 }, (_, i) => `  it 'handles case ${i}' do\n    get '/orders'\n  end\n`).join('')}end\n`,
      },
    },
    {
      name: 'one test is enough when minCases is 1',
      files: { 'requirements.txt': 'flask\n', 'app/main.py': 'app = None\n', 'tests/test_main.py': pytestFile(1) },
      options: { minCases: 1 },
    },
  ],
  invalid: [
    // The rule calls it not applicable; without source code the engine counts missing evidence as not shown.
    { name: 'no source code to test', outcome: 'fail', files: { 'README.md': '# Notes\n', Dockerfile: 'FROM nginx\n' } },
    {
      name: 'the npm init placeholder test script and no tests (weak Express fixture)',
      fixture: 'js-weak',
      outcome: 'fail',
      summary: /^No test files\.$/,
      findings: [{ file: 'package.json', line: 7, message: /npm init placeholder/ }],
    },
    {
      name: 'a single test (weak Flask fixture)',
      fixture: 'python-weak',
      outcome: 'partial',
      score: 0.4 + 0.5 * (1 / 5),
      findings: [{ message: /^Only 1 test case\(s\); at least 5 expected\.$/ }],
    },
    {
      name: 'two pytest cases',
      files: { 'pyproject.toml': '[project]\nname = "notes"\n', 'app/main.py': 'app = None\n', 'tests/test_notes.py': pytestFile(2) },
      outcome: 'partial',
      score: 0.6,
    },
    {
      name: "Spring Initializr's empty contextLoads only",
      files: { 'pom.xml': POM, 'src/main/java/com/example/demo/DemoApplication.java': 'package com.example.demo;\n', 'src/test/java/com/example/demo/DemoApplicationTests.java': SPRING_SCAFFOLD },
      outcome: 'partial',
      score: 0.1,
      summary: /Only generator placeholder tests/,
      findings: [{ file: 'src/test/java/com/example/demo/DemoApplicationTests.java', line: 9, message: /generator placeholder test/ }],
    },
    {
      name: 'contextLoads beside real tests still costs a little',
      files: {
        'pom.xml': POM,
        'src/test/java/com/example/demo/DemoApplicationTests.java': SPRING_SCAFFOLD,
        'src/test/java/com/example/demo/OrderServiceTest.java': junitTests(5),
      },
      outcome: 'partial',
      score: 0.9,
      summary: /^5 test case\(s\) in 1 file\(s\) \(\+1 placeholder\)\.$/,
      findings: [{ file: 'src/test/java/com/example/demo/DemoApplicationTests.java', line: 9 }],
    },
    {
      name: "Laravel's two ExampleTest files",
      files: {
        'composer.json': '{ "require": { "laravel/framework": "^11.0" } }\n',
        'app/Http/Controllers/Controller.php': '<?php\n\nnamespace App\\Http\\Controllers;\n\nabstract class Controller {}\n',
        'tests/Feature/ExampleTest.php': laravelExample('Feature', 'test_the_application_returns_a_successful_response', "$this->get('/')->assertStatus(200);"),
        'tests/Unit/ExampleTest.php': laravelExample('Unit', 'test_that_true_is_true', '$this->assertTrue(true);'),
      },
      outcome: 'partial',
      score: 0.1,
      findings: [
        { file: 'tests/Feature/ExampleTest.php', line: 12 },
        { file: 'tests/Unit/ExampleTest.php', line: 12 },
      ],
    },
    {
      name: "NestJS's Hello World controller spec",
      files: { 'package.json': packageJson({ dependencies: { '@nestjs/core': '^10.0.0' }, scripts: { test: 'jest' } }), 'src/app.controller.spec.ts': NEST_SPEC },
      outcome: 'partial',
      score: 0.1,
      findings: [{ file: 'src/app.controller.spec.ts', line: 6 }],
    },
    {
      name: "xUnit's empty UnitTest1",
      files: {
        'Api/Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>\n',
        'Api.Tests/Api.Tests.csproj': '<Project Sdk="Microsoft.NET.Sdk"></Project>\n',
        'Api.Tests/UnitTest1.cs': 'namespace Api.Tests;\n\npublic class UnitTest1\n{\n    [Fact]\n    public void Test1()\n    {\n\n    }\n}\n',
      },
      outcome: 'partial',
      score: 0.1,
      findings: [{ file: 'Api.Tests/UnitTest1.cs', line: 5 }],
    },
    {
      name: 'enough real tests but the test script is still the npm init placeholder',
      files: { 'package.json': packageJson({ scripts: { test: NPM_INIT_TEST } }), 'src/cart.test.ts': vitestFile(5) },
      outcome: 'partial',
      score: 0.9,
      findings: [{ file: 'package.json', line: 5, message: /npm init placeholder/ }],
    },
    {
      name: 'skipped and empty cases do not count',
      files: {
        'package.json': packageJson({ scripts: { test: 'vitest run' } }),
        'src/cart.test.ts': "import { it } from 'vitest';\n\nit.skip('adds items', () => { expect(1).toBe(1); });\nxit('removes items', () => {});\nit('computes totals', () => {});\n",
      },
      outcome: 'fail',
      summary: /^1 test file\(s\) but no test cases in them\.$/,
      findings: [{ message: /No test cases found for javascript/ }],
    },
    {
      name: 'Python files without test functions',
      files: { 'requirements.txt': 'django\n', 'manage.py': 'print(1)\n', 'tests/test_models.py': 'def helper():\n    return 1\n' },
      outcome: 'fail',
    },
  ],
});

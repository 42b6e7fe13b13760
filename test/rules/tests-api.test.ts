import rule from '../../rules/tests-api.js';
import { ruleTester } from '../helpers/rule-tester.js';

const express = { 'package.json': JSON.stringify({ name: 'shop', scripts: { test: 'jest' }, dependencies: { express: '^4' } }) };

ruleTester(rule, {
  valid: [
    { name: 'supertest against the app (Express fixture)', fixture: 'js-good', summary: /HTTP-level test file/ },
    { name: 'FastAPI TestClient (Python fixture)', fixture: 'python-good' },
    {
      name: 'a Go handler test with httptest',
      files: { 'go.mod': 'module shop\n\ngo 1.22\n\nrequire github.com/gin-gonic/gin v1.10.0\n', 'handler_test.go': 'package main\n\nimport (\n\t"net/http/httptest"\n\t"testing"\n)\n\nfunc TestList(t *testing.T) {\n\trec := httptest.NewRecorder()\n\t_ = rec\n}\n' },
    },
    {
      name: 'a Fiber app.Test under another name (TKSpectro/go-todo-api)',
      files: { 'go.mod': 'module shop\n\ngo 1.22\n\nrequire github.com/gofiber/fiber/v2 v2.52.0\n', 'test/accounts_test.go': 'package test\n\nimport (\n\t"net/http"\n\t"testing"\n)\n\nfunc TestAccounts(t *testing.T) {\n\treq, _ := http.NewRequest("GET", "/api/accounts", nil)\n\tres, _ := App.Test(req)\n\t_ = res\n}\n' },
    },
    {
      name: 'a pytest client fixture by another name (SergioRicJr/todo-api)',
      files: { 'requirements.txt': 'django\ndjangorestframework\n', 'todo/tests/test_task_type.py': 'def test_delete(auth_client, created_task_type):\n    response = auth_client.delete(f"/task_type/{created_task_type.id}/")\n    assert response.status_code == 204\n' },
    },
    {
      name: 'requests against the running API through a base-URL variable (FrankDev-327/flask-blog-api)',
      files: { 'requirements.txt': 'flask\nrequests\n', 'tests/test_listing_users.py': 'import requests\n\n\ndef test_users(api_url, headers):\n    response = requests.get(f"{api_url}/user", headers=headers)\n    assert response.status_code == 200\n' },
    },
    {
      name: 'WebTest requests in a Flask test',
      files: { 'requirements.txt': 'flask\nwebtest\n', 'tests/test_articles.py': "def test_create(testapp):\n    resp = testapp.post_json('/api/articles', {})\n    assert resp.status_code == 200\n" },
    },
    {
      name: 'a Rails request spec, by folder',
      files: { Gemfile: "source 'https://rubygems.org'\ngem 'rails'\n", 'spec/requests/tasks_spec.rb': "describe 'Tasks' do\n  it 'lists' do\n    expect(1).to eq(1)\n  end\nend\n" },
    },
    {
      name: 'rswag request specs, one case per run_test! (lakshmaji/pt-rails-todo-api)',
      files: {
        Gemfile: "source 'https://rubygems.org'\ngem 'rails'\ngem 'rswag-specs'\n",
        'spec/requests/tasks_spec.rb': "require 'swagger_helper'\nRSpec.describe 'Tasks API', type: :request do\n  path '/v1/tasks' do\n    post 'Create a task' do\n      response '201', 'created' do\n        run_test!\n      end\n      response '422', 'invalid' do\n        run_test!\n      end\n    end\n  end\nend\n",
      },
      summary: /^2 case\(s\) in 1 HTTP-level test file/,
    },
    {
      name: "Slim integration tests through the app's routes (maurobonfietti/rest-api-slim-php)",
      files: { 'composer.json': '{ "require": { "slim/slim": "^3.12" } }\n', 'tests/integration/TaskTest.php': "<?php\nclass TaskTest extends BaseTestCase {\n    public function testGetTasks(): void {\n        $response = $this->runApp('GET', '/api/v1/tasks');\n        $this->assertEquals(200, $response->getStatusCode());\n    }\n}\n" },
    },
    {
      name: 'a Pest test calling getJson',
      files: { 'composer.json': JSON.stringify({ require: { 'laravel/framework': '^11' } }), 'tests/Api/TaskTest.php': "<?php\n\nit('lists tasks', function () {\n    getJson('/api/tasks')->assertOk();\n});\n" },
    },
    { name: 'a library without an HTTP server', files: { 'package.json': JSON.stringify({ name: 'lib' }), 'test/a.test.js': "test('x', () => { expect(1).toBe(1); });\n" }, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'unit tests only',
      files: { ...express, 'src/sum.test.js': "test('adds', () => { expect(1 + 1).toBe(2); });\n" },
      outcome: 'partial',
      score: 0.3,
      findings: [{ file: 'src/sum.test.js', message: /None of the 1 test file/ }],
    },
    {
      name: 'a Nest testing module without requests is a unit test',
      files: { 'package.json': JSON.stringify({ name: 'x', dependencies: { '@nestjs/core': '^10' } }), 'src/tag/tag.controller.spec.ts': "describe('TagController', () => {\n  it('finds all', async () => {\n    const module = await Test.createTestingModule({ controllers: [TagController] }).compile();\n    expect(module).toBeDefined();\n  });\n});\n" },
      outcome: 'partial',
      score: 0.3,
    },
    { name: 'no tests at all', files: { ...express, 'index.js': "require('express')().listen(3000);\n" }, outcome: 'fail' },
    {
      name: 'the Laravel example feature test is a placeholder',
      files: { 'composer.json': JSON.stringify({ require: { 'laravel/framework': '^11' } }), 'tests/Feature/ExampleTest.php': "<?php\nclass ExampleTest extends TestCase {\n    public function test_the_application_returns_a_successful_response(): void {\n        $this->get('/')->assertStatus(200);\n    }\n}\n" },
      outcome: 'fail',
    },
  ],
});

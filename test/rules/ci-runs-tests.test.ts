import rule from '../../rules/ci-runs-tests.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { githubWorkflow, packageJson } from '../helpers/snippets.js';

const WORKFLOW = '.github/workflows/ci.yml';
const NPM_INIT_TEST = 'echo "Error: no test specified" && exit 1';

ruleTester(rule, {
  valid: [
    {
      name: '`|| true` on the lint line does not excuse the test line below it',
      files: { 'package.json': packageJson({ scripts: { lint: 'eslint .', test: 'vitest run' } }), [WORKFLOW]: githubWorkflow(['npm ci', '|\n          npm run lint || true\n          npm test']) },
      summary: /ci\.yml:9 runs `npm test`/,
    },
    { name: 'npm test on push and pull_request (Express fixture)', fixture: 'js-good', summary: /ci\.yml:19 runs `npm test` \(job "test"\)/ },
    { name: 'pytest on push and pull_request (FastAPI fixture)', fixture: 'python-good', summary: /ci\.yml:14 runs `pytest -q` \(job "pytest"\)/ },
    {
      name: 'python -m pytest with coverage flags',
      files: { 'pyproject.toml': '[project]\nname = "x"\n', [WORKFLOW]: githubWorkflow(['pip install -e .', 'python -m pytest --cov=app']) },
      summary: /ci\.yml:9 runs `python -m pytest --cov=app`/,
    },
    {
      name: '`npm run ci` indirection to a script that runs the tests',
      files: {
        'package.json': packageJson({ scripts: { lint: 'eslint .', ci: 'npm run lint && vitest run' } }),
        [WORKFLOW]: githubWorkflow(['npm ci', 'npm run ci']),
      },
      summary: /ci\.yml:9 runs `npm run ci`/,
    },
    {
      name: 'Makefile `ci: lint test` runs the test target as a prerequisite',
      files: {
        Makefile: 'lint:\n\truff check .\n\ntest:\n\tpytest -q\n\nci: lint test\n',
        'requirements.txt': 'fastapi\n',
        [WORKFLOW]: githubWorkflow(['pip install -r requirements.txt', 'make ci']),
      },
      summary: /runs `make ci`/,
    },
    {
      name: 'a shell script the workflow calls runs the tests',
      files: { 'scripts/test.sh': '#!/usr/bin/env bash\nset -e\npytest --cov=app\n', [WORKFLOW]: githubWorkflow(['pip install -r requirements.txt', 'bash scripts/test.sh']) },
      summary: /ci\.yml:9 runs `bash scripts\/test\.sh`/,
    },
    {
      name: 'an extensionless bin/ script running rspec through a rake task (rubyforgood/human-essentials)',
      files: {
        'Gemfile': "gem 'rails'\n",
        'bin/knapsack_pro_rspec': '#!/bin/bash\n\nif [ "$TOKEN" = "" ]; then\n  bundle exec rake knapsack_pro:rspec\nfi\n',
        [WORKFLOW]: githubWorkflow(['bundle install', "RUBYOPT='-W:no-deprecated' bin/knapsack_pro_rspec"]),
      },
      summary: /runs `RUBYOPT='-W:no-deprecated' bin\/knapsack_pro_rspec`/,
    },
    {
      name: 'a multi-line run block that includes npm test',
      files: {
        'package.json': packageJson({ scripts: { test: 'jest' } }),
        [WORKFLOW]: 'on: pull_request\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          npm ci\n          npm test\n',
      },
      summary: /ci\.yml:6 runs `npm test`/, // the line of the block that runs the tests
    },
    {
      name: 'GitLab CI (implicitly on push) running go test',
      files: { 'go.mod': 'module example.com/api\n\ngo 1.22\n', '.gitlab-ci.yml': 'stages: [test]\n\nunit:\n  stage: test\n  script:\n    - go vet ./...\n    - go test ./...\n' },
      summary: /\.gitlab-ci\.yml:7 runs `go test \.\/\.\.\.` \(job "unit"\)/,
    },
    { name: 'a Jenkinsfile sh step', files: { Jenkinsfile: "pipeline {\n  agent any\n  stages {\n    stage('Test') {\n      steps {\n        sh './mvnw -B verify'\n      }\n    }\n  }\n}\n" }, summary: /Jenkinsfile:6/ },
    {
      name: 'a blocking test step wins over an allowed-to-fail one in another job',
      files: {
        [WORKFLOW]:
          'on: push\njobs:\n  flaky:\n    runs-on: ubuntu-latest\n    continue-on-error: true\n    steps:\n      - run: pytest tests/e2e\n  unit:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest tests/unit\n',
      },
      summary: /ci\.yml:11 runs `pytest tests\/unit` \(job "unit"\)/,
    },
  ],
  invalid: [
    {
      name: 'dotnet test in CI for code without a single test (castell0riz0n/ToDo-API)',
      files: { 'Api/Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>\n', 'Api/Program.cs': 'var app = WebApplication.Create(args);\napp.Run();\n', [WORKFLOW]: githubWorkflow(['dotnet restore', 'dotnet test']) },
      outcome: 'partial',
      score: 0.5,
      summary: /but there are no tests for it to run/,
    },
    {
      name: "'|| echo' swallows a failing test run (FrankDev-327/flask-blog-api)",
      files: { 'requirements.txt': 'pytest\n', [WORKFLOW]: githubWorkflow(['pip install -r requirements.txt', 'pytest tests || echo "Tests failed"']) },
      outcome: 'partial',
      findings: [{ message: /cannot fail/ }],
    },
    {
      name: 'a bin/ file that is not a shell script is not followed',
      outcome: 'fail',
      files: { 'bin/setup': '#!/usr/bin/env ruby\nsystem("bundle exec rspec")\n', [WORKFLOW]: githubWorkflow(['bin/setup']) },
    },
    { name: 'no CI at all (weak Express fixture)', fixture: 'js-weak', outcome: 'fail', findings: [{ message: /No CI pipeline runs the tests/ }] },
    {
      name: '`pytest || true` can never fail the build (weak Flask fixture)',
      fixture: 'python-weak',
      outcome: 'partial',
      score: 0.3,
      findings: [{ file: '.github/workflows/main.yml', line: 9, message: /Failing tests cannot fail job "build"/ }],
    },
    {
      name: '`npm test || :` is also swallowed',
      files: { 'package.json': packageJson({ scripts: { test: 'vitest run' } }), [WORKFLOW]: githubWorkflow(['npm ci', '"npm test || :"']) },
      outcome: 'partial',
      score: 0.3,
      findings: [{ file: WORKFLOW, line: 9, message: /cannot fail job/ }],
    },
    {
      name: 'npm test that resolves to the npm-init placeholder runs nothing',
      files: { 'package.json': packageJson({ scripts: { test: NPM_INIT_TEST } }), [WORKFLOW]: githubWorkflow(['npm ci', 'npm test']) },
      outcome: 'fail',
      findings: [{ file: WORKFLOW, message: /No step in \.github\/workflows\/ci\.yml runs a test command/ }],
    },
    {
      name: '`npm run ci` to a script that only lints',
      files: { 'package.json': packageJson({ scripts: { ci: 'eslint . && tsc --noEmit' } }), [WORKFLOW]: githubWorkflow(['npm ci', 'npm run ci']) },
      outcome: 'fail',
      findings: [{ file: WORKFLOW }],
    },
    {
      name: '`npm ci` is the clean install, not the "ci" script',
      files: { 'package.json': packageJson({ scripts: { ci: 'vitest run', build: 'tsc' } }), [WORKFLOW]: githubWorkflow(['npm ci', 'npm run build']) },
      outcome: 'fail',
      findings: [{ file: WORKFLOW, message: /No step in/ }],
    },
    {
      name: 'Makefile `ci: lint` whose prerequisites never test',
      files: { Makefile: 'lint:\n\truff check .\n\nci: lint\n', [WORKFLOW]: githubWorkflow(['make ci']) },
      outcome: 'fail',
    },
    {
      name: 'continue-on-error on the test step',
      files: { [WORKFLOW]: 'on: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n        continue-on-error: true\n' },
      outcome: 'partial',
      score: 0.3,
      findings: [{ file: WORKFLOW, line: 6, message: /continue-on-error/ }],
    },
    {
      name: 'GitLab allow_failure on the test job',
      files: { '.gitlab-ci.yml': 'test:\n  script:\n    - bundle exec rspec\n  allow_failure: true\n' },
      outcome: 'partial',
      score: 0.3,
      findings: [{ file: '.gitlab-ci.yml', line: 3, message: /cannot fail job "test"/ }],
    },
    {
      name: 'a test step disabled with if: false',
      files: { [WORKFLOW]: 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - if: false\n        run: go test ./...\n' },
      outcome: 'partial',
      score: 0.3,
      findings: [{ file: WORKFLOW, line: 7, message: /disabled \(if: false\)/ }],
    },
    {
      name: 'tests run only on manual dispatch',
      files: { [WORKFLOW]: githubWorkflow(['pytest'], 'workflow_dispatch') },
      outcome: 'partial',
      score: 0.5,
      findings: [{ file: WORKFLOW, line: 8, message: /only on workflow_dispatch, not on push or pull_request/ }],
    },
    {
      name: 'a pipeline that only installs and builds',
      files: { 'package.json': packageJson({ scripts: { build: 'tsc' } }), [WORKFLOW]: githubWorkflow(['npm ci', 'npm run build']) },
      outcome: 'fail',
      summary: /No step in \.github\/workflows\/ci\.yml runs the tests/,
    },
    {
      name: 'installing pytest is not running it',
      files: { [WORKFLOW]: githubWorkflow(['pip install pytest flake8', 'flake8 .']) },
      outcome: 'fail',
    },
    {
      name: 'Maven with -DskipTests',
      files: { 'pom.xml': '<project><artifactId>api</artifactId></project>\n', [WORKFLOW]: githubWorkflow(['./mvnw -B -DskipTests package']) },
      outcome: 'fail',
    },
    {
      name: 'a workflow without an on: trigger never runs',
      files: { [WORKFLOW]: 'jobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: go test ./...\n' },
      outcome: 'partial',
      score: 0.5,
      findings: [{ file: WORKFLOW, line: 5, message: /no `on:` trigger/ }],
    },
    {
      name: 'the only workflow does not parse',
      files: { [WORKFLOW]: 'on: push\njobs:\n  test: [unclosed\n' },
      outcome: 'fail',
      summary: /no \(parseable\) CI configuration/,
    },
  ],
});

import rule from '../../rules/ci-present.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { githubWorkflow } from '../helpers/snippets.js';

const BROKEN_WORKFLOW = ['name: CI', 'on: push', 'jobs:', '  test:', '    steps:', '      - run: npm test', '     - run: npm run lint', ''].join('\n');

ruleTester(rule, {
  valid: [
    { name: 'a GitHub Actions workflow (Express fixture)', fixture: 'js-good', summary: /GitHub Actions: \.github\/workflows\/ci\.yml/ },
    { name: 'a GitHub Actions workflow (FastAPI fixture)', fixture: 'python-good' },
    {
      name: 'a .gitlab-ci.yml',
      files: { '.gitlab-ci.yml': 'test:\n  image: python:3.12\n  script:\n    - pytest\n' },
      summary: /GitLab CI/,
    },
    { name: 'a Jenkinsfile', files: { Jenkinsfile: "pipeline { agent any\n stages { stage('Test') { steps { sh 'mvn -B test' } } } }\n" }, summary: /Jenkins/ },
    {
      name: 'many workflows are summarised by count',
      files: Object.fromEntries(['build', 'lint', 'test', 'deploy'].map((n) => [`.github/workflows/${n}.yml`, githubWorkflow(['make ' + n])])),
      summary: /^GitHub Actions: 4 pipeline files\.$/,
    },
    { name: 'a .yaml workflow extension', files: { '.github/workflows/test.yaml': githubWorkflow(['go test ./...']) } },
  ],
  invalid: [
    { name: 'no CI configuration (weak Express fixture)', fixture: 'js-weak', outcome: 'fail', findings: [{ message: /No CI configuration file found/ }] },
    {
      name: 'a workflow outside .github/workflows does not count',
      files: { 'ci.yml': githubWorkflow(['npm test']), '.github/ci.yml': githubWorkflow(['npm test']) },
      outcome: 'fail',
    },
    {
      name: 'the only workflow has a YAML syntax error',
      files: { '.github/workflows/ci.yml': BROKEN_WORKFLOW },
      outcome: 'partial',
      score: 0.3,
      findings: [{ file: '.github/workflows/ci.yml', line: 7, message: /GitHub Actions file cannot be parsed: invalid YAML/ }],
    },
    {
      name: 'a workflow that is a YAML list, not a mapping',
      files: { '.github/workflows/ci.yml': '- run: npm test\n' },
      outcome: 'partial',
      score: 0.3,
      findings: [{ file: '.github/workflows/ci.yml', line: 1, message: /not a YAML mapping/ }],
    },
    {
      name: 'one working workflow beside a broken one',
      files: { '.github/workflows/ci.yml': githubWorkflow(['npm test']), '.github/workflows/deploy.yml': BROKEN_WORKFLOW },
      outcome: 'partial',
      score: 0.7,
      summary: /\.github\/workflows\/ci\.yml/,
      findings: [{ file: '.github/workflows/deploy.yml', line: 7 }],
    },
  ],
});

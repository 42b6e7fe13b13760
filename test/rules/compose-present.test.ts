import rule from '../../rules/compose-present.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'the app and its database', files: { 'compose.yaml': 'services:\n  api:\n    build: .\n  db:\n    image: postgres:16\n' }, summary: /^compose\.yaml: "api" is built from the repository, with db\.$/ },
    { name: 'build with a context map in docker-compose.yml', files: { 'docker-compose.yml': 'services:\n  web:\n    build:\n      context: ./backend\n' } },
    { name: 'the main file is judged before an override', files: { 'docker-compose.yml': 'services:\n  app:\n    build: .\n', 'docker-compose.override.yml': 'services:\n  app:\n    ports: ["3000:3000"]\n' }, summary: /^docker-compose\.yml:/ },
  ],
  invalid: [
    { name: 'no compose file', files: { 'main.go': 'package main\n' }, outcome: 'fail' },
    { name: 'only a database', files: { 'docker-compose.yml': 'services:\n  db:\n    image: postgres:16\n' }, outcome: 'partial', score: 0.6, findings: [{ file: 'docker-compose.yml', line: 2, message: /No service is built/ }] },
    { name: 'invalid YAML', files: { 'compose.yml': 'services:\n  api:\n    build: .\n   image: [\n' }, outcome: 'partial', score: 0.3, findings: [{ file: 'compose.yml', message: /invalid YAML/ }] },
    { name: 'a dev-container compose does not count', files: { '.devcontainer/docker-compose.yml': 'services:\n  app:\n    build: .\n' }, outcome: 'fail' },
  ],
});

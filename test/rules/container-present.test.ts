import rule from '../../rules/container-present.js';
import { ruleTester } from '../helpers/rule-tester.js';

const NODE_DOCKERFILE = 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "server.js"]\n';
const COMPOSE = 'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: postgres\n';

ruleTester(rule, {
  valid: [
    { name: 'a multi-stage Dockerfile with CMD (Express fixture)', fixture: 'js-good', summary: /^Dockerfile\.$/ },
    { name: 'a Dockerfile starting uvicorn (FastAPI fixture)', fixture: 'python-good' },
    { name: 'a Containerfile with ENTRYPOINT', files: { Containerfile: 'FROM golang:1.22\nCOPY . .\nRUN go build -o /api\nENTRYPOINT ["/api"]\n' } },
    {
      name: 'a named Dockerfile in a folder plus a compose file',
      files: { 'docker/api.Dockerfile': NODE_DOCKERFILE, 'compose.yaml': COMPOSE },
      summary: /docker\/api\.Dockerfile and compose\.yaml/,
    },
    {
      name: 'a base image Dockerfile beside a runnable one',
      files: { 'Dockerfile.base': 'FROM python:3.12-slim\nRUN pip install poetry\n', Dockerfile: 'FROM base\nCOPY . .\nCMD ["gunicorn", "app:app"]\n' },
    },
  ],
  invalid: [
    {
      name: 'a source file named dockerfile.ts is not a Dockerfile',
      files: { 'package.json': '{}\n', 'src/facts/dockerfile.ts': 'export const CMD = 1;\n' },
      outcome: 'fail',
      findings: [{ message: /No Dockerfile builds this application/ }],
    },
    { name: 'no container files (weak Express fixture)', fixture: 'js-weak', outcome: 'fail', findings: [{ message: /No Dockerfile builds this application/ }] },
    {
      name: 'a Dockerfile that never starts the app (weak Flask fixture)',
      fixture: 'python-weak',
      outcome: 'partial',
      score: 0.7,
      findings: [{ file: 'Dockerfile', message: /no CMD or ENTRYPOINT/ }],
    },
    {
      name: 'a commented-out CMD does not start anything',
      files: { Dockerfile: 'FROM node:20\nCOPY . .\n# CMD ["node", "index.js"]\n' },
      outcome: 'partial',
      score: 0.7,
    },
    {
      name: 'only a compose file for the database',
      files: { 'docker-compose.yml': COMPOSE },
      outcome: 'partial',
      score: 0.4,
      findings: [{ file: 'docker-compose.yml', message: /compose file exists but no Dockerfile/ }],
    },
    {
      name: 'only a dev container',
      files: { '.devcontainer/devcontainer.json': '{ "build": { "dockerfile": "Dockerfile" } }\n', '.devcontainer/Dockerfile': NODE_DOCKERFILE },
      outcome: 'partial',
      score: 0.2,
      summary: /Only a dev container/,
    },
    {
      name: "a dev container's compose file is not the app's",
      files: { '.devcontainer/devcontainer.json': '{ "dockerComposeFile": "docker-compose.yml" }\n', '.devcontainer/docker-compose.yml': COMPOSE },
      outcome: 'partial',
      score: 0.2,
    },
  ],
});

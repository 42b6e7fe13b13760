import rule from '../../rules/dockerfile-practices.js';
import { ruleTester } from '../helpers/rule-tester.js';

const good = [
  'FROM node:20-slim AS build',
  'WORKDIR /app',
  'COPY package*.json ./',
  'RUN npm ci',
  'COPY . .',
  'FROM node:20-slim',
  'RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
  'COPY --from=build /app /app',
  'USER node',
  'CMD ["node", "/app/server.js"]',
].join('\n');

ruleTester(rule, {
  valid: [
    { name: 'a multi-stage Dockerfile with a non-root user', files: { Dockerfile: good, '.dockerignore': 'node_modules\n.git\n' } },
    { name: 'a distroless nonroot base needs no USER', files: { Dockerfile: 'FROM golang:1.22 AS build\nCOPY go.* ./\nRUN go build -o /app\nFROM gcr.io/distroless/static:nonroot\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n' } },
    { name: 'caches in a build stage are discarded', files: { Dockerfile: 'FROM python:3.12 AS build\nRUN pip install build\nFROM python:3.12-slim\nUSER 1000\nCMD ["python", "-m", "app"]\n' } },
    { name: 'a secret read from a build arg reference is fine in ENV', files: { Dockerfile: 'FROM node:20-slim\nARG NODE_ENV=production\nENV DB_PASSWORD_FILE=/run/secrets/db\nUSER node\nCMD ["node", "."]\n' } },
    { name: 'no Dockerfile', files: { 'main.go': 'package main\n' }, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'the classic beginner Dockerfile',
      files: { Dockerfile: 'FROM node:latest\nWORKDIR /app\nADD . .\nRUN npm install\nENV JWT_SECRET=supersecret\nCMD npm start\n' },
      outcome: 'fail',
      findings: [
        { file: 'Dockerfile', line: 1, message: /uses "latest"/ },
        { file: 'Dockerfile', line: 1, message: /no USER instruction/ },
        { file: 'Dockerfile', line: 3, message: /^ADD \. copies local files/ },
        { file: 'Dockerfile', line: 3, message: /no \.dockerignore/ },
        { file: 'Dockerfile', line: 5, message: /ENV JWT_SECRET puts a secret/ },
      ],
    },
    {
      name: 'an untagged base, apt lists kept, pip cache kept, ARG token',
      files: { Dockerfile: 'FROM python\nARG GITHUB_TOKEN\nRUN apt-get update && apt-get install -y gcc\nRUN pip install -r requirements.txt\nUSER app\nCMD ["gunicorn", "app:app"]\n', '.dockerignore': '.git\n' },
      outcome: 'partial',
      score: 0.35,
      findings: [
        { line: 1, message: /has no tag/ },
        { line: 2, message: /ARG GITHUB_TOKEN/ },
        { line: 3, message: /apt-get install without removing/ },
        { line: 4, message: /pip install without --no-cache-dir/ },
      ],
    },
    {
      name: 'the last USER is root',
      files: { Dockerfile: 'FROM alpine:3.20\nRUN apk add --no-cache curl\nUSER app\nUSER root\nCMD ["sh"]\n' },
      outcome: 'partial',
      score: 0.75,
      findings: [{ line: 4, message: /last USER is root/ }],
    },
    {
      name: 'strict package pinning when asked',
      options: { pinPackages: true },
      files: { Dockerfile: 'FROM alpine:3.20\nRUN apk add --no-cache curl git=2.45.2-r0\nUSER 1000\nCMD ["sh"]\n' },
      outcome: 'partial',
      score: 0.9,
      findings: [{ line: 2, message: /Unpinned package\(s\): curl/ }],
    },
  ],
});

import rule from '../../rules/readme-setup.js';
import { ruleTester } from '../helpers/rule-tester.js';

const fence = (lang: string, ...lines: string[]) => ['```' + lang, ...lines, '```'].join('\n');
const NPM = fence('bash', 'npm install', 'npm start');

ruleTester(rule, {
  valid: [
    {
      name: 'steps after a $ prompt in a numbered list, and foreman start (rails-rest-api)',
      files: { 'Gemfile': "gem 'rails'\n", 'README.md': '# EquipEngine\n\n# install app\n\n1. $ bundle install\n\n2. $ rake db:migrate\n\n# start app\n\n1. $ foreman start\n' },
      summary: /^Install command at README\.md:5, run command at README\.md:11\.$/,
    },
    {
      name: 'inline code spans in a setup section (nodejs-todo-api-boilerplate)',
      files: { 'package.json': '{ "scripts": { "docker:run": "docker compose up" } }\n', 'README.md': '# Todo API\n\n## Development\n\n1. Copy `.env.sample` to `.env`\n2. Install dependencies locally `npm i`\n3. Start the app using `npm run docker:run`\n' },
    },
    {
      name: 'a Russian setup heading and make build && make run (zhashkevych/todo-app)',
      files: { 'Makefile': 'build:\n\tgo build -o ./.bin/app ./cmd/main.go\n\nrun: build\n\t./.bin/app\n', 'README.md': '# REST API\n\n### Для запуска приложения:\n\n```\nmake build && make run\n```\n' },
    },
    {
      name: 'one make target whose recipe installs and starts everything (mubbi/laravel-blog-api)',
      files: { 'Makefile': 'local-setup: docker-setup-env\n\t@echo "setting up"\n\tcd containers && docker-compose up -d\n\t-docker-compose exec -T api composer install --no-interaction\n\ndocker-setup-env:\n\tcp .env.example .env\n', 'README.md': '# Blog API\n\n## Quick Setup\n\n```bash\nmake local-setup\n```\n' },
    },
    {
      name: 'setup in CONTRIBUTING.md, linked by its absolute GitHub URL (rubyforgood/human-essentials)',
      files: {
        'README.md': '# Human Essentials\n\n[Issues](https://github.com/acme/essentials/issues) · [Graphs](https://github.com/acme/essentials/graphs/contributors)\n\nSee our [Contributing Guidelines](https://github.com/acme/essentials/blob/main/CONTRIBUTING.md).\n',
        'CONTRIBUTING.md': '# Contributing\n\n## Local Environment\n\n1. Run `bin/setup`\n2. Run `bin/start` and visit http://localhost:3000/\n',
      },
      summary: /CONTRIBUTING\.md:5, run command at CONTRIBUTING\.md:6/,
    },
    {
      name: "the Nest template plus the author's own compose command (NestJS-Todo-API)",
      files: { 'README.md': '# App\n\n## Description\n\n[Nest](https://github.com/nestjs/nest) framework TypeScript starter repository.\n\n## Installation\n\n```bash\n$ yarn install\n```\n\n## Running the app\n\n```bash\n$ yarn run start\n$ docker-compose -f docker-compose.dev.yaml up --build\n```\n' },
    },
    { name: 'npm run appDev starts the app (Knguyen-dev/Blog-API)', files: { 'package.json': '{ "scripts": { "appDev": "concurrently \\"npm run clientDev\\" \\"npm run serverDev\\"" } }\n', 'README.md': '# Blog\n\n## Getting started\n\n```bash\nnpm install\nnpm run appDev\n```\n' } },
    {
      name: 'go mod tidy installs the dependencies (hamidgh01/Go-Blog-API)',
      files: { 'go.mod': 'module x\n', 'README.md': '# Blog\n\n## Getting started\n\n### 2. Install dependencies\n\n```bash\ngo mod tidy\n```\n\n### 3. Run\n\n```bash\ngo run ./cmd serve\n```\n' },
    },
    {
      name: 'a "Getting started" section with one bash block (Express fixture)',
      fixture: 'js-good',
      summary: /^Install command at README\.md:22, run command at README\.md:24\.$/,
    },
    {
      name: 'Installation and Usage sections (FastAPI fixture)',
      fixture: 'python-good',
      summary: /^Install command at README\.md:22, run command at README\.md:29\.$/,
    },
    { name: 'a setext heading', files: { 'README.md': `# Shop\n\nGetting Started\n---------------\n\n${NPM}\n` } },
    { name: 'a bold pseudo-heading', files: { 'README.md': `# Shop\n\n**Setup**\n\n${NPM}\n` } },
    { name: 'an emoji and a number in the heading', files: { 'README.md': `# Shop\n\n## 🚀 1. Quick start\n\n${NPM}\n` } },
    {
      name: 'console blocks with prompts',
      files: { 'README.md': `# Shop\n\n## Running locally\n\n${fence('console', '$ go mod download', '$ go run ./cmd/api')}\n` },
    },
    {
      name: 'docker compose installs and starts everything',
      files: { 'README.md': `# Shop\n\n## Run it\n\n${fence('sh', 'docker compose up --build')}\n` },
    },
    {
      name: 'setup steps in a document the README links',
      files: {
        'README.md': '# Shop\n\nSee [the setup guide](docs/SETUP.md) to run it locally.\n',
        'docs/SETUP.md': `# Setup\n\n## Installation\n\n${fence('bash', 'pip install -r requirements.txt', 'flask --app shop run')}\n`,
      },
      summary: /docs\/SETUP\.md:6/,
    },
  ],
  invalid: [
    {
      name: 'a command alone on a prose line, with no setup heading (SpringBoot-CRUD)',
      files: { 'pom.xml': '<project></project>\n', 'README.md': '# SpringBoot-CRUD\n\nPara rodar o projeto é necessário jdk 8 e maven.\n\nExecute o comando no diretório raiz do projeto:\n\nmvn clean compile spring-boot:run\n' },
      outcome: 'partial',
      score: 0.8,
    },
    {
      name: "the Nest generator's template commands only (blog-api-nest-typeorm)",
      files: { 'README.md': '# App\n\n## Description\n\n[Nest](https://github.com/nestjs/nest) framework TypeScript starter repository.\n\n## Installation\n\n```bash\n$ npm install\n```\n\n## Running the app\n\n```bash\n$ npm run start\n```\n' },
      outcome: 'partial',
      score: 0.4,
      findings: [{ file: 'README.md', line: 1, message: /generator's template/ }],
    },
    {
      name: 'installing a tool and running the migration tool is not setting up the app (wizact/go-todo-api)',
      files: {
        'Makefile': 'build-db-migration:\n\tgo build -o bin/db-migration ./cmd/db-migration.go\n',
        'README.md': '# Go TODO API\n\n## Development\n- [Database Migration](./docs/database-migration.md)\n',
        'docs/database-migration.md': '# Database Migration\n\n```\ngo install github.com/go-bindata/go-bindata/go-bindata\n```\n\n```\ngo run ./cmd/db-migration.go\n```\n\n```\nmake build-db-migration OS=linux\n```\n',
      },
      outcome: 'partial',
      score: 0.2,
    },
    {
      name: "another repository's guide linked by absolute URL is not followed",
      files: {
        'README.md': '# App\n\n## Setup\n\nSee [their guide](https://github.com/other/project/blob/main/CONTRIBUTING.md); [issues](https://github.com/me/app/issues), [graphs](https://github.com/me/app/graphs).\n',
        'CONTRIBUTING.md': '# Contributing\n\n## Setup\n\n```bash\nnpm install\nnpm start\n```\n',
      },
      outcome: 'partial',
      score: 0.2,
    },
    {
      name: 'a stub README (weak Express fixture)',
      fixture: 'js-weak',
      outcome: 'fail',
      findings: [
        { file: 'README.md', line: undefined, message: /^No setup section/ },
        { file: 'README.md', line: undefined, message: /^No install command/ },
        { file: 'README.md', line: undefined, message: /^No command that starts the app/ },
      ],
    },
    { name: 'a one-line README (weak Flask fixture)', fixture: 'python-weak', outcome: 'fail' },
    { name: 'no README', files: { 'main.go': 'package main\n' }, outcome: 'fail', findings: [{ message: /No README, so no setup instructions/ }] },
    {
      name: 'a setup section in prose, without commands',
      files: { 'README.md': '# Shop\n\nAn online shop.\n\n## Installation\n\nInstall the dependencies, then start the server.\n' },
      outcome: 'partial',
      score: 0.2,
      findings: [
        { file: 'README.md', line: 5, message: /^No install command/ },
        { file: 'README.md', line: 5, message: /^No command that starts the app/ },
      ],
    },
    {
      name: 'creating a venv and installing is not starting the app',
      files: { 'README.md': `# Notes\n\n## Installation\n\n${fence('bash', 'python -m venv .venv', 'python -m pip install -r requirements.txt')}\n` },
      outcome: 'partial',
      score: 0.6,
      findings: [{ file: 'README.md', line: 3, message: /^No command that starts the app/ }],
    },
    {
      name: 'commands without a setup heading',
      files: { 'README.md': `# Shop\n\nAn online shop.\n\n${NPM}\n` },
      outcome: 'partial',
      score: 0.8,
      findings: [{ file: 'README.md', message: /^No setup section/ }],
    },
    {
      name: 'commands in a JavaScript block are code, not setup steps',
      files: { 'README.md': `# Shop\n\n## Usage\n\n${fence('js', "import { shop } from 'shop';", '// npm install shop', 'node server.js')}\n` },
      outcome: 'partial',
      score: 0.2,
    },
  ],
});

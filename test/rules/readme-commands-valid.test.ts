import { expect } from 'vitest';
import rule from '../../rules/readme-commands-valid.js';
import { ruleTester } from '../helpers/rule-tester.js';

const pkg = JSON.stringify({ name: 'shop', scripts: { dev: 'nodemon src/server.js', test: 'vitest run', 'db:migrate': 'prisma migrate dev' } }, null, 2);
const fence = (...lines: string[]) => ['```bash', ...lines, '```'].join('\n');

ruleTester(rule, {
  valid: [
    {
      name: 'a guide that shows the compose snippet defining the service it then starts',
      files: {
        'compose.yaml': 'services:\n  api:\n    build: .\n',
        'README.md': '# Shop\n\nAdd this service:\n\n```yaml\nservices:\n  mysql:\n    image: mysql:8\n```\n\n' + fence('docker compose up -d mysql api') + '\n',
      },
    },
    {
      name: 'docker compose commands with existing services, options and a command run inside',
      files: { 'compose.yaml': 'services:\n  api:\n    build: .\n  db:\n    image: postgres:16\n', 'README.md': `# Shop\n\n${fence('docker compose up -d --build db api', 'docker compose run --rm -e DEBUG=1 api python manage.py migrate', 'docker compose -f other.yml up ghost')}\n` },
      summary: /All 2 checked command\(s\) match the project/,
    },
    {
      name: 'a <placeholder> service in a template command is not checked (lakshmaji/pt-rails-todo-api)',
      files: { 'compose.yaml': 'services:\n  api:\n    build: .\n', 'README.md': `# Shop\n\n${fence('docker-compose exec -T <app service> bin/rails db:prepare', 'docker-compose exec -T api bin/rails db:prepare')}\n` },
      summary: /All 1 checked command\(s\) match the project/,
    },
    {
      name: 'make targets with trailing comments and quoted ARGS (mubbi/laravel-blog-api)',
      files: { Makefile: 'test:\n\tphp artisan test\nartisan:\n\tphp artisan $(ARGS)\n', 'README.md': `# Blog\n\n${fence('make test                # Run all tests', 'make artisan ARGS="make:controller ApiController"')}\n` },
      summary: /All 2 checked command\(s\) match the project/,
    },
    {
      name: 'scripts, a make target and an env template that all exist',
      files: { 'package.json': pkg, Makefile: 'up:\n\tdocker compose up -d\n', '.env.example': 'PORT=3000\n', 'README.md': `# Shop\n\n${fence('npm ci', 'cp .env.example .env', 'make up', 'npm run db:migrate && npm run dev', 'yarn test')}\n` },
      summary: /^All 5 checked command/,
    },
    {
      name: 'cd into a service folder first',
      files: { 'backend/package.json': pkg, 'backend/.env.example': 'X=1\n', 'README.md': `# Shop\n\n${fence('git clone https://github.com/me/shop.git', 'cd shop', 'cd backend', 'cp .env.example .env', 'npm run dev')}\n` },
    },
    {
      name: 'commands after a generator describe the generated app',
      files: { 'package.json': JSON.stringify({ name: 'express' }), 'README.md': `# express\n\n${fence('express /tmp/foo && cd /tmp/foo')}\n\n${fence('npm install', 'npm start')}\n` },
      outcome: 'not-applicable',
    },
    { name: 'nothing to check', files: { 'README.md': `# Shop\n\n${fence('go run .')}\n` }, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'docker compose names a service the compose file does not have',
      files: { 'compose.yaml': 'services:\n  api:\n    build: .\n  db:\n    image: postgres:16\n', 'README.md': `# Shop\n\n${fence('docker compose up -d postgres', 'docker compose exec api npm test')}\n` },
      outcome: 'partial',
      score: 0.5,
      findings: [{ file: 'README.md', line: 4, message: /^`docker compose up -d postgres`: no compose service named "postgres" \(services: api, db\)/ }],
    },
    {
      name: 'docker compose with no compose file committed',
      files: { 'README.md': `# Shop\n\n${fence('docker-compose up --build')}\n` },
      outcome: 'fail',
      findings: [{ file: 'README.md', message: /there is no compose file in the repository/ }],
    },
    {
      name: 'a missing script, a missing target and a missing template',
      files: { 'package.json': pkg, Makefile: 'test:\n\tgo test ./...\n', 'README.md': `# Shop\n\n## Setup\n\n${fence('cp .env.sample .env', 'npm run start:dev', 'make seed', 'npm test')}\n` },
      outcome: 'partial',
      score: 0.25,
      assert: (result) => expect(result.findings[1]!.fix).toMatch(/use one that exists \(dev, test, db:migrate\)/),
      findings: [
        { file: 'README.md', line: 6, message: /^`cp \.env\.sample \.env`: \.env\.sample does not exist/ },
        { file: 'README.md', line: 7, message: /no package\.json defines a "start:dev" script/ },
        { file: 'README.md', line: 8, message: /Makefile has no target "seed"/ },
      ],
    },
    {
      name: 'make without a Makefile',
      files: { 'README.md': `# Shop\n\n${fence('make run')}\n` },
      outcome: 'fail',
      findings: [{ file: 'README.md', line: 4, message: /there is no Makefile/ }],
    },
    {
      name: 'a missing composer script',
      files: { 'composer.json': JSON.stringify({ name: 'me/shop', scripts: { test: 'phpunit' } }), 'README.md': `# Shop\n\n${fence('composer run lint')}\n` },
      outcome: 'fail',
    },
  ],
});

import { expect } from 'vitest';
import rule from '../../rules/env-example.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { packageJson, readme } from '../helpers/snippets.js';

const EXPRESS = packageJson({ dependencies: { express: '^4.21.0' } });
const CONFIG_TS = [
  'export const config = {',
  '  databaseUrl: process.env.DATABASE_URL,',
  "  jwtSecret: process.env['JWT_SECRET'],",
  '  port: Number(process.env.PORT ?? 3000),',
  '};',
  '',
].join('\n');

ruleTester(rule, {
  valid: [
    {
      name: "a compose service's environment: block names the variables (issue 10)",
      files: {
        'package.json': EXPRESS,
        'src/config.ts': CONFIG_TS,
        'compose.yaml': 'services:\n  api:\n    build: .\n    environment:\n      DATABASE_URL: ${DATABASE_URL:-postgres://db/app}\n      JWT_SECRET:\n  worker:\n    build: .\n    environment:\n      - PORT=$PORT\n',
      },
      summary: /All 3 variable\(s\) .* \(in compose\.yaml\)/,
    },
    {
      name: "Rails' generated puma and boot settings are the platform's (bestwebua/todo-api)",
      files: {
        'Gemfile': "gem 'rails'\n",
        'config/boot.rb': "ENV['BUNDLE_GEMFILE'] ||= File.expand_path('../Gemfile', __dir__)\n",
        'config/puma.rb': 'threads_count = ENV.fetch("RAILS_MAX_THREADS") { 5 }\nworkers ENV.fetch("WEB_CONCURRENCY") { 2 }\n',
        'config/environments/production.rb': 'config.public_file_server.enabled = ENV["RAILS_SERVE_STATIC_FILES"].present?\n',
      },
      outcome: 'not-applicable',
    },
    {
      name: "the Maven wrapper's downloader is tooling, not the application (jovanibrasil/blog-api-spring-boot)",
      files: { 'pom.xml': '<project></project>\n', '.mvn/wrapper/MavenWrapperDownloader.java': 'class D { String u = System.getenv("MVNW_USERNAME"); }\n', 'src/main/java/App.java': 'class App {}\n' },
      outcome: 'not-applicable',
    },
    {
      name: "Laravel's generated config/*.php knobs with defaults are the framework's (laravel/laravel)",
      files: {
        'composer.json': '{ "require": { "laravel/framework": "^11.0" } }\n',
        'config/app.php': "<?php\nreturn [\n    'name' => env('APP_NAME', 'Laravel'),\n    'key' => env('APP_KEY'),\n    'previous_keys' => env('APP_PREVIOUS_KEYS', ''),\n];\n",
        '.env.example': 'APP_NAME=Laravel\nAPP_KEY=\n',
      },
    },
    {
      name: 'a variable named only in a doc comment is not read',
      files: { 'package.json': '{}\n', 'src/port.js': '/** Defaults such as `process.env.PORT || 3000` are detected. */\nexport const x = 1;\n' },
      outcome: 'not-applicable',
    },
    { name: 'every variable listed in .env.example (Express fixture)', fixture: 'js-good', summary: /All 4 variable\(s\) the code reads are documented in \.env\.example/ },
    { name: 'os.getenv and os.environ listed in .env.example (FastAPI fixture)', fixture: 'python-good', summary: /All 3 variable\(s\)/ },
    {
      name: 'a CLI without an HTTP server documents its variables in the README (portfolio-check itself)',
      files: {
        'package.json': JSON.stringify({ name: 'tool', bin: { tool: 'cli.js' } }),
        'cli.js': "const token = process.env.API_TOKEN;\nconst mirror = process.env.TOOL_MIRROR || '.cache';\n",
        'README.md': readme('Tool', '## Environment\n\n`API_TOKEN` reads private repositories; `TOOL_MIRROR` is where clones go.\n'),
      },
      summary: /All 2 variable\(s\) the code reads are documented in the README\./,
    },
    {
      name: 'a .env.sample spelling counts as the template',
      files: { 'package.json': EXPRESS, 'src/config.ts': CONFIG_TS, '.env.sample': 'DATABASE_URL=\nJWT_SECRET=\nPORT=3000\n' },
      summary: /\.env\.sample/,
    },
    {
      name: 'Go os.Getenv and LookupEnv',
      files: {
        'go.mod': 'module example.com/api\n\ngo 1.22\n',
        'main.go': 'package main\n\nimport "os"\n\nfunc main() {\n\t_ = os.Getenv("DATABASE_URL")\n\t_, _ = os.LookupEnv("REDIS_ADDR")\n}\n',
        '.env.example': 'DATABASE_URL=postgres://localhost/app\nREDIS_ADDR=localhost:6379\n',
      },
    },
    {
      name: 'Spring ${PLACEHOLDER} properties',
      files: {
        'pom.xml': '<project><modelVersion>4.0.0</modelVersion><artifactId>api</artifactId></project>\n',
        'src/main/java/com/example/App.java': 'package com.example;\n\npublic class App {}\n',
        'src/main/resources/application.yml': 'spring:\n  datasource:\n    url: ${DB_URL}\n    password: ${DB_PASSWORD:secret}\n',
        '.env.example': 'DB_URL=jdbc:postgresql://localhost:5432/app\nDB_PASSWORD=\n',
      },
    },
    { name: 'a template and no variables read in code', files: { 'app.py': 'print("hi")\n', '.env.example': 'DEBUG=1\n' }, summary: /\.env\.example present/ },
    { name: 'no variables read at all', outcome: 'not-applicable', files: { 'app.py': 'print("hi")\n' } },
    {
      name: 'reads in tests and test-runner configs do not count',
      outcome: 'not-applicable',
      files: {
        'package.json': EXPRESS,
        'src/app.ts': 'export const app = 1;\n',
        'test/app.test.ts': "it('reads', () => { process.env.TEST_DATABASE_URL; });\n",
        'vitest.config.ts': 'export default { test: { env: { X: process.env.VITEST_DB } } };\n',
      },
    },
    {
      name: 'platform variables (NODE_ENV, GITHUB_*) need no documentation',
      outcome: 'not-applicable',
      files: { 'package.json': EXPRESS, 'src/app.ts': "const prod = process.env.NODE_ENV === 'production';\nconst sha = process.env.GITHUB_SHA;\n" },
    },
  ],
  invalid: [
    {
      name: 'a compose block documents only the names the app asks for, not literal values or another image',
      files: { 'package.json': EXPRESS, 'src/config.ts': CONFIG_TS, 'compose.yaml': 'services:\n  api:\n    build: .\n    environment:\n      - PORT\n      - DATABASE_URL=postgres://db/app\n  db:\n    image: postgres\n    environment:\n      JWT_SECRET: ${JWT_SECRET}\n' },
      outcome: 'partial',
      findings: [{ message: /^DATABASE_URL is read/ }, { message: /^JWT_SECRET is read/ }],
    },
    {
      name: "a Laravel project's own env reads in its code still need documenting",
      files: {
        'composer.json': '{ "require": { "laravel/framework": "^11.0" } }\n',
        'config/app.php': "<?php\nreturn ['key' => env('APP_KEY'), 'url' => env('ASSET_URL')];\n",
        'config/services.php': "<?php\nreturn ['mailgun' => ['secret' => env('MAILGUN_SECRET')]];\n",
        'app/Http/Controllers/PayController.php': "<?php\n$key = env('STRIPE_SECRET');\n",
        'app/Services/Payments.php': "<?php\n$url = env('PAYMENTS_URL', 'https://sandbox.example');\n",
        '.env.example': 'APP_KEY=\nPAYMENTS_URL=\n',
      },
      outcome: 'partial',
      findings: [{ file: 'app/Http/Controllers/PayController.php', line: 2, message: /STRIPE_SECRET/ }],
    },
    {
      name: 'nothing documented and no template (weak Express fixture)',
      fixture: 'js-weak',
      outcome: 'fail',
      summary: /3 of 3 variable\(s\) the code reads are undocumented and there is no \.env\.example/,
      findings: [
        { file: 'index.js', line: 7, message: /^MONGO_URI is read here but not listed in an \.env\.example or the README\.$/ },
        { file: 'index.js', line: 13, message: /^PORT / },
        { file: 'routes.js', line: 3, message: /^API_KEY / },
      ],
    },
    {
      name: 'os.environ and os.environ.get undocumented (weak Flask fixture)',
      fixture: 'python-weak',
      outcome: 'fail',
      findings: [
        { file: 'app.py', line: 6, message: /^SECRET_KEY / },
        { file: 'app.py', line: 7, message: /^WEATHER_API_KEY / },
      ],
    },
    {
      name: 'a template missing variables; one with a default counts half',
      files: { 'package.json': EXPRESS, 'src/config.ts': CONFIG_TS, '.env.example': 'DATABASE_URL=postgres://user:pass@localhost/db\n' },
      outcome: 'partial',
      score: 1 / 2.5,
      findings: [
        { file: 'src/config.ts', line: 3, message: /^JWT_SECRET is read here but not listed in \.env\.example/ },
        { file: 'src/config.ts', line: 4, message: /^PORT / },
      ],
    },
    {
      name: 'variables documented in the README instead of a template earn a third (wizact/go-todo-api, muhammedkucukaslan/advanced-todo-api)',
      files: {
        'package.json': EXPRESS,
        'src/config.ts': CONFIG_TS,
        'README.md': readme('Shop API', '## Configuration\n\n| Variable | Meaning |\n|---|---|\n| `DATABASE_URL` | Postgres URL |\n| `JWT_SECRET` | signing key |\n| `PORT` | HTTP port |\n'),
      },
      outcome: 'partial',
      score: 1 / 3,
      summary: /3 of 3 are named only in the documentation, not in a template .* and there is no \.env\.example/,
      findings: [{ file: 'src/config.ts', line: 2, message: /^DATABASE_URL is read here and named only in the documentation, not in a template/ }, { message: /^JWT_SECRET / }, { message: /^PORT / }],
    },
    {
      name: 'beside a template, an optional variable named in the README is enough; a required one earns a third (w3tecch/express-typescript-boilerplate)',
      files: {
        'package.json': EXPRESS,
        'src/config.ts': CONFIG_TS,
        '.env.example': 'DATABASE_URL=\n',
        'README.md': readme('Shop API', '## Configuration\n\nSet `JWT_SECRET`; `PORT` defaults to 3000.\n'),
      },
      outcome: 'partial',
      score: (1 + 1 / 3 + 0.5) / 2.5,
      findings: [{ file: 'src/config.ts', line: 3, message: /^JWT_SECRET is read here and named only in the documentation/ }],
    },
    {
      name: "a dev container's .env is its runtime configuration, not a template (wizact/go-todo-api)",
      files: {
        'go.mod': 'module example.com/app\n\ngo 1.22\n',
        'config.go': 'package config\n\nimport "os"\n\nvar path = os.Getenv("TODOAPI_DBPATH")\n',
        '.devcontainer/.env': 'TODOAPI_DBPATH=/go/src/app/db/todo.db\n',
        '.devcontainer/docker-compose.yml': 'services:\n  app:\n    build: .\n    env_file:\n      - .env\n',
      },
      outcome: 'fail',
      findings: [{ file: 'config.go', line: 5, message: /^TODOAPI_DBPATH is read here but not listed in an \.env\.example or the README/ }],
    },
    {
      name: 'a committed .env documents its keys but is no template',
      files: { 'requirements.txt': 'flask\n', 'app.py': 'import os\n\nA = os.environ["API_TOKEN"]\nB = os.environ["DB_HOST"]\n', '.env': 'API_TOKEN=abc\n' },
      outcome: 'partial',
      score: 1 / 6,
      summary: /1 of 2 .* and there is no \.env\.example/,
      findings: [{ file: 'app.py', line: 3, message: /^API_TOKEN is read here and named only in the documentation or a committed \.env, not in a template/ }, { file: 'app.py', line: 4, message: /^DB_HOST / }],
    },
    {
      name: 'at most ten findings, then a count',
      files: {
        'app.py': `import os\n\n${Array.from({ length: 12 }, (_, i) => `V${i} = os.environ["SETTING_${String.fromCharCode(65 + i)}"]`).join('\n')}\n`,
      },
      outcome: 'fail',
      assert: (result) => {
        expect(result.findings).toHaveLength(11);
        expect(result.findings.filter((f) => /…and 2 more variable\(s\) without a template entry/.test(f.message))).toHaveLength(1);
      },
    },
  ],
});

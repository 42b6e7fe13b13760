/**
 * Calibration anchors: small projects built in temp dirs whose score must land in the reviewer's
 * band (REVIEWER-RUBRIC.md: weak < 45, mid 45–74, strong ≥ 75). Each ecosystem has a kit of parts
 * (the app, its tests, auth, data, logging); the anchors below compose the parts declaratively.
 */
import type { CommitSpec, FileMap } from '../helpers/repo.js';

export type Tier = 'weak' | 'mid' | 'strong';

/** The parts a project is made of, per ecosystem. Every part is a set of files. */
export interface Kit {
  ecosystem: string;
  /** Manifest and a small HTTP app with routes. */
  app: FileMap;
  /** Unit tests of the project's own code. */
  tests: FileMap;
  /** Tests that drive the HTTP layer. */
  apiTests: FileMap;
  /** Login with hashed passwords, a role check, validated input and a rate limit. */
  security: FileMap;
  /** A relational database with versioned migrations and seed data. */
  data: FileMap;
  /** A configured, leveled logger used by the app. */
  logging: FileMap;
  /** The commands a README and CI use. */
  commands: { install: string; run: string; test: string };
  /** Dockerfile lines after FROM (build and start). */
  docker: string[];
  /** The base image. */
  image: string;
}

export interface Anchor {
  name: string;
  tier: Tier;
  /** Inclusive score range when tighter than the tier (empty repository, README alone). */
  range?: [number, number];
  files: FileMap;
  commits: CommitSpec[];
}

const words = (n: number, topic: string) =>
  Array.from({ length: n }, (_, i) => ['This', 'service', 'keeps', 'track', 'of', topic, 'for', 'small', 'teams', 'and', 'their', 'work'][i % 12]).join(' ');

function readme(kit: Kit, sections: { setup?: boolean; architecture?: boolean; api?: boolean; testing?: boolean; tradeoffs?: boolean }): string {
  const parts = [`# Tasks API\n\n${words(120, 'tasks')}.\n`];
  if (sections.setup) parts.push(`## Getting started\n\n\`\`\`bash\ncp .env.example .env\n${kit.commands.install}\n${kit.commands.run}\n\`\`\`\n`);
  if (sections.architecture) {
    parts.push(
      '## Architecture\n\nRequests enter through the HTTP layer (routes and middleware), which validates input and calls the service layer. Services hold the business rules and call repositories; repositories are the only code that talks to PostgreSQL. Authentication happens in middleware before any handler runs, so handlers can trust the user on the request.\n',
    );
  }
  if (sections.api) parts.push('## API\n\n| Method | Path | Description |\n| --- | --- | --- |\n| POST | /auth/login | Log in and receive a token |\n| GET | /tasks | List your tasks |\n| POST | /tasks | Create a task |\n| GET | /tasks/{id} | Read one task |\n| DELETE | /tasks/{id} | Delete a task (admin) |\n');
  if (sections.testing) parts.push(`## Running tests\n\n\`\`\`bash\n${kit.commands.test}\n\`\`\`\n`);
  if (sections.tradeoffs) parts.push('## Design decisions\n\nI chose PostgreSQL over MongoDB because tasks and users are relational. The tradeoff: migrations must be written by hand. When the database is down, the health check fails and requests return 503 instead of hanging.\n');
  return parts.join('\n');
}

const MIT = `MIT License\n\nCopyright (c) 2024 Test Author\n\nPermission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:\n\nThe above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.\n\nTHE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.\n`;

function ci(kit: Kit): string {
  return `name: CI\non:\n  push:\n    branches: [main]\n  pull_request:\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ${kit.commands.install}\n      - run: ${kit.commands.test}\n  deploy:\n    needs: test\n    if: github.ref == 'refs/heads/main'\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: superfly/flyctl-actions/setup-flyctl@master\n      - run: flyctl deploy --remote-only\n`;
}

const COMPOSE = `services:\n  app:\n    build: .\n    ports:\n      - "8080:8080"\n    environment:\n      DATABASE_URL: postgres://app:app@db:5432/app\n      JWT_SECRET: \${JWT_SECRET}\n    depends_on:\n      - db\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: app\n      POSTGRES_DB: app\n`;

const OPENAPI = `openapi: 3.0.3\ninfo:\n  title: Tasks API\n  version: 1.0.0\npaths:\n  /tasks:\n    get:\n      summary: List tasks\n      responses:\n        '200':\n          description: The tasks\n  /auth/login:\n    post:\n      summary: Log in\n      responses:\n        '200':\n          description: A token\n`;

const dockerfile = (kit: Kit) => `FROM ${kit.image}\nWORKDIR /app\n${kit.docker.join('\n')}\n`;

/** Descriptive commits that build the project step by step (good history). */
function goodHistory(files: FileMap): CommitSpec[] {
  const paths = Object.keys(files).sort();
  const messages = [
    'Scaffold the project with its manifest',
    'Add the task routes and the HTTP server',
    'Validate task input and return 400 on bad requests',
    'Store tasks in PostgreSQL through a repository',
    'Add the first migration for users and tasks',
    'Hash passwords and add the login endpoint',
    'Check the task owner before deleting',
    'Write tests for the task service',
    'Test the endpoints over HTTP',
    'Run the tests in CI on every push',
    'Containerise the app and start it with compose',
    'Document setup, architecture and the API',
  ];
  const chunk = Math.ceil(paths.length / messages.length);
  return messages
    .map((message, i) => ({ message, files: Object.fromEntries(paths.slice(i * chunk, (i + 1) * chunk).map((p) => [p, files[p]!])) }))
    .filter((c) => Object.keys(c.files).length > 0);
}

/** A beginner's history: few commits, vague messages, everything at once. */
function weakHistory(files: FileMap): CommitSpec[] {
  return [
    { message: 'first commit', files },
    { message: 'update', files: { 'notes.txt': 'todo\n' } },
    { message: 'final', files: { 'notes.txt': 'done\n' } },
  ];
}

export function anchorsFor(kit: Kit): Anchor[] {
  const weakFiles: FileMap = {
    ...kit.app,
    'README.md': `# tasks\n\nmy project\n`,
  };
  const midFiles: FileMap = {
    ...kit.app,
    ...kit.tests,
    ...kit.data,
    'README.md': readme(kit, { setup: true, testing: true }),
    'LICENSE': MIT,
    'Dockerfile': dockerfile(kit),
    'compose.yaml': COMPOSE,
    '.github/workflows/ci.yml': ci(kit).replace(/\n {2}deploy:[\s\S]*$/, '\n'),
    '.env.example': 'DATABASE_URL=postgres://app:app@localhost:5432/app\nJWT_SECRET=change-me\n',
    '.gitignore': '.env\nnode_modules/\n__pycache__/\nbin/\nobj/\nvendor/\ntarget/\n',
  };
  const strongFiles: FileMap = {
    ...midFiles,
    ...kit.apiTests,
    ...kit.security,
    ...kit.logging,
    'README.md': readme(kit, { setup: true, architecture: true, api: true, testing: true, tradeoffs: true }),
    '.github/workflows/ci.yml': ci(kit),
    'fly.toml': 'app = "tasks-api"\nprimary_region = "ams"\n\n[http_service]\n  internal_port = 8080\n',
    'docs/openapi.yaml': OPENAPI,
  };
  return [
    { name: `${kit.ecosystem}: a beginner's first API`, tier: 'weak', files: weakFiles, commits: weakHistory(weakFiles) },
    { name: `${kit.ecosystem}: tested, containerised, with a database`, tier: 'mid', files: midFiles, commits: goodHistory(midFiles) },
    { name: `${kit.ecosystem}: secured, documented, deployed`, tier: 'strong', files: strongFiles, commits: goodHistory(strongFiles) },
  ];
}

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { buildRepo, git, makeTempDir, removeDir, type RepoSpec } from '../helpers/repo.js';

/**
 * A local cohort served like GitHub (`GITHUB_SERVER_URL=file://<served>`): bare repositories at
 * <served>/<owner>/<repo>.git that allow partial clones, built from a few templates of every tier
 * in several ecosystems, plus broken ones (an empty repository, an oversized file, invalid
 * manifests). No network is involved.
 */
export interface LocalCohort {
  served: string;
  serverUrl: string;
  /** Every `github:owner/repo` that exists (the empty one included). */
  targets: string[];
  cleanup: () => void;
}

const commits = (n: number, message: (i: number) => string, file: (i: number) => string): RepoSpec['commits'] =>
  Array.from({ length: n }, (_, i) => ({ message: message(i), files: { [file(i)]: `// change ${i}\nexport const v${i} = ${i};\n` } }));

/** Templates by tier and ecosystem; each is copied under several student names. */
export const TEMPLATES: Record<string, RepoSpec> = {
  'js-weak': {
    git: true,
    files: {
      'package.json': '{"name":"notes","scripts":{"start":"node index.js","test":"echo \\"Error: no test specified\\" && exit 1"},"dependencies":{"express":"^4.21.0"}}\n',
      'index.js': "const express = require('express');\nconst app = express();\napp.get('/notes', (req, res) => res.json([]));\napp.listen(3000);\n",
      'README.md': '# notes\n',
    },
    commits: [{ message: 'update', files: { 'index.js': "const express = require('express');\nconst app = express();\napp.get('/notes', (req, res) => res.json([]));\napp.listen(process.env.PORT || 3000);\n" } }],
  },
  'js-mid': {
    git: true,
    files: {
      'package.json': '{"name":"tasks","scripts":{"start":"node src/server.js","test":"jest"},"dependencies":{"express":"^4.21.0","pg":"^8.11.0","jsonwebtoken":"^9.0.0","bcrypt":"^5.1.0","zod":"^3.23.0"},"devDependencies":{"jest":"^29.7.0","supertest":"^7.0.0"}}\n',
      'src/server.js': "const express = require('express');\nconst app = express();\napp.use(express.json());\napp.get('/tasks', (req, res) => res.json([]));\nmodule.exports = app;\nif (require.main === module) app.listen(process.env.PORT || 3000);\n",
      'src/auth.js': "const bcrypt = require('bcrypt');\nconst jwt = require('jsonwebtoken');\nexports.hash = (p) => bcrypt.hash(p, 12);\nexports.sign = (u) => jwt.sign({ id: u.id }, process.env.JWT_SECRET);\n",
      'test/tasks.test.js': "const request = require('supertest');\nconst app = require('../src/server');\ntest('lists tasks', async () => {\n  const res = await request(app).get('/tasks');\n  expect(res.status).toBe(200);\n});\n",
      '.env.example': 'DATABASE_URL=postgres://localhost/tasks\nJWT_SECRET=\n',
      '.gitignore': 'node_modules\n.env\n',
      'Dockerfile': 'FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nUSER node\nEXPOSE 3000\nCMD ["node", "src/server.js"]\n',
      'README.md': '# Tasks API\n\n## Setup\n\n```bash\nnpm ci\ncp .env.example .env\nnpm start\n```\n\n## Testing\n\n```bash\nnpm test\n```\n\n## API\n\n| Method | Path |\n|---|---|\n| GET | /tasks |\n',
    },
    commits: commits(12, (i) => `Add the task ${['listing', 'filter', 'sorting', 'paging', 'search', 'labels', 'due dates', 'owners', 'archive', 'export', 'import', 'stats'][i]}`, (i) => `src/feature-${i}.js`),
  },
  'py-weak': {
    git: true,
    files: { 'app.py': 'from flask import Flask\napp = Flask(__name__)\n\n@app.route("/")\ndef index():\n    return "hi"\n', 'requirements.txt': 'flask\n' },
  },
  'py-mid': {
    git: true,
    files: {
      'requirements.txt': 'fastapi==0.115.0\nuvicorn==0.30.0\nsqlalchemy==2.0.30\nalembic==1.13.0\npytest==8.2.0\nhttpx==0.27.0\n',
      'app/main.py': 'from fastapi import FastAPI\napp = FastAPI()\n\n@app.get("/items")\ndef items():\n    return []\n',
      'tests/test_items.py': 'from fastapi.testclient import TestClient\nfrom app.main import app\n\ndef test_items():\n    assert TestClient(app).get("/items").status_code == 200\n',
      'alembic/versions/0001_init.py': 'def upgrade():\n    pass\n',
      'README.md': '# Items\n\n## Setup\n\n```bash\npip install -r requirements.txt\nuvicorn app.main:app\n```\n',
      '.github/workflows/ci.yml': 'name: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: pip install -r requirements.txt\n      - run: pytest\n',
    },
    commits: commits(11, (i) => `Add item endpoint part ${i + 1}`, (i) => `app/part_${i}.py`),
  },
  'go-mid': {
    git: true,
    files: {
      'go.mod': 'module example.com/todo\n\ngo 1.22\n\nrequire github.com/gin-gonic/gin v1.10.0\n',
      'main.go': 'package main\n\nimport "github.com/gin-gonic/gin"\n\nfunc main() {\n\tr := gin.Default()\n\tr.GET("/todos", func(c *gin.Context) { c.JSON(200, []string{}) })\n\tr.Run()\n}\n',
      'main_test.go': 'package main\n\nimport "testing"\n\nfunc TestTodos(t *testing.T) {\n\tif 1+1 != 2 {\n\t\tt.Fatal("math")\n\t}\n}\n',
      'README.md': '# Todo\n\n## Run\n\n```bash\ngo run .\n```\n',
    },
    commits: commits(10, (i) => `Add todo handler ${i + 1}`, (i) => `handler_${i}.go`),
  },
  'invalid-manifest': {
    git: true,
    files: { 'package.json': '{ "name": "broken", "scripts": { "test": "jest" ', 'index.js': 'module.exports = 1;\n', 'README.md': '# Broken\n' },
  },
  'student-config': {
    // A student's own config that switches everything off: never used in a cohort.
    git: true,
    files: {
      'portfolio-check.config.json': '{ "rules": { "readme-present": "off", "tests-present": "off", "license-present": "off" } }\n',
      'index.js': 'module.exports = 1;\n',
    },
  },
  'huge-file': {
    git: true,
    files: { 'README.md': '# Data\n', 'data/blob.bin': Buffer.alloc(3 * 1024 * 1024, 7) },
  },
};

/** Builds the served cohort: `copies` student repositories per template, plus an empty one. */
export function buildLocalCohort(copies: Record<string, number>): LocalCohort {
  const served = makeTempDir('pc-cohort-served-');
  const work = makeTempDir('pc-cohort-work-');
  const targets: string[] = [];
  for (const [template, count] of Object.entries(copies)) {
    const source = path.join(work, template);
    mkdirSync(source);
    buildRepo(source, TEMPLATES[template]!);
    for (let i = 1; i <= count; i++) {
      const name = `${template}-student${String(i).padStart(2, '0')}`;
      const bare = path.join(served, 'classroom', `${name}.git`);
      git(work, ['clone', '-q', '--bare', source, bare]);
      git(bare, ['config', 'uploadpack.allowFilter', 'true']);
      git(bare, ['config', 'uploadpack.allowAnySHA1InWant', 'true']);
      targets.push(`github:classroom/${name}`);
    }
  }
  const empty = path.join(served, 'classroom', 'empty-student.git');
  git(work, ['init', '-q', '--bare', empty]);
  targets.push('github:classroom/empty-student');
  removeDir(work);
  return { served, serverUrl: `file://${served}`, targets, cleanup: () => removeDir(served) };
}

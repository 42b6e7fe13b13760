import { expect } from 'vitest';
import rule from '../../rules/no-committed-secrets.js';
import { ruleTester } from '../helpers/rule-tester.js';

// Token-shaped values are assembled at runtime so no scanner mistakes this file for a leak.
const GITHUB_TOKEN = ['ghp', 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'].join('_');
const AWS_KEY = `AKIA${'Q7ZL5MXW2KD4RT6Y'}`;
const PEM = ['-----BEGIN RSA', 'PRIVATE KEY-----'].join(' ');
const DB_PASSWORD = 'Xk2pR9vLqW';

ruleTester(rule, {
  valid: [
    {
      name: 'secrets read from the environment, placeholders and local dev URLs',
      git: true,
      files: {
        'src/config.js': "module.exports = { jwt: process.env.JWT_SECRET, db: 'postgres://postgres:postgres@localhost:5432/app' };\n",
        'docker-compose.yml': 'services:\n  api:\n    environment:\n      DATABASE_URL: postgres://app:app@db:5432/app\n',
        'app/settings.py': 'SECRET_KEY = os.environ["SECRET_KEY"]\n',
      },
      summary: /newest 400 commits/,
    },
    {
      name: 'a local default for a non-signing secret is not a leak (synthetic benchmark pattern)',
      git: true,
      files: { 'app/hooks.py': 'WEBHOOK_SECRET = os.environ.get("WEBHOOK_SECRET", "whsec_local")\n' },
    },
    { name: "documentation sources may show a literal key (FastAPI's docs_src)", git: true, files: { 'docs_src/security/tutorial004.py': 'SECRET_KEY = "09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7"\n' } },
    {
      name: "a dev default ending in ';' in a deleted .env is a placeholder",
      commits: [{ message: 'Add env', files: { '.env': 'DB_PASSWORD=postgres;\n' } }, { message: 'Stop tracking env', files: { '.env': null } }],
    },
    {
      name: 'a value that names its purpose (access_secret) in a deleted .env is a label, not a key (tivt2/todo-api-express)',
      commits: [{ message: 'Add env', files: { '.env': "JWT_ACCESS_SECRET='access_secret'\nJWT_REFRESH_SECRET=jwt-refresh-token-key\n" } }, { message: 'Stop tracking env', files: { '.env': null } }],
    },
    { name: 'a scanner listing its own patterns is not a secret', git: true, files: { 'src/patterns.ts': "const HINTS = ['jwt.sign(', 'jwt.encode(', 'JWT.encode'];\n" } },
    { name: 'test fixtures may hold fake keys', git: true, files: { 'test/fixtures/key.pem': `${PEM}\nMIIE\n` } },
    { name: 'without git, only the tree is read', files: { 'index.js': 'module.exports = 1;\n' }, summary: /no git history/ },
  ],
  invalid: [
    {
      name: 'a GitHub token in the tree, with the commit that added it',
      git: true,
      files: { 'scripts/deploy.sh': `curl -H "Authorization: token ${GITHUB_TOKEN}" https://api.github.com\n` },
      outcome: 'fail',
      findings: [{ file: 'scripts/deploy.sh', line: 1, message: /^A GitHub token \(gh\*+R8\)\.$/ }],
      assert: (result) => {
        expect(result.findings[0]!.commit).toMatch(/^[0-9a-f]{7}$/);
        expect(JSON.stringify(result)).not.toContain(GITHUB_TOKEN);
      },
    },
    {
      name: 'a hard-coded JWT secret and a production database password',
      git: true,
      files: {
        'src/auth.js': "const jwt = require('jsonwebtoken');\nexports.sign = (p) => jwt.sign(p, 'my-super-signing-key-2024');\nconst key = process.env.JWT_SECRET || 'fallback-signing-key';\n",
        'src/db.py': `engine = create_engine("postgresql://app:${DB_PASSWORD}@db.prod.acme-shop.io:5432/shop")\n`,
      },
      outcome: 'fail',
      findings: [
        { file: 'src/auth.js', line: 2, message: /hard-coded JWT/ },
        { file: 'src/auth.js', line: 3, message: /hard-coded JWT/ },
        { file: 'src/db.py', line: 1, message: /database URL with a password/ },
      ],
      assert: (result) => expect(JSON.stringify(result)).not.toContain(DB_PASSWORD),
    },
    {
      name: 'a key committed and deleted later is still in the history',
      commits: [
        { message: 'Add the storage client', files: { 'src/storage.js': `const key = '${AWS_KEY}';\n` } },
        { message: 'Read the key from the environment', files: { 'src/storage.js': 'const key = process.env.AWS_ACCESS_KEY_ID;\n' } },
      ],
      outcome: 'fail',
      findings: [{ file: 'src/storage.js', line: 1, message: /later removed; it is still in the history/ }],
      assert: (result) => expect(JSON.stringify(result)).not.toContain(AWS_KEY),
    },
    {
      name: 'a .env deleted from git still leaks through the history',
      commits: [
        { message: 'Add configuration', files: { '.env': `STRIPE_SECRET=${'Zq8'.repeat(6)}\n` } },
        { message: 'Stop tracking the env file', files: { '.env': null, '.gitignore': '.env\n' } },
      ],
      outcome: 'fail',
      findings: [{ file: '.env', line: 1, message: /env file .* still in the history/ }],
    },
  ],
});

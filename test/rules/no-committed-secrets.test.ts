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
    {
      name: 'a constant that names a claim (CLAIM_SECRET = "tokenSecret", TKSpectro/go-todo-api) is not a key',
      git: true,
      files: { 'pkg/jwt/jwt.go': 'const (\n\tCLAIM_ACCOUNT_ID = "accountID"\n\tCLAIM_SECRET = "tokenSecret"\n)\n' },
    },
    {
      name: 'passwords of throwaway service containers, ERB and env lookups in configuration are not leaks',
      git: true,
      files: {
        'docker-compose.yml': 'services:\n  db:\n    environment:\n      MYSQL_PASSWORD: Xk2pR9vLqW\n',
        '.github/workflows/ci.yml': 'services:\n  postgres:\n    env:\n      POSTGRES_PASSWORD: Xk2pR9vLqW\n',
        'config/database.yml': "production:\n  password: <%= ENV['DATABASE_PASSWORD'] %>\n",
        'src/main/resources/application.properties': 'spring.datasource.password=${DB_PASSWORD}\n',
        'config/app.yml': 'jwt_secret: ${JWT_SECRET:change-me-in-production}\n',
      },
    },
    {
      name: 'request examples in generated API docs are not configuration (Scribe)',
      git: true,
      files: { '.scribe/endpoints/00.yaml': 'bodyParameters:\n  password:\n    example: Xk2pR9vLqW\npassword: Xk2pR9vLqW\n' },
    },
  ],
  invalid: [
    {
      name: 'a guessable default signing key costs a quarter of the deduction (Kota-35/todo-api-go, abdessamadelhamdany/express-js-blog-api)',
      git: true,
      files: {
        'internal/bootstrap/deps.go': 'if jwtSecret == "" {\n\tjwtSecret = "default-secret-key"\n}\n',
        'src/config/jwtConfig.ts': "export const secret = process.env.JWT_SECRET || 'jwt-secret';\n",
      },
      outcome: 'partial',
      score: 0.75,
      summary: /guessable signing key.*no credential that looks real/,
      findings: [
        { file: 'internal/bootstrap/deps.go', line: 2, message: /^A guessable hard-coded signing key/ },
        { file: 'src/config/jwtConfig.ts', line: 1, message: /^A guessable hard-coded signing key/ },
      ],
    },
    {
      name: 'a generated-looking key is a real leak: Go and Java constants, literals joined with +',
      git: true,
      files: {
        'pkg/service/auth.go': 'const (\n\tsigningKey = "qrkjk#4#%35FSFJlja#4353KSFjH"\n)\n',
        'src/main/java/app/JwtUtil.java': 'class JwtUtil {\n  private static final String SECRET = "h7Gk2LpQ9vXz" + "Rm4Tn8Wc1Yb6";\n}\n',
      },
      outcome: 'fail',
      findings: [
        { file: 'pkg/service/auth.go', line: 2, message: /^A hard-coded JWT\/session secret \(qr\*+jH\)/ },
        { file: 'src/main/java/app/JwtUtil.java', line: 2, message: /^A hard-coded JWT\/session secret \(h7\*+b6\)/ },
      ],
      assert: (result) => expect(JSON.stringify(result)).not.toContain('Rm4Tn8Wc1Yb6'),
    },
    {
      name: "a Django SECRET_KEY with parentheses, jwt_signing_key in YAML, a Spring ${APP_SECRET:…} fallback",
      git: true,
      files: {
        'app/settings.py': "SECRET_KEY = 'django-insecure-k3(x)9a!b@c#d$e%f^g&h*i(j)k_l+m=n'\n",
        'config/app.yml': 'jwt_signing_key: "Zx8Kq2Lm9Pw4Rt7Yv3Nb6Hc1"\n',
        'src/main/resources/application.yml': 'app:\n  secret: ${APP_SECRET:Zx8Kq2Lm9Pw4Rt7Yv3Nb6Hc1Qa5}\n',
      },
      outcome: 'fail',
      findings: [
        { file: 'app/settings.py', line: 1, message: /hard-coded JWT/ },
        { file: 'config/app.yml', line: 1, message: /hard-coded JWT/ },
        { file: 'src/main/resources/application.yml', line: 2, message: /hard-coded JWT/ },
      ],
    },
    {
      name: 'database passwords in application.properties, database.yml, config.json, appsettings, config/*.js, Django and PHP',
      git: true,
      files: {
        'src/main/resources/application.properties': `spring.datasource.password=${DB_PASSWORD}\n`,
        'config/database.yml': `development:\n  adapter: mysql2\n  password: ${DB_PASSWORD}\n`,
        'db/config/config.json': `{ "development": { "username": "app", "password": "${DB_PASSWORD}" } }\n`,
        'appsettings.Development.json': `{ "ConnectionStrings": { "Default": "Host=localhost;Database=app;Username=app;Password=${DB_PASSWORD}" } }\n`,
        'config/db.config.js': 'module.exports = { HOST: "localhost", USER: "root", PASSWORD: "123456", DB: "app" };\n',
        'app/settings.py': `DATABASES = {\n    'default': {\n        'PASSWORD': '${DB_PASSWORD}',\n    }\n}\n`,
        'hngx/config.php': `<?php\n$DBhost = "db4free.net";\n$DBpassword = "${DB_PASSWORD}";\n`,
      },
      outcome: 'fail',
      findings: [
        { file: 'app/settings.py', line: 3, message: /^A database password/ },
        { file: 'appsettings.Development.json', line: 1, message: /^A database password/ },
        { file: 'config/database.yml', line: 3, message: /^A database password/ },
        { file: 'config/db.config.js', line: 1, message: /^A database password/ },
        { file: 'db/config/config.json', line: 1, message: /^A database password/ },
        { file: 'hngx/config.php', line: 3, message: /^A database password/ },
        { file: 'src/main/resources/application.properties', line: 1, message: /^A database password/ },
      ],
      assert: (result) => expect(JSON.stringify(result)).not.toContain(DB_PASSWORD),
    },
    {
      name: 'private keys in a CI-only env file and in a database dump; a CodeClimate reporter id in CI',
      git: true,
      files: {
        '.env.ci': `DEPLOY_KEY="${PEM}"\n`,
        'db/dump.sql': `INSERT INTO settings VALUES ('signing', '${PEM}');\n`,
        '.travis.yml': `env:\n  global:\n    - CC_TEST_REPORTER_ID=${'5acc45b5f48d4ca2'.repeat(4)}\n`,
      },
      outcome: 'fail',
      findings: [
        { file: '.env.ci', line: 1, message: /^A private key \(/ },
        { file: '.travis.yml', line: 3, message: /^An API token/ },
        { file: 'db/dump.sql', line: 1, message: /^A private key \(/ },
      ],
    },
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
        { file: 'src/auth.js', line: 2, message: /guessable hard-coded signing key/ },
        { file: 'src/auth.js', line: 3, message: /guessable hard-coded signing key/ },
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

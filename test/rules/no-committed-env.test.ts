import { expect } from 'vitest';
import rule from '../../rules/no-committed-env.js';
import { ruleTester } from '../helpers/rule-tester.js';

// Token-shaped values are assembled at runtime so no scanner mistakes this file for a leak.
const STRIPE_LIVE = ['sk', 'live', '51HxQ2cKj8Zr4TnW9vYpLm3s'].join('_');
const AWS_KEY = `AKIA${'IOSFODNN7EXAMPLE'}`;
const JWT_VALUE = '9f8e7d6c5b4a39281706f5e4d3c2b1a0';
const REAL_ENV = [
  'PORT=3000',
  'DATABASE_URL=postgres://app:Xk2#pR9vLq@db.prod.example.com:5432/shop',
  `JWT_SECRET=${JWT_VALUE}`,
  `STRIPE_KEY=${STRIPE_LIVE}`,
  '',
].join('\n');
const PLACEHOLDER_ENV = 'PORT=3000\nDATABASE_URL=postgres://postgres:postgres@db:5432/app\nJWT_SECRET=change-me\nAPI_KEY=your_api_key_here\n';
const SYMFONY_COMPOSER = '{ "require": { "symfony/framework-bundle": "7.1.*" } }\n';
const SYMFONY_ENV = '###> symfony/framework-bundle ###\nAPP_ENV=dev\nAPP_SECRET=2ca64f8d83b9e89f5f19d672841d6bb8\n###< symfony/framework-bundle ###\nDATABASE_URL="postgresql://app:!ChangeMe!@127.0.0.1:5432/app?serverVersion=16"\n';

ruleTester(rule, {
  valid: [
    { name: 'no .env at all (Express fixture)', fixture: 'js-good' },
    { name: 'no .env at all (FastAPI fixture)', fixture: 'python-good' },
    {
      name: 'a gitignored, untracked .env with real secrets',
      git: true,
      files: { '.gitignore': 'node_modules/\n.env\n', '.env': REAL_ENV, '.env.example': PLACEHOLDER_ENV, 'index.js': 'require("dotenv").config();\n' },
      summary: /No \.env file is tracked by git/,
    },
    {
      name: 'without git, a .env covered by .gitignore',
      files: { '.gitignore': '.env*\n!.env.example\n', '.env': REAL_ENV, '.env.example': PLACEHOLDER_ENV },
      summary: /No \.env file outside \.gitignore/,
    },
    { name: 'only a committed .env.example with placeholders', git: true, files: { '.env.example': PLACEHOLDER_ENV, '.env.test.example': 'DB=x\n' } },
    {
      name: "Symfony's committed .env with non-secret defaults",
      git: true,
      files: { 'composer.json': SYMFONY_COMPOSER, '.env': SYMFONY_ENV },
      summary: /Symfony/,
    },
    {
      name: 'a test suite\'s env file with fake values (hackathon-starter test/.env.test)',
      git: true,
      files: { 'test/.env.test': 'SESSION_SECRET=test_session_secret\nSMTP_PASSWORD=test_smtp_password\nBASE_URL=http://localhost:8080\n' },
      summary: /^Only test\/\.env\.test, with test values\.$/,
    },
    {
      name: "a test env file's vendor-shaped fakes and the template's own demo key are no leak (hackathon-starter test/.env.test)",
      git: true,
      files: {
        'test/.env.test': `HUGGINGFACE_KEY=hf_${'x'.repeat(39)}\nOPENAI_API_KEY=sk-${'x'.repeat(44)}\nSTRIPE_SKEY=sk_test_testkey1234567890\nLASTFM_KEY=c8c0ea1c4a6b199b3429722512fbd17f # matching .env.example\n`,
        '.env.example': 'LASTFM_KEY=c8c0ea1c4a6b199b3429722512fbd17f\n',
      },
      summary: /^Only test\/\.env\.test, with test values\.$/,
    },
  ],
  invalid: [
    {
      name: "vendors' published test keys are not leaks (Google's reCAPTCHA test pair in human-essentials)",
      git: true,
      files: {
        '.devcontainer/.env.codespaces': 'RECAPTCHA_SITE_KEY=6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI\nRECAPTCHA_PRIVATE_KEY=6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe\n',
        '.env.example': 'STRIPE_SKEY=sk_test_BQokikJOvBiI2HlWgH4olfQ2\n',
      },
      outcome: 'partial',
      findings: [{ file: '.devcontainer/.env.codespaces', message: /no secret-looking values/ }],
    },
    {
      name: 'a real token pasted into .env.example',
      git: true,
      files: { '.env.example': 'PORT=3000\nGITHUB_TOKEN=ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8\n' },
      outcome: 'fail',
      findings: [{ file: '.env.example', line: 2, message: /^GITHUB_TOKEN in the template holds a real token \(gh\*+R8\)\.$/ }],
    },
    {
      name: 'a tracked .env with real-looking secrets',
      git: true,
      files: { '.env': REAL_ENV },
      outcome: 'fail',
      summary: /^3 secret-looking value\(s\) in committed env file\(s\)\.$/,
      findings: [
        { file: '.env', line: 2, message: /^DATABASE_URL has a real-looking value \(.+\) in a committed file\.$/ },
        { file: '.env', line: 3, message: /^JWT_SECRET / },
        { file: '.env', line: 4, message: /^STRIPE_KEY / },
      ],
      assert: (result) => {
        const text = JSON.stringify(result);
        for (const secret of [JWT_VALUE, STRIPE_LIVE, 'Xk2#pR9vLq']) expect(text).not.toContain(secret);
      },
    },
    {
      name: 'a tracked .env with placeholders and dev defaults only',
      git: true,
      files: { '.env': PLACEHOLDER_ENV },
      outcome: 'partial',
      score: 0.6,
      findings: [{ file: '.env', line: 1, message: /^\.env is committed; it holds no secret-looking values yet\.$/ }],
    },
    {
      name: 'tracked before .gitignore listed it: ignoring does not untrack',
      commits: [
        { message: 'Add configuration', files: { '.env': `AWS_ACCESS_KEY_ID=${AWS_KEY}\n` } },
        { message: 'Ignore local env files', files: { '.gitignore': '.env\n' } },
      ],
      outcome: 'fail',
      findings: [{ file: '.env', line: 1, message: /^AWS_ACCESS_KEY_ID / }],
    },
    {
      name: 'nested and per-environment env files',
      git: true,
      files: { 'backend/.env': `SECRET_KEY=${JWT_VALUE}\n`, '.env.production': 'NODE_ENV=production\n' },
      outcome: 'fail',
      findings: [{ file: '.env.production', line: 1, message: /holds no secret-looking values/ }, { file: 'backend/.env', line: 1, message: /^SECRET_KEY / }],
    },
    {
      name: 'Symfony .env with a real token still fails',
      git: true,
      files: { 'composer.json': SYMFONY_COMPOSER, '.env': `${SYMFONY_ENV}MAILER_KEY=${STRIPE_LIVE}\n` },
      outcome: 'fail',
      findings: [{ file: '.env', line: 6, message: /^MAILER_KEY / }],
    },
    {
      name: "Symfony's .env.local is never a defaults file",
      git: true,
      files: { 'composer.json': SYMFONY_COMPOSER, '.env.local': `APP_SECRET=${JWT_VALUE}\n` },
      outcome: 'fail',
      findings: [{ file: '.env.local', line: 1 }],
    },
    {
      name: 'without git, a .env no .gitignore covers',
      files: { '.env': 'DEBUG=true\n' },
      outcome: 'partial',
      findings: [{ file: '.env', line: 1, message: /\(not ignored\)/ }],
    },
  ],
});

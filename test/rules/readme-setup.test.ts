import rule from '../../rules/readme-setup.js';
import { ruleTester } from '../helpers/rule-tester.js';

const fence = (lang: string, ...lines: string[]) => ['```' + lang, ...lines, '```'].join('\n');
const NPM = fence('bash', 'npm install', 'npm start');

ruleTester(rule, {
  valid: [
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

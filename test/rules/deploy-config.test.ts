import rule from '../../rules/deploy-config.js';
import { ruleTester } from '../helpers/rule-tester.js';

const flyWorkflow = 'on:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: superfly/flyctl-actions/setup-flyctl@master\n      - run: flyctl deploy --remote-only\n';

ruleTester(rule, {
  valid: [
    {
      name: 'a Bitbucket pipeline that pushes to Heroku over HTTPS (it-coral/rails-rest-api)',
      files: { 'bitbucket-pipelines.yml': 'pipelines:\n  default:\n    - step:\n        script:\n          - git push https://heroku:$HEROKU_API_KEY@git.heroku.com/$HEROKU_APP_NAME.git HEAD\n', 'README.md': '# Api\n\nLive at https://rails-rest-api.herokuapp.com\n' },
    },
    { name: 'fly.toml and a live URL', files: { 'fly.toml': 'app = "notes"\n', 'README.md': '# Notes\n\nLive: https://notes.fly.dev/docs\n' }, summary: /^Fly\.io \(fly\.toml\), a live URL at README\.md:3\.$/ },
    { name: 'render.yaml and a CD workflow', files: { 'render.yaml': 'services: []\n', '.github/workflows/deploy.yml': flyWorkflow } },
    {
      name: 'a deploy job that runs docker compose on the server, and a Procfile',
      files: { Procfile: 'web: uvicorn app.main:app\n', '.github/workflows/deploy-production.yml': 'on:\n  release:\n    types: [published]\njobs:\n  deploy:\n    runs-on: self-hosted\n    steps:\n      - run: docker compose -f compose.yml up -d\n' },
      summary: /deploy step at \.github\/workflows\/deploy-production\.yml:8/,
    },
    { name: 'Kubernetes manifests and a demo link', files: { 'k8s/app.yml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n', 'README.md': '# Api\n\n[Demo](https://api-xyz.onrender.com)\n' } },
  ],
  invalid: [
    { name: 'a labelled live link on a custom domain (AyushShende25/blog-api)', files: { 'README.md': '# Inkspire\n\n**Live links**: [inkspire.fullstackprojects.dev](https://inkspire.fullstackprojects.dev) [api](https://api.inkspire.fullstackprojects.dev)\n', 'compose-vps.yaml': 'services:\n  api:\n    build: .\n' }, outcome: 'partial', score: 0.7 },
    { name: "the author's portfolio on vercel.app is not this API's deployment (Paulo-Mikhael/blog-api)", files: { 'README.md': '# Blog API\n\nTalvez você queira ver meu portfólio: https://portifolio-react-three.vercel.app/\n' }, outcome: 'fail' },
    { name: 'nothing deployable', files: { 'README.md': '# Notes\n' }, outcome: 'fail' },
    { name: 'a Procfile only', files: { Procfile: 'web: gunicorn app:app\n' }, outcome: 'partial', score: 0.8, findings: [{ message: /links no live URL/ }] },
    { name: 'a live URL only', files: { 'README.md': '# Notes\n\nhttps://notes-api.up.railway.app\n' }, outcome: 'partial', score: 0.7, findings: [{ file: 'README.md', line: 3 }] },
    { name: 'a badge on workers.dev is not a demo', files: { 'README.md': '# Notes\n\n[![cov](https://badge.example.workers.dev/cov.svg)](https://coverage-badge.x.workers.dev/redirect)\n' }, outcome: 'fail' },
    { name: 'a docs-site deploy is not the app', files: { '.github/workflows/docs.yml': flyWorkflow.replace('deploy:', 'publish:') }, outcome: 'fail' },
    { name: "Expo's app.json is not a Heroku manifest", files: { 'app.json': '{ "expo": { "name": "notes" } }\n' }, outcome: 'fail' },
    { name: "Heroku's app.json", files: { 'app.json': '{ "name": "notes", "buildpacks": [{ "url": "heroku/nodejs" }] }\n' }, outcome: 'partial', score: 0.8 },
    { name: "the Rails generator's Kamal config", files: { 'config/deploy.yml': 'service: app\nimage: app\nservers:\n  web:\n    - 192.168.0.1\n' }, outcome: 'partial', score: 0.3 },
  ],
});

import rule from '../../rules/manifests-valid.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { packageJson } from '../helpers/snippets.js';

const BROKEN_PACKAGE_JSON = '{\n  "name": "api",\n  "scripts": {\n    "test": "jest",\n  }\n}\n'; // trailing comma, line 4-5
const BROKEN_PYPROJECT = '[project]\nname = "api"\ndependencies = [\n  "fastapi",\n  "uvicorn"\n\n[tool.pytest]\n';
const BROKEN_POM = '<project>\n  <modelVersion>4.0.0</modelVersion>\n  <dependencies>\n    <dependency>\n  </dependencies>\n</project>\n';

ruleTester(rule, {
  valid: [
    { name: 'package.json (Express fixture)', fixture: 'js-good', summary: /^1 manifest\(s\) parse\.$/ },
    { name: 'pyproject.toml (FastAPI fixture)', fixture: 'python-good' },
    { name: 'requirements.txt (weak Flask fixture)', fixture: 'python-weak' },
    {
      name: 'several ecosystems side by side',
      files: {
        'package.json': packageJson(),
        'backend/go.mod': 'module example.com/api\n\ngo 1.22\n',
        'backend/composer.json': '{ "require": { "laravel/framework": "^11.0" } }\n',
      },
      summary: /^3 manifest\(s\) parse\.$/,
    },
    { name: 'no manifest at all', outcome: 'not-applicable', files: { 'main.py': 'print("hi")\n' } },
    { name: 'a broken manifest inside examples/ is not the project', outcome: 'not-applicable', files: { 'examples/demo/package.json': '{ nope' } },
  ],
  invalid: [
    {
      name: 'package.json with a trailing comma',
      files: { 'package.json': BROKEN_PACKAGE_JSON },
      outcome: 'fail',
      findings: [{ file: 'package.json', line: 5, message: /^package\.json cannot be parsed: invalid JSON/ }],
    },
    {
      name: 'pyproject.toml with an unclosed array',
      files: { 'pyproject.toml': BROKEN_PYPROJECT },
      outcome: 'fail',
      findings: [{ file: 'pyproject.toml', line: 7, message: /invalid TOML/ }],
    },
    {
      name: 'pom.xml with an unclosed element',
      files: { 'pom.xml': BROKEN_POM },
      outcome: 'fail',
      findings: [{ file: 'pom.xml', line: 5, message: /invalid XML/ }],
    },
    {
      name: 'go.mod without a module directive',
      files: { 'go.mod': 'go 1.22\n\nrequire github.com/gin-gonic/gin v1.10.0\n' },
      outcome: 'fail',
      findings: [{ file: 'go.mod', line: 1, message: /no module directive/ }],
    },
    {
      name: 'one broken manifest among valid ones',
      files: { 'package.json': packageJson(), 'api/composer.json': '{\n  "require": {\n    "php": ">=8.2"\n  \n' },
      outcome: 'fail',
      summary: /^1 of 2 manifest\(s\) cannot be parsed\.$/,
      findings: [{ file: 'api/composer.json', message: /invalid JSON/ }],
    },
  ],
});

import rule from '../../rules/gitignore-present.js';
import { packageJson } from '../helpers/snippets.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'Node .gitignore with .env', files: { '.gitignore': 'node_modules\n.env\n', 'package.json': packageJson(), 'index.js': 'process.env.PORT;\n' } },
    { name: 'a library that reads no env needs no .env entry', files: { '.gitignore': 'node_modules/\n', 'package.json': packageJson(), 'index.js': 'module.exports = 1;\n' } },
    {
      name: 'a .env committed on purpose is no-committed-env\'s finding, not counted twice (full-stack-fastapi-template)',
      files: { '.gitignore': 'node_modules\n', '.env': 'SECRET_KEY=changethis\n', 'package.json': packageJson(), 'index.js': 'process.env.SECRET_KEY;\n' },
    },
    { name: 'a Gradle project needs build/, not Maven\'s target/ (spring-boot-realworld)', files: { '.gitignore': 'build/\n.gradle/\n', 'build.gradle': "plugins { id 'java' }\n", 'src/main/java/A.java': 'class A {}\n' } },
    { name: 'nested service .gitignore', files: { 'backend/.gitignore': '__pycache__/\n.venv/\n.env\n', 'backend/requirements.txt': 'fastapi\n', 'backend/app.py': 'import os\nos.environ["DB_URL"]\n' } },
  ],
  invalid: [
    { name: 'no .gitignore', files: { 'package.json': packageJson() }, outcome: 'fail' },
    {
      name: 'Python .gitignore missing the virtualenv and .env',
      files: { '.gitignore': '__pycache__/\n', 'requirements.txt': 'flask\n', '.env.example': 'SECRET_KEY=\n', 'app.py': '1\n' },
      outcome: 'partial',
      score: 0.5,
      findings: [{ file: '.gitignore', message: /^\.venv\/ is not ignored/ }, { file: '.gitignore', message: /^\.env is not ignored/ }],
    },
    { name: 'a Maven project must ignore target/', files: { '.gitignore': 'build/\n', 'pom.xml': '<project></project>\n' }, outcome: 'partial', findings: [{ file: '.gitignore', message: /^target\/ is not ignored/ }] },
  ],
});

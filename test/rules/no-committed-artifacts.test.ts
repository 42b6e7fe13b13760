import rule from '../../rules/no-committed-artifacts.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'a node_modules inside test fixtures is sample data', git: true, files: { 'package.json': '{}\n', 'fixtures/config/node_modules/@acme/preset/index.json': '{}\n' } },
    { name: 'only source and manifests', git: true, files: { 'package.json': '{}\n', 'src/index.js': '1;\n', '.gitignore': 'node_modules/\n' } },
    { name: 'Gradle wrapper jar is expected', git: true, files: { 'gradle/wrapper/gradle-wrapper.jar': 'jar\n', 'build.gradle': '\n' } },
    { name: 'ignored node_modules in the working tree are not committed', git: true, files: { '.gitignore': 'node_modules/\n', 'package.json': '{}\n' }, untracked: { 'node_modules/x/index.js': '1;\n' } },
    { name: 'without git nothing can be said', outcome: 'not-available', files: { 'a.js': '1;\n' } },
  ],
  invalid: [
    {
      name: 'committed node_modules and .DS_Store',
      git: true,
      files: { 'package.json': '{}\n', 'node_modules/left-pad/index.js': '1;\n', 'node_modules/left-pad/package.json': '{}\n', 'src/.DS_Store': 'x' },
      outcome: 'partial',
      score: 0.2,
      findings: [
        { file: 'node_modules/left-pad/index.js', message: /^2 tracked files of installed dependencies/ },
        { file: 'src/.DS_Store', message: /IDE and OS files/ },
      ],
    },
    {
      name: '.NET bin/obj output',
      git: true,
      files: { 'Api/Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>\n', 'Api/bin/Debug/net8.0/Api.dll': 'MZ', 'Api/obj/Debug/x.cache': 'x' },
      outcome: 'partial',
      score: 0.4,
    },
  ],
});

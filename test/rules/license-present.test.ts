import rule from '../../rules/license-present.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { packageJson } from '../helpers/snippets.js';

const MIT = 'MIT License\n\nCopyright (c) 2024 Jane Developer\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\n';
// The full Apache-2.0 text ends with a how-to-apply appendix whose "[yyyy]" is meant to stay.
const APACHE_FULL = `                                 Apache License\n                           Version 2.0, January 2004\n${'\n   TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION'.repeat(20)}\n\n   APPENDIX: How to apply the Apache License to your work.\n\n   Copyright [yyyy] [name of copyright owner]\n`;
const APACHE_HEADER_PLACEHOLDER = 'Copyright [yyyy] [name of copyright owner]\n\nLicensed under the Apache License, Version 2.0\n';

ruleTester(rule, {
  valid: [
    { name: 'an MIT LICENSE (Express fixture)', fixture: 'js-good', summary: /^LICENSE\.$/ },
    { name: 'LICENSE.md', files: { 'LICENSE.md': MIT } },
    { name: 'COPYING (GPL convention)', files: { COPYING: 'GNU GENERAL PUBLIC LICENSE\nVersion 3, 29 June 2007\n' } },
    { name: 'LICENSE-MIT beside LICENSE-APACHE', files: { 'LICENSE-MIT': MIT, 'LICENSE-APACHE': 'Apache License\nVersion 2.0\n' } },
    { name: 'the full Apache-2.0 text with its how-to-apply appendix', files: { LICENSE: APACHE_FULL } },
    { name: 'REUSE-style LICENSES/ folder', files: { 'LICENSES/MIT.txt': MIT }, summary: /LICENSES\// },
  ],
  invalid: [
    {
      name: "Laravel's skeleton composer.json licenses the skeleton, not the project (Haider-Haj-Ahmed/laravel-blog-api)",
      files: { 'composer.json': '{\n    "name": "laravel/laravel",\n    "description": "The skeleton application for the Laravel framework.",\n    "license": "MIT"\n}\n' },
      outcome: 'fail',
    },
    {
      name: 'a license named only in package.json earns nothing (weak Express fixture)',
      fixture: 'js-weak',
      outcome: 'fail',
      score: 0,
      findings: [{ file: 'package.json', message: /The license "ISC" is only named in package\.json; no LICENSE file/ }],
    },
    {
      name: 'license named in pyproject.toml only',
      files: { 'pyproject.toml': '[project]\nname = "x"\nlicense = { text = "MIT" }\n' },
      outcome: 'fail',
      score: 0,
      findings: [{ file: 'pyproject.toml', message: /"MIT"/ }],
    },
    {
      name: 'the MIT template with [year] [fullname] (weak Flask fixture)',
      fixture: 'python-weak',
      outcome: 'partial',
      score: 0.7,
      findings: [{ file: 'LICENSE', line: 3, message: /template placeholders/ }],
    },
    {
      name: 'Apache placeholders in the header',
      files: { LICENSE: APACHE_HEADER_PLACEHOLDER },
      outcome: 'partial',
      score: 0.7,
      findings: [{ file: 'LICENSE', line: 1 }],
    },
    {
      name: '<year> <copyright holders> placeholders',
      files: { 'LICENSE.txt': 'BSD 2-Clause License\n\nCopyright (c) <year>, <copyright holders>\n' },
      outcome: 'partial',
      findings: [{ file: 'LICENSE.txt', line: 3 }],
    },
    { name: 'a license named only in the README earns nothing', files: { 'README.md': '# Notes API\n\n## License\n\nMIT\n', 'package.json': packageJson() }, outcome: 'fail', findings: [{ message: /No license file at the repository root/ }] },
    { name: 'no license anywhere', files: { 'package.json': packageJson() }, outcome: 'fail', findings: [{ message: /No license file at the repository root/ }] },
    { name: 'a license only in a subfolder', files: { 'docs/LICENSE': MIT, 'server/LICENSE': MIT }, outcome: 'fail' },
  ],
});

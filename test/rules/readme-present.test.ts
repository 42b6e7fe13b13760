import rule from '../../rules/readme-present.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { readme } from '../helpers/snippets.js';

const NEST_TEMPLATE = readme('Project', '## Description\n\n[Nest](https://github.com/nestjs/nest) framework TypeScript starter repository.\n');
const LARAVEL_TEMPLATE = `<p align="center"><a href="https://laravel.com" target="_blank"><img src="https://raw.githubusercontent.com/laravel/art/master/logo-lockup/5%20SVG/2%20CMYK/1%20Full%20Color/laravel-logolockup-cmyk-red.svg" width="400"></a></p>\n\n${readme('About Laravel')}`;
const CRA_TEMPLATE = `# Getting Started with Create React App\n\nThis project was bootstrapped with [Create React App](https://github.com/facebook/create-react-app).\n\n${readme('Available Scripts')}`;

ruleTester(rule, {
  valid: [
    { name: 'a README of a real project (Express fixture)', fixture: 'js-good', summary: /^README\.md \(\d+ words\)\.$/ },
    { name: 'a README of a real project (FastAPI fixture)', fixture: 'python-good' },
    { name: 'a README in .github/', files: { '.github/README.md': readme('Orders API') }, summary: /^\.github\/README\.md/ },
    { name: 'a README.rst', files: { 'README.rst': readme('Orders API') } },
    { name: 'a short README passes with a lower minWords', files: { 'README.md': '# Orders\n\nAn API for orders, with tests.\n' }, options: { minWords: 5 } },
  ],
  invalid: [
    {
      name: 'a two-word stub (weak Express fixture)',
      fixture: 'js-weak',
      outcome: 'partial',
      score: 0.2,
      findings: [{ file: 'README.md', line: 1, message: /^The README has only 3 words \(at least 150 expected\)\.$/ }],
    },
    { name: 'no README at all', files: { 'main.go': 'package main\n' }, outcome: 'fail', findings: [{ message: /No README file found/ }] },
    {
      name: 'a README of about half the expected length',
      files: { 'README.md': readme('Orders', '', 70) },
      outcome: 'partial',
      score: [0.45, 0.55],
      findings: [{ file: 'README.md', line: 1, message: /only \d+ words/ }],
    },
    {
      name: "NestJS generator's README",
      files: { 'README.md': NEST_TEMPLATE },
      outcome: 'partial',
      score: 0.25,
      findings: [{ file: 'README.md', line: 1, message: /unmodified template/ }],
    },
    { name: "Laravel's README", files: { 'README.md': LARAVEL_TEMPLATE }, outcome: 'partial', score: 0.25 },
    { name: "Create React App's README", files: { 'README.md': CRA_TEMPLATE }, outcome: 'partial', score: 0.25 },
    { name: 'a README only in a nested folder does not count', files: { 'server/README.md': readme('Server') }, outcome: 'fail' },
  ],
});

import rule from '../../rules/readme-tradeoffs.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'ADRs in adr-docs/ (muhammedkucukaslan/advanced-todo-api)', files: { 'README.md': '# Todo\n', 'adr-docs/20250518-validate-in-application-layer.md': '# Validate in the application layer\n' }, summary: /architecture decision record/ },
    {
      name: 'a Design decisions section',
      files: { 'README.md': '# Shop\n\n## Design decisions\n\nPostgreSQL over MongoDB because orders need joins and the data is relational throughout.\n' },
      summary: /^"Design decisions" at README\.md:3\.$/,
    },
    { name: 'a Failure scenarios section', files: { 'README.md': '# Shop\n\n## What happens if Redis is down?\n\nThe cache is bypassed and requests go straight to the database, slower but correct.\n' } },
    { name: 'a "Why …?" heading about a choice', files: { 'README.md': '# Shop\n\n## Why PostgreSQL and not MongoDB?\n\nOrders, payments and stock levels change together, so they need transactions and joins across several tables; a document store would push that consistency work into the application code.\n' } },
    { name: 'ADRs in docs/adr', files: { 'README.md': '# Shop\n', 'docs/adr/0001-use-postgres.md': '# 1. Use Postgres\n' }, summary: /1 architecture decision record/ },
    {
      name: 'three distinct cues in prose',
      files: { 'README.md': '# Shop\n\nWe chose Postgres instead of Mongo. Payments use idempotency keys so a retry after a timeout never charges twice.\n' },
      summary: /instead of/,
    },
  ],
  invalid: [
    { name: 'only an ADR template (a template records no decision)', files: { 'README.md': '# Shop\n', 'docs/adr/template.md': '# NNNN. Title\n\n## Decision\n' }, outcome: 'fail' },
    { name: "'Future considerations and improvements' is a roadmap (Knguyen-dev/Blog-API)", files: { 'README.md': '# Blog\n\n## Future considerations and improvements\n\n- Add comment moderation for admins\n- Move images to object storage\n- Add full-text search over posts\n' }, outcome: 'partial', score: 0.4 },
    { name: 'no README', files: { 'main.go': 'package main\n' }, outcome: 'fail' },
    { name: 'nothing about decisions', files: { 'README.md': '# Shop\n\nAn online shop.\n' }, outcome: 'fail', findings: [{ file: 'README.md', message: /No section on design decisions/ }] },
    { name: 'one cue is not enough', files: { 'README.md': '# Shop\n\nUse npm instead of yarn.\n' }, outcome: 'fail', summary: /1 passing mention/ },
    { name: 'cues inside code blocks do not count', files: { 'README.md': '# Shop\n\n```js\n// tradeoff: retry with backoff on timeout\n```\n' }, outcome: 'fail' },
    {
      name: 'a troubleshooting FAQ question is not a decision (hackathon-starter)',
      files: { 'README.md': '# Starter\n\n## FAQ\n\n### Why do I get `403 Error: Forbidden` when submitting a form?\n\nAdd the hidden _csrf input to your form; CSRF protection rejects posts without it.\n' },
      outcome: 'fail',
    },
    { name: 'only a roadmap', files: { 'README.md': '# Shop\n\n## Roadmap\n\n- Add payments with Stripe\n- Add email notifications for orders\n- Add an admin dashboard\n' }, outcome: 'partial', score: 0.4 },
  ],
});

import rule from '../../rules/readme-architecture.js';
import { ruleTester } from '../helpers/rule-tester.js';

const words = 'Requests enter the router, pass validation middleware, reach a service that owns the business rules, and the repository layer talks to Postgres through Prisma.';

ruleTester(rule, {
  valid: [
    { name: 'a database design on drawsql.app (dkrest1/blog-api)', files: { 'README.md': '# Blog\n\n## Database Design\n\n[Database Design For The Blog](https://drawsql.app/teams/me/diagrams/blog-database-design/embed)\n' }, summary: /drawsql\.app/ },
    { name: 'a mermaid diagram', files: { 'README.md': '# Shop\n\n```mermaid\nflowchart LR\n  API --> DB\n```\n' }, summary: /mermaid diagram at README\.md:3/ },
    { name: 'a PlantUML block', files: { 'README.md': '# Shop\n\n```\n@startuml\nA -> B\n@enduml\n```\n' } },
    { name: 'an architecture image', files: { 'README.md': '# Shop\n\n![System overview](docs/img/architecture.png)\n', 'docs/img/architecture.png': 'png' } },
    { name: 'a linked docs/architecture.md', files: { 'README.md': '# Shop\n\nSee [architecture](docs/architecture.md).\n', 'docs/architecture.md': '# Architecture\n' }, summary: /links docs\/architecture\.md/ },
    { name: 'a linked ADR folder', files: { 'README.md': '# Shop\n\nDecisions live in [docs/adr](docs/adr/).\n', 'docs/adr/0001-use-postgres.md': '# Use Postgres\n' } },
    { name: 'an Architecture section with prose', files: { 'README.md': `# Shop\n\n## Architecture\n\n${words}\n` }, summary: /"Architecture" at README\.md:3/ },
    { name: 'a "Project structure" section with a tree', files: { 'README.md': '# Shop\n\n## Project structure\n\n```\nsrc/\n├── routes\n├── services\n└── db\n```\n' } },
  ],
  invalid: [
    { name: 'only an unlinked ADR template', files: { 'README.md': '# Shop\n', 'docs/adr/template.md': '# NNNN. Title\n' }, outcome: 'fail' },
    {
      name: 'a setup step that mentions "the structure" is not an architecture section (rest-api-slim-php)',
      files: { 'README.md': '# Api\n\n## 3- Create the structure and load test data into the database\n\nRun composer database to create the tables and load the sample rows for local testing.\n' },
      outcome: 'fail',
    },
    { name: 'no README', files: { 'main.go': 'package main\n' }, outcome: 'fail' },
    { name: 'a README without design notes', files: { 'README.md': '# Shop\n\nAn online shop.\n\n## Setup\n\n```bash\nnpm ci\n```\n' }, outcome: 'fail', findings: [{ file: 'README.md', message: /No architecture section/ }] },
    {
      name: 'only an external architecture book is linked (eShopOnWeb)',
      files: { 'README.md': '# Shop\n\nA sample application.\n\nThis app supports the ebook [Architecting Modern Web Applications](https://aka.ms/webappebook).\n\n[![build](https://img.shields.io/badge/architecture-ok-green)](https://x)\n' },
      outcome: 'partial',
      score: 0.5,
      findings: [{ file: 'README.md', line: 5, message: /Architecting Modern Web Applications/ }],
    },
    { name: 'a tech-stack list only', files: { 'README.md': '# Shop\n\n## Tech stack\n\n- Node.js\n- Express\n- PostgreSQL\n- Prisma ORM for database access\n- Jest and supertest for the tests\n- Docker\n' }, outcome: 'partial', score: 0.4, findings: [{ file: 'README.md', line: 3, message: /names the tools/ }] },
    { name: 'a directory tree outside any section', files: { 'README.md': '# Shop\n\n```\n├── src\n├── test\n└── package.json\n```\n' }, outcome: 'partial', score: 0.5, findings: [{ file: 'README.md', line: 3 }] },
    { name: 'an ARCHITECTURE.md the README does not link', files: { 'README.md': '# Shop\n\nAn online shop.\n', 'ARCHITECTURE.md': '# Architecture\n' }, outcome: 'partial', score: 0.7, findings: [{ file: 'README.md', message: /ARCHITECTURE\.md explains the design/ }] },
    { name: 'a badge is not a diagram', files: { 'README.md': '# Shop\n\n![Design system](https://img.shields.io/badge/design-system-blue.svg)\n' }, outcome: 'fail' },
    { name: 'the project title is not an architecture heading', files: { 'README.md': '# Structure Builder API\n\nBuilds structures.\n' }, outcome: 'fail' },
  ],
});

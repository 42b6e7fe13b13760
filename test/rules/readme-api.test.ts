import rule from '../../rules/readme-api.js';
import { ruleTester } from '../helpers/rule-tester.js';

const express = { 'package.json': JSON.stringify({ name: 'shop', dependencies: { express: '^4.19.0' } }) };
const table = '| Method | Path | Description |\n|---|---|---|\n| GET | /api/tasks | List |\n| POST | `/api/tasks` | Create |\n| DELETE | /api/tasks/:id | Delete |\n';

ruleTester(rule, {
  valid: [
    { name: "Nest's Swagger UI at /api#/ (dkrest1/blog-api)", files: { 'package.json': '{"dependencies":{"@nestjs/core":"^10","@nestjs/swagger":"^7"}}\n', 'README.md': '# Blog\n\n### API Documentation\n\n- http://localhost:3000/api#/\n' } },
    {
      name: 'a local swagger-ui.html in brackets (Cameloasa/todo-api-java)',
      files: { 'pom.xml': '<project><parent><artifactId>spring-boot-starter-parent</artifactId></parent></project>\n', 'README.md': '# Todo\n\n## REST API Endpoints\n\n🔹Swagger:\n[http://localhost:8080/swagger-ui.html]\n' },
    },
    {
      name: 'a local docs URL with a sub-path (mubbi/laravel-blog-api: /docs/api, served by Scramble)',
      files: { 'composer.json': '{ "require": { "laravel/framework": "^11.0", "dedoc/scramble": "^0.11" } }\n', 'README.md': '# Blog API\n\n## API Documentation\n\nOpen http://localhost:8081/docs/api once the containers are up.\n' },
    },
    { name: 'an endpoint table', files: { ...express, 'README.md': `# Shop\n\n## API\n\n${table}` }, summary: /^3 endpoints listed, from README\.md:7\.$/ },
    { name: 'an endpoint list', files: { ...express, 'README.md': '# Shop\n\n- `GET /users`\n- `POST /users`\n- `GET /users/{id}`\n' } },
    { name: 'a link to the local Swagger UI', files: { ...express, 'README.md': '# Shop\n\nDocs at [Swagger](http://localhost:3000/api-docs).\n' }, summary: /API docs/ },
    { name: 'a served docs URL in inline code', files: { ...express, 'README.md': '# Shop\n\nThe docs are at `http://localhost:5000/docs`.\n' }, summary: /^README\.md:3 points to the served API docs\.$/ },
    { name: 'the served docs named by path in the Routes section', files: { ...express, 'README.md': '# Shop\n\n## Web routes\n\nAll routes are available on `/docs` or `/redoc`.\n' }, summary: /^"Web routes" at README\.md:3 points to the served API docs\.$/ },
    { name: "a deployed app's Swagger UI", files: { ...express, 'README.md': '# Shop\n\n[Try it](https://shop-api.onrender.com/api-docs)\n' } },
    { name: 'a link to a committed OpenAPI file', files: { ...express, 'README.md': '# Shop\n\nSee [the spec](openapi.yaml).\n', 'openapi.yaml': 'openapi: 3.0.0\n' } },
    { name: 'paths under a method heading in the Routes section', files: { ...express, 'README.md': '# Books\n\n## Routes\n\n### GET\n\n```text\n/books\n/books/[title]\n/authors\n```\n' } },
    { name: 'a CLI without an HTTP server', files: { 'package.json': JSON.stringify({ name: 'cli', dependencies: { commander: '^12.0.0' } }), 'README.md': '# cli\n' }, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: "the NestJS template's Resources links are not an API section (ahsan-kwanso/blog-api-nest-typeorm)",
      files: { 'package.json': '{"dependencies":{"@nestjs/core":"^10"}}\n', 'README.md': '# Blog\n\n## Resources\n\nCheck out a few resources that may come in handy when working with NestJS: the documentation, the Discord channel and the video courses.\n' },
      outcome: 'fail',
    },
    {
      name: 'a repository slug heading is not an API section (YogiPristiawan/go-todo-api)',
      files: { 'go.mod': 'module x\n\nrequire github.com/gin-gonic/gin v1.9.0\n', 'README.md': '## go-todo-api\n\nA simple todo list service written in Go with PostgreSQL and JWT for a course.\n' },
      outcome: 'fail',
    },
    {
      name: 'a Go net/http server found through git grep',
      git: true,
      files: { 'go.mod': 'module notes\n\ngo 1.22\n', 'util.go': 'package main\n', 'main.go': 'package main\n\nimport "net/http"\n\nfunc main() { http.ListenAndServe(":8080", nil) }\n', 'README.md': '# Notes\n' },
      outcome: 'fail',
    },
    {
      name: 'a Go net/http server without a framework still needs its endpoints listed',
      files: { 'go.mod': 'module notes\n\ngo 1.22\n', 'main.go': 'package main\n\nimport "net/http"\n\nfunc main() {\n\thttp.HandleFunc("/notes", list)\n\thttp.ListenAndServe(":8080", nil)\n}\n', 'README.md': '# Notes\n' },
      outcome: 'fail',
    },
    { name: 'no endpoints and no docs link', files: { ...express, 'README.md': '# Shop\n\nAn online shop.\n' }, outcome: 'fail', findings: [{ file: 'README.md', message: /lists no endpoints/ }] },
    { name: 'a link to a framework docs site is not API docs', files: { ...express, 'README.md': '# Shop\n\nBuilt with [Django](https://docs.djangoproject.com/en/5.0/) and [Swagger](https://swagger.io/).\n' }, outcome: 'fail' },
    { name: "a library's GitHub page is not this API's docs", files: { ...express, 'README.md': '# Shop\n\nUses [nestjs/swagger](https://github.com/nestjs/swagger).\n' }, outcome: 'fail' },
    { name: 'one endpoint only', files: { ...express, 'README.md': '# Shop\n\n## Endpoints\n\n`GET /health`\n' }, outcome: 'partial', score: 0.6, findings: [{ file: 'README.md', line: 3, message: /Only 1 endpoint/ }] },
    { name: 'an API heading with nothing under it', files: { ...express, 'README.md': '# Shop\n\n## API\n\nComing soon, it will be great and fully featured with many things to explore.\n' }, outcome: 'partial', score: 0.3 },
  ],
});

import rule from '../../rules/health-check.js';
import { packageJson } from '../helpers/snippets.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'Express /health route', files: { 'package.json': packageJson({ dependencies: { express: '^4' } }), 'src/app.js': "app.get('/health', (req, res) => res.json({ ok: true }));\n" }, findings: [{ file: 'src/app.js', line: 1 }] },
    { name: 'Spring Boot Actuator', files: { 'pom.xml': '<project><dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-actuator</artifactId></dependency></dependencies></project>\n' } },
    { name: 'ASP.NET Core MapHealthChecks', files: { 'Api/Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>\n', 'Api/Program.cs': 'app.MapHealthChecks("/healthz");\n' } },
    { name: 'a double-underscore health route (wizact/go-todo-api)', files: { 'go.mod': 'module x\n\nrequire github.com/gorilla/mux v1.8.0\n', 'internal/api/server.go': 'package api\n\nconst HealthCheckRoute = "/__health-check"\n' } },
    { name: 'Rails /up', files: { 'Gemfile': "gem 'rails'\n", 'config/routes.rb': 'Rails.application.routes.draw do\n  get "up" => "rails/health#show", as: :rails_health_check\nend\n' } },
    { name: 'a Rails health resource (casa)', files: { 'Gemfile': "gem 'rails'\n", 'config/routes.rb': 'Rails.application.routes.draw do\n  resources :health, only: %i[index]\nend\n' }, findings: [{ file: 'config/routes.rb', line: 2 }] },
    { name: 'not a web service', outcome: 'not-applicable', files: { 'package.json': packageJson(), 'index.js': 'module.exports = 1;\n' } },
  ],
  invalid: [
    {
      name: 'a Fastify app declared as a dev dependency still serves HTTP (Paulo-Mikhael/blog-api)',
      files: { 'package.json': packageJson({ devDependencies: { fastify: '^4' } }), 'src/server.ts': "import Fastify from 'fastify';\nconst fastify = Fastify();\nfastify.listen({ port: 3333 });\n" },
      outcome: 'fail',
    },
    {
      name: 'a CLI subcommand named "up" is not a health route (hamidgh01/Go-Blog-API)',
      files: { 'go.mod': 'module x\n\nrequire github.com/gin-gonic/gin v1.9.0\n', 'cmd/migrate.go': 'package cmd\n\nvar upCmd = &cobra.Command{\n\tUse:   "up",\n\tShort: "Apply migrations",\n}\n' },
      outcome: 'fail',
    },
    { name: 'an API without a health route', files: { 'package.json': packageJson({ dependencies: { express: '^4' } }), 'index.js': "app.get('/users', list);\n" }, outcome: 'fail' },
  ],
});

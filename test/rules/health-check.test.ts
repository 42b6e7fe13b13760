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
    { name: 'a route table with the method as a string, and a slashless path as the first argument', files: { 'package.json': packageJson({ dependencies: { express: '^4' } }), 'src/routes.js': "router.add('GET', '/healthz', ping);\n", 'src/app.js': "app.get('/users', list);\n" }, findings: [{ file: 'src/routes.js', line: 1 }] },
    { name: 'a slashless health path as a call argument (gin group)', files: { 'go.mod': 'module x\n\nrequire github.com/gin-gonic/gin v1.9.0\n', 'main.go': 'package main\n\nfunc routes(api *gin.RouterGroup) {\n\tapi.GET("health", ping)\n}\n' } },
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
    {
      name: "a checker's own fix-advice table quotes health routes in prose: text about code, not an endpoint",
      files: {
        'package.json': packageJson({ dependencies: { express: '^4' } }),
        'src/app.js': "app.get('/users', list);\n",
        'src/advice/operations.ts': [
          'export const HEALTH = {',
          "  csharp: { fix: 'Add builder.Services.AddHealthChecks() (AddDbContextCheck<AppDbContext>() for the database) and app.MapHealthChecks(\"/health\").' },",
          "  nestjs: { fix: 'Add @nestjs/terminus: a HealthController with HealthCheckService and the database indicator.' },",
          '  express: { fix: `Add app.get(\'/health\', (req, res) => res.sendStatus(200)) that checks the database too.` },',
          '};',
          '',
        ].join('\n'),
      },
      outcome: 'fail',
    },
    {
      name: "a checker's own pattern tables: health names in a list of strings, a rule id, a regular expression",
      files: {
        'package.json': packageJson({ dependencies: { express: '^4' } }),
        'src/app.js': "app.get('/users', list);\n",
        'src/signals.ts': [
          "export const HEALTH_ROUTE = sig('health:route', /['\"](?:\\/health|\\/ready|\\/up)['\"]/, 'health', '/ready', '/live', '/up');",
          "export const PROBES = ['/health', '/healthz', '/readyz'];",
          "export const HEALTH_LIB = /@nestjs\\/terminus|\\bMapHealthChecks\\s*\\(|\\bHealthCheckService\\b/;",
          '',
        ].join('\n'),
        'src/rules/health-check.ts': "export default { id: 'health-check', docs: 'https://docs.nestjs.com/recipes/terminus' };\n",
      },
      outcome: 'fail',
    },
    { name: 'an API without a health route', files: { 'package.json': packageJson({ dependencies: { express: '^4' } }), 'index.js': "app.get('/users', list);\n" }, outcome: 'fail' },
  ],
});

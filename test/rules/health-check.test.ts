import rule from '../../rules/health-check.js';
import { packageJson } from '../helpers/snippets.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'Express /health route', files: { 'package.json': packageJson({ dependencies: { express: '^4' } }), 'src/app.js': "app.get('/health', (req, res) => res.json({ ok: true }));\n" }, findings: [{ file: 'src/app.js', line: 1 }] },
    { name: 'Spring Boot Actuator', files: { 'pom.xml': '<project><dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-actuator</artifactId></dependency></dependencies></project>\n' } },
    { name: 'ASP.NET Core MapHealthChecks', files: { 'Api/Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>\n', 'Api/Program.cs': 'app.MapHealthChecks("/healthz");\n' } },
    { name: 'Rails /up', files: { 'Gemfile': "gem 'rails'\n", 'config/routes.rb': 'Rails.application.routes.draw do\n  get "up" => "rails/health#show", as: :rails_health_check\nend\n' } },
    { name: 'a Rails health resource (casa)', files: { 'Gemfile': "gem 'rails'\n", 'config/routes.rb': 'Rails.application.routes.draw do\n  resources :health, only: %i[index]\nend\n' }, findings: [{ file: 'config/routes.rb', line: 2 }] },
    { name: 'not a web service', outcome: 'not-applicable', files: { 'package.json': packageJson(), 'index.js': 'module.exports = 1;\n' } },
  ],
  invalid: [
    { name: 'an API without a health route', files: { 'package.json': packageJson({ dependencies: { express: '^4' } }), 'index.js': "app.get('/users', list);\n" }, outcome: 'fail' },
  ],
});

import rule from '../../rules/auth-present.js';
import { packageJson } from '../helpers/snippets.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'go-jose tokens (muhammedkucukaslan/advanced-todo-api)', files: { 'go.mod': 'module x\n\nrequire github.com/go-jose/go-jose/v4 v4.0.0\n', 'jwe/token.go': 'package jwe\n\nimport "github.com/go-jose/go-jose/v4"\n' } },
    {
      name: 'jsonwebtoken signs and verifies tokens',
      files: { 'package.json': packageJson({ dependencies: { express: '^4', jsonwebtoken: '^9' } }), 'src/auth.js': "const jwt = require('jsonwebtoken');\nexports.verify = (t) => jwt.verify(t, process.env.JWT_SECRET);\n" },
    },
    {
      name: 'routing-controllers checkers wired into the server (w3tecch/express-typescript-boilerplate)',
      files: { 'package.json': packageJson({ dependencies: { express: '^4', 'routing-controllers': '^0.10' } }), 'src/loader.ts': 'const app = createExpressServer({\n  authorizationChecker: authorizationChecker(connection),\n  currentUserChecker: currentUserChecker(connection),\n});\n' },
      findings: [{ file: 'src/loader.ts', line: 2 }, { file: 'src/loader.ts', line: 3 }],
    },
    { name: 'FastAPI OAuth2PasswordBearer', files: { 'requirements.txt': 'fastapi\n', 'app/deps.py': 'from fastapi.security import OAuth2PasswordBearer\noauth2 = OAuth2PasswordBearer(tokenUrl="token")\n' } },
    {
      name: 'jjwt 0.12 with the builder on the next line (rafaeltmbr/todo-api-spring)',
      files: {
        'pom.xml': '<project><dependencies><dependency><groupId>io.jsonwebtoken</groupId><artifactId>jjwt-api</artifactId></dependency></dependencies></project>\n',
        'src/main/java/app/TokenService.java': 'class TokenService {\n  String create(String id) {\n    return Jwts\n        .builder()\n        .subject(id)\n        .compact();\n  }\n}\n',
      },
      findings: [{ file: 'src/main/java/app/TokenService.java', line: 3 }],
    },
    { name: 'Spring Security filter chain', files: { 'pom.xml': '<project></project>\n', 'src/main/java/app/Sec.java': 'class Sec {\n  @Bean SecurityFilterChain chain(HttpSecurity h) { return h.build(); }\n}\n' } },
    {
      name: 'Rails has_secure_password with a login check in the controllers',
      files: {
        'Gemfile': "gem 'rails'\n",
        'app/models/user.rb': 'class User < ApplicationRecord\n  has_secure_password\nend\n',
        'app/controllers/application_controller.rb': 'class ApplicationController < ActionController::API\n  before_action :authorize_request\nend\n',
      },
    },
    { name: 'a library without HTTP has no users', outcome: 'not-applicable', files: { 'package.json': packageJson(), 'index.js': 'module.exports = 1;\n' } },
  ],
  invalid: [
    {
      name: 'passport declared but not used',
      files: { 'package.json': packageJson({ dependencies: { express: '^4', passport: '^0.7' } }), 'index.js': "require('express');\n" },
      outcome: 'partial',
      score: 0.5,
    },
    {
      name: 'golang-jwt only as an indirect requirement (pulled in by another module)',
      files: { 'go.mod': 'module x\n\ngo 1.22\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.9.1\n\tgithub.com/golang-jwt/jwt/v5 v5.2.0 // indirect\n)\n', 'main.go': 'package main\n\nimport "github.com/gin-gonic/gin"\n' },
      outcome: 'partial',
      score: 0.25,
      findings: [{ file: 'go.mod', line: 7, message: /indirect/ }],
    },
    {
      name: 'Devise accounts that no controller requires (masoda1112/rails-todo-api)',
      files: {
        'Gemfile': "gem 'rails'\ngem 'devise_token_auth'\n",
        'app/models/user.rb': "class User < ActiveRecord::Base\n  devise :database_authenticatable, :registerable\n  include DeviseTokenAuth::Concerns::User\nend\n",
        'config/routes.rb': "Rails.application.routes.draw do\n  mount_devise_token_auth_for 'User', at: 'auth'\n  resources :todos\nend\n",
        'app/controllers/todos_controller.rb': 'class TodosController < ApplicationController\n  def index\n    render json: Todo.all\n  end\nend\n',
      },
      outcome: 'partial',
      score: 0.4,
      summary: /no controller requires a login/,
    },
    {
      name: 'Spring Security configured to permit every request (Cassio8186/SpringBoot-CRUD)',
      files: {
        'pom.xml': '<project><dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-security</artifactId></dependency><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency></dependencies></project>\n',
        'src/main/java/app/SecurityConfig.java': 'public class SecurityConfig extends WebSecurityConfigurerAdapter {\n  protected void configure(HttpSecurity http) throws Exception {\n    http.csrf().disable()\n        .authorizeRequests()\n        .antMatchers("/**")\n        .permitAll();\n  }\n}\n',
      },
      outcome: 'fail',
      summary: /permit every request/,
      findings: [{ file: 'src/main/java/app/SecurityConfig.java', line: 5 }],
    },
    { name: 'an Express API with no authentication', files: { 'package.json': packageJson({ dependencies: { express: '^4' } }), 'index.js': "require('express')();\n" }, outcome: 'fail' },
  ],
});

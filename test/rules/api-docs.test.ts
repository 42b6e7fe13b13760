import rule from '../../rules/api-docs.js';
import { ruleTester } from '../helpers/rule-tester.js';

const express = { 'package.json': JSON.stringify({ name: 'shop', dependencies: { express: '^4.19.0' } }) };
const fastapi = { 'requirements.txt': 'fastapi==0.110.0\nuvicorn\n' };

ruleTester(rule, {
  valid: [
    { name: 'an OpenAPI file found by content, any name', files: { ...express, 'api/spec.yml': 'openapi: "3.0.3"\ninfo:\n  title: Shop\n' }, summary: /^api\/spec\.yml \(OpenAPI 3\.0\.3\)\.$/ },
    { name: 'a Swagger 2 JSON file', files: { ...express, 'docs/swagger.json': '{\n  "swagger": "2.0",\n  "paths": {}\n}\n' } },
    { name: 'swagger-jsdoc in package.json', files: { 'package.json': JSON.stringify({ name: 'shop', dependencies: { express: '^4', 'swagger-jsdoc': '^6', 'swagger-ui-express': '^5' } }) }, summary: /^Generator swagger-jsdoc in package\.json/ },
    { name: 'springdoc in pom.xml', files: { 'pom.xml': '<project><dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency><dependency><groupId>org.springdoc</groupId><artifactId>springdoc-openapi-starter-webmvc-ui</artifactId></dependency></dependencies></project>' } },
    { name: 'swaggo in go.mod', files: { 'go.mod': 'module shop\n\ngo 1.22\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.10.0\n\tgithub.com/swaggo/swag v1.16.3\n)\n' } },
    { name: 'Swashbuckle in a csproj', files: { 'Api/Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"><ItemGroup><PackageReference Include="Swashbuckle.AspNetCore" Version="6.5.0" /></ItemGroup></Project>' } },
    { name: 'a Postman collection', files: { ...express, 'postman/Shop.postman_collection.json': '{"info":{}}' } },
    { name: 'a Bruno collection', files: { ...express, 'bruno/bruno.json': '{"version":"1"}', 'bruno/tasks.bru': 'get {\n  url: /tasks\n}\n' } },
    { name: 'dox, the API Blueprint generator for Rails request specs (bestwebua/todo-api)', files: { Gemfile: "source 'https://rubygems.org'\ngem 'rails'\ngem 'dox', require: false\n", 'config/routes.rb': 'Rails.application.routes.draw do\nend\n' }, summary: /^Generator dox in Gemfile/ },
    { name: 'an API Blueprint file', files: { ...express, 'docs/api.apib': 'FORMAT: 1A\n# Tasks API\n' }, summary: /API Blueprint/ },
    { name: 'a GraphQL schema', files: { ...express, 'src/schema.graphql': 'type Query { tasks: [Task] }\n' } },
    { name: 'FastAPI docs enriched with response models', files: { ...fastapi, 'app/main.py': 'from fastapi import FastAPI\napp = FastAPI()\n\n@app.get("/tasks", response_model=list[Task], summary="List tasks")\ndef tasks(): ...\n' }, summary: /enriched at app\/main\.py:4/ },
    { name: 'enriched FastAPI docs found through git grep', git: true, files: { ...fastapi, 'app/util.py': 'X = 1\n', 'app/main.py': 'from fastapi import FastAPI\napp = FastAPI()\n\n@app.get("/tasks", summary="List tasks")\ndef tasks(): ...\n' }, summary: /enriched at app\/main\.py:4/ },
    {
      name: "a tool whose pattern table names http.createServer( is not a server (portfolio-check itself)",
      files: { 'package.json': JSON.stringify({ name: 'tool' }), 'src/grep.ts': "export const TERMS = ['http.ListenAndServe(', 'http.createServer('];\n" },
      outcome: 'not-applicable',
    },
    { name: 'a library without an HTTP server', files: { 'package.json': JSON.stringify({ name: 'lib' }), 'index.js': 'module.exports = 1;\n' }, outcome: 'not-applicable' },
  ],
  invalid: [
    { name: 'an Express API with nothing documenting it', files: { ...express, 'src/app.js': "const app = require('express')();\n" }, outcome: 'fail', findings: [{ message: /Nothing documents the API/ }] },
    { name: 'a YAML file that only mentions openapi is not a spec', files: { ...express, 'config.yml': 'features:\n  openapi: false\n' }, outcome: 'fail' },
    {
      name: "an argparse description= in a script does not enrich FastAPI's docs (Air000000/fastapi-todo-api)",
      files: { ...fastapi, 'main.py': 'from fastapi import FastAPI\napp = FastAPI()\n\n@app.get("/")\ndef root(): return {}\n', 'experiments/eval.py': 'import argparse\nparser = argparse.ArgumentParser(description="Evaluate retrieval")\n' },
      outcome: 'partial',
      score: 0.6,
    },
    { name: "only FastAPI's automatic docs", files: { ...fastapi, 'main.py': 'from fastapi import FastAPI\napp = FastAPI()\n\n@app.get("/")\ndef root(): return {}\n' }, outcome: 'partial', score: 0.6 },
    {
      name: 'only the dotnet new webapi sample request',
      files: { 'Api/Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>', 'Api/Api.http': '@Api_HostAddress = http://localhost:5000\n\nGET {{Api_HostAddress}}/weatherforecast/\nAccept: application/json\n' },
      outcome: 'partial',
      score: 0.3,
      findings: [{ file: 'Api/Api.http', message: /template sample/ }],
    },
  ],
});

import rule from '../../rules/database-present.js';
import { packageJson } from '../helpers/snippets.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: "the application's datasource, not the test profile's (spring-boot-realworld)",
      files: {
        'build.gradle': "plugins { id 'org.springframework.boot' version '3.2.0' }\n",
        'src/main/resources/application-test.properties': 'spring.datasource.url=jdbc:sqlite::memory:\n',
        'src/main/resources/application.properties': 'server.port=8080\nspring.datasource.url=jdbc:sqlite:dev.db\n',
      },
      findings: [{ file: 'src/main/resources/application.properties', line: 2 }],
    },
    {
      name: 'Express with pg imported in code',
      files: { 'package.json': packageJson({ dependencies: { express: '^4', pg: '^8' } }), 'src/db.js': "const { Pool } = require('pg');\nmodule.exports = new Pool();\n" },
      findings: [{ file: 'src/db.js', line: 1 }],
    },
    {
      name: 'Django models',
      files: { 'requirements.txt': 'django==5.0\n', 'shop/models.py': 'from django.db import models\n\nclass Order(models.Model):\n    total = models.IntegerField()\n' },
    },
    {
      name: 'Go database/sql import, not the manifest',
      files: { 'go.mod': 'module x\n\ngo 1.22\n', 'store.go': 'package main\n\nimport (\n\t"database/sql"\n\t_ "github.com/lib/pq"\n)\n\nvar db *sql.DB\n' },
      findings: [{ file: 'store.go', line: 4 }, { file: 'store.go', line: 5 }],
    },
    {
      name: 'MongoDB is a persistent database (blog-api-express)',
      files: { 'package.json': packageJson({ dependencies: { express: '^4', mongoose: '^8' } }), 'src/db.js': "const mongoose = require('mongoose');\nmongoose.connect(process.env.MONGO_URL);\n" },
      findings: [{ file: 'src/db.js', line: 1 }],
    },
    {
      name: 'procedural mysqli in plain PHP (simple-php-crud-api)',
      files: { 'hngx/config.php': "<?php\n$conn = mysqli_connect($host, $user, $password, $name);\n", 'hngx/api.php': "<?php\n$result = mysqli_query($conn, $query);\n" },
      findings: [{ file: 'hngx/config.php', line: 2 }],
    },
    {
      name: 'H2 for the tests, PostgreSQL for the application',
      files: {
        'pom.xml': '<project><dependencies><dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId></dependency><dependency><groupId>com.h2database</groupId><artifactId>h2</artifactId></dependency></dependencies></project>\n',
        'src/main/resources/application.properties': 'spring.datasource.url=jdbc:h2:mem:dev\n',
        'src/main/java/Todo.java': '@Entity\npublic class Todo {}\n',
      },
    },
    {
      name: 'EF Core DbContext',
      files: { 'Api/Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>\n', 'Api/AppDb.cs': 'public class AppDb : DbContext {\n  public DbSet<Todo> Todos => Set<Todo>();\n}\n' },
    },
  ],
  invalid: [
    {
      name: "a checker's list of library names is a mention, not a use",
      files: { 'package.json': packageJson({ dependencies: { express: '^4' } }), 'names.js': "export const NAMES = ['MongoClient', 'MongoRepository'];\n" },
      outcome: 'fail',
    },
    {
      name: 'a driver declared but never imported',
      files: { 'package.json': packageJson({ dependencies: { express: '^4', pg: '^8' } }), 'index.js': "const express = require('express');\n" },
      outcome: 'partial',
      score: 0.5,
      findings: [{ file: 'package.json', message: /^pg is a dependency/ }],
    },
    {
      name: 'an in-memory H2 database is the only datasource (todo-api-spring)',
      files: {
        'pom.xml': '<project><dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-data-jpa</artifactId></dependency><dependency><groupId>com.h2database</groupId><artifactId>h2</artifactId></dependency></dependencies></project>\n',
        'src/main/resources/application.properties': 'spring.application.name=todo\nspring.datasource.url=jdbc:h2:mem:todolist\n',
        'src/main/java/Todo.java': '@Entity\npublic class Todo {}\n',
      },
      outcome: 'partial',
      score: 0.3,
      findings: [{ file: 'src/main/resources/application.properties', line: 2, message: /in-memory/ }],
    },
    {
      name: 'MongoDB declared, never connected',
      files: { 'package.json': packageJson({ dependencies: { express: '^4', mongoose: '^8' } }), 'index.js': "const express = require('express');\n" },
      outcome: 'partial',
      score: 0.5,
      summary: /MongoDB is declared/,
    },
    {
      name: "importing the Mongo driver's bson encoder is not using MongoDB (gin)",
      files: { 'go.mod': 'module x\n\ngo 1.22\n\nrequire go.mongodb.org/mongo-driver/v2 v2.0.0\n', 'bson.go': 'package binding\n\nimport "go.mongodb.org/mongo-driver/v2/bson"\n' },
      outcome: 'fail',
      summary: /^No database driver or ORM found\.$/,
    },
    {
      name: 'no database at all',
      files: { 'package.json': packageJson({ dependencies: { express: '^4' } }), 'index.js': "require('express')().listen(3000);\n" },
      outcome: 'fail',
    },
  ],
});

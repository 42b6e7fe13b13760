import type { FileMap } from '../helpers/repo.js';

/** Weak backend projects, one per ecosystem: code, a manifest, one test; none of the boilerplate. */
export const WEAK_PROJECTS: Record<string, FileMap> = {
  javascript: {
    'package.json': JSON.stringify({ name: 'notes-api', scripts: { start: 'node src/server.js', test: 'jest' }, dependencies: { express: '^4.19.0', pg: '^8.11.0' }, devDependencies: { jest: '^29.7.0' } }, null, 2),
    'package-lock.json': '{ "lockfileVersion": 3 }\n',
    'src/server.js': "const express = require('express');\nconst { Pool } = require('pg');\nconst pool = new Pool({ connectionString: process.env.DATABASE_URL });\nconst app = express();\napp.get('/notes', async (req, res) => res.json((await pool.query('select * from notes')).rows));\napp.listen(process.env.PORT || 3000);\nmodule.exports = { secret: process.env.JWT_SECRET };\n",
    'test/notes.test.js': "test('adds', () => { expect(1 + 1).toBe(2); });\n",
  },
  python: {
    'requirements.txt': 'django==5.0.6\npsycopg2-binary==2.9.9\npytest==8.2.0\npytest-django==4.8.0\n',
    'manage.py': "import os\nimport sys\n\nif __name__ == '__main__':\n    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'notes.settings')\n    from django.core.management import execute_from_command_line\n    execute_from_command_line(sys.argv)\n",
    'notes/__init__.py': '',
    'notes/settings.py': "import os\nSECRET_KEY = os.environ['DJANGO_SECRET_KEY']\nDATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'NAME': os.getenv('DB_NAME', 'notes'), 'HOST': os.getenv('DB_HOST', 'localhost')}}\n",
    'notes/wsgi.py': "import os\nfrom django.core.wsgi import get_wsgi_application\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'notes.settings')\napplication = get_wsgi_application()\n",
    'notes/views.py': "from django.http import JsonResponse\n\ndef index(request):\n    return JsonResponse({'notes': []})\n",
    'tests/test_views.py': "def test_index():\n    assert 1 + 1 == 2\n",
  },
  java: {
    'pom.xml': `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>3.3.0</version></parent>
  <groupId>com.example</groupId><artifactId>notes</artifactId><version>0.0.1</version>
  <properties><java.version>17</java.version></properties>
  <dependencies>
    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>
    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-data-jpa</artifactId></dependency>
    <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId></dependency>
    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-test</artifactId><scope>test</scope></dependency>
  </dependencies>
</project>
`,
    'mvnw': '#!/bin/sh\nexec mvn "$@"\n',
    'src/main/java/com/example/notes/NotesApplication.java': 'package com.example.notes;\n\nimport org.springframework.boot.SpringApplication;\nimport org.springframework.boot.autoconfigure.SpringBootApplication;\n\n@SpringBootApplication\npublic class NotesApplication {\n  public static void main(String[] args) { SpringApplication.run(NotesApplication.class, args); }\n}\n',
    'src/main/resources/application.properties': 'spring.datasource.url=${DATABASE_URL}\nspring.datasource.password=${DB_PASSWORD}\n',
    'src/test/java/com/example/notes/NotesApplicationTests.java': 'package com.example.notes;\n\nimport org.junit.jupiter.api.Test;\n\nclass NotesApplicationTests {\n  @Test\n  void adds() { assert 1 + 1 == 2; }\n}\n',
  },
  go: {
    'go.mod': 'module example.com/notes\n\ngo 1.22\n\nrequire (\n\tgithub.com/go-chi/chi/v5 v5.0.12\n\tgithub.com/jackc/pgx/v5 v5.6.0\n)\n',
    'go.sum': '',
    'cmd/api/main.go': 'package main\n\nimport (\n\t"net/http"\n\t"os"\n\n\t"github.com/go-chi/chi/v5"\n)\n\nfunc main() {\n\tr := chi.NewRouter()\n\t_ = os.Getenv("DATABASE_URL")\n\thttp.ListenAndServe(":8080", r)\n}\n',
    'internal/notes/notes.go': 'package notes\n\nfunc Add(a, b int) int { return a + b }\n',
    'internal/notes/notes_test.go': 'package notes\n\nimport "testing"\n\nfunc TestAdd(t *testing.T) {\n\tif Add(1, 1) != 2 {\n\t\tt.Fatal("bad")\n\t}\n}\n',
  },
  php: {
    'composer.json': JSON.stringify({ name: 'me/notes', require: { php: '^8.2', 'laravel/framework': '^11.0' }, 'require-dev': { 'phpunit/phpunit': '^11.0' } }, null, 2),
    'composer.lock': '{}\n',
    artisan: '#!/usr/bin/env php\n<?php\nrequire __DIR__.\'/vendor/autoload.php\';\n',
    'public/index.php': "<?php\nrequire __DIR__.'/../vendor/autoload.php';\n",
    'app/Http/Controllers/NoteController.php': "<?php\nnamespace App\\Http\\Controllers;\n\nclass NoteController extends Controller\n{\n    public function index()\n    {\n        return response()->json(['key' => env('NOTES_API_KEY')]);\n    }\n}\n",
    'config/database.php': "<?php\nreturn ['default' => env('DB_CONNECTION', 'pgsql')];\n",
    'routes/api.php': "<?php\nuse Illuminate\\Support\\Facades\\Route;\nRoute::get('/notes', [App\\Http\\Controllers\\NoteController::class, 'index']);\n",
    'tests/Feature/NoteTest.php': "<?php\nnamespace Tests\\Feature;\n\nuse Tests\\TestCase;\n\nclass NoteTest extends TestCase\n{\n    public function test_index(): void\n    {\n        $this->get('/api/notes')->assertOk();\n    }\n}\n",
  },
  csharp: {
    'Notes.Api/Notes.Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n    <PackageReference Include="Npgsql.EntityFrameworkCore.PostgreSQL" Version="8.0.4" />\n  </ItemGroup>\n</Project>\n',
    'Notes.Api/Program.cs': 'var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\nvar connection = Environment.GetEnvironmentVariable("DATABASE_URL");\napp.MapGet("/notes", () => Results.Ok(new string[0]));\napp.Run();\n',
    'Notes.Tests/Notes.Tests.csproj': '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n    <IsTestProject>true</IsTestProject>\n  </PropertyGroup>\n  <ItemGroup>\n    <PackageReference Include="xunit" Version="2.8.0" />\n  </ItemGroup>\n</Project>\n',
    'Notes.Tests/NotesTests.cs': 'using Xunit;\n\npublic class NotesTests\n{\n    [Fact]\n    public void Adds() => Assert.Equal(2, 1 + 1);\n}\n',
  },
  ruby: {
    Gemfile: "source 'https://rubygems.org'\nruby '3.2.2'\ngem 'rails', '~> 7.1'\ngem 'pg', '~> 1.5'\ngroup :test do\n  gem 'rspec-rails'\nend\n",
    'Gemfile.lock': 'GEM\n',
    'bin/rails': '#!/usr/bin/env ruby\nrequire_relative "../config/boot"\n',
    'config/routes.rb': "Rails.application.routes.draw do\n  resources :notes\nend\n",
    'config/database.yml': 'production:\n  adapter: postgresql\n  url: <%= ENV["DATABASE_URL"] %>\n',
    'app/controllers/notes_controller.rb': "class NotesController < ApplicationController\n  def index\n    render json: { key: ENV.fetch('NOTES_API_KEY') }\n  end\nend\n",
    'spec/notes_spec.rb': "RSpec.describe 'notes' do\n  it 'adds' do\n    expect(1 + 1).to eq(2)\n  end\nend\n",
  },
};

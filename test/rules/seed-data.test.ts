import rule from '../../rules/seed-data.js';
import { packageJson } from '../helpers/snippets.js';
import { ruleTester } from '../helpers/rule-tester.js';

const PRISMA = { 'prisma/schema.prisma': 'datasource db {\n  provider = "postgresql"\n}\n' };

ruleTester(rule, {
  valid: [
    {
      name: 'a Makefile testdata target that loads SQL (issue 10)',
      files: { 'composer.json': '{ "require": { "slim/slim": "^3.12" } }\n', 'src/Repo.php': "<?php\n$pdo = new PDO($dsn);\n", Makefile: 'run:\n\tphp -S localhost:8080\n\ntestdata:\n\tmysql -u root app < scripts/sample.sql\n' },
      findings: [{ file: 'Makefile', message: /make testdata/ }],
    },
    { name: 'a .NET SeedAsync at startup (Ixobit-com/net-todo-api)', files: { 'Api/Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>\n', 'Api/AppDb.cs': 'class AppDb : DbContext { }\n', 'Api/Program.cs': 'await app.SeedAsync(builder.Configuration);\n' } },
    { name: 'prisma/seed.ts', files: { ...PRISMA, 'package.json': packageJson({ dependencies: { '@prisma/client': '^5' } }), 'prisma/seed.ts': 'await prisma.user.create({ data: {} });\n' } },
    { name: 'an npm seed script', files: { ...PRISMA, 'package.json': packageJson({ scripts: { 'db:seed': 'node scripts/load.js' }, dependencies: { '@prisma/client': '^5' } }) } },
    { name: 'Rails db/seeds.rb with data', files: { 'Gemfile': "gem 'rails'\n", 'app/models/post.rb': 'class Post < ApplicationRecord\nend\n', 'db/seeds.rb': 'Post.create!(title: "Hello")\n' } },
    {
      name: "a Faker data generator outside the tests (flasky's app/fake.py)",
      files: { 'requirements.txt': 'flask\nflask-sqlalchemy\nfaker\n', 'app/models.py': 'from flask_sqlalchemy import SQLAlchemy\n', 'app/fake.py': 'from faker import Faker\nfrom . import db\n\ndef users(count=100):\n    fake = Faker()\n    db.session.add(User(email=fake.email()))\n' },
      findings: [{ file: 'app/fake.py', line: 1 }],
    },
    {
      name: 'a Laravel seeder that creates the project\'s own data',
      files: {
        'composer.json': '{ "require": { "laravel/framework": "^11.0" } }\n',
        'app/Models/Post.php': "<?php\nuse Illuminate\\Database\\Eloquent\\Model;\nclass Post extends Model {}\n",
        'database/seeders/DatabaseSeeder.php': "<?php\nclass DatabaseSeeder extends Seeder {\n  public function run(): void {\n    // User::factory(10)->create();\n    Post::factory(20)->create();\n  }\n}\n",
      },
    },
    {
      name: 'an SQL file of sample rows outside the migrations (maurobonfietti/rest-api-slim-php)',
      files: { 'composer.json': '{ "require": { "slim/slim": "^3.12" } }\n', 'src/Repo.php': "<?php\n$pdo = new PDO($dsn);\n", 'database/database.sql': 'CREATE TABLE tasks (id int);\nINSERT INTO tasks VALUES (1);\nINSERT INTO tasks VALUES (2);\nINSERT INTO tasks VALUES (3);\n' },
      findings: [{ file: 'database/database.sql', line: 2 }],
    },
    {
      name: 'an admin user created when the application starts (JangTaeGyu/spring-boot-blog-api)',
      files: { 'pom.xml': '<project></project>\n', 'src/main/java/app/User.java': '@Entity\nclass User {}\n', 'src/main/java/app/AdminUserGenerator.java': 'class AdminUserGenerator implements ApplicationListener<ApplicationStartedEvent> {\n  public void onApplicationEvent(ApplicationStartedEvent e) {\n    userRepository.create(new User(adminEmail));\n  }\n}\n' },
    },
    { name: 'EF Core HasData', files: { 'Api/Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>\n', 'Api/AppDb.cs': 'class AppDb : DbContext {\n  void Seed(ModelBuilder b) { b.Entity<Todo>().HasData(new Todo()); }\n}\n' } },
    { name: 'no database: nothing to seed', outcome: 'not-applicable', files: { 'package.json': packageJson({ dependencies: { express: '^4' } }) } },
  ],
  invalid: [
    { name: 'a testdata target that loads no SQL', files: { 'composer.json': '{ "require": { "slim/slim": "^3.12" } }\n', 'src/Repo.php': "<?php\n$pdo = new PDO($dsn);\n", Makefile: 'testdata:\n\tgo generate ./testdata\n' }, outcome: 'fail' },
    {
      name: "a schema dump's migrations bookkeeping is not seed data",
      files: { 'composer.json': '{ "require": { "laravel/framework": "^11.0" } }\n', 'app/Models/Post.php': "<?php\nuse Illuminate\\Database\\Eloquent\\Model;\nclass Post extends Model {}\n", 'database/schema/mysql-schema.sql': "CREATE TABLE posts (id int);\nINSERT INTO `migrations` VALUES (1,'a',1);\nINSERT INTO `migrations` VALUES (2,'b',1);\nINSERT INTO `migrations` VALUES (3,'c',1);\n" },
      outcome: 'fail',
    },
    {
      name: "Rails' generated seeds.rb holds only comments",
      files: { 'Gemfile': "gem 'rails'\n", 'app/models/post.rb': 'class Post < ApplicationRecord\nend\n', 'db/seeds.rb': '# This file should ensure the existence of records required to run the application.\n#   Movie.create!(title: "Star Wars")\n' },
      outcome: 'fail',
    },
    {
      name: "Laravel's scaffold DatabaseSeeder",
      files: {
        'composer.json': '{ "require": { "laravel/framework": "^11.0" } }\n',
        'app/Models/Post.php': "<?php\nuse Illuminate\\Database\\Eloquent\\Model;\nclass Post extends Model {}\n",
        'database/seeders/DatabaseSeeder.php': "<?php\nclass DatabaseSeeder extends Seeder {\n  public function run(): void {\n    User::factory()->create(['name' => 'Test User']);\n  }\n}\n",
      },
      outcome: 'fail',
    },
    {
      name: "Laravel 11's generated DatabaseSeeder, with its commented factory line (laravel/laravel)",
      files: {
        'composer.json': '{ "require": { "laravel/framework": "^11.0" } }\n',
        'app/Models/Post.php': "<?php\nuse Illuminate\\Database\\Eloquent\\Model;\nclass Post extends Model {}\n",
        'database/seeders/DatabaseSeeder.php': "<?php\nclass DatabaseSeeder extends Seeder\n{\n    public function run(): void\n    {\n        // User::factory(10)->create();\n\n        User::factory()->create([\n            'name' => 'Test User',\n            'email' => 'test@example.com',\n        ]);\n    }\n}\n",
      },
      outcome: 'fail',
    },
  ],
});

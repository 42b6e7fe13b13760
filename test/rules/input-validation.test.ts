import rule from '../../rules/input-validation.js';
import { packageJson } from '../helpers/snippets.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'zod imported', files: { 'package.json': packageJson({ dependencies: { express: '^4', zod: '^3' } }), 'src/schema.ts': "import { z } from 'zod';\nexport const Todo = z.object({ title: z.string() });\n" } },
    { name: 'Gin binding tags', files: { 'go.mod': 'module x\n\ngo 1.22\n\nrequire github.com/gin-gonic/gin v1.9.1\n', 'dto.go': 'package main\n\ntype Login struct {\n\tEmail string `json:"email" binding:"required,email"`\n}\n' }, findings: [{ file: 'dto.go', line: 4 }] },
    { name: 'Laravel FormRequest', files: { 'composer.json': '{ "require": { "laravel/framework": "^11.0" } }\n', 'app/Http/Requests/StorePost.php': '<?php\nclass StorePost extends FormRequest {}\n' } },
    { name: 'Rails validates', files: { 'Gemfile': "gem 'rails'\n", 'app/models/post.rb': 'class Post < ApplicationRecord\n  validates :title, presence: true\nend\n' } },
    { name: 'not a web service', outcome: 'not-applicable', files: { 'package.json': packageJson(), 'index.js': 'module.exports = 1;\n' } },
  ],
  invalid: [
    {
      name: 'hand-written checks answering 400 with no validation library (gothinkster/node-express-realworld-example-app)',
      files: {
        'package.json': packageJson({ dependencies: { express: '^4' } }),
        'src/routes/users.js': [
          "router.post('/users', async (req, res) => {",
          '  const { email, password } = req.body.user;',
          "  if (!email) return res.status(422).json({ errors: { email: ['can\\'t be blank'] } });",
          "  if (!password || password.length < 8) return res.status(400).json({ error: 'password too short' });",
          '  res.json(await createUser(email, password));',
          '});',
          '',
        ].join('\n'),
      },
      outcome: 'partial',
      score: 0.75,
      findings: [{ file: 'src/routes/users.js', line: 3, message: /answers 400\/422/ }, { file: 'src/routes/users.js', line: 4 }, { message: /No schema or validation library/ }],
    },
    {
      name: 'a Go domain check that answers http.StatusBadRequest (wizact/go-todo-api, Kota-35/todo-api-go)',
      files: {
        'go.mod': 'module x\n\ngo 1.22\n\nrequire github.com/gorilla/mux v1.8.0\n',
        'internal/api/users.go': 'package api\n\nfunc (u *User) Validate() error {\n\tif !strings.Contains(u.Email, "@") {\n\t\treturn &AppError{Message: "email is not valid", Code: http.StatusBadRequest}\n\t}\n\treturn nil\n}\n',
      },
      outcome: 'partial',
      score: 0.75,
    },
    {
      name: 'a 400 quoted in fix advice is no check',
      files: {
        'package.json': packageJson({ dependencies: { express: '^4' } }),
        'src/app.js': "app.post('/todos', create);\n",
        'src/advice.js': "export const fix = 'Check the body and answer res.status(400) with the errors when a field is missing.';\n",
      },
      outcome: 'fail',
    },
    {
      name: 'go-playground/validator only as an indirect Gin requirement',
      files: { 'go.mod': 'module x\n\ngo 1.22\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.9.1\n\tgithub.com/go-playground/validator/v10 v10.14.0 // indirect\n)\n', 'main.go': 'package main\n\nimport "github.com/gin-gonic/gin"\n' },
      outcome: 'partial',
      score: 0.25,
    },
    {
      name: 'request body passed straight to the model',
      files: { 'package.json': packageJson({ dependencies: { express: '^4', joi: '^17' } }), 'src/a.js': "const Joi = require('joi');\n", 'src/todos.js': 'router.post("/", async (req, res) => res.json(await Todo.create(req.body)));\n' },
      outcome: 'partial',
      score: 0.6,
      findings: [{ file: 'src/a.js', line: 1 }, { file: 'src/todos.js', line: 1, message: /mass assignment/ }],
    },
    { name: 'an Express API without validation', files: { 'package.json': packageJson({ dependencies: { express: '^4' } }), 'index.js': "require('express');\n" }, outcome: 'fail' },
  ],
});

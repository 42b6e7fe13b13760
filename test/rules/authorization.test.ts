import rule from '../../rules/authorization.js';
import { packageJson } from '../helpers/snippets.js';
import { ruleTester } from '../helpers/rule-tester.js';

const EXPRESS_JWT = packageJson({ dependencies: { express: '^4', jsonwebtoken: '^9' } });
const SIGN = "const jwt = require('jsonwebtoken');\nexports.token = (u) => jwt.sign({ id: u.id }, process.env.JWT_SECRET);\n";

ruleTester(rule, {
  valid: [
    {
      name: 'snake_case ownership ids in JS (GessioMori/node-todo-api)',
      files: { 'package.json': EXPRESS_JWT, 'src/token.js': SIGN, 'src/UpdateTodoUseCase.ts': 'if (todo.account_id !== account_id) {\n  throw new AppError("Not allowed.", 403);\n}\n' },
    },
    {
      name: 'owner_id against a user_id in Python (alibahrami1376/fastapi-todo-api)',
      files: { 'requirements.txt': 'fastapi\npython-jose\n', 'app/deps.py': 'from fastapi.security import OAuth2PasswordBearer\n', 'app/services/task_service.py': 'def get(task, user_id):\n    if task.owner_id != user_id:\n        raise PermissionDeniedException()\n' },
    },
    {
      name: 'ids spelt in other casings: userid, owner_ID (every spelling the pattern accepts reaches it)',
      files: { 'requirements.txt': 'fastapi\npython-jose\n', 'app/deps.py': 'from fastapi.security import OAuth2PasswordBearer\n', 'app/services/notes.py': 'def get(note, user):\n    if note.owner_ID != user.userid:\n        raise PermissionDeniedException()\n' },
      findings: [{ file: 'app/services/notes.py', line: 2 }],
    },
    {
      name: 'an ownership check in Go middleware (hamidgh01/Go-Blog-API)',
      files: { 'go.mod': 'module x\n\nrequire github.com/golang-jwt/jwt/v5 v5.0.0\n', 'auth.go': 'package auth\n\nimport "github.com/golang-jwt/jwt/v5"\n', 'access.go': 'package mw\n\nfunc check(ownerID, userID uint) bool {\n\tif ownerID != userID {\n\t\treturn false\n\t}\n\treturn true\n}\n' },
      findings: [{ file: 'access.go', line: 4 }],
    },
    {
      name: 'an ownership check in a service, against a userId argument (IgorKondratyuk1/blog-api-express)',
      files: { 'package.json': EXPRESS_JWT, 'src/token.js': SIGN, 'src/commentsService.ts': 'if (foundedComment.userId !== userId) return CommentError.WrongUserError;\n' },
      findings: [{ file: 'src/commentsService.ts', line: 1 }],
    },
    {
      name: 'a role read from a dict in Flask (FrankDev-327/flask-blog-api)',
      files: { 'requirements.txt': 'flask\nflask-jwt-extended\n', 'app/auth.py': 'from flask_jwt_extended import jwt_required\n', 'middleware/check_token.py': 'def check_user_role(f):\n    if request.user["role"] != "admin":\n        abort(403)\n' },
      findings: [{ file: 'middleware/check_token.py', line: 2 }],
    },
    { name: 'a role check in Express', files: { 'package.json': EXPRESS_JWT, 'src/token.js': SIGN, 'src/admin.js': "module.exports = (req, res, next) => req.user.role === 'admin' ? next() : res.sendStatus(403);\n" }, findings: [{ file: 'src/admin.js', line: 1 }] },
    { name: 'an ownership check', files: { 'package.json': EXPRESS_JWT, 'src/token.js': SIGN, 'src/posts.js': 'if (post.authorId !== req.user.id) return res.sendStatus(403);\n' } },
    {
      name: 'an ownership check through a service (spring-boot-realworld)',
      files: { 'pom.xml': '<project></project>\n', 'src/main/java/A.java': 'class A {\n  void update(User user, Article article) {\n    if (!AuthorizationService.canWriteArticle(user, article)) throw new NoAuthorizationException();\n  }\n}\n' },
      findings: [{ file: 'src/main/java/A.java', line: 3 }],
    },
    { name: 'Spring @PreAuthorize', files: { 'pom.xml': '<project></project>\n', 'src/main/java/A.java': 'class A {\n  @PreAuthorize("hasRole(\'ADMIN\')")\n  void delete() {}\n}\n' } },
    {
      name: 'a Laravel FormRequest whose authorize() checks ownership',
      files: {
        'composer.json': '{ "require": { "laravel/framework": "^10.0" } }\n',
        'app/Http/Controllers/UserController.php': "<?php\nclass UserController { function me() { return auth()->user(); } }\n",
        'app/Http/Requests/DestroyRequest.php': "<?php\nclass DestroyRequest extends FormRequest\n{\n    public function authorize(): bool\n    {\n        return $this->route('article')->user->id === auth()->id();\n    }\n}\n",
      },
    },
    {
      name: 'role checks through UserManager in a MediatR behaviour (Clean Architecture template)',
      files: { 'Api/Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>\n', 'Api/Program.cs': 'builder.Services.AddAuthentication();\n', 'Api/IdentityService.cs': 'class IdentityService {\n  Task<bool> IsAdmin(User u) => _userManager.IsInRoleAsync(u, "Administrator");\n}\n' },
      findings: [{ file: 'Api/IdentityService.cs', line: 2 }],
    },
    { name: 'Pundit policies', files: { 'Gemfile': "gem 'rails'\n", 'app/policies/post_policy.rb': 'class PostPolicy\nend\n' } },
    { name: 'no authentication', outcome: 'not-applicable', files: { 'package.json': packageJson({ dependencies: { express: '^4' } }), 'index.js': "require('express');\n" } },
  ],
  invalid: [
    { name: 'login without any access checks', files: { 'package.json': EXPRESS_JWT, 'src/token.js': SIGN, 'src/posts.js': 'router.delete("/posts/:id", auth, (req, res) => Post.destroy(req.params.id));\n' }, outcome: 'fail' },
  ],
});

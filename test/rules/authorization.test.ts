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
    { name: 'hasRole naming the role it checks', files: { 'package.json': EXPRESS_JWT, 'src/token.js': SIGN, 'src/admin.js': "router.delete('/users/:id', auth, (req, res, next) => (req.user.hasRole(Role.Admin) ? next() : res.sendStatus(403)));\nif (!account.hasRole('editor')) throw new ForbiddenError();\n" }, findings: [{ file: 'src/admin.js', line: 1 }, { file: 'src/admin.js', line: 2 }] },
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
    {
      name: 'a record fetched by its id and its owner in SQL (YogiPristiawan/go-todo-api, zhashkevych/todo-app)',
      files: {
        'go.mod': 'module x\n\nrequire github.com/golang-jwt/jwt/v5 v5.0.0\n', 'auth.go': 'package auth\n\nimport "github.com/golang-jwt/jwt/v5"\n',
        'todo_repository.go': 'package repo\n\nconst detail = `SELECT id, title FROM todos\n\t\tWHERE user_id = $1 AND id = $2`\n',
        'list_repository.go': 'package repo\n\nconst get = `SELECT tl.id FROM lists tl INNER JOIN users_lists ul on tl.id = ul.list_id WHERE ul.user_id = $1 AND ul.list_id = $2`\n',
      },
      findings: [{ file: 'list_repository.go', line: 3 }, { file: 'todo_repository.go', line: 4 }],
    },
    {
      name: 'backquoted camelCase columns in PHP (maurobonfietti/rest-api-slim-php)',
      files: { 'composer.json': '{ "require": { "firebase/php-jwt": "^6" } }\n', 'src/Auth.php': "<?php\nuse Firebase\\JWT\\JWT;\n", 'src/TaskRepository.php': "<?php\n$query = 'SELECT * FROM `tasks` WHERE `id` = :id AND `userId` = :userId';\n" },
      findings: [{ file: 'src/TaskRepository.php', line: 2 }],
    },
    {
      name: 'Spring Data queries scoped by the owner (rafaeltmbr/todo-api-spring)',
      files: {
        'pom.xml': '<project></project>\n',
        'src/main/java/app/Security.java': 'class Security { UserDetailsService users; }\n',
        'src/main/java/app/TodoRepository.java': 'interface TodoRepository extends JpaRepository<Todo, UUID> {\n  Optional<Todo> findByUserIdAndId(UUID userId, UUID id);\n}\n',
      },
      findings: [{ file: 'src/main/java/app/TodoRepository.java', line: 2 }],
    },
    {
      name: 'a Mongo filter on the id and the owner (sergiokopplin/todo-api)',
      files: { 'package.json': EXPRESS_JWT, 'src/token.js': SIGN, 'src/todos-repository.ts': 'await collection.deleteOne({ _id: new ObjectId(id), accountId })\n' },
      findings: [{ file: 'src/todos-repository.ts', line: 1 }],
    },
    {
      name: "a resource's author compared with the current user (gothinkster/node-express-realworld-example-app)",
      files: { 'package.json': EXPRESS_JWT, 'src/token.js': SIGN, 'src/article.service.ts': 'if (existingArticle.author.id !== id) {\n  throw new HttpException(403, {});\n}\n' },
      findings: [{ file: 'src/article.service.ts', line: 1 }],
    },
    {
      name: 'records reached through the current user in Rails (bestwebua/todo-api, lakshmaji/pt-rails-todo-api)',
      files: {
        'Gemfile': "gem 'rails'\ngem 'doorkeeper'\n",
        'app/controllers/application_controller.rb': 'class ApplicationController < ActionController::API\n  before_action :authorize_request\nend\n',
        'app/controllers/projects_controller.rb': 'class ProjectsController < ApplicationController\n  def index\n    json_response(current_user.projects)\n  end\nend\n',
        'app/controllers/tasks_controller.rb': 'class TasksController < ApplicationController\n  def index\n    ListTasks.new(repo).execute(page:, user_id: doorkeeper_token.resource_owner_id)\n  end\nend\n',
      },
      findings: [{ file: 'app/controllers/projects_controller.rb', line: 3 }, { file: 'app/controllers/tasks_controller.rb', line: 3 }],
    },
    {
      name: 'a role check middleware (vyancharuk/nodejs-todo-api-boilerplate, muhammedkucukaslan/advanced-todo-api)',
      files: {
        'go.mod': 'module x\n\nrequire github.com/golang-jwt/jwt/v5 v5.0.0\n', 'auth.go': 'package auth\n\nimport "github.com/golang-jwt/jwt/v5"\n',
        'package.json': EXPRESS_JWT,
        'src/token.js': SIGN,
        'src/routes.ts': "router.delete('/todos', isAuth, checkRole(UserRoles.Admin), handler);\n",
        'middleware.go': 'package mw\n\nfunc Admin(c *fiber.Ctx) error {\n\trole := c.Locals("role").(string)\n\tif role != "ADMIN" {\n\t\treturn fiber.ErrForbidden\n\t}\n\treturn c.Next()\n}\n',
      },
      findings: [{ file: 'middleware.go', line: 5 }, { file: 'src/routes.ts', line: 1 }],
    },
  ],
  invalid: [
    {
      name: "passport.authorize links an OAuth account; it checks no permission (sahat/hackathon-starter)",
      files: {
        'package.json': packageJson({ dependencies: { express: '^4', passport: '^0.7' } }),
        'app.js': "const passport = require('passport');\napp.get('/auth/tumblr', passport.authorize('tumblr'));\n",
        'config/passport.js': "if (sessionAlreadyLoggedIn && req.user.id === user.id) req.flash('info', { msg: 'Account linked.' });\n",
      },
      outcome: 'fail',
    },
    {
      name: 'setting the owner on create and looking up refresh tokens are not access checks',
      files: {
        'package.json': EXPRESS_JWT,
        'src/token.js': SIGN,
        'src/todos.js': 'await Todo.create({ title, userId: req.user.id });\nconst list = await db.query("SELECT * FROM refresh_tokens WHERE id = $1 AND user_id = $2", [id, userId]);\n',
      },
      outcome: 'fail',
    },
    {
      name: "a method named hasRole over something else and a pattern table naming casbin are no access checks, nor is advice quoting one (portfolio-check's own source)",
      files: {
        'package.json': EXPRESS_JWT,
        'src/token.js': SIGN,
        'src/files.ts': "export class FileIndex {\n  hasRole(path: string, role: PathRole): boolean {\n    return this.roles.get(path) === role;\n  }\n}\nconst docs = files.all.filter((f) => files.hasRole(f.path, 'example-or-doc'));\n",
        'src/signals.ts': "export const SIGNALS = [\n  sig('authz:go', GO, /\"github\\.com\\/casbin\\/casbin\"/, 'casbin', 'Role'),\n];\n",
        'src/advice.ts': "export const ADVICE = {\n  go: { fix: 'Check ownership in the handler (post.UserID != claims.UserID → 403).' },\n  ruby: { fix: 'Check ownership on writes (current_user.posts.find(params[:id])) or use Pundit.' },\n};\n",
      },
      outcome: 'fail',
    },
    { name: 'login without any access checks', files: { 'package.json': EXPRESS_JWT, 'src/token.js': SIGN, 'src/posts.js': 'router.delete("/posts/:id", auth, (req, res) => Post.destroy(req.params.id));\n' }, outcome: 'fail' },
  ],
});

import { afterEach, describe, expect, it } from 'vitest';
import { contentPass } from '../../src/facts/content-pass.js';
import { RepositoryFacts } from '../../src/facts/facts.js';
import { servesHttp } from '../../src/facts/http.js';
import { normalizePath, pathMatches, routes } from '../../src/facts/routes/index.js';
import { testFacts } from '../../src/facts/tests.js';
import { WorkingTreeSource } from '../../src/source/working-tree.js';
import { buildRepo, makeTempDir, removeDir, type FileMap } from '../helpers/repo.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) removeDir(d);
});

async function served(files: FileMap) {
  const dir = makeTempDir();
  dirs.push(dir);
  buildRepo(dir, { files });
  return routes(new RepositoryFacts(new WorkingTreeSource(dir)));
}

/** `METHOD /path` of every route, sorted. */
async function table(files: FileMap): Promise<string[]> {
  return (await served(files)).routes.map((r) => `${r.method} ${r.path}`).sort();
}

describe('path normal form', () => {
  it('normalises every framework parameter syntax to {name}', () => {
    expect(normalizePath('/tasks/:id')).toBe('/tasks/{id}');
    expect(normalizePath('tasks/<int:task_id>/')).toBe('/tasks/{task_id}');
    expect(normalizePath('/tasks/{id:int}')).toBe('/tasks/{id}');
    expect(normalizePath('/tasks/{id?}')).toBe('/tasks/{id}');
    expect(normalizePath('^tasks/(?P<pk>[0-9]+)/$')).toBe('/tasks/{pk}');
    expect(normalizePath('/tasks/[id]')).toBe('/tasks/{id}');
    expect(normalizePath('{{baseUrl}}/tasks/${task.id}?x=1')).toBe('/tasks/{id}');
    expect(normalizePath('http://localhost:3000/api/tasks/')).toBe('/api/tasks');
  });

  it('matches a concrete call to a template, and not a longer path', () => {
    expect(pathMatches('/tasks/{id}', '/tasks/42')).toBe(true);
    expect(pathMatches('/tasks/{id}', '/TASKS/{taskId}')).toBe(true);
    expect(pathMatches('/tasks/{id}', '/tasks/42/comments')).toBe(false);
    expect(pathMatches('/tasks', '/users')).toBe(false);
  });
});

describe('javascript', () => {
  it('Express: routers mounted in a loop over a table of paths, and no CORS preflight route', async () => {
    expect(
      await table({
        'package.json': '{"dependencies":{"express":"^4"}}',
        'src/app.js': "const express = require('express');\nconst cors = require('cors');\nconst routes = require('./routes/v1');\nconst app = express();\napp.options('*', cors());\napp.use('/v1', routes);\nmodule.exports = app;\n",
        'src/routes/v1/index.js': "const express = require('express');\nconst authRoute = require('./auth.route');\nconst userRoute = require('./user.route');\nconst router = express.Router();\nconst defaultRoutes = [\n  { path: '/auth', route: authRoute },\n  { path: '/users', route: userRoute },\n];\ndefaultRoutes.forEach((route) => {\n  router.use(route.path, route.route);\n});\nmodule.exports = router;\n",
        'src/routes/v1/auth.route.js': "const express = require('express');\nconst router = express.Router();\nrouter.post('/login', login);\nmodule.exports = router;\n",
        'src/routes/v1/user.route.js': "const express = require('express');\nconst router = express.Router();\nrouter.route('/:userId').get(auth('getUsers'), getUser);\nmodule.exports = router;\n",
      }),
    ).toEqual(['GET /v1/users/{userId}', 'POST /v1/auth/login']);
  });

  it('Express guards: optional auth is no guard, an auth middleware is no role, app-level middleware after a mount does not reach it', async () => {
    const r = await served({
      'package.json': '{"dependencies":{"express":"^4","express-jwt":"^8"}}',
      'src/main.js': "const express = require('express');\nconst routes = require('./routes');\nconst app = express();\napp.use(routes);\napp.use((err, req, res, next) => {\n  if (err.name === 'UnauthorizedError') return res.status(401).json({ message: 'missing authorization credentials' });\n  next(err);\n});\napp.use(requireAdmin);\n",
      'src/routes.js': "const { Router } = require('express');\nconst auth = require('./auth');\nconst router = Router();\nrouter.post('/api/users', register);\nrouter.get('/api/articles', auth.optional, list);\nrouter.get('/api/user', auth.required, current);\nrouter.get('/api/feed', expressjwt({ secret, credentialsRequired: false }), feed);\nmodule.exports = router;\n",
    });
    expect(r.routes.map((x) => `${x.method} ${x.path} ${x.guards.map((g) => g.kind).join('+') || 'public'}`).sort()).toEqual(['GET /api/articles public', 'GET /api/feed public', 'GET /api/user auth', 'POST /api/users public']);
  });

  it('Express: routers mounted across files, chained route(), router-level and per-route guards', async () => {
    expect(
      await table({
        'package.json': '{"dependencies":{"express":"^4"}}',
        'src/app.js': "const express = require('express');\nconst tasks = require('./routes/tasks');\nconst app = express();\napp.use('/api/tasks', tasks);\napp.get('/health', (req, res) => res.send('ok'));\n",
        'src/routes/tasks.js': "const { Router } = require('express');\nconst auth = require('../auth');\nconst router = Router();\nrouter.get('/', list);\nrouter.use(authenticate);\nrouter.route('/:id').get(show).delete(remove);\nmodule.exports = router;\n",
      }),
    ).toEqual(['DELETE /api/tasks/{id}', 'GET /api/tasks', 'GET /api/tasks/{id}', 'GET /health']);
    const r = await served({
      'package.json': '{"dependencies":{"express":"^4"}}',
      'src/app.js': "const express = require('express');\nconst app = express();\napp.post('/tasks', requireAuth, create);\napp.get('/tasks', list);\n",
    });
    expect(r.routes.find((x) => x.method === 'POST')!.guards).toEqual([{ kind: 'auth', name: 'requireAuth' }]);
    expect(r.routes.find((x) => x.method === 'GET')!.guards).toEqual([]);
  });

  it('Express: a path in a named constant is resolved; a computed one is reported unresolved', async () => {
    const r = await served({
      'package.json': '{"dependencies":{"express":"^4"}}',
      'src/routes.ts': "import express from 'express';\nexport const ROUTES = { users: '/users' };\nconst app = express();\napp.get(ROUTES.users, list);\napp.get(base + '/x', other);\n",
    });
    expect(r.routes.map((x) => `${x.method} ${x.path}`)).toEqual(['GET /users']);
    expect(r.unresolved).toHaveLength(1);
  });

  it('Fastify: shorthand with a preHandler, route objects and prefixed plugins', async () => {
    expect(
      await table({
        'package.json': '{"dependencies":{"fastify":"^4"}}',
        'src/server.js': "import Fastify from 'fastify';\nimport tasks from './tasks.js';\nconst app = Fastify();\napp.register(tasks, { prefix: '/v1' });\n",
        'src/tasks.js': "export default async function (fastify) {\n  fastify.get('/tasks', { preHandler: [fastify.authenticate] }, list);\n  fastify.route({ method: ['PUT', 'PATCH'], url: '/tasks/:id', handler: update });\n}\n",
      }),
    ).toEqual(['GET /v1/tasks', 'PATCH /v1/tasks/{id}', 'PUT /v1/tasks/{id}']);
  });

  it('Fastify: @fastify/autoload mounts each plugin file under its folder, and plugins typed by their instance', async () => {
    const app = (options: string) =>
      `import autoload from '@fastify/autoload';\nimport Fastify from 'fastify';\nimport { dirname, join } from 'node:path';\nimport { fileURLToPath } from 'node:url';\nconst app = Fastify()\n  .register(cors)\n  .register(autoload, {\n    dir: join(dirname(fileURLToPath(import.meta.url)), 'routes'),\n    ${options}\n  });\nexport default app;\n`;
    const plugins = {
      'package.json': '{"dependencies":{"fastify":"^4","@fastify/autoload":"^5"}}',
      'src/routes/api/tasks.ts': "import type { AppInstance } from '../../types/fastify.js';\nexport default async function (app: AppInstance & FastifyInstance) {\n  app.route({ method: 'GET', url: '/tasks', handler: list });\n}\n",
      'src/routes/api/admin/users.ts': "import type { FastifyPluginAsync } from 'fastify';\nexport const autoPrefix = '/users';\nconst users: FastifyPluginAsync = async (fastify) => {\n  fastify.delete('/:id', remove);\n};\nexport default users;\n",
      'src/routes/api/tasks.test.ts': "app.get('/not-a-route', handler);\n",
    };
    expect(await table({ ...plugins, 'src/app.ts': app("ignorePattern: /^.*test.(?:js|ts)$/,") })).toEqual(['DELETE /api/admin/users/{id}', 'GET /api/tasks']);
    expect(await table({ ...plugins, 'src/app.ts': app("dirNameRoutePrefix: false, options: { prefix: '/v1' },") })).toEqual(['DELETE /v1/users/{id}', 'GET /v1/tasks']);
  });

  it('Koa: koa-router with a prefix option', async () => {
    expect(
      await table({
        'package.json': '{"dependencies":{"koa":"^2","@koa/router":"^12"}}',
        'src/index.js': "const Koa = require('koa');\nconst Router = require('@koa/router');\nconst app = new Koa();\nconst router = new Router({ prefix: '/api' });\nrouter.get('/tasks', list);\nrouter.del('/tasks/:id', remove);\napp.use(router.routes());\n",
      }),
    ).toEqual(['DELETE /api/tasks/{id}', 'GET /api/tasks']);
  });

  it('NestJS: controller prefix, global prefix, class and method guards, @Public', async () => {
    const r = await served({
      'package.json': '{"dependencies":{"@nestjs/common":"^10"}}',
      'src/main.ts': "async function bootstrap() { const app = await NestFactory.create(AppModule); app.setGlobalPrefix('api'); }\n",
      'src/tasks.controller.ts': "import { Controller, Get, Post, Delete, UseGuards } from '@nestjs/common';\n@Controller('tasks')\n@UseGuards(JwtAuthGuard)\nexport class TasksController {\n  @Get()\n  findAll() {}\n  @Public()\n  @Get(':id')\n  findOne() {}\n  @Delete(':id')\n  @Roles('admin')\n  remove() {}\n}\n",
    });
    expect(r.routes.map((x) => `${x.method} ${x.path} ${x.handler} ${x.guards.map((g) => g.kind).join('+')}`).sort()).toEqual([
      'DELETE /api/tasks/{id} remove auth+role',
      'GET /api/tasks findAll auth',
      'GET /api/tasks/{id} findOne ',
    ]);
  });

  it('Next.js: app router handlers and pages/api routes', async () => {
    expect(
      await table({
        'package.json': '{"dependencies":{"next":"^14"}}',
        'app/api/tasks/[id]/route.ts': 'export async function GET() {}\nexport async function DELETE() {}\n',
        'app/(admin)/api/stats/route.ts': 'export const GET = async () => {};\n',
        'pages/api/users/index.ts': "export default function handler(req, res) { if (req.method === 'POST') {} }\n",
      }),
    ).toEqual(['DELETE /api/tasks/{id}', 'GET /api/stats', 'GET /api/tasks/{id}', 'POST /api/users']);
  });
});

describe('python', () => {
  it('FastAPI: routers included with prefixes and Depends guards', async () => {
    const r = await served({
      'requirements.txt': 'fastapi\n',
      'app/main.py': 'from fastapi import FastAPI\nfrom app.routers import tasks\napp = FastAPI()\napp.include_router(tasks.router, prefix="/api")\n',
      'app/routers/tasks.py': 'from fastapi import APIRouter, Depends\nrouter = APIRouter(prefix="/tasks")\n\n@router.get("/")\ndef list_tasks():\n    pass\n\n@router.delete("/{task_id}")\ndef delete_task(task_id: int, user=Depends(get_current_user)):\n    pass\n',
    });
    expect(r.routes.map((x) => `${x.method} ${x.path} ${x.guards.length}`).sort()).toEqual(['DELETE /api/tasks/{task_id} 1', 'GET /api/tasks 0']);
  });

  it('Flask: blueprints registered with url_prefix, methods=, login_required', async () => {
    const r = await served({
      'requirements.txt': 'flask\n',
      'app/__init__.py': 'from flask import Flask\nfrom .tasks import bp as tasks_bp\napp = Flask(__name__)\napp.register_blueprint(tasks_bp, url_prefix="/tasks")\n',
      'app/tasks.py': 'from flask import Blueprint\nbp = Blueprint("tasks", __name__)\n\n@bp.route("/", methods=["GET", "POST"])\n@login_required\ndef tasks():\n    pass\n\n@bp.get("/<int:id>")\ndef task(id):\n    pass\n',
    });
    expect(r.routes.map((x) => `${x.method} ${x.path} ${x.guards.map((g) => g.name).join()}`).sort()).toEqual([
      'GET /tasks @login_required',
      'GET /tasks/{id} ',
      'POST /tasks @login_required',
    ]);
  });

  it('Django: include() chains, class-based views, DRF routers and viewsets with permissions', async () => {
    expect(
      await table({
        'requirements.txt': 'django\ndjangorestframework\n',
        'config/settings.py': 'ROOT_URLCONF = "config.urls"\n',
        'config/urls.py': 'from django.urls import include, path\nurlpatterns = [\n    path("admin/", admin.site.urls),\n    path("api/", include("tasks.urls")),\n]\n',
        'tasks/urls.py': 'from django.urls import path, include\nfrom rest_framework.routers import DefaultRouter\nfrom .views import TaskViewSet, StatsView, ping\nrouter = DefaultRouter()\nrouter.register(r"tasks", TaskViewSet)\nurlpatterns = [\n    path("", include(router.urls)),\n    path("stats/", StatsView.as_view()),\n    path("ping/", ping),\n]\n',
        'tasks/views.py': 'from rest_framework import viewsets, generics\nfrom rest_framework.decorators import api_view, action\n\nclass TaskViewSet(viewsets.ReadOnlyModelViewSet):\n    permission_classes = [IsAuthenticated]\n\n    @action(detail=True, methods=["post"])\n    def archive(self, request, pk=None):\n        pass\n\nclass StatsView(generics.ListAPIView):\n    pass\n\n@api_view(["GET", "POST"])\ndef ping(request):\n    pass\n',
      }),
    ).toEqual(['GET /api/ping', 'GET /api/stats', 'GET /api/tasks', 'GET /api/tasks/{pk}', 'POST /api/ping', 'POST /api/tasks/{pk}/archive']);
  });

  it('Django: a DRF router included under a regular expression anchor', async () => {
    expect(
      await table({
        'requirements.txt': 'django\ndjangorestframework\n',
        'conduit/urls.py': 'from django.conf.urls import include, url\nurlpatterns = [\n    url(r"^api/", include("conduit.apps.articles.urls")),\n]\n',
        'conduit/apps/articles/urls.py': 'from django.conf.urls import include, url\nfrom rest_framework.routers import DefaultRouter\nfrom .views import ArticleViewSet\nrouter = DefaultRouter(trailing_slash=False)\nrouter.register(r"articles", ArticleViewSet)\nurlpatterns = [\n    url(r"^", include(router.urls)),\n]\n',
        'conduit/apps/articles/views.py': 'from rest_framework import mixins, viewsets\n\nclass ArticleViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):\n    pass\n',
      }),
    ).toEqual(['GET /api/articles']);
  });

  it('Django: url() by keyword, generic views used straight from urls.py, and the methods of Redirect and Delete views', async () => {
    expect(
      await table({
        'requirements.txt': 'django<4\n',
        'config/urls.py': 'from django.conf.urls import include, url\nfrom django.views.generic import TemplateView\nurlpatterns = [\n    url(r"^$", TemplateView.as_view(template_name="pages/home.html"), name="home"),\n    url(r"^users/", include("app.users.urls", namespace="users")),\n]\n',
        'app/users/urls.py': 'from django.conf.urls import url\nfrom . import views\nurlpatterns = [\n    url(regex=r"^$", view=views.UserListView.as_view(), name="list"),\n    url(regex=r"^~redirect/$", view=views.UserRedirectView.as_view(), name="redirect"),\n    url(r"^(?P<pk>\\d+)/delete/$", views.UserDeleteView.as_view()),\n]\n',
        'app/users/views.py': 'from django.views.generic import DeleteView, ListView, RedirectView\n\nclass UserListView(ListView):\n    model = User\n\nclass UserRedirectView(RedirectView):\n    def get_redirect_url(self):\n        return "/"\n\nclass UserDeleteView(DeleteView):\n    model = User\n',
      }),
    ).toEqual(['ANY /users/~redirect', 'DELETE /users/{pk}/delete', 'GET /', 'GET /users', 'GET /users/{pk}/delete', 'POST /users/{pk}/delete']);
  });

  it('FastAPI: a router prefix from a settings default, and a computed one reported as unresolved', async () => {
    const r = await served({
      'requirements.txt': 'fastapi\n',
      'app/core/config.py': 'from pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n    API_V1_STR: str = "/api/v1"\n\nsettings = Settings()\n',
      'app/main.py': 'from fastapi import FastAPI\nfrom app.core.config import settings\nfrom app.api import items, admin\napp = FastAPI()\napp.include_router(items.router, prefix=settings.API_V1_STR)\napp.include_router(admin.router, prefix=os.environ["ADMIN_PREFIX"])\n',
      'app/api/items.py': 'from fastapi import APIRouter\nrouter = APIRouter()\n\n@router.get("/items")\ndef list_items():\n    pass\n',
      'app/api/admin.py': 'from fastapi import APIRouter\nrouter = APIRouter()\n\n@router.delete("/cache")\ndef clear():\n    pass\n',
    });
    expect(r.routes.map((x) => `${x.method} ${x.path} ${x.unresolvedPrefix ? 'unresolved' : 'resolved'}`).sort()).toEqual(['DELETE /cache unresolved', 'GET /api/v1/items resolved']);
  });
});

describe('java', () => {
  it('Spring: class and method mappings, RequestMapping methods, PreAuthorize, security config', async () => {
    const r = await served({
      'pom.xml': '<project><dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency></dependencies></project>',
      'src/main/java/app/TaskController.java': '@RestController\n@RequestMapping("/api/tasks")\npublic class TaskController {\n  @GetMapping\n  public List<Task> list() { return null; }\n  @GetMapping("/{id}")\n  public Task get(@PathVariable Long id) { return null; }\n  @PreAuthorize("hasRole(\'ADMIN\')")\n  @RequestMapping(value = "/{id}", method = RequestMethod.DELETE)\n  public void delete(@PathVariable Long id) {}\n}\n',
      'src/main/java/app/Security.java': 'public class Security {\n  SecurityFilterChain chain(HttpSecurity http) {\n    http.authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, "/api/tasks/**").permitAll().anyRequest().authenticated());\n  }\n}\n',
    });
    expect(r.routes.map((x) => `${x.method} ${x.path} ${x.handler} ${x.guards.map((g) => g.kind).join('+')}`).sort()).toEqual([
      'DELETE /api/tasks/{id} delete role+auth',
      'GET /api/tasks list ',
      'GET /api/tasks/{id} get ',
    ]);
  });

  it('Ktor: nested route blocks and authenticate', async () => {
    expect(
      await table({
        'build.gradle.kts': 'dependencies { implementation("io.ktor:ktor-server-core:2.3.0") }\n',
        'src/main/kotlin/App.kt': 'fun Application.module() {\n  routing {\n    route("/tasks") {\n      get { }\n      authenticate("jwt") {\n        post("/{id}") { }\n      }\n    }\n  }\n}\n',
      }),
    ).toEqual(['GET /tasks', 'POST /tasks/{id}']);
  });
});

describe('go', () => {
  it('Gin: groups, group middleware and a registration function taking the group', async () => {
    const r = await served({
      'go.mod': 'module example.com/app\n\nrequire github.com/gin-gonic/gin v1.9.0\n',
      'main.go': 'package main\n\nimport "github.com/gin-gonic/gin"\n\nfunc main() {\n\tr := gin.Default()\n\tapi := r.Group("/api")\n\tapi.Use(AuthMiddleware())\n\tRegisterTasks(api)\n\tr.GET("/health", health)\n}\n',
      'tasks.go': 'package main\n\nimport "github.com/gin-gonic/gin"\n\nfunc RegisterTasks(rg *gin.RouterGroup) {\n\tt := rg.Group("/tasks")\n\tt.GET("/:id", getTask)\n\tt.DELETE("/:id", deleteTask)\n}\n',
    });
    expect(r.routes.map((x) => `${x.method} ${x.path} ${x.guards.length}`).sort()).toEqual(['DELETE /api/tasks/{id} 1', 'GET /api/tasks/{id} 1', 'GET /health 0']);
  });

  it('chi, Echo, Fiber, gorilla/mux and net/http patterns', async () => {
    expect(
      await table({
        'go.mod': 'module example.com/app\n',
        'chi.go': 'package main\n\nimport "github.com/go-chi/chi/v5"\n\nfunc chiRoutes() {\n\tr := chi.NewRouter()\n\tr.Route("/todos", func(r chi.Router) {\n\t\tr.Get("/", list)\n\t\tr.With(auth).Post("/", create)\n\t})\n}\n',
        'echo.go': 'package main\n\nimport "github.com/labstack/echo/v4"\n\nfunc echoRoutes() {\n\te := echo.New()\n\tg := e.Group("/v1")\n\tg.PUT("/items/:id", update, jwtMiddleware)\n}\n',
        'fiber.go': 'package main\n\nimport "github.com/gofiber/fiber/v2"\n\nfunc fiberRoutes() {\n\tapp := fiber.New()\n\tapi := app.Group("/api")\n\tapi.Patch("/notes/:id", patchNote)\n}\n',
        'mux.go': 'package main\n\nimport "github.com/gorilla/mux"\n\nfunc muxRoutes() {\n\tr := mux.NewRouter()\n\ts := r.PathPrefix("/users").Subrouter()\n\ts.HandleFunc("/{id}", getUser).Methods("GET")\n}\n',
        'std.go': 'package main\n\nimport "net/http"\n\nfunc stdRoutes() {\n\tmux := http.NewServeMux()\n\tmux.HandleFunc("DELETE /books/{id}", deleteBook)\n}\n',
      }),
    ).toEqual(['DELETE /books/{id}', 'GET /todos', 'GET /users/{id}', 'PATCH /api/notes/{id}', 'POST /todos', 'PUT /v1/items/{id}']);
  });

  it('chi: routers returned by methods of the same name in several packages, mounted by the type of a field', async () => {
    const chi = (pkg: string, body: string) => `package ${pkg}\n\nimport "github.com/go-chi/chi/v5"\n\n${body}`;
    expect(
      await table({
        'go.mod': 'module example.com/app\n\nrequire github.com/go-chi/chi/v5 v5.0.0\n',
        'api/api.go': chi('api', 'func New() *chi.Mux {\n\tauthResource, err := auth.NewResource()\n\tadminAPI, err := admin.NewAPI(db)\n\tr := chi.NewRouter()\n\tr.Mount("/auth", authResource.Router())\n\tr.Group(func(r chi.Router) {\n\t\tr.Use(jwt.Authenticator)\n\t\tr.Mount("/admin", adminAPI.Router())\n\t})\n\treturn r\n}\n'),
        'auth/api.go': chi('auth', 'func (rs *Resource) Router() *chi.Mux {\n\tr := chi.NewRouter()\n\tr.Post("/login", rs.login)\n\treturn r\n}\n'),
        'admin/api.go': chi('admin', 'type API struct {\n\tAccounts *AccountResource\n\tRoles    *RoleResource\n}\n\nfunc (a *API) Router() *chi.Mux {\n\tr := chi.NewRouter()\n\tr.Get("/", hello)\n\tr.Mount("/accounts", a.Accounts.router())\n\tr.Mount("/roles", a.Roles.router())\n\treturn r\n}\n'),
        'admin/accounts.go': chi('admin', 'func (rs *AccountResource) router() *chi.Mux {\n\tr := chi.NewRouter()\n\tr.Get("/", rs.list)\n\tr.Route("/{accountID}", func(r chi.Router) {\n\t\tr.Delete("/", rs.delete)\n\t})\n\treturn r\n}\n'),
        'admin/roles.go': chi('admin', 'func (rs *RoleResource) router() *chi.Mux {\n\tr := chi.NewRouter()\n\tr.Get("/", rs.list)\n\treturn r\n}\n'),
      }),
    ).toEqual(['DELETE /admin/accounts/{accountID}', 'GET /admin', 'GET /admin/accounts', 'GET /admin/roles', 'POST /auth/login']);
  });

  it('Gin: groups made in the registration call, optional then required auth added between registrations', async () => {
    const r = await served({
      'go.mod': 'module example.com/app\n\nrequire github.com/gin-gonic/gin v1.9.0\n',
      'main.go': 'package main\n\nimport "github.com/gin-gonic/gin"\n\nfunc main() {\n\tr := gin.Default()\n\tv1 := r.Group("/api")\n\tusers.UsersRegister(v1.Group("/users"))\n\tv1.Use(users.AuthMiddleware(false))\n\tarticles.AnonymousRegister(v1.Group("/articles"))\n\tv1.Use(users.AuthMiddleware(true))\n\tarticles.Register(v1.Group("/articles"))\n}\n',
      'users/routers.go': 'package users\n\nimport "github.com/gin-gonic/gin"\n\nfunc UsersRegister(router *gin.RouterGroup) {\n\trouter.POST("/", Registration)\n}\n',
      'articles/routers.go': 'package articles\n\nimport "github.com/gin-gonic/gin"\n\nfunc AnonymousRegister(router *gin.RouterGroup) {\n\trouter.GET("/:slug", Retrieve)\n}\n\nfunc Register(router *gin.RouterGroup) {\n\trouter.DELETE("/:slug", Delete)\n}\n',
    });
    expect(r.routes.map((x) => `${x.method} ${x.path} ${x.guards.map((g) => g.kind).join('+') || 'public'}`).sort()).toEqual(['DELETE /api/articles/{slug} auth', 'GET /api/articles/{slug} public', 'POST /api/users public']);
  });

  it('Echo: the app built and returned by another package, its group passed to a method', async () => {
    const r = await served({
      'go.mod': 'module example.com/app\n',
      'router/router.go': 'package router\n\nimport "github.com/labstack/echo/v4"\n\nfunc New() *echo.Echo {\n\te := echo.New()\n\te.Use(middleware.Logger())\n\treturn e\n}\n',
      'db/db.go': 'package db\n\nfunc New() *gorm.DB {\n\treturn nil\n}\n',
      'main.go': 'package main\n\nimport "github.com/labstack/echo/v4"\n\nfunc main() {\n\td := db.New()\n\tr := router.New()\n\tr.GET("/swagger/*", echoSwagger.WrapHandler)\n\tv1 := r.Group("/api")\n\th := handler.NewHandler(us)\n\th.Register(v1)\n}\n',
      'handler/routes.go': 'package handler\n\nimport "github.com/labstack/echo/v4"\n\nfunc (h *Handler) Register(v1 *echo.Group) {\n\tusers := v1.Group("/users")\n\tusers.POST("/login", h.Login)\n}\n',
    });
    expect(r.routes.map((x) => `${x.method} ${x.path}${x.unresolvedPrefix ? ' unresolved' : ''}`).sort()).toEqual(['GET /swagger/*', 'POST /api/users/login']);
  });
});

describe('php', () => {
  it('Laravel: /api prefix, nested groups with middleware, apiResource with only/except', async () => {
    const r = await served({
      'composer.json': '{"require":{"laravel/framework":"^11"}}',
      'routes/api.php': "<?php\nRoute::post('/login', [AuthController::class, 'login']);\nRoute::middleware('auth:sanctum')->prefix('v1')->group(function () {\n    Route::apiResource('tasks', TaskController::class)->except(['destroy']);\n    Route::group(['prefix' => 'admin', 'middleware' => ['role:admin']], function () {\n        Route::delete('/users/{user}', [UserController::class, 'destroy']);\n    });\n});\n",
    });
    expect(r.routes.map((x) => `${x.method} ${x.path} ${x.guards.map((g) => g.kind).join('+')}`).sort()).toEqual([
      'DELETE /api/v1/admin/users/{user} auth+role',
      'GET /api/v1/tasks auth',
      'GET /api/v1/tasks/{task} auth',
      'PATCH /api/v1/tasks/{task} auth',
      'POST /api/login ',
      'POST /api/v1/tasks auth',
      'PUT /api/v1/tasks/{task} auth',
    ]);
  });

  it('Slim groups with ->add(), and Symfony attributes and annotations', async () => {
    expect(
      await table({
        'composer.json': '{"require":{"slim/slim":"^4","symfony/framework-bundle":"^6"}}',
        'src/routes.php': "<?php\nreturn function ($app) {\n    $app->group('/api', function (RouteCollectorProxy $group) {\n        $group->get('/notes', ListNotes::class);\n    })->add(new AuthMiddleware());\n};\n",
        'src/Controller/TaskController.php': "<?php\n#[Route('/tasks')]\nclass TaskController extends AbstractController\n{\n    #[Route('/{id}', name: 'task_show', methods: ['GET'])]\n    public function show(int $id) {}\n\n    /**\n     * @Route(\"/{id}\", methods={\"DELETE\"})\n     */\n    public function delete(int $id) {}\n}\n",
      }),
    ).toEqual(['DELETE /tasks/{id}', 'GET /api/notes', 'GET /tasks/{id}']);
  });

  it('Laravel resource options arrays, and Symfony single-action controllers routed on the class', async () => {
    expect(
      await table({
        'composer.json': '{"require":{"laravel/framework":"^5.4"}}',
        'routes/api.php': "<?php\nRoute::resource('articles', 'ArticleController', [\n    'except' => ['create', 'edit']\n]);\nRoute::resource('articles/{article}/comments', 'CommentController', ['only' => ['index', 'destroy']]);\n",
      }),
    ).toEqual(['DELETE /api/articles/{article}', 'DELETE /api/articles/{article}/comments/{comment}', 'GET /api/articles', 'GET /api/articles/{article}', 'GET /api/articles/{article}/comments', 'PATCH /api/articles/{article}', 'POST /api/articles', 'PUT /api/articles/{article}']);
    expect(
      await table({
        'composer.json': '{"require":{"symfony/framework-bundle":"^6"}}',
        'src/Controller/GetTagsController.php': "<?php\n/**\n * @Route(\"/api/tags\", methods={\"GET\"}, name=\"api_tags\")\n */\nfinal class GetTagsController\n{\n    public function __invoke(): array { return []; }\n}\n",
        'src/Controller/HealthController.php': "<?php\n#[Route('/health')]\nfinal class HealthController\n{\n    public function __invoke(): Response {}\n}\n",
      }),
    ).toEqual(['ANY /health', 'GET /api/tags']);
  });

  it('Slim 3: $this->verb() inside a group closure, optional segments, and container reads that are no routes', async () => {
    const r = await served({
      'composer.json': '{"require":{"slim/slim":"^3.1"}}',
      'src/routes.php':
        "<?php\n$app->group('/api', function () {\n    $jwt = $this->getContainer()->get('jwt');\n    $this->post('/users/login', LoginController::class . ':login');\n    $this->get('/articles[/{slug}]', ArticleController::class . ':show');\n    $this->delete('/articles/{slug:[a-z0-9-]+}', ArticleController::class . ':destroy')->add($jwt);\n    $this->get('/tags', function ($request, $response) {\n        return $response->withJson($this->get('settings'));\n    });\n});\n$app->get('/[{name}]', function ($request, $response, $args) {\n    return $this->renderer->render($response, 'index.phtml', $args);\n});\n",
      'src/Controllers/ArticleController.php': "<?php\nclass ArticleController\n{\n    public function show($request, $response, $args)\n    {\n        $this->get('/not-a-route', 'x');\n    }\n}\n",
    });
    expect(r.routes.map((x) => `${x.method} ${x.path}`).sort()).toEqual(['DELETE /api/articles/{slug}', 'GET /api/articles/{slug}', 'GET /api/tags', 'GET /{name}', 'POST /api/users/login']);
  });

  it('Symfony: the prefix of the YAML import that loads the attribute routes, and routes declared in YAML', async () => {
    const files: FileMap = {
      'composer.json': '{"require":{"symfony/framework-bundle":"^7"}}',
      'config/routes.yaml':
        "homepage:\n    path: /{_locale}\n    controller: Symfony\\Bundle\\FrameworkBundle\\Controller\\TemplateController::templateAction\n    defaults:\n        _locale: en\n\ncontrollers:\n    resource: routing.controllers\n    prefix: /{_locale}\n\nhealth:\n    path: /health\n    methods: [GET, HEAD]\n",
      'config/routes/api.yaml': 'api:\n    resource: ../../src/Controller/Api/\n    type: attribute\n    prefix: /api/v1\n',
      'config/routes/web_profiler.yaml': "when@dev:\n    web_profiler_wdt:\n        resource: '@WebProfilerBundle/Resources/config/routing/wdt.php'\n        prefix: /_wdt\n",
      'src/Controller/BlogController.php': "<?php\n#[Route('/blog')]\nfinal class BlogController extends AbstractController\n{\n    #[Route('/', name: 'blog_index', methods: ['GET'])]\n    public function index(): Response {}\n}\n",
      'src/Controller/SecurityController.php': "<?php\nfinal class SecurityController extends AbstractController\n{\n    #[Route('/login', name: 'security_login')]\n    public function login(): Response {}\n}\n",
      'src/Controller/Api/TagController.php': "<?php\n#[Route('/tags')]\nfinal class TagController\n{\n    #[Route('/{id}', methods: ['DELETE'])]\n    public function delete(int $id): Response {}\n}\n",
    };
    expect(await table(files)).toEqual(['ANY /{_locale}', 'ANY /{_locale}/login', 'DELETE /api/v1/tags/{id}', 'GET /health', 'GET /{_locale}/blog', 'HEAD /health']);
  });
});

describe('csharp', () => {
  it('ASP.NET Core: [controller] tokens, inherited actions, [Authorize] and [AllowAnonymous]', async () => {
    const r = await served({
      'Api/Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>',
      'Api/Controllers/BaseController.cs': '[ApiController]\n[Route("api/[controller]")]\n[Authorize]\npublic abstract class BaseController : ControllerBase\n{\n    [HttpGet("{id}")]\n    public IActionResult Get(int id) => Ok();\n}\n',
      'Api/Controllers/TodosController.cs': 'public class TodosController : BaseController\n{\n    [HttpPost]\n    [AllowAnonymous]\n    public IActionResult Create() => Ok();\n}\n',
    });
    expect(r.routes.map((x) => `${x.method} ${x.path} ${x.guards.length}`).sort()).toEqual(['GET /api/Todos/{id} 1', 'POST /api/Todos 0']);
  });

  it('minimal APIs with MapGroup and RequireAuthorization', async () => {
    const r = await served({
      'Api/Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>',
      'Api/Program.cs': 'var app = builder.Build();\nvar todos = app.MapGroup("/todos").RequireAuthorization();\ntodos.MapGet("/{id:int}", GetTodo);\napp.MapPost("/login", Login);\n',
    });
    expect(r.routes.map((x) => `${x.method} ${x.path} ${x.guards.length}`).sort()).toEqual(['GET /todos/{id} 1', 'POST /login 0']);
  });

  it('controllers with a C# 12 primary constructor, app.Map and health checks', async () => {
    expect(
      await table({
        'Api/Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>',
        'Api/Features/TagsController.cs': '[Route("tags")]\npublic class TagsController(IMediator mediator, ILogger<TagsController> log)\n    : Controller\n{\n    [HttpGet]\n    public Task<TagsEnvelope> Get(CancellationToken ct) => mediator.Send(new List.Query(), ct);\n}\n',
        'Api/Program.cs': 'var app = builder.Build();\napp.Map("/", () => Results.Redirect("/docs"));\napp.MapHealthChecks("/health");\nvar dto = mapper.Map(source, destination);\n',
      }),
    ).toEqual(['ANY /', 'GET /health', 'GET /tags']);
  });

  it('one group variable name reused by several Map…Endpoints methods of a file keeps each method its own prefix', async () => {
    const r = await served({
      'Api/Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>',
      'Api/Endpoints/BlogEndpoints.cs':
        'public static class BlogEndpoints\n{\n    public static void MapCommentsEndpoints(this IEndpointRouteBuilder app)\n    {\n        var group = app.MapGroup("/api/comments").RequireAuthorization();\n        group.MapGet("/{id:guid}", GetComment);\n        group.MapDelete("/{id:guid}", DeleteComment);\n    }\n\n    public static void MapStatisticsEndpoints(this IEndpointRouteBuilder app)\n    {\n        var group = app.MapGroup("/api/statistics");\n        group.MapGet("/", GetStatistics);\n    }\n\n    public static void MapHealth(this RouteGroupBuilder group)\n    {\n        group.MapGet("/ping", Ping);\n    }\n}\n',
      'Api/Program.cs': 'var app = builder.Build();\napp.MapCommentsEndpoints();\napp.MapStatisticsEndpoints();\n',
    });
    expect(r.routes.map((x) => `${x.method} ${x.path} ${x.guards.length}`).sort()).toEqual(['DELETE /api/comments/{id} 1', 'GET /api/comments/{id} 1', 'GET /api/statistics 0', 'GET /ping 0']);
  });

  it('a class [Route] template holding a {parameter} keeps its prefix', async () => {
    expect(
      await table({
        'Api/Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>',
        'Api/Controllers/CommentingController.cs':
          'namespace Api.Controllers\n{\n    [Route("api/meetings/{meetingId}/commenting")]\n    [ApiController]\n    public class CommentingController : ControllerBase\n    {\n        [HttpPatch("disable")]\n        [Authorize]\n        public IActionResult Disable(Guid meetingId) => Ok();\n\n        [HttpPut]\n        [Route("{commentId}/pin")]\n        public IActionResult Pin(Guid meetingId, Guid commentId) => Ok();\n    }\n}\n',
      }),
    ).toEqual(['PATCH /api/meetings/{meetingId}/commenting/disable', 'PUT /api/meetings/{meetingId}/commenting/{commentId}/pin']);
  });
});

describe('ruby', () => {
  it('Rails: namespaces, nested resources, member routes, api_only, controller before_action', async () => {
    const r = await served({
      Gemfile: "gem 'rails'\n",
      'config/application.rb': 'module App\n  class Application < Rails::Application\n    config.api_only = true\n  end\nend\n',
      'config/routes.rb': "Rails.application.routes.draw do\n  namespace :api do\n    resources :projects, only: [:index, :show] do\n      resources :tasks, only: :create\n      member do\n        post :archive\n      end\n    end\n    post 'login', to: 'sessions#create'\n  end\nend\n",
      'app/controllers/api/projects_controller.rb': "class Api::ProjectsController < ApplicationController\n  before_action :authenticate_user!, except: [:index]\nend\n",
    });
    expect(r.routes.map((x) => `${x.method} ${x.path} ${x.guards.length}`).sort()).toEqual([
      'GET /api/projects 0',
      'GET /api/projects/{id} 1',
      'POST /api/login 0',
      'POST /api/projects/{id}/archive 1',
      'POST /api/projects/{project_id}/tasks 0',
    ]);
  });

  it('Rails: only: lists are not more resources, and on: :collection routes sit on the collection', async () => {
    expect(
      await table({
        Gemfile: "gem 'rails'\n",
        'config/application.rb': 'module App\n  class Application < Rails::Application\n    config.api_only = true\n  end\nend\n',
        'config/routes.rb': "Rails.application.routes.draw do\n  scope :api do\n    resources :articles, param: :slug, only: [:index] do\n      resources :comments, only: [:create, :index, :destroy]\n      get :feed, on: :collection\n    end\n  end\nend\n",
      }),
    ).toEqual(['DELETE /api/articles/{article_slug}/comments/{id}', 'GET /api/articles', 'GET /api/articles/feed', 'GET /api/articles/{article_slug}/comments', 'POST /api/articles/{article_slug}/comments']);
  });

  it('modular Sinatra: controllers deriving from an app class, mounted by config.ru map()', async () => {
    expect(
      await table({
        Gemfile: "gem 'sinatra'\n",
        'config.ru': "require './controllers/ApplicationController'\nmap('/') {\n  run ApplicationController\n}\nmap('/hunts') {\n  run HuntController\n}\n",
        'controllers/ApplicationController.rb': "class ApplicationController < Sinatra::Base\n  use Rack::MethodOverride\nend\n",
        'controllers/HuntController.rb': "class HuntController < ApplicationController\n  get '/' do\n    'ok'\n  end\n\n  post '/:id/play' do\n    'ok'\n  end\nend\n",
      }),
    ).toEqual(['GET /hunts', 'POST /hunts/{id}/play']);
  });

  it('Sinatra routes with a before filter', async () => {
    const r = await served({
      Gemfile: "gem 'sinatra'\n",
      'app.rb': "require 'sinatra'\n\nbefore do\n  authenticate!\nend\n\nget '/tasks/:id' do\n  'ok'\nend\n",
    });
    expect(r.routes.map((x) => `${x.method} ${x.path} ${x.guards.length}`)).toEqual(['GET /tasks/{id} 1']);
  });
});

describe('claims and test calls', () => {
  it('marks routes documented (README, OpenAPI, Postman, .http) and tested, and lists documented-but-not-served', async () => {
    const r = await served({
      'package.json': '{"dependencies":{"express":"^4"}}',
      'README.md': '# API\n\n| Method | Path |\n| --- | --- |\n| GET | `/tasks` |\n| DELETE | `/tasks/:id` |\n',
      'openapi.yaml': 'openapi: 3.0.0\ninfo: { title: t, version: "1" }\npaths:\n  /tasks/{id}:\n    get: {}\n',
      'api.postman_collection.json': '{"item":[{"name":"x","request":{"method":"POST","url":{"raw":"{{baseUrl}}/tasks"}}}]}',
      'requests.http': 'GET {{host}}/reports\n',
      'src/app.js': "const express = require('express');\nconst app = express();\napp.get('/tasks', list);\napp.post('/tasks', create);\napp.get('/tasks/:id', show);\n",
      'test/tasks.test.js': "const request = require('supertest');\nit('shows', async () => { await request(app).get('/tasks/' + id); });\n",
    });
    const byKey = new Map(r.routes.map((x) => [`${x.method} ${x.path}`, x]));
    expect(byKey.get('GET /tasks')!.documented?.kind).toBe('readme');
    expect(byKey.get('POST /tasks')!.documented?.kind).toBe('collection');
    expect(byKey.get('GET /tasks/{id}')!.documented?.kind).toBe('openapi');
    expect(byKey.get('GET /tasks/{id}')!.tested?.file).toBe('test/tasks.test.js');
    expect(byKey.get('GET /tasks')!.tested).toBeUndefined();
    expect(r.documentedNotServed.map((c) => `${c.method} ${c.path}`).sort()).toEqual(['DELETE /tasks/{id}', 'GET /reports']);
  });

  it('reads test calls of every ecosystem', async () => {
    const r = await served({
      'tests/test_api.py': 'def test_x(client):\n    client.post(f"/tasks/{task.id}/done")\n',
      'src/test/java/AppTest.java': 'mvc.perform(get("/api/items/{id}", 1));\n',
      'handler_test.go': 'package main\nfunc TestX(t *testing.T) { req := httptest.NewRequest(http.MethodDelete, "/books/1", nil) }\n',
      'tests/Feature/TaskTest.php': "<?php\n$this->putJson('/api/tasks/1', []);\n",
      'Api.Tests/TodoTests.cs': 'var res = await client.GetAsync("/todos/5");\n',
      'spec/requests/tasks_spec.rb': "get \"/tasks/#{task.id}\"\n",
    });
    expect(r.called.map((c) => `${c.method} ${c.path}`).sort()).toEqual([
      'DELETE /books/1',
      'GET /api/items/{id}',
      'GET /tasks/{id}',
      'GET /todos/5',
      'POST /tasks/{id}/done',
      'PUT /api/tasks/1',
    ]);
  });
});

describe('cost', () => {
  it('reads no source or test file for routes beyond the content pass and the test facts', async () => {
    const dir = makeTempDir();
    dirs.push(dir);
    buildRepo(dir, {
      files: {
        'package.json': '{"dependencies":{"express":"^4"}}',
        'README.md': '# API\n\n- `GET /tasks`\n',
        'src/app.js': "const express = require('express');\nconst tasks = require('./tasks');\nconst app = express();\napp.use('/api', tasks);\n",
        'src/tasks.js': "const router = require('express').Router();\nrouter.get('/tasks', list);\nmodule.exports = router;\n",
        'test/tasks.test.js': "it('lists', async () => { await request(app).get('/api/tasks'); });\n",
      },
    });
    const source = new WorkingTreeSource(dir);
    const reads: string[] = [];
    const readFile = source.readFile.bind(source);
    const readEach = source.readEach.bind(source);
    source.readFile = (path, options) => {
      reads.push(path);
      return readFile(path, options);
    };
    source.readEach = (paths, maxBytes, visit) => {
      reads.push(...paths);
      readEach(paths, maxBytes, visit);
    };
    const facts = new RepositoryFacts(source);
    await Promise.all([contentPass(facts), testFacts(facts)]);
    const before = reads.length;
    expect(reads.filter((p) => p.endsWith('.js')).sort()).toEqual(['src/app.js', 'src/tasks.js', 'test/tasks.test.js']);
    const r = await routes(facts);
    expect(r.routes.map((x) => `${x.method} ${x.path} ${x.tested?.file}`)).toEqual(['GET /api/tasks test/tasks.test.js']);
    expect(reads.slice(before).filter((p) => p.endsWith('.js'))).toEqual([]);
  });

  it('does not lex a JavaScript package that declares no HTTP server; a server declared for development counts', async () => {
    const code = { 'src/index.js': "export function get(map, key) { return map.get(key); }\nconst app = makeApp();\napp.get('/tasks', list);\n" };
    expect(await table({ 'package.json': '{"name":"lib","dependencies":{"lodash":"^4"}}', ...code })).toEqual([]);
    expect(await table({ 'package.json': '{"name":"api","devDependencies":{"fastify":"^4"}}', ...code })).toEqual(['GET /tasks']);
  });
});

describe('serves HTTP', () => {
  it('is answered by the routes when the manifest declares no framework the catalogue knows (JAX-RS)', async () => {
    const dir = makeTempDir();
    dirs.push(dir);
    buildRepo(dir, {
      files: {
        'pom.xml': '<project><dependencies><dependency><groupId>jakarta.ws.rs</groupId><artifactId>jakarta.ws.rs-api</artifactId></dependency></dependencies></project>',
        'src/main/java/app/TaskResource.java': '@Path("/tasks")\npublic class TaskResource {\n  @GET\n  public List<Task> list() { return null; }\n}\n',
      },
    });
    const facts = new RepositoryFacts(new WorkingTreeSource(dir));
    expect((await facts.ecosystems()).http).toBe(false);
    expect(await servesHttp(facts)).toBe(true);
  });

  it('stays false for a library with no route and no server', async () => {
    const dir = makeTempDir();
    dirs.push(dir);
    buildRepo(dir, { files: { 'pom.xml': '<project></project>', 'src/main/java/lib/Mapping.java': 'public class Mapping { Map<String, String> values; }\n' } });
    expect(await servesHttp(new RepositoryFacts(new WorkingTreeSource(dir)))).toBe(false);
  });
});

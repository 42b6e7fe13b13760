/** Per-ecosystem parts of the calibration anchors (see anchors.ts). Small, but real code. */
import type { Kit } from './anchors.js';

export const javascript: Kit = {
  ecosystem: 'javascript',
  commands: { install: 'npm ci', run: 'npm start', test: 'npm test' },
  image: 'node:20-alpine',
  docker: ['COPY package*.json ./', 'RUN npm ci --omit=dev', 'COPY . .', 'USER node', 'EXPOSE 8080', 'CMD ["node", "src/server.js"]'],
  app: {
    'package.json': JSON.stringify(
      {
        name: 'tasks-api',
        version: '1.0.0',
        type: 'module',
        scripts: { start: 'node src/server.js', test: 'node --test', migrate: 'knex migrate:latest', seed: 'knex seed:run' },
        dependencies: { express: '^4.21.2', pg: '^8.13.1', knex: '^3.1.0', zod: '^3.24.1', bcrypt: '^5.1.1', jsonwebtoken: '^9.0.2', 'express-rate-limit': '^7.4.1', pino: '^9.5.0' },
        devDependencies: { supertest: '^7.0.0' },
      },
      null,
      2,
    ),
    'src/server.js': "import { createApp } from './app.js';\n\nconst port = process.env.PORT ?? 8080;\ncreateApp().listen(port);\n",
    'src/app.js':
      "import express from 'express';\nimport { tasksRouter } from './routes/tasks.js';\n\nexport function createApp() {\n  const app = express();\n  app.use(express.json());\n  app.get('/health', (_req, res) => res.json({ status: 'ok' }));\n  app.use('/tasks', tasksRouter);\n  return app;\n}\n",
    'src/routes/tasks.js':
      "import { Router } from 'express';\nimport * as service from '../services/tasks.js';\n\nexport const tasksRouter = Router();\n\ntasksRouter.get('/', async (_req, res) => res.json(await service.list()));\n\ntasksRouter.post('/', async (req, res) => {\n  const task = await service.create(req.body);\n  res.status(201).json(task);\n});\n\ntasksRouter.get('/:id', async (req, res) => {\n  const task = await service.find(Number(req.params.id));\n  return task ? res.json(task) : res.status(404).json({ error: 'not found' });\n});\n",
    'src/services/tasks.js':
      "const tasks = [];\n\nexport async function list() {\n  return tasks;\n}\n\nexport async function create(input) {\n  const task = { id: tasks.length + 1, title: String(input.title), done: false };\n  tasks.push(task);\n  return task;\n}\n\nexport async function find(id) {\n  return tasks.find((t) => t.id === id);\n}\n\nexport function title(task) {\n  return task.title.trim();\n}\n",
  },
  tests: {
    'test/tasks.test.js':
      "import { test } from 'node:test';\nimport assert from 'node:assert/strict';\nimport { create, find, title } from '../src/services/tasks.js';\n\ntest('creates a task', async () => {\n  const task = await create({ title: 'Write tests' });\n  assert.equal(task.title, 'Write tests');\n});\n\ntest('finds a task by id', async () => {\n  const task = await create({ title: 'Find me' });\n  assert.deepEqual(await find(task.id), task);\n});\n\ntest('trims titles', () => {\n  assert.equal(title({ title: ' a ' }), 'a');\n});\n",
  },
  apiTests: {
    'test/api.test.js':
      "import { test } from 'node:test';\nimport assert from 'node:assert/strict';\nimport request from 'supertest';\nimport { createApp } from '../src/app.js';\n\nconst app = createApp();\n\ntest('POST /tasks creates a task', async () => {\n  const res = await request(app).post('/tasks').send({ title: 'Write tests' });\n  assert.equal(res.status, 201);\n});\n\ntest('GET /tasks/999 is 404', async () => {\n  const res = await request(app).get('/tasks/999');\n  assert.equal(res.status, 404);\n});\n\ntest('POST /tasks without a title is 400', async () => {\n  const res = await request(app).post('/tasks').send({});\n  assert.equal(res.status, 400);\n});\n",
  },
  security: {
    'src/routes/auth.js':
      "import { Router } from 'express';\nimport bcrypt from 'bcrypt';\nimport jwt from 'jsonwebtoken';\nimport rateLimit from 'express-rate-limit';\nimport { z } from 'zod';\nimport { db } from '../db.js';\n\nconst Login = z.object({ email: z.string().email(), password: z.string().min(8) });\nexport const authRouter = Router();\nconst limiter = rateLimit({ windowMs: 60_000, limit: 10 });\n\nauthRouter.post('/register', limiter, async (req, res) => {\n  const parsed = Login.safeParse(req.body);\n  if (!parsed.success) return res.status(400).json({ error: parsed.error.issues });\n  const hash = await bcrypt.hash(parsed.data.password, 12);\n  const [user] = await db('users').insert({ email: parsed.data.email, password_hash: hash, role: 'user' }).returning('*');\n  return res.status(201).json({ id: user.id });\n});\n\nauthRouter.post('/login', limiter, async (req, res) => {\n  const parsed = Login.safeParse(req.body);\n  if (!parsed.success) return res.status(400).json({ error: parsed.error.issues });\n  const user = await db('users').where({ email: parsed.data.email }).first();\n  if (!user || !(await bcrypt.compare(parsed.data.password, user.password_hash))) return res.status(401).json({ error: 'invalid credentials' });\n  return res.json({ token: jwt.sign({ sub: user.id, role: user.role }, process.env.JWT_SECRET, { expiresIn: '1h' }) });\n});\n",
    'src/middleware/auth.js':
      "import jwt from 'jsonwebtoken';\n\nexport function requireAuth(req, res, next) {\n  const token = req.headers.authorization?.replace('Bearer ', '');\n  try {\n    req.user = jwt.verify(token, process.env.JWT_SECRET);\n    return next();\n  } catch {\n    return res.status(401).json({ error: 'unauthorized' });\n  }\n}\n\nexport function requireRole(role) {\n  return (req, res, next) => (req.user?.role === role ? next() : res.status(403).json({ error: 'forbidden' }));\n}\n",
    'src/app.js':
      "import express from 'express';\nimport rateLimit from 'express-rate-limit';\nimport { tasksRouter } from './routes/tasks.js';\nimport { authRouter } from './routes/auth.js';\nimport { requireAuth, requireRole } from './middleware/auth.js';\nimport { logger } from './logger.js';\n\nexport function createApp() {\n  const app = express();\n  app.use(express.json());\n  app.use(rateLimit({ windowMs: 60_000, limit: 100 }));\n  app.get('/health', (_req, res) => res.json({ status: 'ok' }));\n  app.use('/auth', authRouter);\n  app.use('/tasks', requireAuth, tasksRouter);\n  app.delete('/admin/tasks/:id', requireAuth, requireRole('admin'), (_req, res) => res.status(204).end());\n  app.use((err, _req, res, _next) => {\n    logger.error({ err }, 'request failed');\n    res.status(500).json({ error: 'internal error' });\n  });\n  return app;\n}\n",
  },
  data: {
    'src/db.js': "import knex from 'knex';\n\nexport const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });\n",
    'knexfile.js': "export default { client: 'pg', connection: process.env.DATABASE_URL, migrations: { directory: './migrations' }, seeds: { directory: './seeds' } };\n",
    'migrations/20240101000000_create_tasks.js':
      "export async function up(knex) {\n  await knex.schema.createTable('users', (t) => {\n    t.increments('id');\n    t.string('email').notNullable().unique();\n    t.string('password_hash').notNullable();\n    t.string('role').notNullable();\n  });\n  await knex.schema.createTable('tasks', (t) => {\n    t.increments('id');\n    t.string('title').notNullable();\n    t.integer('user_id').references('users.id');\n  });\n}\n\nexport async function down(knex) {\n  await knex.schema.dropTable('tasks');\n  await knex.schema.dropTable('users');\n}\n",
    'seeds/01_tasks.js': "export async function seed(knex) {\n  await knex('tasks').del();\n  await knex('tasks').insert([{ title: 'Read the README' }, { title: 'Run the tests' }]);\n}\n",
  },
  logging: {
    'src/logger.js': "import pino from 'pino';\n\nexport const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });\n",
    'src/server.js': "import { createApp } from './app.js';\nimport { logger } from './logger.js';\n\nconst port = process.env.PORT ?? 8080;\ncreateApp().listen(port, () => logger.info({ port }, 'listening'));\n",
  },
};

export const python: Kit = {
  ecosystem: 'python',
  commands: { install: 'pip install -r requirements.txt', run: 'uvicorn app.main:app --reload', test: 'pytest' },
  image: 'python:3.12-slim',
  docker: ['COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt', 'COPY . .', 'USER nobody', 'EXPOSE 8080', 'CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8080"]'],
  app: {
    'requirements.txt': 'fastapi==0.115.0\nuvicorn==0.30.6\nsqlalchemy==2.0.35\npsycopg2-binary==2.9.9\nalembic==1.13.3\npydantic==2.9.2\n',
    'app/__init__.py': '',
    'app/main.py':
      'from fastapi import FastAPI, HTTPException\n\nfrom app import services\n\napp = FastAPI(title="Tasks API")\n\n\n@app.get("/health")\ndef health():\n    return {"status": "ok"}\n\n\n@app.get("/tasks")\ndef list_tasks():\n    return services.list_tasks()\n\n\n@app.post("/tasks", status_code=201)\ndef create_task(payload: dict):\n    return services.create_task(payload["title"])\n\n\n@app.get("/tasks/{task_id}")\ndef get_task(task_id: int):\n    task = services.find_task(task_id)\n    if task is None:\n        raise HTTPException(status_code=404, detail="not found")\n    return task\n',
    'app/services.py':
      'TASKS: list[dict] = []\n\n\ndef list_tasks():\n    return TASKS\n\n\ndef create_task(title: str) -> dict:\n    task = {"id": len(TASKS) + 1, "title": title.strip(), "done": False}\n    TASKS.append(task)\n    return task\n\n\ndef find_task(task_id: int):\n    return next((t for t in TASKS if t["id"] == task_id), None)\n',
  },
  tests: {
    'tests/__init__.py': '',
    'tests/test_services.py':
      'from app import services\n\n\ndef test_create_task_strips_the_title():\n    task = services.create_task("  Write tests ")\n    assert task["title"] == "Write tests"\n\n\ndef test_find_task_returns_none_when_missing():\n    assert services.find_task(999) is None\n\n\ndef test_find_task_by_id():\n    task = services.create_task("Find me")\n    assert services.find_task(task["id"]) == task\n',
  },
  apiTests: {
    'tests/test_api.py':
      'from fastapi.testclient import TestClient\n\nfrom app.main import app\n\nclient = TestClient(app)\n\n\ndef test_create_task():\n    response = client.post("/tasks", json={"title": "Write tests"})\n    assert response.status_code == 201\n\n\ndef test_missing_task_is_404():\n    response = client.get("/tasks/999")\n    assert response.status_code == 404\n\n\ndef test_login_rejects_bad_password():\n    response = client.post("/auth/login", json={"email": "a@example.com", "password": "wrong-password"})\n    assert response.status_code == 401\n',
  },
  security: {
    'requirements.txt': 'fastapi==0.115.0\nuvicorn==0.30.6\nsqlalchemy==2.0.35\npsycopg2-binary==2.9.9\nalembic==1.13.3\npydantic==2.9.2\npasslib[bcrypt]==1.7.4\npython-jose==3.3.0\nslowapi==0.1.9\nstructlog==24.4.0\nhttpx==0.27.2\n',
    'app/auth.py':
      'import os\nfrom datetime import datetime, timedelta, timezone\n\nfrom fastapi import APIRouter, Depends, HTTPException, Request\nfrom fastapi.security import OAuth2PasswordBearer\nfrom jose import JWTError, jwt\nfrom passlib.context import CryptContext\nfrom pydantic import BaseModel, EmailStr, Field\nfrom slowapi import Limiter\nfrom slowapi.util import get_remote_address\n\nfrom app.db import get_user_by_email\n\nrouter = APIRouter(prefix="/auth")\nlimiter = Limiter(key_func=get_remote_address)\npwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto")\noauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/login")\nSECRET_KEY = os.environ["JWT_SECRET"]\n\n\nclass Login(BaseModel):\n    email: EmailStr\n    password: str = Field(min_length=8)\n\n\ndef hash_password(password: str) -> str:\n    return pwd_context.hash(password)\n\n\n@router.post("/login")\n@limiter.limit("5/minute")\ndef login(request: Request, body: Login):\n    user = get_user_by_email(body.email)\n    if user is None or not pwd_context.verify(body.password, user.password_hash):\n        raise HTTPException(status_code=401, detail="invalid credentials")\n    expires = datetime.now(timezone.utc) + timedelta(hours=1)\n    return {"access_token": jwt.encode({"sub": str(user.id), "role": user.role, "exp": expires}, SECRET_KEY, algorithm="HS256")}\n\n\ndef current_user(token: str = Depends(oauth2_scheme)) -> dict:\n    try:\n        return jwt.decode(token, SECRET_KEY, algorithms=["HS256"])\n    except JWTError:\n        raise HTTPException(status_code=401, detail="invalid token")\n\n\ndef require_admin(user: dict = Depends(current_user)) -> dict:\n    if user.get("role") != "admin":\n        raise HTTPException(status_code=403, detail="forbidden")\n    return user\n',
    'app/main.py':
      'import structlog\nfrom fastapi import Depends, FastAPI, HTTPException\nfrom pydantic import BaseModel, Field\n\nfrom app import services\nfrom app.auth import current_user, limiter, require_admin, router as auth_router\nfrom app.logging_config import configure_logging\n\nconfigure_logging()\nlog = structlog.get_logger()\napp = FastAPI(title="Tasks API")\napp.state.limiter = limiter\napp.include_router(auth_router)\n\n\nclass TaskIn(BaseModel):\n    title: str = Field(min_length=1, max_length=200)\n\n\n@app.get("/health")\ndef health():\n    return {"status": "ok"}\n\n\n@app.get("/tasks")\ndef list_tasks(user: dict = Depends(current_user)):\n    return services.list_tasks()\n\n\n@app.post("/tasks", status_code=201)\ndef create_task(payload: TaskIn, user: dict = Depends(current_user)):\n    log.info("task.created", user=user["sub"])\n    return services.create_task(payload.title)\n\n\n@app.get("/tasks/{task_id}")\ndef get_task(task_id: int, user: dict = Depends(current_user)):\n    task = services.find_task(task_id)\n    if task is None:\n        raise HTTPException(status_code=404, detail="not found")\n    return task\n\n\n@app.delete("/tasks/{task_id}", status_code=204)\ndef delete_task(task_id: int, admin: dict = Depends(require_admin)):\n    log.warning("task.deleted", task_id=task_id, admin=admin["sub"])\n',
  },
  data: {
    'app/db.py':
      'import os\n\nfrom sqlalchemy import Integer, String, create_engine, select\nfrom sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column\n\nengine = create_engine(os.environ["DATABASE_URL"])\n\n\nclass Base(DeclarativeBase):\n    pass\n\n\nclass User(Base):\n    __tablename__ = "users"\n    id: Mapped[int] = mapped_column(Integer, primary_key=True)\n    email: Mapped[str] = mapped_column(String(255), unique=True)\n    password_hash: Mapped[str] = mapped_column(String(255))\n    role: Mapped[str] = mapped_column(String(20), default="user")\n\n\ndef get_user_by_email(email: str):\n    with Session(engine) as session:\n        return session.scalars(select(User).where(User.email == email)).first()\n',
    'alembic.ini': '[alembic]\nscript_location = migrations\n',
    'migrations/env.py': 'from alembic import context\n\nfrom app.db import Base, engine\n\nwith engine.connect() as connection:\n    context.configure(connection=connection, target_metadata=Base.metadata)\n    with context.begin_transaction():\n        context.run_migrations()\n',
    'migrations/versions/0001_create_users_and_tasks.py':
      '"""create users and tasks"""\nimport sqlalchemy as sa\nfrom alembic import op\n\nrevision = "0001"\ndown_revision = None\n\n\ndef upgrade():\n    op.create_table("users", sa.Column("id", sa.Integer, primary_key=True), sa.Column("email", sa.String(255), unique=True), sa.Column("password_hash", sa.String(255)), sa.Column("role", sa.String(20)))\n    op.create_table("tasks", sa.Column("id", sa.Integer, primary_key=True), sa.Column("title", sa.String(200)), sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id")))\n\n\ndef downgrade():\n    op.drop_table("tasks")\n    op.drop_table("users")\n',
    'scripts/seed.py': 'from sqlalchemy.orm import Session\n\nfrom app.db import User, engine\n\nwith Session(engine) as session:\n    session.add(User(email="demo@example.com", password_hash="not-a-login", role="user"))\n    session.commit()\n',
  },
  logging: {
    'app/logging_config.py':
      'import logging\nimport os\n\nimport structlog\n\n\ndef configure_logging() -> None:\n    level = getattr(logging, os.environ.get("LOG_LEVEL", "INFO"))\n    logging.basicConfig(level=level, format="%(message)s")\n    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(level), processors=[structlog.processors.add_log_level, structlog.processors.JSONRenderer()])\n',
  },
};

export const go: Kit = {
  ecosystem: 'go',
  commands: { install: 'go mod download', run: 'go run ./cmd/api', test: 'go test ./...' },
  image: 'golang:1.23-alpine',
  docker: ['COPY go.mod go.sum ./', 'RUN go mod download', 'COPY . .', 'RUN go build -o /bin/api ./cmd/api', 'USER nobody', 'EXPOSE 8080', 'CMD ["/bin/api"]'],
  app: {
    'go.mod':
      'module example.com/tasks\n\ngo 1.23\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.10.0\n\tgithub.com/jackc/pgx/v5 v5.7.1\n\tgithub.com/golang-migrate/migrate/v4 v4.18.1\n)\n',
    'go.sum': '',
    'cmd/api/main.go': 'package main\n\nimport (\n\t"example.com/tasks/internal/api"\n)\n\nfunc main() {\n\tr := api.Router()\n\t_ = r.Run(":8080")\n}\n',
    'internal/api/router.go':
      'package api\n\nimport (\n\t"net/http"\n\t"strconv"\n\n\t"example.com/tasks/internal/tasks"\n\t"github.com/gin-gonic/gin"\n)\n\nfunc Router() *gin.Engine {\n\tr := gin.New()\n\tr.GET("/health", func(c *gin.Context) { c.JSON(http.StatusOK, gin.H{"status": "ok"}) })\n\tr.GET("/tasks", func(c *gin.Context) { c.JSON(http.StatusOK, tasks.List()) })\n\tr.POST("/tasks", func(c *gin.Context) {\n\t\tvar in struct{ Title string }\n\t\t_ = c.BindJSON(&in)\n\t\tc.JSON(http.StatusCreated, tasks.Create(in.Title))\n\t})\n\tr.GET("/tasks/:id", func(c *gin.Context) {\n\t\tid, _ := strconv.Atoi(c.Param("id"))\n\t\tif t, ok := tasks.Find(id); ok {\n\t\t\tc.JSON(http.StatusOK, t)\n\t\t\treturn\n\t\t}\n\t\tc.JSON(http.StatusNotFound, gin.H{"error": "not found"})\n\t})\n\treturn r\n}\n',
    'internal/tasks/tasks.go':
      'package tasks\n\nimport "strings"\n\ntype Task struct {\n\tID    int    `json:"id"`\n\tTitle string `json:"title"`\n}\n\nvar all []Task\n\nfunc List() []Task { return all }\n\nfunc Create(title string) Task {\n\tt := Task{ID: len(all) + 1, Title: strings.TrimSpace(title)}\n\tall = append(all, t)\n\treturn t\n}\n\nfunc Find(id int) (Task, bool) {\n\tfor _, t := range all {\n\t\tif t.ID == id {\n\t\t\treturn t, true\n\t\t}\n\t}\n\treturn Task{}, false\n}\n',
  },
  tests: {
    'internal/tasks/tasks_test.go':
      'package tasks\n\nimport "testing"\n\nfunc TestCreateTrimsTheTitle(t *testing.T) {\n\tif got := Create("  Write tests ").Title; got != "Write tests" {\n\t\tt.Fatalf("title = %q", got)\n\t}\n}\n\nfunc TestFindMissing(t *testing.T) {\n\tif _, ok := Find(999); ok {\n\t\tt.Fatal("found a missing task")\n\t}\n}\n\nfunc TestFindByID(t *testing.T) {\n\tc := Create("Find me")\n\tif got, ok := Find(c.ID); !ok || got != c {\n\t\tt.Fatalf("Find(%d) = %v, %v", c.ID, got, ok)\n\t}\n}\n',
  },
  apiTests: {
    'internal/api/router_test.go':
      'package api\n\nimport (\n\t"net/http"\n\t"net/http/httptest"\n\t"strings"\n\t"testing"\n)\n\nfunc TestCreateTask(t *testing.T) {\n\tw := httptest.NewRecorder()\n\treq := httptest.NewRequest(http.MethodPost, "/tasks", strings.NewReader(`{"title":"Write tests"}`))\n\tRouter().ServeHTTP(w, req)\n\tif w.Code != http.StatusCreated {\n\t\tt.Fatalf("status = %d", w.Code)\n\t}\n}\n\nfunc TestMissingTaskIs404(t *testing.T) {\n\tw := httptest.NewRecorder()\n\tRouter().ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/tasks/999", nil))\n\tif w.Code != http.StatusNotFound {\n\t\tt.Fatalf("status = %d", w.Code)\n\t}\n}\n',
  },
  security: {
    'go.mod':
      'module example.com/tasks\n\ngo 1.23\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.10.0\n\tgithub.com/jackc/pgx/v5 v5.7.1\n\tgithub.com/golang-migrate/migrate/v4 v4.18.1\n\tgithub.com/golang-jwt/jwt/v5 v5.2.1\n\tgolang.org/x/crypto v0.28.0\n\tgolang.org/x/time v0.7.0\n\tgithub.com/go-playground/validator/v10 v10.22.1\n)\n',
    'internal/auth/auth.go':
      'package auth\n\nimport (\n\t"net/http"\n\t"os"\n\t"strings"\n\t"time"\n\n\t"github.com/gin-gonic/gin"\n\t"github.com/golang-jwt/jwt/v5"\n\t"golang.org/x/crypto/bcrypt"\n)\n\ntype LoginRequest struct {\n\tEmail    string `json:"email" binding:"required,email"`\n\tPassword string `json:"password" binding:"required,min=8"`\n}\n\nfunc HashPassword(password string) (string, error) {\n\th, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)\n\treturn string(h), err\n}\n\nfunc Login(findHash func(email string) (string, string, error)) gin.HandlerFunc {\n\treturn func(c *gin.Context) {\n\t\tvar req LoginRequest\n\t\tif err := c.ShouldBindJSON(&req); err != nil {\n\t\t\tc.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})\n\t\t\treturn\n\t\t}\n\t\thash, role, err := findHash(req.Email)\n\t\tif err != nil || bcrypt.CompareHashAndPassword([]byte(hash), []byte(req.Password)) != nil {\n\t\t\tc.JSON(http.StatusUnauthorized, gin.H{"error": "invalid credentials"})\n\t\t\treturn\n\t\t}\n\t\ttoken := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": req.Email, "role": role, "exp": time.Now().Add(time.Hour).Unix()})\n\t\tsigned, _ := token.SignedString([]byte(os.Getenv("JWT_SECRET")))\n\t\tc.JSON(http.StatusOK, gin.H{"token": signed})\n\t}\n}\n\nfunc RequireAuth() gin.HandlerFunc {\n\treturn func(c *gin.Context) {\n\t\traw := strings.TrimPrefix(c.GetHeader("Authorization"), "Bearer ")\n\t\ttoken, err := jwt.Parse(raw, func(*jwt.Token) (any, error) { return []byte(os.Getenv("JWT_SECRET")), nil })\n\t\tif err != nil || !token.Valid {\n\t\t\tc.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "unauthorized"})\n\t\t\treturn\n\t\t}\n\t\tc.Set("role", token.Claims.(jwt.MapClaims)["role"])\n\t\tc.Next()\n\t}\n}\n\nfunc RequireRole(role string) gin.HandlerFunc {\n\treturn func(c *gin.Context) {\n\t\tif c.GetString("role") != role {\n\t\t\tc.AbortWithStatusJSON(http.StatusForbidden, gin.H{"error": "forbidden"})\n\t\t\treturn\n\t\t}\n\t\tc.Next()\n\t}\n}\n',
    'internal/api/limit.go':
      'package api\n\nimport (\n\t"net/http"\n\n\t"github.com/gin-gonic/gin"\n\t"golang.org/x/time/rate"\n)\n\nvar limiter = rate.NewLimiter(10, 20)\n\nfunc RateLimit() gin.HandlerFunc {\n\treturn func(c *gin.Context) {\n\t\tif !limiter.Allow() {\n\t\t\tc.AbortWithStatusJSON(http.StatusTooManyRequests, gin.H{"error": "too many requests"})\n\t\t\treturn\n\t\t}\n\t\tc.Next()\n\t}\n}\n',
    'internal/api/secure.go':
      'package api\n\nimport (\n\t"net/http"\n\n\t"example.com/tasks/internal/auth"\n\t"github.com/gin-gonic/gin"\n)\n\nfunc Secure(r *gin.Engine, findHash func(string) (string, string, error)) {\n\tr.Use(RateLimit())\n\tr.POST("/auth/login", auth.Login(findHash))\n\tadmin := r.Group("/admin", auth.RequireAuth(), auth.RequireRole("admin"))\n\tadmin.DELETE("/tasks/:id", func(c *gin.Context) { c.Status(http.StatusNoContent) })\n}\n',
  },
  data: {
    'internal/store/store.go':
      'package store\n\nimport (\n\t"context"\n\t"os"\n\n\t"github.com/jackc/pgx/v5/pgxpool"\n)\n\nfunc Open(ctx context.Context) (*pgxpool.Pool, error) {\n\treturn pgxpool.New(ctx, os.Getenv("DATABASE_URL"))\n}\n\nfunc PasswordHash(ctx context.Context, db *pgxpool.Pool, email string) (string, string, error) {\n\tvar hash, role string\n\terr := db.QueryRow(ctx, "SELECT password_hash, role FROM users WHERE email = $1", email).Scan(&hash, &role)\n\treturn hash, role, err\n}\n',
    'migrations/000001_create_tasks.up.sql': 'CREATE TABLE users (id SERIAL PRIMARY KEY, email TEXT UNIQUE NOT NULL, password_hash TEXT NOT NULL, role TEXT NOT NULL);\nCREATE TABLE tasks (id SERIAL PRIMARY KEY, title TEXT NOT NULL, user_id INT REFERENCES users(id));\n',
    'migrations/000001_create_tasks.down.sql': 'DROP TABLE tasks;\nDROP TABLE users;\n',
    'seeds/seed.sql': "INSERT INTO tasks (title) VALUES ('Read the README'), ('Run the tests');\n",
    'Makefile': 'migrate:\n\tmigrate -path migrations -database "$(DATABASE_URL)" up\n\nseed:\n\tpsql "$(DATABASE_URL)" -f seeds/seed.sql\n\ntest:\n\tgo test ./...\n',
  },
  logging: {
    'internal/logging/logging.go':
      'package logging\n\nimport (\n\t"log/slog"\n\t"os"\n)\n\nfunc New() *slog.Logger {\n\tlevel := new(slog.LevelVar)\n\t_ = level.UnmarshalText([]byte(os.Getenv("LOG_LEVEL")))\n\treturn slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{Level: level}))\n}\n',
    'cmd/api/main.go':
      'package main\n\nimport (\n\t"example.com/tasks/internal/api"\n\t"example.com/tasks/internal/logging"\n)\n\nfunc main() {\n\tlog := logging.New()\n\tr := api.Router()\n\tlog.Info("listening", "addr", ":8080")\n\tif err := r.Run(":8080"); err != nil {\n\t\tlog.Error("server stopped", "err", err)\n\t}\n}\n',
  },
};

const pom = (deps: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0">\n  <modelVersion>4.0.0</modelVersion>\n  <parent>\n    <groupId>org.springframework.boot</groupId>\n    <artifactId>spring-boot-starter-parent</artifactId>\n    <version>3.3.4</version>\n  </parent>\n  <groupId>com.example</groupId>\n  <artifactId>tasks</artifactId>\n  <version>1.0.0</version>\n  <dependencies>\n${deps.map((d) => `    <dependency>\n      <groupId>${d.split(':')[0]}</groupId>\n      <artifactId>${d.split(':')[1]}</artifactId>${d.split(':')[2] ? `\n      <scope>${d.split(':')[2]}</scope>` : ''}\n    </dependency>`).join('\n')}\n  </dependencies>\n</project>\n`;
const JAVA_BASE_DEPS = ['org.springframework.boot:spring-boot-starter-web', 'org.springframework.boot:spring-boot-starter-data-jpa', 'org.postgresql:postgresql', 'org.flywaydb:flyway-core', 'org.springframework.boot:spring-boot-starter-test:test'];
const J = 'src/main/java/com/example/tasks';
const JT = 'src/test/java/com/example/tasks';

export const java: Kit = {
  ecosystem: 'java',
  commands: { install: './mvnw -B package -DskipTests', run: './mvnw spring-boot:run', test: './mvnw -B test' },
  image: 'eclipse-temurin:21-jre',
  docker: ['COPY target/tasks-1.0.0.jar app.jar', 'USER 1000', 'EXPOSE 8080', 'ENTRYPOINT ["java", "-jar", "app.jar"]'],
  app: {
    'pom.xml': pom(JAVA_BASE_DEPS),
    'mvnw': '#!/bin/sh\nexec mvn "$@"\n',
    [`${J}/TasksApplication.java`]: 'package com.example.tasks;\n\nimport org.springframework.boot.SpringApplication;\nimport org.springframework.boot.autoconfigure.SpringBootApplication;\n\n@SpringBootApplication\npublic class TasksApplication {\n    public static void main(String[] args) {\n        SpringApplication.run(TasksApplication.class, args);\n    }\n}\n',
    [`${J}/Task.java`]: 'package com.example.tasks;\n\nimport jakarta.persistence.Entity;\nimport jakarta.persistence.GeneratedValue;\nimport jakarta.persistence.Id;\n\n@Entity\npublic class Task {\n    @Id\n    @GeneratedValue\n    private Long id;\n    private String title;\n\n    protected Task() {}\n\n    public Task(String title) {\n        this.title = title.strip();\n    }\n\n    public Long getId() { return id; }\n    public String getTitle() { return title; }\n}\n',
    [`${J}/TaskRepository.java`]: 'package com.example.tasks;\n\nimport org.springframework.data.jpa.repository.JpaRepository;\n\npublic interface TaskRepository extends JpaRepository<Task, Long> {}\n',
    [`${J}/TaskService.java`]: 'package com.example.tasks;\n\nimport java.util.List;\nimport java.util.Optional;\nimport org.springframework.stereotype.Service;\n\n@Service\npublic class TaskService {\n    private final TaskRepository repository;\n\n    public TaskService(TaskRepository repository) {\n        this.repository = repository;\n    }\n\n    public List<Task> list() { return repository.findAll(); }\n\n    public Task create(String title) { return repository.save(new Task(title)); }\n\n    public Optional<Task> find(long id) { return repository.findById(id); }\n}\n',
    [`${J}/TaskController.java`]: 'package com.example.tasks;\n\nimport java.util.List;\nimport java.util.Map;\nimport org.springframework.http.HttpStatus;\nimport org.springframework.http.ResponseEntity;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\n@RequestMapping("/tasks")\npublic class TaskController {\n    private final TaskService service;\n\n    public TaskController(TaskService service) {\n        this.service = service;\n    }\n\n    @GetMapping\n    public List<Task> list() { return service.list(); }\n\n    @PostMapping\n    @ResponseStatus(HttpStatus.CREATED)\n    public Task create(@RequestBody Map<String, String> body) { return service.create(body.get("title")); }\n\n    @GetMapping("/{id}")\n    public ResponseEntity<Task> get(@PathVariable long id) {\n        return service.find(id).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());\n    }\n}\n',
    'src/main/resources/application.properties': 'spring.datasource.url=${DATABASE_URL}\nspring.datasource.username=${DATABASE_USER}\nspring.datasource.password=${DATABASE_PASSWORD}\nspring.jpa.hibernate.ddl-auto=validate\n',
  },
  tests: {
    [`${JT}/TaskTest.java`]: 'package com.example.tasks;\n\nimport static org.junit.jupiter.api.Assertions.assertEquals;\n\nimport org.junit.jupiter.api.Test;\n\nclass TaskTest {\n    @Test\n    void stripsTheTitle() {\n        assertEquals("Write tests", new Task("  Write tests ").getTitle());\n    }\n\n    @Test\n    void keepsAPlainTitle() {\n        assertEquals("Plain", new Task("Plain").getTitle());\n    }\n}\n',
  },
  apiTests: {
    [`${JT}/TaskControllerTest.java`]: 'package com.example.tasks;\n\nimport static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;\nimport static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;\nimport static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;\n\nimport org.junit.jupiter.api.Test;\nimport org.springframework.beans.factory.annotation.Autowired;\nimport org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;\nimport org.springframework.boot.test.context.SpringBootTest;\nimport org.springframework.http.MediaType;\nimport org.springframework.test.web.servlet.MockMvc;\n\n@SpringBootTest\n@AutoConfigureMockMvc\nclass TaskControllerTest {\n    @Autowired\n    MockMvc mvc;\n\n    @Test\n    void createsATask() throws Exception {\n        mvc.perform(post("/tasks").contentType(MediaType.APPLICATION_JSON).content("{\\"title\\":\\"Write tests\\"}")).andExpect(status().isCreated());\n    }\n\n    @Test\n    void missingTaskIs404() throws Exception {\n        mvc.perform(get("/tasks/999")).andExpect(status().isNotFound());\n    }\n}\n',
  },
  security: {
    'pom.xml': pom([...JAVA_BASE_DEPS, 'org.springframework.boot:spring-boot-starter-security', 'org.springframework.boot:spring-boot-starter-validation', 'io.jsonwebtoken:jjwt-api', 'com.bucket4j:bucket4j-core', 'org.springdoc:springdoc-openapi-starter-webmvc-ui']),
    [`${J}/SecurityConfig.java`]: 'package com.example.tasks;\n\nimport org.springframework.context.annotation.Bean;\nimport org.springframework.context.annotation.Configuration;\nimport org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;\nimport org.springframework.security.config.annotation.web.builders.HttpSecurity;\nimport org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;\nimport org.springframework.security.crypto.password.PasswordEncoder;\nimport org.springframework.security.web.SecurityFilterChain;\n\n@Configuration\n@EnableMethodSecurity\npublic class SecurityConfig {\n    @Bean\n    PasswordEncoder passwordEncoder() {\n        return new BCryptPasswordEncoder();\n    }\n\n    @Bean\n    SecurityFilterChain filterChain(HttpSecurity http) throws Exception {\n        http.authorizeHttpRequests(auth -> auth\n            .requestMatchers("/auth/**", "/actuator/health").permitAll()\n            .requestMatchers("/admin/**").hasRole("ADMIN")\n            .anyRequest().authenticated())\n            .httpBasic(b -> {});\n        return http.build();\n    }\n}\n',
    [`${J}/AuthController.java`]: 'package com.example.tasks;\n\nimport jakarta.validation.Valid;\nimport jakarta.validation.constraints.Email;\nimport jakarta.validation.constraints.Size;\nimport org.springframework.http.HttpStatus;\nimport org.springframework.security.crypto.password.PasswordEncoder;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\n@RequestMapping("/auth")\npublic class AuthController {\n    record Register(@Email String email, @Size(min = 8) String password) {}\n\n    private final PasswordEncoder encoder;\n    private final RateLimiter limiter;\n\n    public AuthController(PasswordEncoder encoder, RateLimiter limiter) {\n        this.encoder = encoder;\n        this.limiter = limiter;\n    }\n\n    @PostMapping("/register")\n    @ResponseStatus(HttpStatus.CREATED)\n    public void register(@Valid @RequestBody Register body) {\n        limiter.check();\n        String hash = encoder.encode(body.password());\n    }\n}\n',
    [`${J}/RateLimiter.java`]: 'package com.example.tasks;\n\nimport io.github.bucket4j.Bandwidth;\nimport io.github.bucket4j.Bucket;\nimport java.time.Duration;\nimport org.springframework.http.HttpStatus;\nimport org.springframework.stereotype.Component;\nimport org.springframework.web.server.ResponseStatusException;\n\n@Component\npublic class RateLimiter {\n    private final Bucket bucket = Bucket.builder().addLimit(Bandwidth.simple(10, Duration.ofMinutes(1))).build();\n\n    public void check() {\n        if (!bucket.tryConsume(1)) throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);\n    }\n}\n',
    [`${J}/AdminController.java`]: 'package com.example.tasks;\n\nimport org.springframework.http.HttpStatus;\nimport org.springframework.security.access.prepost.PreAuthorize;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\n@RequestMapping("/admin/tasks")\npublic class AdminController {\n    @DeleteMapping("/{id}")\n    @PreAuthorize("hasRole(\'ADMIN\')")\n    @ResponseStatus(HttpStatus.NO_CONTENT)\n    public void delete(@PathVariable long id) {}\n}\n',
  },
  data: {
    'src/main/resources/db/migration/V1__create_tasks.sql': 'CREATE TABLE users (id BIGSERIAL PRIMARY KEY, email TEXT UNIQUE NOT NULL, password_hash TEXT NOT NULL, role TEXT NOT NULL);\nCREATE TABLE task (id BIGSERIAL PRIMARY KEY, title TEXT NOT NULL, user_id BIGINT REFERENCES users(id));\n',
    'src/main/resources/db/migration/V2__seed_tasks.sql': "INSERT INTO task (title) VALUES ('Read the README'), ('Run the tests');\n",
  },
  logging: {
    'src/main/resources/logback-spring.xml': '<configuration>\n  <appender name="JSON" class="ch.qos.logback.core.ConsoleAppender">\n    <encoder class="net.logstash.logback.encoder.LogstashEncoder"/>\n  </appender>\n  <root level="INFO">\n    <appender-ref ref="JSON"/>\n  </root>\n</configuration>\n',
    [`${J}/TaskEvents.java`]: 'package com.example.tasks;\n\nimport org.slf4j.Logger;\nimport org.slf4j.LoggerFactory;\nimport org.springframework.stereotype.Component;\n\n@Component\npublic class TaskEvents {\n    private static final Logger log = LoggerFactory.getLogger(TaskEvents.class);\n\n    public void created(Task task) {\n        log.info("task created id={}", task.getId());\n    }\n\n    public void failed(Exception e) {\n        log.error("task failed", e);\n    }\n}\n',
  },
};

export const php: Kit = {
  ecosystem: 'php',
  commands: { install: 'composer install', run: 'php artisan serve', test: 'php artisan test' },
  image: 'php:8.3-cli',
  docker: ['COPY --from=composer:2 /usr/bin/composer /usr/bin/composer', 'COPY . .', 'RUN composer install --no-dev --optimize-autoloader', 'USER www-data', 'EXPOSE 8080', 'CMD ["php", "artisan", "serve", "--host=0.0.0.0", "--port=8080"]'],
  app: {
    'composer.json': JSON.stringify({ name: 'example/tasks', require: { php: '^8.2', 'laravel/framework': '^11.0' }, 'require-dev': { 'phpunit/phpunit': '^11.0' }, autoload: { 'psr-4': { 'App\\': 'app/' } } }, null, 2),
    'artisan': '#!/usr/bin/env php\n<?php\nrequire __DIR__.\'/vendor/autoload.php\';\n',
    'routes/api.php': "<?php\n\nuse App\\Http\\Controllers\\TaskController;\nuse Illuminate\\Support\\Facades\\Route;\n\nRoute::get('/tasks', [TaskController::class, 'index']);\nRoute::post('/tasks', [TaskController::class, 'store']);\nRoute::get('/tasks/{task}', [TaskController::class, 'show']);\n",
    'app/Http/Controllers/TaskController.php': "<?php\n\nnamespace App\\Http\\Controllers;\n\nuse App\\Models\\Task;\nuse Illuminate\\Http\\Request;\n\nclass TaskController extends Controller\n{\n    public function index()\n    {\n        return Task::all();\n    }\n\n    public function store(Request $request)\n    {\n        return response()->json(Task::create(['title' => trim($request->input('title'))]), 201);\n    }\n\n    public function show(Task $task)\n    {\n        return $task;\n    }\n}\n",
    'app/Models/Task.php': "<?php\n\nnamespace App\\Models;\n\nuse Illuminate\\Database\\Eloquent\\Model;\n\nclass Task extends Model\n{\n    protected $fillable = ['title', 'user_id'];\n\n    public function label(): string\n    {\n        return ucfirst(trim($this->title));\n    }\n}\n",
    'config/database.php': "<?php\n\nreturn ['default' => env('DB_CONNECTION', 'pgsql'), 'connections' => ['pgsql' => ['driver' => 'pgsql', 'url' => env('DATABASE_URL')]]];\n",
  },
  tests: {
    'phpunit.xml': '<phpunit bootstrap="vendor/autoload.php"><testsuites><testsuite name="Unit"><directory>tests/Unit</directory></testsuite><testsuite name="Feature"><directory>tests/Feature</directory></testsuite></testsuites></phpunit>\n',
    'tests/Unit/TaskTest.php': "<?php\n\nnamespace Tests\\Unit;\n\nuse App\\Models\\Task;\nuse PHPUnit\\Framework\\TestCase;\n\nclass TaskTest extends TestCase\n{\n    public function test_label_is_trimmed_and_capitalised(): void\n    {\n        $task = new Task(['title' => '  write tests ']);\n        $this->assertSame('Write tests', $task->label());\n    }\n\n    public function test_label_keeps_a_plain_title(): void\n    {\n        $task = new Task(['title' => 'Plain']);\n        $this->assertSame('Plain', $task->label());\n    }\n}\n",
  },
  apiTests: {
    'tests/Feature/TaskApiTest.php': "<?php\n\nnamespace Tests\\Feature;\n\nuse App\\Models\\User;\nuse Illuminate\\Foundation\\Testing\\RefreshDatabase;\nuse Tests\\TestCase;\n\nclass TaskApiTest extends TestCase\n{\n    use RefreshDatabase;\n\n    public function test_a_user_creates_a_task(): void\n    {\n        $user = User::factory()->create();\n        $this->actingAs($user)->postJson('/api/tasks', ['title' => 'Write tests'])->assertCreated();\n    }\n\n    public function test_a_title_is_required(): void\n    {\n        $user = User::factory()->create();\n        $this->actingAs($user)->postJson('/api/tasks', [])->assertUnprocessable();\n    }\n\n    public function test_guests_are_rejected(): void\n    {\n        $this->getJson('/api/tasks')->assertUnauthorized();\n    }\n}\n",
  },
  security: {
    'composer.json': JSON.stringify({ name: 'example/tasks', require: { php: '^8.2', 'laravel/framework': '^11.0', 'laravel/sanctum': '^4.0' }, 'require-dev': { 'phpunit/phpunit': '^11.0' }, autoload: { 'psr-4': { 'App\\': 'app/' } } }, null, 2),
    'routes/api.php': "<?php\n\nuse App\\Http\\Controllers\\AuthController;\nuse App\\Http\\Controllers\\TaskController;\nuse Illuminate\\Support\\Facades\\Route;\n\nRoute::post('/login', [AuthController::class, 'login'])->middleware('throttle:5,1');\n\nRoute::middleware(['auth:sanctum', 'throttle:60,1'])->group(function () {\n    Route::get('/tasks', [TaskController::class, 'index']);\n    Route::post('/tasks', [TaskController::class, 'store']);\n    Route::get('/tasks/{task}', [TaskController::class, 'show']);\n    Route::delete('/tasks/{task}', [TaskController::class, 'destroy']);\n});\n",
    'app/Http/Controllers/AuthController.php': "<?php\n\nnamespace App\\Http\\Controllers;\n\nuse App\\Models\\User;\nuse Illuminate\\Http\\Request;\nuse Illuminate\\Support\\Facades\\Hash;\n\nclass AuthController extends Controller\n{\n    public function login(Request $request)\n    {\n        $data = $request->validate(['email' => 'required|email', 'password' => 'required|min:8']);\n        $user = User::where('email', $data['email'])->first();\n        if (! $user || ! Hash::check($data['password'], $user->password)) {\n            return response()->json(['message' => 'Invalid credentials'], 401);\n        }\n        return ['token' => $user->createToken('api')->plainTextToken];\n    }\n}\n",
    'app/Http/Requests/StoreTaskRequest.php': "<?php\n\nnamespace App\\Http\\Requests;\n\nuse Illuminate\\Foundation\\Http\\FormRequest;\n\nclass StoreTaskRequest extends FormRequest\n{\n    public function rules(): array\n    {\n        return ['title' => ['required', 'string', 'max:200']];\n    }\n}\n",
    'app/Policies/TaskPolicy.php': "<?php\n\nnamespace App\\Policies;\n\nuse App\\Models\\Task;\nuse App\\Models\\User;\n\nclass TaskPolicy\n{\n    public function view(User $user, Task $task): bool\n    {\n        return $task->user_id === $user->id;\n    }\n\n    public function delete(User $user, Task $task): bool\n    {\n        return $task->user_id === $user->id || $user->is_admin;\n    }\n}\n",
    'app/Models/User.php': "<?php\n\nnamespace App\\Models;\n\nuse Illuminate\\Foundation\\Auth\\User as Authenticatable;\nuse Laravel\\Sanctum\\HasApiTokens;\n\nclass User extends Authenticatable\n{\n    use HasApiTokens;\n\n    protected $fillable = ['name', 'email', 'password'];\n    protected $hidden = ['password'];\n\n    protected function casts(): array\n    {\n        return ['password' => 'hashed'];\n    }\n}\n",
    'app/Http/Controllers/TaskController.php': "<?php\n\nnamespace App\\Http\\Controllers;\n\nuse App\\Http\\Requests\\StoreTaskRequest;\nuse App\\Models\\Task;\nuse Illuminate\\Http\\Request;\nuse Illuminate\\Support\\Facades\\Log;\n\nclass TaskController extends Controller\n{\n    public function index(Request $request)\n    {\n        return Task::where('user_id', $request->user()->id)->get();\n    }\n\n    public function store(StoreTaskRequest $request)\n    {\n        $task = Task::create([...$request->validated(), 'user_id' => $request->user()->id]);\n        Log::info('task created', ['id' => $task->id]);\n        return response()->json($task, 201);\n    }\n\n    public function show(Task $task)\n    {\n        $this->authorize('view', $task);\n        return $task;\n    }\n\n    public function destroy(Task $task)\n    {\n        $this->authorize('delete', $task);\n        $task->delete();\n        Log::warning('task deleted', ['id' => $task->id]);\n        return response()->noContent();\n    }\n}\n",
  },
  data: {
    'database/migrations/2024_01_01_000000_create_tasks_table.php': "<?php\n\nuse Illuminate\\Database\\Migrations\\Migration;\nuse Illuminate\\Database\\Schema\\Blueprint;\nuse Illuminate\\Support\\Facades\\Schema;\n\nreturn new class extends Migration\n{\n    public function up(): void\n    {\n        Schema::create('tasks', function (Blueprint $table) {\n            $table->id();\n            $table->string('title');\n            $table->foreignId('user_id')->constrained();\n            $table->timestamps();\n        });\n    }\n\n    public function down(): void\n    {\n        Schema::dropIfExists('tasks');\n    }\n};\n",
    'database/seeders/DatabaseSeeder.php': "<?php\n\nnamespace Database\\Seeders;\n\nuse App\\Models\\Task;\nuse Illuminate\\Database\\Seeder;\n\nclass DatabaseSeeder extends Seeder\n{\n    public function run(): void\n    {\n        Task::create(['title' => 'Read the README', 'user_id' => 1]);\n    }\n}\n",
  },
  logging: {
    'config/logging.php': "<?php\n\nuse Monolog\\Formatter\\JsonFormatter;\n\nreturn [\n    'default' => env('LOG_CHANNEL', 'stderr'),\n    'channels' => [\n        'stderr' => ['driver' => 'monolog', 'level' => env('LOG_LEVEL', 'info'), 'handler' => Monolog\\Handler\\StreamHandler::class, 'formatter' => JsonFormatter::class, 'with' => ['stream' => 'php://stderr']],\n    ],\n];\n",
  },
};

export const ruby: Kit = {
  ecosystem: 'ruby',
  commands: { install: 'bundle install', run: 'bin/rails server', test: 'bundle exec rspec' },
  image: 'ruby:3.3-slim',
  docker: ['COPY Gemfile Gemfile.lock ./', 'RUN bundle install', 'COPY . .', 'USER 1000', 'EXPOSE 8080', 'CMD ["bin/rails", "server", "-b", "0.0.0.0", "-p", "8080"]'],
  app: {
    'Gemfile': "source 'https://rubygems.org'\n\ngem 'rails', '~> 7.2'\ngem 'pg', '~> 1.5'\ngem 'puma', '~> 6.4'\n\ngroup :development, :test do\n  gem 'rspec-rails', '~> 7.0'\nend\n",
    'Gemfile.lock': 'GEM\n  remote: https://rubygems.org/\n  specs:\n    rails (7.2.1)\n\nPLATFORMS\n  ruby\n\nDEPENDENCIES\n  rails (~> 7.2)\n',
    'config/application.rb': "require 'rails'\n\nmodule Tasks\n  class Application < Rails::Application\n    config.api_only = true\n  end\nend\n",
    'config/routes.rb': "Rails.application.routes.draw do\n  get 'up' => 'rails/health#show'\n  resources :tasks, only: %i[index create show]\nend\n",
    'config/database.yml': "production:\n  adapter: postgresql\n  url: <%= ENV['DATABASE_URL'] %>\n",
    'app/controllers/application_controller.rb': "class ApplicationController < ActionController::API\nend\n",
    'app/controllers/tasks_controller.rb': "class TasksController < ApplicationController\n  def index\n    render json: Task.all\n  end\n\n  def create\n    task = Task.create!(title: params[:title])\n    render json: task, status: :created\n  end\n\n  def show\n    render json: Task.find(params[:id])\n  end\nend\n",
    'app/models/application_record.rb': "class ApplicationRecord < ActiveRecord::Base\n  primary_abstract_class\nend\n",
    'app/models/task.rb': "class Task < ApplicationRecord\n  def label\n    title.strip.capitalize\n  end\nend\n",
  },
  tests: {
    'spec/models/task_spec.rb': "require 'rails_helper'\n\nRSpec.describe Task do\n  it 'trims and capitalises the label' do\n    expect(Task.new(title: '  write tests ').label).to eq('Write tests')\n  end\n\n  it 'keeps a plain label' do\n    expect(Task.new(title: 'Plain').label).to eq('Plain')\n  end\nend\n",
    'spec/rails_helper.rb': "require 'spec_helper'\nENV['RAILS_ENV'] ||= 'test'\nrequire_relative '../config/environment'\nrequire 'rspec/rails'\n",
    'spec/spec_helper.rb': "RSpec.configure do |config|\n  config.order = :random\nend\n",
  },
  apiTests: {
    'spec/requests/tasks_spec.rb': "require 'rails_helper'\n\nRSpec.describe 'Tasks', type: :request do\n  let(:user) { User.create!(email: 'a@example.com', password: 'long-password') }\n\n  it 'creates a task' do\n    post '/tasks', params: { title: 'Write tests' }, headers: { 'Authorization' => \"Bearer #{user.token}\" }\n    expect(response).to have_http_status(:created)\n  end\n\n  it 'rejects a guest' do\n    get '/tasks'\n    expect(response).to have_http_status(:unauthorized)\n  end\nend\n",
  },
  security: {
    'Gemfile': "source 'https://rubygems.org'\n\ngem 'rails', '~> 7.2'\ngem 'pg', '~> 1.5'\ngem 'puma', '~> 6.4'\ngem 'bcrypt', '~> 3.1'\ngem 'jwt', '~> 2.9'\ngem 'pundit', '~> 2.4'\ngem 'rack-attack', '~> 6.7'\ngem 'lograge', '~> 0.14'\n\ngroup :development, :test do\n  gem 'rspec-rails', '~> 7.0'\nend\n",
    'app/models/user.rb': "class User < ApplicationRecord\n  has_secure_password\n  has_many :tasks\n  validates :email, presence: true, uniqueness: true, format: { with: URI::MailTo::EMAIL_REGEXP }\n  validates :password, length: { minimum: 8 }, allow_nil: true\nend\n",
    'app/models/task.rb': "class Task < ApplicationRecord\n  belongs_to :user\n  validates :title, presence: true, length: { maximum: 200 }\n\n  def label\n    title.strip.capitalize\n  end\nend\n",
    'app/controllers/application_controller.rb': "class ApplicationController < ActionController::API\n  include Pundit::Authorization\n  before_action :authenticate!\n\n  private\n\n  def authenticate!\n    token = request.headers['Authorization']&.delete_prefix('Bearer ')\n    payload = JWT.decode(token, ENV.fetch('JWT_SECRET'), true, algorithm: 'HS256').first\n    @current_user = User.find(payload['sub'])\n  rescue JWT::DecodeError, ActiveRecord::RecordNotFound\n    render json: { error: 'unauthorized' }, status: :unauthorized\n  end\n\n  attr_reader :current_user\nend\n",
    'app/controllers/sessions_controller.rb': "class SessionsController < ApplicationController\n  skip_before_action :authenticate!\n\n  def create\n    user = User.find_by(email: params[:email])\n    return render(json: { error: 'invalid credentials' }, status: :unauthorized) unless user&.authenticate(params[:password])\n\n    render json: { token: JWT.encode({ sub: user.id, exp: 1.hour.from_now.to_i }, ENV.fetch('JWT_SECRET'), 'HS256') }\n  end\nend\n",
    'app/controllers/tasks_controller.rb': "class TasksController < ApplicationController\n  def index\n    render json: policy_scope(Task)\n  end\n\n  def create\n    task = current_user.tasks.create!(task_params)\n    Rails.logger.info(\"task created id=#{task.id}\")\n    render json: task, status: :created\n  end\n\n  def show\n    task = Task.find(params[:id])\n    authorize task\n    render json: task\n  end\n\n  private\n\n  def task_params\n    params.require(:task).permit(:title)\n  end\nend\n",
    'app/policies/task_policy.rb': "class TaskPolicy < ApplicationPolicy\n  def show?\n    record.user_id == user.id\n  end\n\n  class Scope < ApplicationPolicy::Scope\n    def resolve\n      scope.where(user: user)\n    end\n  end\nend\n",
    'config/initializers/rack_attack.rb': "class Rack::Attack\n  throttle('logins/ip', limit: 5, period: 60) do |req|\n    req.ip if req.path == '/login' && req.post?\n  end\nend\n",
    'config/routes.rb': "Rails.application.routes.draw do\n  get 'up' => 'rails/health#show'\n  post 'login' => 'sessions#create'\n  resources :tasks, only: %i[index create show]\nend\n",
  },
  data: {
    'db/migrate/20240101000000_create_users_and_tasks.rb': "class CreateUsersAndTasks < ActiveRecord::Migration[7.2]\n  def change\n    create_table :users do |t|\n      t.string :email, null: false, index: { unique: true }\n      t.string :password_digest, null: false\n      t.timestamps\n    end\n    create_table :tasks do |t|\n      t.string :title, null: false\n      t.references :user, foreign_key: true\n      t.timestamps\n    end\n  end\nend\n",
    'db/seeds.rb': "user = User.find_or_create_by!(email: 'demo@example.com') { |u| u.password = SecureRandom.hex(16) }\nuser.tasks.find_or_create_by!(title: 'Read the README')\n",
  },
  logging: {
    'config/environments/production.rb': "Rails.application.configure do\n  config.log_level = ENV.fetch('RAILS_LOG_LEVEL', 'info')\n  config.lograge.enabled = true\n  config.lograge.formatter = Lograge::Formatters::Json.new\nend\n",
  },
};

export const csharp: Kit = {
  ecosystem: 'csharp',
  commands: { install: 'dotnet restore', run: 'dotnet run --project src/Tasks.Api', test: 'dotnet test' },
  image: 'mcr.microsoft.com/dotnet/sdk:8.0',
  docker: ['COPY . .', 'RUN dotnet publish src/Tasks.Api -c Release -o /out', 'USER app', 'EXPOSE 8080', 'ENTRYPOINT ["dotnet", "/out/Tasks.Api.dll"]'],
  app: {
    'src/Tasks.Api/Tasks.Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n    <PackageReference Include="Npgsql.EntityFrameworkCore.PostgreSQL" Version="8.0.8" />\n    <PackageReference Include="Microsoft.EntityFrameworkCore.Design" Version="8.0.8" />\n  </ItemGroup>\n</Project>\n',
    'src/Tasks.Api/Program.cs': 'using Microsoft.EntityFrameworkCore;\nusing Tasks.Api;\n\nvar builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddDbContext<TasksDb>(o => o.UseNpgsql(builder.Configuration.GetConnectionString("Default")));\nvar app = builder.Build();\n\napp.MapGet("/health", () => Results.Ok(new { status = "ok" }));\napp.MapGet("/tasks", async (TasksDb db) => await db.Tasks.ToListAsync());\napp.MapPost("/tasks", async (TasksDb db, TaskItem task) =>\n{\n    db.Tasks.Add(task);\n    await db.SaveChangesAsync();\n    return Results.Created($"/tasks/{task.Id}", task);\n});\napp.MapGet("/tasks/{id:int}", async (TasksDb db, int id) => await db.Tasks.FindAsync(id) is { } t ? Results.Ok(t) : Results.NotFound());\napp.Run();\n\npublic partial class Program { }\n',
    'src/Tasks.Api/TasksDb.cs': 'using Microsoft.EntityFrameworkCore;\n\nnamespace Tasks.Api;\n\npublic class TaskItem\n{\n    public int Id { get; set; }\n    public string Title { get; set; } = "";\n    public string Label() => Title.Trim();\n}\n\npublic class TasksDb(DbContextOptions<TasksDb> options) : DbContext(options)\n{\n    public DbSet<TaskItem> Tasks => Set<TaskItem>();\n}\n',
    'src/Tasks.Api/appsettings.json': '{\n  "ConnectionStrings": { "Default": "" },\n  "AllowedHosts": "*"\n}\n',
  },
  tests: {
    'tests/Tasks.Tests/Tasks.Tests.csproj': '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n    <PackageReference Include="xunit" Version="2.9.0" />\n    <PackageReference Include="Microsoft.AspNetCore.Mvc.Testing" Version="8.0.8" />\n    <ProjectReference Include="../../src/Tasks.Api/Tasks.Api.csproj" />\n  </ItemGroup>\n</Project>\n',
    'tests/Tasks.Tests/TaskItemTests.cs': 'using Tasks.Api;\nusing Xunit;\n\npublic class TaskItemTests\n{\n    [Fact]\n    public void LabelIsTrimmed()\n    {\n        Assert.Equal("Write tests", new TaskItem { Title = "  Write tests " }.Label());\n    }\n\n    [Fact]\n    public void PlainLabelIsKept()\n    {\n        Assert.Equal("Plain", new TaskItem { Title = "Plain" }.Label());\n    }\n}\n',
  },
  apiTests: {
    'tests/Tasks.Tests/TasksApiTests.cs': 'using System.Net;\nusing System.Net.Http.Json;\nusing Microsoft.AspNetCore.Mvc.Testing;\nusing Xunit;\n\npublic class TasksApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>\n{\n    [Fact]\n    public async Task GuestsAreRejected()\n    {\n        var response = await factory.CreateClient().GetAsync("/tasks");\n        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);\n    }\n\n    [Fact]\n    public async Task LoginWithABadPasswordFails()\n    {\n        var response = await factory.CreateClient().PostAsJsonAsync("/auth/login", new { email = "a@example.com", password = "wrong-password" });\n        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);\n    }\n}\n',
  },
  security: {
    'src/Tasks.Api/Tasks.Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n    <PackageReference Include="Npgsql.EntityFrameworkCore.PostgreSQL" Version="8.0.8" />\n    <PackageReference Include="Microsoft.EntityFrameworkCore.Design" Version="8.0.8" />\n    <PackageReference Include="Microsoft.AspNetCore.Authentication.JwtBearer" Version="8.0.8" />\n    <PackageReference Include="BCrypt.Net-Next" Version="4.0.3" />\n    <PackageReference Include="FluentValidation.AspNetCore" Version="11.3.0" />\n    <PackageReference Include="Serilog.AspNetCore" Version="8.0.2" />\n    <PackageReference Include="Swashbuckle.AspNetCore" Version="6.8.1" />\n  </ItemGroup>\n</Project>\n',
    'src/Tasks.Api/Program.cs': 'using System.Threading.RateLimiting;\nusing FluentValidation;\nusing Microsoft.AspNetCore.Authentication.JwtBearer;\nusing Microsoft.EntityFrameworkCore;\nusing Serilog;\nusing Tasks.Api;\n\nvar builder = WebApplication.CreateBuilder(args);\nbuilder.Host.UseSerilog((ctx, cfg) => cfg.ReadFrom.Configuration(ctx.Configuration).WriteTo.Console());\nbuilder.Services.AddDbContext<TasksDb>(o => o.UseNpgsql(builder.Configuration.GetConnectionString("Default")));\nbuilder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();\nbuilder.Services.AddAuthorization(o => o.AddPolicy("Admin", p => p.RequireRole("admin")));\nbuilder.Services.AddValidatorsFromAssemblyContaining<TaskValidator>();\nbuilder.Services.AddRateLimiter(o => o.AddFixedWindowLimiter("fixed", w => { w.PermitLimit = 60; w.Window = TimeSpan.FromMinutes(1); }));\nbuilder.Services.AddEndpointsApiExplorer();\nbuilder.Services.AddSwaggerGen();\nvar app = builder.Build();\n\napp.UseSerilogRequestLogging();\napp.UseAuthentication();\napp.UseAuthorization();\napp.UseRateLimiter();\napp.UseSwagger();\n\napp.MapGet("/health", () => Results.Ok(new { status = "ok" }));\napp.MapPost("/auth/login", async (TasksDb db, LoginRequest req, TokenService tokens) =>\n{\n    var user = await db.Users.SingleOrDefaultAsync(u => u.Email == req.Email);\n    return user is not null && BCrypt.Net.BCrypt.Verify(req.Password, user.PasswordHash) ? Results.Ok(new { token = tokens.Issue(user) }) : Results.Unauthorized();\n}).RequireRateLimiting("fixed");\nvar tasks = app.MapGroup("/tasks").RequireAuthorization().RequireRateLimiting("fixed");\ntasks.MapGet("/", async (TasksDb db) => await db.Tasks.ToListAsync());\ntasks.MapPost("/", async (TasksDb db, TaskItem task, IValidator<TaskItem> validator, ILogger<Program> log) =>\n{\n    var result = await validator.ValidateAsync(task);\n    if (!result.IsValid) return Results.ValidationProblem(result.ToDictionary());\n    db.Tasks.Add(task);\n    await db.SaveChangesAsync();\n    log.LogInformation("Task {Id} created", task.Id);\n    return Results.Created($"/tasks/{task.Id}", task);\n});\ntasks.MapDelete("/{id:int}", async (TasksDb db, int id) => { await db.Tasks.Where(t => t.Id == id).ExecuteDeleteAsync(); return Results.NoContent(); }).RequireAuthorization("Admin");\napp.Run();\n\npublic partial class Program { }\n',
    'src/Tasks.Api/Auth.cs': 'using System.IdentityModel.Tokens.Jwt;\nusing System.Security.Claims;\nusing System.Text;\nusing FluentValidation;\nusing Microsoft.IdentityModel.Tokens;\n\nnamespace Tasks.Api;\n\npublic record LoginRequest(string Email, string Password);\n\npublic class User\n{\n    public int Id { get; set; }\n    public string Email { get; set; } = "";\n    public string PasswordHash { get; set; } = "";\n    public string Role { get; set; } = "user";\n\n    public static string Hash(string password) => BCrypt.Net.BCrypt.HashPassword(password);\n}\n\npublic class TaskValidator : AbstractValidator<TaskItem>\n{\n    public TaskValidator() => RuleFor(t => t.Title).NotEmpty().MaximumLength(200);\n}\n\npublic class TokenService(IConfiguration config)\n{\n    public string Issue(User user)\n    {\n        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config["Jwt:Key"]!));\n        var token = new JwtSecurityToken(claims: [new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()), new Claim(ClaimTypes.Role, user.Role)], expires: DateTime.UtcNow.AddHours(1), signingCredentials: new SigningCredentials(key, SecurityAlgorithms.HmacSha256));\n        return new JwtSecurityTokenHandler().WriteToken(token);\n    }\n}\n',
    'src/Tasks.Api/TasksDb.cs': 'using Microsoft.EntityFrameworkCore;\n\nnamespace Tasks.Api;\n\npublic class TaskItem\n{\n    public int Id { get; set; }\n    public string Title { get; set; } = "";\n    public string Label() => Title.Trim();\n}\n\npublic class TasksDb(DbContextOptions<TasksDb> options) : DbContext(options)\n{\n    public DbSet<TaskItem> Tasks => Set<TaskItem>();\n    public DbSet<User> Users => Set<User>();\n}\n',
  },
  data: {
    'src/Tasks.Api/Migrations/20240101000000_CreateTasks.cs': 'using Microsoft.EntityFrameworkCore.Migrations;\n\nnamespace Tasks.Api.Migrations;\n\npublic partial class CreateTasks : Migration\n{\n    protected override void Up(MigrationBuilder migrationBuilder)\n    {\n        migrationBuilder.CreateTable(name: "Tasks", columns: table => new { Id = table.Column<int>(nullable: false), Title = table.Column<string>(nullable: false) }, constraints: table => table.PrimaryKey("PK_Tasks", x => x.Id));\n        migrationBuilder.InsertData(table: "Tasks", columns: ["Id", "Title"], values: new object[] { 1, "Read the README" });\n    }\n\n    protected override void Down(MigrationBuilder migrationBuilder)\n    {\n        migrationBuilder.DropTable(name: "Tasks");\n    }\n}\n',
  },
  logging: {
    'src/Tasks.Api/appsettings.json': '{\n  "ConnectionStrings": { "Default": "" },\n  "Serilog": { "MinimumLevel": { "Default": "Information" } },\n  "AllowedHosts": "*"\n}\n',
  },
};

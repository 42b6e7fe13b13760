import rule from '../../rules/logging.js';
import { packageJson } from '../helpers/snippets.js';
import { ruleTester } from '../helpers/rule-tester.js';

const laravel = '{ "require": { "laravel/framework": "^11.0" } }\n';

ruleTester(rule, {
  valid: [
    { name: "Fastify's bundled pino logger (Paulo-Mikhael/blog-api)", files: { 'package.json': packageJson({ devDependencies: { fastify: '^4' } }), 'src/server.ts': "import Fastify from 'fastify';\nconst fastify = Fastify({\n  logger: true,\n});\n" } },
    { name: 'pino used', files: { 'package.json': packageJson({ dependencies: { express: '^4', pino: '^9' } }), 'src/log.js': "const pino = require('pino');\nmodule.exports = pino({ level: process.env.LOG_LEVEL });\n" }, findings: [{ file: 'src/log.js', line: 1 }] },
    { name: 'SLF4J', files: { 'pom.xml': '<project></project>\n', 'src/main/java/A.java': 'class A {\n  private static final Logger log = LoggerFactory.getLogger(A.class);\n}\n' } },
    { name: 'Spring Boot structured logging', files: { 'pom.xml': '<project></project>\n', 'src/main/resources/application.properties': 'logging.structured.format.console=ecs\n' } },
    { name: 'Go slog', files: { 'go.mod': 'module x\n', 'main.go': 'package main\n\nimport "log/slog"\n' } },
    {
      name: 'Python handlers attached to the stdlib logger are configuration (flasky)',
      files: { 'requirements.txt': 'flask\n', 'config.py': 'import logging\nhandler = logging.StreamHandler()\nhandler.setLevel(logging.INFO)\napp.logger.addHandler(handler)\n' },
      findings: [{ file: 'config.py', line: 4 }],
    },
    {
      name: 'a home-made leveled logger module (express-js-blog-api)',
      files: {
        'package.json': packageJson({ dependencies: { express: '^4', morgan: '^1' } }),
        'src/app.ts': "import morgan from 'morgan';\napp.use(morgan('dev'));\n",
        'src/loaders/logger.ts': "export default {\n  info: (...a) => console.log('[INFO]', ...a),\n  warn: (...a) => console.log('[WARN]', ...a),\n  error: (...a) => console.log('[ERROR]', ...a),\n};\n",
      },
      summary: /src\/loaders\/logger\.ts/,
    },
    {
      name: 'a logging module the application logs through with levels (Loki-backed log_config.py)',
      files: {
        'requirements.txt': 'django\n',
        'app/utils/log_config.py': "from lokilogs import Config\nlogger = Config(service_name='todo').logger\n",
        'app/views/tasks.py': "from app.utils.log_config import logger\nlogger.info('listed')\nlogger.error('failed')\n",
        'app/views/users.py': "from app.utils.log_config import logger\nlogger.info('created')\n",
      },
      findings: [{ file: 'app/utils/log_config.py', line: 1 }],
    },
  ],
  invalid: [
    {
      name: "morgan's request log alone is not the application logging (Node-Express-CRUD-API)",
      files: { 'package.json': packageJson({ dependencies: { express: '^4', morgan: '^1' } }), 'server.js': "const logger = require('morgan');\napp.use(logger('dev'));\n" },
      outcome: 'fail',
      findings: [{ file: 'server.js', line: 1, message: /request-log middleware/ }],
    },
    { name: "gin.Default()'s request logger is the framework's (Kota-35/todo-api-go)", files: { 'go.mod': 'module x\n\nrequire github.com/gin-gonic/gin v1.9.0\n', 'main.go': 'package main\n\nfunc main() {\n\trouter := gin.Default()\n\trouter.Run()\n}\n' }, outcome: 'fail', findings: [{ file: 'main.go', line: 4 }] },
    { name: "Fiber's logger middleware alone (gofiber/boilerplate)", files: { 'go.mod': 'module x\n', 'app.go': 'package main\n\nimport "github.com/gofiber/fiber/v3/middleware/logger"\n\nfunc main() { app.Use(logger.New()) }\n' }, outcome: 'fail' },
    { name: 'winston installed, never used', files: { 'package.json': packageJson({ dependencies: { express: '^4', winston: '^3' } }), 'index.js': 'console.log("up");\n' }, outcome: 'fail', findings: [{ file: 'package.json', message: /winston is a dependency/ }] },
    {
      name: "Laravel's generated config/logging.php is the framework default, not a choice",
      files: { 'composer.json': laravel, 'config/logging.php': "<?php\nuse Monolog\\Handler\\StreamHandler;\nreturn ['level' => env('LOG_LEVEL', 'debug'), 'error' => 1];\n" },
      outcome: 'fail',
      findings: [{ file: 'config/logging.php', line: 2 }],
    },
    {
      name: 'Laravel Log:: calls on the default configuration across controllers are partial evidence',
      files: {
        'composer.json': laravel,
        'app/Http/Controllers/AuthController.php': "<?php\nLog::info('login', ['id' => $id]);\nLog::warning('bad password');\n",
        'app/Http/Controllers/PostController.php': "<?php\nLog::error('post failed');\n",
        'lang/en/log.php': "<?php\nreturn ['info' => 'Info', 'error' => 'Error'];\n",
      },
      outcome: 'partial',
      score: 0.4,
    },
    { name: 'one log call is not logging', files: { 'composer.json': laravel, 'app/Http/Controllers/AuthController.php': "<?php\nLog::info('login');\n" }, outcome: 'fail', findings: [{ file: 'app/Http/Controllers/AuthController.php', line: 2, message: /stray log call/ }] },
    { name: 'Python modules log through an unconfigured stdlib logger', files: { 'requirements.txt': 'flask\n', 'app/views.py': 'import logging\nlog = logging.getLogger(__name__)\n' }, outcome: 'fail', findings: [{ file: 'app/views.py', line: 2 }] },
    {
      name: 'Spring log levels in properties, no logger in code (spring-petclinic)',
      files: { 'pom.xml': '<project></project>\n', 'src/main/resources/application.properties': 'server.port=8080\nlogging.level.org.springframework=INFO\n', 'src/main/java/A.java': 'class A {}\n' },
      outcome: 'fail',
      findings: [{ file: 'src/main/resources/application.properties', line: 2 }],
    },
    { name: 'print statements only', files: { 'requirements.txt': 'flask\n', 'app.py': 'print("started")\n' }, outcome: 'fail', summary: /No structured logger/ },
  ],
});

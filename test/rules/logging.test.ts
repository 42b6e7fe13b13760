import rule from '../../rules/logging.js';
import { packageJson } from '../helpers/snippets.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: "Fastify's bundled pino logger (Paulo-Mikhael/blog-api)", files: { 'package.json': packageJson({ devDependencies: { fastify: '^4' } }), 'src/server.ts': "import Fastify from 'fastify';\nconst fastify = Fastify({\n  logger: true,\n});\n" } },
    { name: 'pino used', files: { 'package.json': packageJson({ dependencies: { express: '^4', pino: '^9' } }), 'src/log.js': "const pino = require('pino');\nmodule.exports = pino({ level: process.env.LOG_LEVEL });\n" }, findings: [{ file: 'src/log.js', line: 1 }] },
    { name: 'SLF4J', files: { 'pom.xml': '<project></project>\n', 'src/main/java/A.java': 'class A {\n  private static final Logger log = LoggerFactory.getLogger(A.class);\n}\n' } },
    { name: 'Spring Boot structured logging', files: { 'pom.xml': '<project></project>\n', 'src/main/resources/application.properties': 'logging.structured.format.console=ecs\n' } },
    { name: 'Go slog', files: { 'go.mod': 'module x\n', 'main.go': 'package main\n\nimport "log/slog"\n' } },
  ],
  invalid: [
    { name: "gin.Default()'s request logger is the framework's (Kota-35/todo-api-go)", files: { 'go.mod': 'module x\n\nrequire github.com/gin-gonic/gin v1.9.0\n', 'main.go': 'package main\n\nfunc main() {\n\trouter := gin.Default()\n\trouter.Run()\n}\n' }, outcome: 'partial', score: 0.6 },
    { name: 'winston installed, never used', files: { 'package.json': packageJson({ dependencies: { express: '^4', winston: '^3' } }), 'index.js': 'console.log("up");\n' }, outcome: 'partial', score: 0.5 },
    {
      name: "Laravel's generated config/logging.php is the framework default, not a choice",
      files: { 'composer.json': '{ "require": { "laravel/framework": "^11.0" } }\n', 'config/logging.php': "<?php\nuse Monolog\\Handler\\StreamHandler;\nreturn [];\n" },
      outcome: 'partial',
      score: 0.6,
    },
    { name: 'Python modules log through an unconfigured stdlib logger', files: { 'requirements.txt': 'flask\n', 'app/views.py': 'import logging\nlog = logging.getLogger(__name__)\n' }, outcome: 'partial', score: 0.6, findings: [{ file: 'app/views.py', line: 2 }] },
    {
      name: 'Spring log levels in properties, no logger in code (spring-petclinic)',
      files: { 'pom.xml': '<project></project>\n', 'src/main/resources/application.properties': 'server.port=8080\nlogging.level.org.springframework=INFO\n', 'src/main/java/A.java': 'class A {}\n' },
      outcome: 'partial',
      score: 0.6,
      findings: [{ file: 'src/main/resources/application.properties', line: 2 }],
    },
    { name: 'print statements only', files: { 'requirements.txt': 'flask\n', 'app.py': 'print("started")\n' }, outcome: 'fail' },
  ],
});

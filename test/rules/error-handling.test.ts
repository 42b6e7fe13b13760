import rule from '../../rules/error-handling.js';
import { packageJson } from '../helpers/snippets.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'an Express error middleware by signature, whatever its name (gustavoteixeira8/blog-api)', files: { 'package.json': packageJson({ dependencies: { express: '^4' } }), 'src/catchErrors.ts': 'export const catchErrorsInRoutes = (err: Error, req: Request, res: Response, next: NextFunction) => {\n  res.status(500).json({ message: err.message });\n};\n' }, findings: [{ file: 'src/catchErrors.ts', line: 1 }] },
    { name: 'app.use(errorHandler) with a class method (abdessamadelhamdany/express-js-blog-api)', files: { 'package.json': packageJson({ dependencies: { express: '^4' } }), 'src/app.ts': 'class App {\n  private errorHandler(err: any, __: Request, res: Response, ___: NextFunction) {}\n  start() {\n    this.defaultApp.use(this.errorHandler);\n  }\n}\n' }, findings: [{ file: 'src/app.ts', line: 4 }] },
    { name: "a NestJS errors interceptor registered globally", files: { 'package.json': packageJson({ dependencies: { '@nestjs/core': '^10' } }), 'src/main.ts': 'app.useGlobalInterceptors(new ErrorsInterceptor());\n' } },
    { name: "Ktor's StatusPages (lupuuss/todo-api)", files: { 'build.gradle.kts': 'dependencies {\n  implementation("io.ktor:ktor-server-netty:2.3.0")\n}\n', 'src/main/kotlin/App.kt': 'fun Application.module() {\n  install(StatusPages) {\n  }\n}\n' } },
    {
      name: "Laravel's withExceptions rendering a fully-qualified exception type (mubbi/laravel-blog-api)",
      files: { 'composer.json': '{ "require": { "laravel/framework": "^11.0" } }\n', 'bootstrap/app.php': "<?php\nreturn Application::configure()\n    ->withExceptions(function (Exceptions $exceptions) {\n        $handler = new ExceptionHandlerService();\n        $exceptions->render(function (\\Illuminate\\Validation\\ValidationException $e, Request $request) {\n            return response()->json([], 422);\n        });\n    })->create();\n" },
      findings: [{ file: 'bootstrap/app.php', line: 5 }],
    },
    {
      name: "Slim 3's errorHandler in the container (maurobonfietti/rest-api-slim-php)",
      files: { 'composer.json': '{ "require": { "slim/slim": "^3.12" } }\n', 'src/App/Dependencies.php': "<?php\n$container['errorHandler'] = static fn (): ApiError => new ApiError();\n" },
      findings: [{ file: 'src/App/Dependencies.php', line: 2 }],
    },
    { name: 'Express 4-argument middleware', files: { 'package.json': packageJson({ dependencies: { express: '^4' } }), 'src/app.js': 'app.use((err, req, res, next) => {\n  res.status(500).json({ error: err.message });\n});\n' }, findings: [{ file: 'src/app.js', line: 1 }] },
    {
      name: 'a routing-controllers error middleware (w3tecch/express-typescript-boilerplate)',
      files: { 'package.json': packageJson({ dependencies: { express: '^4', 'routing-controllers': '^0.10' } }), 'src/ErrorHandlerMiddleware.ts': "@Middleware({ type: 'after' })\nexport class ErrorHandlerMiddleware implements ExpressErrorMiddlewareInterface {\n  error(error, req, res, next) {}\n}\n" },
      findings: [{ file: 'src/ErrorHandlerMiddleware.ts', line: 2 }],
    },
    {
      name: 'a typed error middleware over several lines with a union type (node-express-realworld)',
      files: { 'package.json': packageJson({ dependencies: { express: '^4' } }), 'src/main.ts': 'app.use(\n  (\n    err: Error | HttpException,\n    req: express.Request,\n    res: express.Response,\n    next: express.NextFunction,\n  ) => {\n    res.status(500).json(err.message);\n  },\n);\n' },
      findings: [{ file: 'src/main.ts', line: 1 }],
    },
    { name: "FastEndpoints' default exception handler (ardalis/CleanArchitecture)", files: { 'Web/Web.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>\n', 'Web/MiddlewareConfig.cs': 'static class MiddlewareConfig {\n  public static void Use(WebApplication app) {\n    app.UseDefaultExceptionHandler(); // from FastEndpoints\n  }\n}\n' }, findings: [{ file: 'Web/MiddlewareConfig.cs', line: 3 }] },
    { name: 'NestJS exception filter', files: { 'package.json': packageJson({ dependencies: { '@nestjs/core': '^10' } }), 'src/http.filter.ts': '@Catch(HttpException)\nexport class HttpFilter implements ExceptionFilter {}\n' } },
    { name: 'FastAPI exception_handler', files: { 'requirements.txt': 'fastapi\n', 'app/main.py': '@app.exception_handler(NotFound)\nasync def not_found(request, exc): ...\n' } },
    { name: 'Flask errorhandler registered without the decorator (flask realworld)', files: { 'requirements.txt': 'flask\n', 'app/app.py': 'def register(app):\n    app.errorhandler(InvalidUsage)(handle)\n' }, findings: [{ file: 'app/app.py', line: 2 }] },
    { name: 'Spring @RestControllerAdvice', files: { 'pom.xml': '<project></project>\n', 'src/main/java/E.java': '@RestControllerAdvice\nclass E {}\n' } },
    {
      name: 'a Symfony subscriber to kernel exceptions (symfony/demo)',
      files: { 'composer.json': '{ "require": { "symfony/framework-bundle": "7.1.*" } }\n', 'src/EventSubscriber/Errors.php': "<?php\nclass Errors implements EventSubscriberInterface {\n  public static function getSubscribedEvents(): array {\n    return [KernelEvents::EXCEPTION => 'onException'];\n  }\n}\n" },
      findings: [{ file: 'src/EventSubscriber/Errors.php', line: 4 }],
    },
    { name: 'Rails rescue_from', files: { 'Gemfile': "gem 'rails'\n", 'app/controllers/application_controller.rb': 'class ApplicationController < ActionController::API\n  rescue_from ActiveRecord::RecordNotFound, with: :not_found\nend\n' } },
    { name: 'not a web service', outcome: 'not-applicable', files: { 'package.json': packageJson(), 'index.js': 'module.exports = 1;\n' } },
  ],
  invalid: [
    { name: 'try/catch in each handler only', files: { 'package.json': packageJson({ dependencies: { express: '^4' } }), 'index.js': "app.get('/', (req, res) => { try { x(); } catch (e) { res.sendStatus(500); } });\n" }, outcome: 'fail' },
  ],
});

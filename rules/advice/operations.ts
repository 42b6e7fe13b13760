import type { RuleAdvice } from '../../src/engine/advice.js';
import { addPackage, springBoot } from './commands.js';

/** Advice for the operations rules: error handling, health checks, logging and background work. */

export const errorHandling: RuleAdvice = {
  ecosystems: {
    javascript: { fix: 'Add one error handler: an Express 4-argument middleware (err, req, res, next) registered after the routes that logs the error and returns a JSON status.', docs: 'https://expressjs.com/en/guide/error-handling.html' },
    python: { fix: 'Add one error handler that maps your exceptions to JSON responses and logs the unexpected ones (the framework\'s exception-handler hook).', docs: 'https://docs.python.org/3/tutorial/errors.html' },
    java: { fix: springBoot('Add a @RestControllerAdvice with @ExceptionHandler methods that return ProblemDetail (or ResponseEntity) for your exceptions.'), docs: 'https://docs.spring.io/spring-framework/reference/web/webmvc/mvc-controller/ann-advice.html' },
    go: { fix: 'Give handlers an error return and wrap them in one adapter that maps errors to status codes and JSON (errors.Is / errors.As), plus a recovery middleware.', docs: 'https://go.dev/blog/error-handling-and-go' },
    php: { fix: 'Register one error handler (set_exception_handler, or the framework\'s error middleware) that logs and returns a JSON error.', docs: 'https://www.php.net/manual/en/function.set-exception-handler.php' },
    csharp: { fix: 'Add builder.Services.AddProblemDetails() and app.UseExceptionHandler() (with an IExceptionHandler for your exception types) so every error is a ProblemDetails response.', docs: 'https://learn.microsoft.com/en-us/aspnet/core/fundamentals/error-handling-api' },
    ruby: { fix: 'Handle errors in one place: rescue_from in the base controller (Rails) or error blocks (Sinatra), returning a JSON status.', docs: 'https://sinatrarb.com/intro.html#error-handling' },
  },
  frameworks: {
    nestjs: { fix: 'Add an exception filter (@Catch() implementing ExceptionFilter) registered with app.useGlobalFilters, and throw HttpException subclasses in services.', docs: 'https://docs.nestjs.com/exception-filters' },
    fastify: { fix: 'Add fastify.setErrorHandler((error, request, reply) => …) that logs and replies with the status and a JSON body.', docs: 'https://fastify.dev/docs/latest/Reference/Server/#seterrorhandler' },
    fastapi: { fix: 'Raise HTTPException for expected errors and register @app.exception_handler(YourError) for domain exceptions.', docs: 'https://fastapi.tiangolo.com/tutorial/handling-errors/' },
    django: { fix: 'Add handler404/handler500 views in the root urls.py (JSON for the API) and a middleware with process_exception for domain errors.', docs: 'https://docs.djangoproject.com/en/stable/topics/http/views/#customizing-error-views' },
    'django-rest-framework': { fix: 'Set REST_FRAMEWORK["EXCEPTION_HANDLER"] to a custom handler that calls exception_handler and maps your domain exceptions to responses.', docs: 'https://www.django-rest-framework.org/api-guide/exceptions/#custom-exception-handling' },
    flask: { fix: 'Register @app.errorhandler(HTTPException) and handlers for your own exceptions that return JSON.', docs: 'https://flask.palletsprojects.com/en/stable/errorhandling/' },
    gin: { fix: 'Add a middleware that runs c.Next() then maps c.Errors to a JSON response, and gin.CustomRecovery for panics.', docs: 'https://gin-gonic.com/en/docs/examples/custom-middleware/' },
    echo: { fix: 'Set e.HTTPErrorHandler to one function that maps your errors (and *echo.HTTPError) to JSON responses.', docs: 'https://echo.labstack.com/docs/error-handling' },
    laravel: { fix: 'Render your exceptions in one place: ->withExceptions(fn (Exceptions $e) => $e->render(…)) in bootstrap/app.php (Laravel 11+), or App\\Exceptions\\Handler before.', docs: 'https://laravel.com/docs/errors' },
    symfony: { fix: 'Add a kernel.exception listener (#[AsEventListener]) that turns your exceptions into JSON responses.', docs: 'https://symfony.com/doc/current/event_dispatcher.html#creating-an-event-listener' },
    rails: { fix: 'Add rescue_from ActiveRecord::RecordNotFound (and your own errors) in ApplicationController, rendering a JSON status.', docs: 'https://guides.rubyonrails.org/action_controller_overview.html#rescue-from' },
  },
};

export const healthCheck: RuleAdvice = {
  ecosystems: {
    javascript: { fix: 'Add GET /health that returns 200 when the app and its database answer (a SELECT 1), 503 otherwise.', docs: 'https://expressjs.com/en/advanced/healthcheck-graceful-shutdown.html' },
    python: { fix: 'Add GET /health that returns 200 when the app and its database answer (a SELECT 1), 503 otherwise.', docs: 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/' },
    java: { fix: springBoot('Add spring-boot-starter-actuator: /actuator/health reports the app and its database (management.endpoints.web.exposure.include=health).'), docs: 'https://docs.spring.io/spring-boot/reference/actuator/endpoints.html#actuator.endpoints.health' },
    go: { fix: 'Add GET /healthz that returns 200 when db.PingContext(ctx) succeeds and 503 otherwise.', docs: 'https://pkg.go.dev/database/sql#DB.PingContext' },
    php: { fix: 'Add GET /health that returns 200 when the app and its database answer, 503 otherwise.', docs: 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/' },
    csharp: { fix: 'Add builder.Services.AddHealthChecks() (AddDbContextCheck<AppDbContext>() for the database) and app.MapHealthChecks("/health").', docs: 'https://learn.microsoft.com/en-us/aspnet/core/host-and-deploy/health-checks' },
    ruby: { fix: 'Add GET /health that returns 200 when the app and its database answer.', docs: 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/' },
  },
  frameworks: {
    nestjs: { fix: 'Add @nestjs/terminus: a HealthController with HealthCheckService and the database indicator (TypeOrmHealthIndicator, PrismaHealthIndicator…).', docs: 'https://docs.nestjs.com/recipes/terminus' },
    django: { fix: (s) => `Add django-health-check (\`${addPackage(s, 'django-health-check')}\`, its apps in INSTALLED_APPS, path("ht/", include("health_check.urls"))) — it checks the database too.`, docs: 'https://django-health-check.readthedocs.io/en/latest/' },
    laravel: { fix: 'Register the health route: ->withRouting(health: \'/up\') in bootstrap/app.php (Laravel 11+), and listen for DiagnosingHealth to check the database.', docs: 'https://laravel.com/docs/deployment#the-health-route' },
    rails: { fix: 'Route the built-in health check: get "up" => "rails/health#show", as: :rails_health_check (Rails 7.1+).', docs: 'https://api.rubyonrails.org/classes/Rails/HealthController.html' },
  },
};

export const logging: RuleAdvice = {
  ecosystems: {
    javascript: { fix: (s) => `Log through pino with levels (\`${addPackage(s, 'pino pino-http')}\`): one logger, app.use(pinoHttp({ logger })) for request logs, LOG_LEVEL from the environment.`, docs: 'https://github.com/pinojs/pino-http#readme', findings: { structured: 'Replace console.log with pino (JSON by default) and read the level from LOG_LEVEL.' } },
    python: { fix: 'Log through the logging module: logger = logging.getLogger(__name__), configured once with logging.config.dictConfig (JSON with python-json-logger or structlog), level from the environment.', docs: 'https://docs.python.org/3/howto/logging.html', findings: { structured: 'Configure JSON output and the level from the environment once, with logging.config.dictConfig (python-json-logger) or structlog.' } },
    java: { fix: springBoot('Log through SLF4J (LoggerFactory.getLogger or Lombok @Slf4j) with levels, and turn on JSON with logging.structured.format.console=ecs (Spring Boot 3.4+).'), docs: 'https://docs.spring.io/spring-boot/reference/features/logging.html', findings: { structured: 'Set logging.structured.format.console=ecs (Spring Boot 3.4+) and logging.level.root from the environment.' } },
    go: { fix: 'Log through log/slog: slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{Level: …})) and one request-logging middleware.', docs: 'https://pkg.go.dev/log/slog', findings: { structured: 'Replace the log package with log/slog and slog.NewJSONHandler, with the level from the environment.' } },
    php: { fix: 'Log through Monolog (`composer require monolog/monolog`) with a JSON formatter and levels.', docs: 'https://seldaek.github.io/monolog/doc/01-usage.html', findings: { structured: 'Configure Monolog with a JsonFormatter and the level from the environment.' } },
    csharp: { fix: 'Log through ILogger<T> with message templates; add Serilog.AspNetCore (UseSerilogRequestLogging) or builder.Logging.AddJsonConsole() for structured output.', docs: 'https://learn.microsoft.com/en-us/aspnet/core/fundamentals/logging/', findings: { structured: 'Add builder.Logging.AddJsonConsole() (or Serilog) and set the levels under Logging:LogLevel in appsettings.json.' } },
    ruby: { fix: 'Log through Logger (or semantic_logger) with levels and one request-logging middleware.', docs: 'https://ruby-doc.org/3.3/stdlibs/logger/Logger.html', findings: { structured: 'Give the logger a JSON formatter and set the level from the environment (lograge for Rails request logs).' } },
  },
  frameworks: {
    nestjs: { fix: 'Log through Nest\'s Logger (new Logger(MyService.name)) or nestjs-pino for JSON request logs.', docs: 'https://docs.nestjs.com/techniques/logger' },
    django: { fix: 'Configure LOGGING in settings.py (handlers, formatters, level from the environment) and log with logging.getLogger(__name__).', docs: 'https://docs.djangoproject.com/en/stable/topics/logging/', findings: { structured: 'Add a JSON formatter (python-json-logger) to LOGGING in settings.py and set the level from the environment.' } },
    laravel: { fix: 'Log with the Log facade (Log::info(\'…\', $context)); set LOG_CHANNEL and LOG_LEVEL in .env and a JSON formatter in config/logging.php.', docs: 'https://laravel.com/docs/logging', findings: { structured: 'Set LOG_LEVEL from the environment and a Monolog JsonFormatter (\'formatter\' => JsonFormatter::class) on the channel in config/logging.php.' } },
    rails: { fix: 'Log with Rails.logger at the right levels, set config.log_level from the environment, and add lograge for one-line JSON request logs.', docs: 'https://guides.rubyonrails.org/debugging_rails_applications.html#the-logger' },
  },
};

export const backgroundJobs: RuleAdvice = {
  ecosystems: {
    javascript: { fix: (s) => `Move slow work to a queue: BullMQ on Redis (\`${addPackage(s, 'bullmq')}\`), a Queue to add jobs from the request and a Worker process that runs them.`, docs: 'https://docs.bullmq.io/guide/introduction' },
    python: { fix: (s) => `Move slow work to a queue: Celery with Redis (\`${addPackage(s, 'celery[redis]')}\`), @shared_task functions, and a worker (celery -A <app> worker).`, docs: 'https://docs.celeryq.dev/en/stable/getting-started/first-steps-with-celery.html' },
    java: { fix: springBoot('Run slow work off the request: @EnableAsync with @Async methods, @EnableScheduling with @Scheduled for periodic jobs (Quartz or JobRunr for persistent jobs).'), docs: 'https://docs.spring.io/spring-framework/reference/integration/scheduling.html' },
    go: { fix: 'Run slow work in a worker: a goroutine pool fed by a channel with context cancellation, or asynq on Redis for durable jobs.', docs: 'https://github.com/hibiken/asynq' },
    php: { fix: 'Move slow work to a queue with a worker (symfony/messenger with an async transport, messenger:consume).', docs: 'https://symfony.com/doc/current/messenger.html' },
    csharp: { fix: 'Run slow work in a BackgroundService (AddHostedService) fed by a Channel<T>, or Hangfire for persistent and recurring jobs.', docs: 'https://learn.microsoft.com/en-us/aspnet/core/fundamentals/host/hosted-services' },
    ruby: { fix: 'Move slow work to a queue: Sidekiq jobs (`bundle add sidekiq`) performed by a worker process.', docs: 'https://github.com/sidekiq/sidekiq/wiki/Getting-Started' },
  },
  frameworks: {
    nestjs: { fix: 'Add @nestjs/bullmq: BullModule.registerQueue, inject the Queue to add jobs, and a @Processor class that handles them.', docs: 'https://docs.nestjs.com/techniques/queues' },
    fastapi: { fix: 'Use BackgroundTasks for small fire-and-forget work, and Celery or ARQ with a worker for anything that must survive a restart.', docs: 'https://fastapi.tiangolo.com/tutorial/background-tasks/' },
    django: { fix: (s) => `Add Celery (\`${addPackage(s, 'celery[redis]')}\`, celery.py next to settings.py, @shared_task) and run a worker: celery -A <project> worker.`, docs: 'https://docs.celeryq.dev/en/stable/django/first-steps-with-django.html' },
    laravel: { fix: 'Create a queued job (`php artisan make:job ProcessPodcast`), dispatch it, set QUEUE_CONNECTION (database or redis), and run `php artisan queue:work`; schedule recurring work in routes/console.php.', docs: 'https://laravel.com/docs/queues' },
    rails: { fix: 'Create an Active Job (`bin/rails generate job ProcessUpload`), perform_later it, and run a backend worker (Solid Queue in Rails 8, or Sidekiq).', docs: 'https://guides.rubyonrails.org/active_job_basics.html' },
  },
};

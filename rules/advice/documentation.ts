import type { RuleAdvice } from '../../src/engine/advice.js';
import type { Stack } from '../../src/facts/stack.js';
import { devCommand } from '../../src/facts/stack.js';
import { addPackage, springBoot } from './commands.js';

/** Advice for the documentation rules that depend on the stack: setup commands and API docs. */

/** The setup steps a README shows for this stack: install, configure, migrate, run. */
function setupSteps(s: Stack): string {
  const run = devCommand(s);
  const migrate = s.migrate && !/ at start-up$|</.test(s.migrate) ? s.migrate : undefined;
  const template = ['.env.example', '.env.sample', '.env.template'].find((f) => s.present.has(f));
  return [`\`${s.install}\``, ...(template ? [`\`cp ${template} .env\``] : []), ...(migrate ? [`\`${migrate}\``] : []), run ? `\`${run}\`` : 'the command that starts the server'].join(', ');
}

const INSTALL_DOCS: Record<Stack['ecosystem'], string> = {
  javascript: 'https://docs.npmjs.com/cli/commands/npm-ci',
  python: 'https://packaging.python.org/en/latest/tutorials/installing-packages/',
  java: 'https://maven.apache.org/wrapper/',
  go: 'https://go.dev/ref/mod#go-mod-download',
  php: 'https://getcomposer.org/doc/01-basic-usage.md#installing-dependencies',
  csharp: 'https://learn.microsoft.com/en-us/dotnet/core/tools/dotnet-run',
  ruby: 'https://bundler.io/guides/getting_started.html',
};

export const readmeSetup: RuleAdvice = {
  ecosystems: Object.fromEntries(
    (Object.keys(INSTALL_DOCS) as Stack['ecosystem'][]).map((e) => [
      e,
      {
        fix: (s: Stack) => `Add a "## Getting started" section with the commands in a \`\`\`bash block: ${setupSteps(s)}.`,
        docs: (s: Stack) => (s.packageManager.value === 'gradle' ? 'https://docs.gradle.org/current/userguide/gradle_wrapper.html' : INSTALL_DOCS[e]),
        findings: {
          install: (s: Stack) => `Add \`${s.install}\` in a \`\`\`bash block.`,
          run: (s: Stack) => {
            const run = devCommand(s);
            return run ? `Add \`${run}\` (the command that starts the server) in a \`\`\`bash block.` : undefined;
          },
        },
      },
    ]),
  ),
};

export const apiDocs: RuleAdvice = {
  ecosystems: {
    javascript: { fix: (s) => `Serve OpenAPI docs: \`${addPackage(s, 'swagger-jsdoc swagger-ui-express')}\`, JSDoc @openapi comments on the routes, app.use('/docs', swaggerUi.serve, swaggerUi.setup(spec)); or commit an openapi.yaml.`, docs: 'https://github.com/scottie1984/swagger-ui-express' },
    python: { fix: 'Commit an openapi.yaml describing the endpoints, or generate it with your framework\'s OpenAPI extension.', docs: 'https://spec.openapis.org/oas/latest.html' },
    java: { fix: springBoot('Add springdoc-openapi (org.springdoc:springdoc-openapi-starter-webmvc-ui): the spec is served at /v3/api-docs and Swagger UI at /swagger-ui.html; describe endpoints with @Operation.'), docs: 'https://springdoc.org/' },
    go: { fix: 'Generate OpenAPI with swaggo: annotate handlers (// @Summary, // @Router), run `swag init`, and serve it with gin-swagger or http-swagger; or commit an openapi.yaml.', docs: 'https://github.com/swaggo/swag' },
    php: { fix: 'Commit an openapi.yaml, or generate it from attributes with swagger-php (`composer require zircote/swagger-php`).', docs: 'https://zircote.github.io/swagger-php/' },
    csharp: { fix: 'Generate OpenAPI: builder.Services.AddOpenApi() and app.MapOpenApi() (Microsoft.AspNetCore.OpenApi, .NET 9+), or Swashbuckle.AspNetCore (AddSwaggerGen, UseSwaggerUI) on .NET 8.', docs: 'https://learn.microsoft.com/en-us/aspnet/core/fundamentals/openapi/aspnetcore-openapi' },
    ruby: { fix: 'Commit an openapi.yaml, or generate it from request specs with rswag (Rails).', docs: 'https://github.com/rswag/rswag' },
  },
  frameworks: {
    nestjs: { fix: 'Add @nestjs/swagger: DocumentBuilder, SwaggerModule.setup(\'docs\', app, document), and @ApiProperty on the DTOs.', docs: 'https://docs.nestjs.com/openapi/introduction' },
    fastify: { fix: (s) => `Register @fastify/swagger and @fastify/swagger-ui (\`${addPackage(s, '@fastify/swagger @fastify/swagger-ui')}\`); the route schemas become the spec.`, docs: 'https://github.com/fastify/fastify-swagger' },
    fastapi: { fix: 'FastAPI serves /docs already: give the routes response_model=, summary=, tags= and status_code= so the generated docs describe them.', docs: 'https://fastapi.tiangolo.com/tutorial/path-operation-configuration/' },
    'django-rest-framework': { fix: (s) => `Add drf-spectacular (\`${addPackage(s, 'drf-spectacular')}\`): DEFAULT_SCHEMA_CLASS, SpectacularAPIView and SpectacularSwaggerView routes.`, docs: 'https://drf-spectacular.readthedocs.io/en/latest/readme.html' },
    flask: { fix: (s) => `Generate OpenAPI with flask-smorest (\`${addPackage(s, 'flask-smorest')}\`): Blueprints with @blp.arguments/@blp.response and marshmallow schemas.`, docs: 'https://flask-smorest.readthedocs.io/en/latest/quickstart.html' },
    laravel: { fix: 'Generate API docs with Scribe: `composer require --dev knuckleswtf/scribe`, `php artisan vendor:publish --tag=scribe-config`, `php artisan scribe:generate`.', docs: 'https://scribe.knuckles.wtf/laravel/' },
    symfony: { fix: 'Add NelmioApiDocBundle (`composer require nelmio/api-doc-bundle`) and describe the endpoints with OpenAPI attributes.', docs: 'https://symfony.com/bundles/NelmioApiDocBundle/current/index.html' },
  },
};

import type { RuleAdvice } from '../../src/engine/advice.js';
import type { Stack } from '../../src/facts/stack.js';
import { addPackage, buildTool, exec, testCommand, springBoot } from './commands.js';

/** Advice for the testing rules: the stack's test runner, HTTP test harness and test command. */

export const testsPresent: RuleAdvice = {
  ecosystems: {
    javascript: { fix: (s) => `Write tests for your services and endpoints with Vitest or Jest (\`${addPackage(s, 'vitest', true)}\`, files named *.test.js or *.test.ts) and run them with \`${testCommand(s)}\`.`, docs: 'https://vitest.dev/guide/' },
    python: { fix: (s) => `Write tests with pytest: \`${addPackage(s, 'pytest', true)}\`, tests/test_*.py with plain assert statements, run with \`${testCommand(s)}\`.`, docs: 'https://docs.pytest.org/en/stable/getting-started.html' },
    java: { fix: springBoot((s) => `Write JUnit 5 tests in src/test/java (spring-boot-starter-test brings JUnit Jupiter, AssertJ and Mockito) and run them with \`${testCommand(s)}\`.`), docs: 'https://docs.junit.org/current/user-guide/' },
    go: { fix: 'Write table-driven tests in *_test.go files next to the code (package testing) and run them with `go test ./...`.', docs: 'https://go.dev/doc/tutorial/add-a-test' },
    php: { fix: (s) => `Write PHPUnit tests in tests/ (\`composer require --dev phpunit/phpunit\`, a phpunit.xml) and run them with \`${testCommand(s)}\`.`, docs: 'https://docs.phpunit.de/en/11.5/writing-tests-for-phpunit.html' },
    csharp: { fix: 'Add a test project: `dotnet new xunit -o tests/App.Tests`, `dotnet add tests/App.Tests reference <your .csproj>`, add it to the solution, and run `dotnet test`.', docs: 'https://learn.microsoft.com/en-us/dotnet/core/testing/unit-testing-csharp-with-xunit' },
    ruby: { fix: (s) => `Write RSpec or Minitest tests (\`${addPackage(s, 'rspec', true)}\`, \`bundle exec rspec --init\`) and run them with \`${testCommand(s)}\`.`, docs: 'https://rspec.info/documentation/' },
  },
  frameworks: {
    nestjs: { fix: (s) => `Write Jest specs next to your providers (*.spec.ts) with Test.createTestingModule from @nestjs/testing, and run them with \`${testCommand(s)}\`.`, docs: 'https://docs.nestjs.com/fundamentals/testing' },
    django: { fix: (s) => `Write tests in each app's tests.py with django.test.TestCase (or pytest-django) and run them with \`${testCommand(s)}\`.`, docs: 'https://docs.djangoproject.com/en/stable/topics/testing/overview/' },
    'spring-boot': { fix: (s) => `Write tests in src/test/java: @WebMvcTest slices for controllers, @DataJpaTest for repositories, @SpringBootTest for the whole app; run them with \`${testCommand(s)}\`.`, docs: 'https://docs.spring.io/spring-boot/reference/testing/spring-boot-applications.html' },
    laravel: { fix: 'Write feature and unit tests with `php artisan make:test PostTest` (add --unit for unit tests) and run them with `php artisan test`.', docs: 'https://laravel.com/docs/testing' },
    rails: { fix: (s) => `Write tests in test/ (model, controller and integration tests; the generators create the files) or specs with rspec-rails, and run them with \`${testCommand(s)}\`.`, docs: 'https://guides.rubyonrails.org/testing.html' },
  },
};

export const testsApi: RuleAdvice = {
  ecosystems: {
    javascript: { fix: (s) => `Test the endpoints over HTTP with supertest: \`${addPackage(s, 'supertest', true)}\`, export the app without listen(), and assert on request(app).post('/api/…').expect(201).`, docs: 'https://github.com/ladjs/supertest' },
    python: { fix: (s) => `Test the endpoints through the framework's test client (pytest with the app's client fixture) and run them with \`${testCommand(s)}\`.`, docs: 'https://docs.pytest.org/en/stable/how-to/fixtures.html' },
    java: { fix: springBoot('Test the endpoints with MockMvc (@WebMvcTest or @SpringBootTest with @AutoConfigureMockMvc): perform(post("/api/…")).andExpect(status().isCreated()).'), docs: 'https://docs.spring.io/spring-boot/reference/testing/spring-boot-applications.html#testing.spring-boot-applications.with-mock-environment' },
    go: { fix: 'Test the handlers with net/http/httptest: build the router, send httptest.NewRequest through router.ServeHTTP(rec, req), and assert on rec.Code and the body.', docs: 'https://pkg.go.dev/net/http/httptest' },
    php: { fix: 'Test the endpoints through the framework\'s HTTP kernel (Symfony WebTestCase, Slim\'s app->handle with a PSR-7 request) in PHPUnit.', docs: 'https://symfony.com/doc/current/testing.html#application-tests' },
    csharp: { fix: 'Test the endpoints in-memory with WebApplicationFactory<Program> (`dotnet add package Microsoft.AspNetCore.Mvc.Testing`): factory.CreateClient().PostAsJsonAsync("/api/…", …).', docs: 'https://learn.microsoft.com/en-us/aspnet/core/test/integration-tests' },
    ruby: { fix: (s) => `Test the endpoints with Rack::Test (\`${addPackage(s, 'rack-test', true)}\`): post '/api/…', then assert on last_response.status.`, docs: 'https://github.com/rack/rack-test' },
  },
  frameworks: {
    nestjs: { fix: 'Add e2e tests: Test.createTestingModule with your AppModule, app.init(), then request(app.getHttpServer()).post(\'/…\').expect(201) with supertest (test/app.e2e-spec.ts).', docs: 'https://docs.nestjs.com/fundamentals/testing#end-to-end-testing' },
    fastify: { fix: 'Test the routes with app.inject({ method: \'POST\', url: \'/…\', payload }) — no network needed.', docs: 'https://fastify.dev/docs/latest/Guides/Testing/' },
    fastapi: { fix: (s) => `Test the endpoints with FastAPI's TestClient (\`${addPackage(s, 'httpx', true)}\`): client = TestClient(app); assert client.post("/…", json=…).status_code == 201.`, docs: 'https://fastapi.tiangolo.com/tutorial/testing/' },
    django: { fix: 'Test the endpoints with Django\'s test client (self.client.post(…) in a django.test.TestCase).', docs: 'https://docs.djangoproject.com/en/stable/topics/testing/tools/#the-test-client' },
    'django-rest-framework': { fix: 'Test the endpoints with DRF\'s APITestCase / APIClient: self.client.post(url, data, format="json") and assert on response.status_code.', docs: 'https://www.django-rest-framework.org/api-guide/testing/' },
    flask: { fix: 'Test the endpoints with app.test_client() in a pytest fixture: client.post("/…", json=…).status_code.', docs: 'https://flask.palletsprojects.com/en/stable/testing/' },
    laravel: { fix: 'Write feature tests that call the API: $this->postJson(\'/api/posts\', [...])->assertCreated() (`php artisan make:test PostApiTest`).', docs: 'https://laravel.com/docs/http-tests' },
    rails: { fix: 'Write integration tests (ActionDispatch::IntegrationTest) or request specs: post posts_url, params: {…}, as: :json; assert_response :created.', docs: 'https://guides.rubyonrails.org/testing.html#integration-testing' },
  },
};

function pytestConfig(s: Stack): string {
  return `\`${addPackage(s, 'pytest', true)}\` and a [tool.pytest.ini_options] section (testpaths = ["tests"]) in pyproject.toml, so \`${exec(s, 'pytest')}\` runs them`;
}

export const testScript: RuleAdvice = {
  ecosystems: {
    javascript: { fix: (s) => `Set "test" in package.json scripts to your runner ("vitest run", "jest" or "node --test") so \`${s.packageManager.value === 'npm' ? 'npm test' : `${s.packageManager.value} test`}\` runs the tests.`, docs: 'https://docs.npmjs.com/cli/commands/npm-test' },
    python: { fix: (s) => `Configure the runner: ${pytestConfig(s)}.`, docs: 'https://docs.pytest.org/en/stable/reference/customize.html#pyproject-toml' },
    java: { fix: (s) => `Keep the tests in src/test/java with the test dependencies in test scope, so \`${buildTool(s)} test\` runs them.`, docs: 'https://maven.apache.org/surefire/maven-surefire-plugin/' },
    go: { fix: 'Name test files *_test.go so `go test ./...` finds them; add a Makefile `test` target if the tests need flags (-race, build tags).', docs: 'https://pkg.go.dev/cmd/go#hdr-Test_packages' },
    php: { fix: 'Commit phpunit.xml and add "test": "phpunit" to composer.json scripts, so `composer test` runs the tests.', docs: 'https://getcomposer.org/doc/articles/scripts.md' },
    csharp: { fix: 'Add the test project to the solution (`dotnet sln add tests/App.Tests`) so `dotnet test` at the root runs it.', docs: 'https://learn.microsoft.com/en-us/dotnet/core/tools/dotnet-test' },
    ruby: { fix: 'Add .rspec and spec/spec_helper.rb (`bundle exec rspec --init`), or a Rakefile with Rake::TestTask, so one command runs the tests.', docs: 'https://rspec.info/documentation/' },
  },
  frameworks: {
    django: { fix: (s) => `Run the tests with \`${exec(s, 'python manage.py test')}\`, or configure pytest-django: \`${addPackage(s, 'pytest-django', true)}\` and DJANGO_SETTINGS_MODULE under [tool.pytest.ini_options].`, docs: 'https://pytest-django.readthedocs.io/en/latest/tutorial.html' },
    laravel: { fix: 'Keep phpunit.xml (Laravel ships one) and run the tests with `php artisan test`.', docs: 'https://laravel.com/docs/testing#running-tests' },
  },
};

export const readmeTesting: RuleAdvice = {
  ecosystems: Object.fromEntries(
    (['javascript', 'python', 'java', 'go', 'php', 'csharp', 'ruby'] as const).map((e) => [
      e,
      {
        fix: (s: Stack) => `Add a "## Running tests" section with \`${testCommand(s)}\` in a \`\`\`bash block${s.database && s.database.value !== 'sqlite' ? `, and say how to start the ${s.database.value === 'mongo' ? 'MongoDB' : 'test database'} first (docker compose up -d db)` : ''}.`,
        docs: 'https://docs.github.com/en/get-started/writing-on-github/working-with-advanced-formatting/creating-and-highlighting-code-blocks',
        findings: { command: (s: Stack) => `Add the command in a fenced block: \`\`\`bash\n${testCommand(s)}\n\`\`\`` },
      },
    ]),
  ),
};

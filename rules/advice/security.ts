import type { RuleAdvice } from '../../src/engine/advice.js';
import { addPackage, springBoot } from './commands.js';

/** Advice for the security rules: authentication, authorization, hashing, rate limits, validation and secrets. */

export const authPresent: RuleAdvice = {
  ecosystems: {
    javascript: { fix: (s) => `Add login that issues a JWT (\`${addPackage(s, 'jsonwebtoken')}\`, jwt.sign at login) and a middleware that verifies the Bearer token with jwt.verify on the write routes (or sessions with Passport).`, docs: 'https://github.com/auth0/node-jsonwebtoken#usage' },
    python: { fix: (s) => `Add login that issues a JWT (\`${addPackage(s, 'pyjwt')}\`) and check it in a decorator or dependency on the write routes.`, docs: 'https://pyjwt.readthedocs.io/en/stable/usage.html' },
    java: { fix: springBoot('Add Spring Security: spring-boot-starter-security with spring-boot-starter-oauth2-resource-server for JWTs, a SecurityFilterChain that permits login and authenticates the rest.'), docs: 'https://docs.spring.io/spring-security/reference/servlet/oauth2/resource-server/jwt.html' },
    go: { fix: 'Add login that issues a JWT with github.com/golang-jwt/jwt/v5 and a middleware that parses and verifies the Bearer token (jwt.Parse with the expected signing method) on the write routes.', docs: 'https://pkg.go.dev/github.com/golang-jwt/jwt/v5' },
    php: { fix: 'Add login with sessions (session_regenerate_id on login) or JWTs (firebase/php-jwt) and check them on the write routes.', docs: 'https://github.com/firebase/php-jwt' },
    csharp: { fix: 'Add JWT bearer authentication: `dotnet add package Microsoft.AspNetCore.Authentication.JwtBearer`, builder.Services.AddAuthentication().AddJwtBearer(), app.UseAuthentication(), and [Authorize] (or RequireAuthorization()) on the write endpoints.', docs: 'https://learn.microsoft.com/en-us/aspnet/core/security/authentication/configure-jwt-bearer-authentication' },
    ruby: { fix: 'Add login with has_secure_password and sessions, or JWTs with the jwt gem, and check them in a before filter on the write routes.', docs: 'https://github.com/jwt/ruby-jwt' },
  },
  frameworks: {
    nestjs: { fix: 'Add an AuthModule with @nestjs/jwt (JwtService.signAsync at login) and an AuthGuard that verifies the Bearer token, applied with @UseGuards or as a global guard.', docs: 'https://docs.nestjs.com/security/authentication' },
    fastapi: { fix: (s) => `Add OAuth2PasswordBearer with a /token login that issues a JWT (\`${addPackage(s, 'pyjwt')}\`) and a get_current_user dependency on the write routes.`, docs: 'https://fastapi.tiangolo.com/tutorial/security/oauth2-jwt/' },
    django: { fix: 'Use django.contrib.auth: the login view and @login_required (LoginRequiredMixin) on the views that change data.', docs: 'https://docs.djangoproject.com/en/stable/topics/auth/default/' },
    'django-rest-framework': { fix: (s) => `Add token auth: \`${addPackage(s, 'djangorestframework-simplejwt')}\`, JWTAuthentication in DEFAULT_AUTHENTICATION_CLASSES, the TokenObtainPairView route, and IsAuthenticated on the write views.`, docs: 'https://django-rest-framework-simplejwt.readthedocs.io/en/latest/getting_started.html' },
    flask: { fix: (s) => `Add login with Flask-JWT-Extended (\`${addPackage(s, 'flask-jwt-extended')}\`): create_access_token at login and @jwt_required() on the write routes.`, docs: 'https://flask-jwt-extended.readthedocs.io/en/stable/basic_usage.html' },
    laravel: { fix: 'Add Sanctum: `php artisan install:api`, issue tokens with createToken at login, and protect the write routes with the auth:sanctum middleware.', docs: 'https://laravel.com/docs/sanctum' },
    symfony: { fix: 'Configure the Security bundle: `composer require symfony/security-bundle`, `php bin/console make:user` and a json_login (or LexikJWTAuthenticationBundle) firewall, with access_control on the write routes.', docs: 'https://symfony.com/doc/current/security.html' },
    rails: { fix: 'Add authentication: `bin/rails generate authentication` (Rails 8: has_secure_password, sessions and a before_action) or Devise, and require it on the actions that change data.', docs: 'https://guides.rubyonrails.org/security.html#authentication' },
  },
};

export const authorization: RuleAdvice = {
  ecosystems: {
    javascript: { fix: 'Check ownership on writes (if (post.userId !== req.user.id) return res.sendStatus(403)) and guard admin routes with a role middleware (requireRole(\'admin\')), or define abilities with CASL.', docs: 'https://casl.js.org/v6/en/guide/intro' },
    python: { fix: 'Check ownership before each write (object.owner_id == current_user.id, else 403) and guard admin routes with a role check in a decorator or dependency.', docs: 'https://owasp.org/Top10/A01_2021-Broken_Access_Control/' },
    java: { fix: springBoot('Enable method security (@EnableMethodSecurity) and guard endpoints with @PreAuthorize("hasRole(\'ADMIN\')"), checking ownership with an expression or in the service (post.getOwner().equals(principal)).'), docs: 'https://docs.spring.io/spring-security/reference/servlet/authorization/method-security.html' },
    go: { fix: 'Check ownership in the handler (post.UserID != claims.UserID → 403) and wrap admin routes in a middleware that checks the role claim (or use Casbin policies).', docs: 'https://casbin.org/docs/overview' },
    php: { fix: 'Check ownership before each write ($post->user_id === $user->id, else 403) and guard admin routes with a role check.', docs: 'https://owasp.org/Top10/A01_2021-Broken_Access_Control/' },
    csharp: { fix: 'Guard endpoints with [Authorize(Roles = "Admin")] or named policies (AddAuthorization(o => o.AddPolicy(…))), and check ownership with resource-based authorization (IAuthorizationService.AuthorizeAsync(User, post, "Owner")).', docs: 'https://learn.microsoft.com/en-us/aspnet/core/security/authorization/resourcebased' },
    ruby: { fix: 'Check ownership on writes (current_user.posts.find(params[:id])) and guard admin actions with a role check, or use Pundit policies.', docs: 'https://github.com/varvet/pundit' },
  },
  frameworks: {
    nestjs: { fix: 'Add a RolesGuard that reads a @Roles() decorator through the Reflector, and check ownership in the service before updates and deletes.', docs: 'https://docs.nestjs.com/security/authorization' },
    fastapi: { fix: 'Add dependencies that check the role (Depends(require_admin)) or OAuth2 scopes (Security(get_current_user, scopes=["admin"])), and compare the owner before each write.', docs: 'https://fastapi.tiangolo.com/advanced/security/oauth2-scopes/' },
    django: { fix: 'Use Django permissions (@permission_required, PermissionRequiredMixin) and filter querysets by request.user for objects the user owns.', docs: 'https://docs.djangoproject.com/en/stable/topics/auth/default/#permissions-and-authorization' },
    'django-rest-framework': { fix: 'Add permission_classes: a custom IsOwner(BasePermission) with has_object_permission, IsAdminUser for admin views, and get_queryset filtered by request.user.', docs: 'https://www.django-rest-framework.org/api-guide/permissions/' },
    laravel: { fix: 'Add policies: `php artisan make:policy PostPolicy --model=Post`, then Gate::authorize(\'update\', $post) in controllers or ->can(\'update\', \'post\') on routes.', docs: 'https://laravel.com/docs/authorization#creating-policies' },
    symfony: { fix: 'Add a voter (`php bin/console make:voter`) for ownership and #[IsGranted(\'ROLE_ADMIN\')] on admin controllers.', docs: 'https://symfony.com/doc/current/security/voters.html' },
    rails: { fix: 'Add Pundit (`bundle add pundit`, `bin/rails generate pundit:install`), authorize @post in controllers, and scope queries to current_user.', docs: 'https://github.com/varvet/pundit' },
  },
};

export const passwordHashing: RuleAdvice = {
  ecosystems: {
    javascript: { fix: (s) => `Hash with bcrypt or argon2 (\`${addPackage(s, 'bcrypt')}\`): await bcrypt.hash(password, 12) on sign-up, await bcrypt.compare(password, user.passwordHash) at login.`, docs: 'https://github.com/kelektiv/node.bcrypt.js#usage' },
    python: { fix: (s) => `Hash with Argon2 or bcrypt (\`${addPackage(s, '"pwdlib[argon2]"')}\`): PasswordHash.recommended().hash() on sign-up and .verify() at login.`, docs: 'https://frankie567.github.io/pwdlib/' },
    java: { fix: 'Hash with Spring Security\'s PasswordEncoder: a @Bean PasswordEncoderFactories.createDelegatingPasswordEncoder() (bcrypt), encoder.encode on sign-up and encoder.matches at login.', docs: 'https://docs.spring.io/spring-security/reference/features/authentication/password-storage.html' },
    go: { fix: 'Hash with golang.org/x/crypto/bcrypt: bcrypt.GenerateFromPassword on sign-up, bcrypt.CompareHashAndPassword at login.', docs: 'https://pkg.go.dev/golang.org/x/crypto/bcrypt' },
    php: { fix: 'Hash with password_hash($password, PASSWORD_DEFAULT) on sign-up and check with password_verify() at login.', docs: 'https://www.php.net/manual/en/function.password-hash.php' },
    csharp: { fix: 'Hash with ASP.NET Core Identity\'s PasswordHasher<TUser> (HashPassword, VerifyHashedPassword), or use Identity itself (AddIdentityApiEndpoints).', docs: 'https://learn.microsoft.com/en-us/dotnet/api/microsoft.aspnetcore.identity.passwordhasher-1' },
    ruby: { fix: 'Hash with bcrypt: has_secure_password on the model (bundle add bcrypt) and user.authenticate(password) at login.', docs: 'https://api.rubyonrails.org/classes/ActiveModel/SecurePassword/ClassMethods.html' },
  },
  frameworks: {
    django: { fix: 'Let Django hash passwords: user.set_password() / create_user() and authenticate() or check_password(); add Argon2PasswordHasher first in PASSWORD_HASHERS if you want Argon2.', docs: 'https://docs.djangoproject.com/en/stable/topics/auth/passwords/' },
    flask: { fix: 'Hash with Werkzeug: generate_password_hash(password) on sign-up and check_password_hash(user.password_hash, password) at login.', docs: 'https://werkzeug.palletsprojects.com/en/stable/utils/#module-werkzeug.security' },
    laravel: { fix: 'Hash with Hash::make($password) (or the "hashed" cast on the password attribute) and check with Hash::check() or Auth::attempt().', docs: 'https://laravel.com/docs/hashing' },
  },
};

export const rateLimiting: RuleAdvice = {
  ecosystems: {
    javascript: { fix: (s) => `Register express-rate-limit (\`${addPackage(s, 'express-rate-limit')}\`): app.use('/api/auth', rateLimit({ windowMs: 15 * 60 * 1000, limit: 20 })).`, docs: 'https://github.com/express-rate-limit/express-rate-limit' },
    python: { fix: (s) => `Register a rate limiter (\`${addPackage(s, 'slowapi')}\` for Starlette/FastAPI, Flask-Limiter for Flask) at least on the login route.`, docs: 'https://slowapi.readthedocs.io/en/latest/' },
    java: { fix: 'Add a rate-limiting filter with Bucket4j (com.bucket4j:bucket4j_jdk17-core, a bucket per client IP) or Resilience4j\'s RateLimiter, at least on the auth endpoints.', docs: 'https://bucket4j.com/' },
    go: { fix: 'Add a rate-limiting middleware with golang.org/x/time/rate (a rate.Limiter per client IP), or httprate.LimitByIP with chi, at least on the auth routes.', docs: 'https://pkg.go.dev/golang.org/x/time/rate' },
    php: { fix: 'Add a rate limiter (symfony/rate-limiter) in front of the login and write routes.', docs: 'https://symfony.com/doc/current/rate_limiter.html' },
    csharp: { fix: 'Add the built-in rate limiter: builder.Services.AddRateLimiter(o => o.AddFixedWindowLimiter("auth", …)), app.UseRateLimiter(), and .RequireRateLimiting("auth") (or [EnableRateLimiting]) on the login endpoint.', docs: 'https://learn.microsoft.com/en-us/aspnet/core/performance/rate-limit' },
    ruby: { fix: 'Add Rack::Attack (`bundle add rack-attack`) with a throttle on the login path.', docs: 'https://github.com/rack/rack-attack' },
  },
  frameworks: {
    nestjs: { fix: 'Add @nestjs/throttler: ThrottlerModule.forRoot([{ ttl: 60000, limit: 10 }]) and ThrottlerGuard as an APP_GUARD (@Throttle on the login route for a tighter limit).', docs: 'https://docs.nestjs.com/security/rate-limiting' },
    fastify: { fix: (s) => `Register @fastify/rate-limit (\`${addPackage(s, '@fastify/rate-limit')}\`) with a tighter config.rateLimit on the login route.`, docs: 'https://github.com/fastify/fastify-rate-limit' },
    'django-rest-framework': { fix: 'Turn on DRF throttling: DEFAULT_THROTTLE_CLASSES (AnonRateThrottle, UserRateThrottle) and DEFAULT_THROTTLE_RATES, with a ScopedRateThrottle on the login view.', docs: 'https://www.django-rest-framework.org/api-guide/throttling/' },
    django: { fix: (s) => `Rate-limit the login and write views with django-ratelimit (\`${addPackage(s, 'django-ratelimit')}\`): @ratelimit(key="ip", rate="5/m", block=True).`, docs: 'https://django-ratelimit.readthedocs.io/en/stable/usage.html' },
    flask: { fix: (s) => `Register Flask-Limiter (\`${addPackage(s, 'flask-limiter')}\`): Limiter(get_remote_address, app=app) and @limiter.limit("5 per minute") on the login route.`, docs: 'https://flask-limiter.readthedocs.io/en/stable/' },
    laravel: { fix: 'Define a limiter with RateLimiter::for(\'login\', …) in AppServiceProvider and apply ->middleware(\'throttle:login\') to the auth routes (API routes use throttle:api).', docs: 'https://laravel.com/docs/routing#rate-limiting' },
    rails: { fix: 'Add rate_limit to: 10, within: 3.minutes, only: :create to the sessions controller (Rails 7.2+), or Rack::Attack on older Rails.', docs: 'https://api.rubyonrails.org/classes/ActionController/RateLimiting/ClassMethods.html' },
  },
};

export const inputValidation: RuleAdvice = {
  ecosystems: {
    javascript: { fix: (s) => `Validate request bodies with a schema: \`${addPackage(s, 'zod')}\`, schema.safeParse(req.body) in a middleware, 400 with the issues when it fails.`, docs: 'https://zod.dev/basics' },
    python: { fix: (s) => `Validate request bodies with Pydantic models (\`${addPackage(s, 'pydantic')}\`): Model.model_validate(data), 400 on ValidationError.`, docs: 'https://docs.pydantic.dev/latest/concepts/models/' },
    java: { fix: springBoot('Add spring-boot-starter-validation, Bean Validation constraints on request DTOs (@NotBlank, @Email, @Size), and @Valid on the @RequestBody parameters.'), docs: 'https://docs.spring.io/spring-boot/reference/io/validation.html' },
    go: { fix: 'Validate decoded bodies with go-playground/validator struct tags (validate:"required,email") and return 400 on errors.', docs: 'https://pkg.go.dev/github.com/go-playground/validator/v10' },
    php: { fix: 'Validate request bodies with symfony/validator constraints (or respect/validation) before using them.', docs: 'https://symfony.com/doc/current/validation.html' },
    csharp: { fix: 'Put DataAnnotations on the request DTOs ([Required], [EmailAddress], [StringLength]); [ApiController] returns 400 automatically (or use FluentValidation).', docs: 'https://learn.microsoft.com/en-us/aspnet/core/mvc/models/validation' },
    ruby: { fix: 'Validate input with dry-validation contracts (or ActiveModel validations) before using it.', docs: 'https://dry-rb.org/gems/dry-validation/' },
  },
  frameworks: {
    nestjs: { fix: 'Use DTO classes with class-validator decorators (@IsEmail, @IsString) and a global ValidationPipe({ whitelist: true, forbidNonWhitelisted: true }).', docs: 'https://docs.nestjs.com/techniques/validation' },
    fastify: { fix: 'Declare a JSON Schema for each route\'s body (schema: { body: … }); Fastify validates it before the handler.', docs: 'https://fastify.dev/docs/latest/Reference/Validation-and-Serialization/' },
    fastapi: { fix: 'Declare request bodies as Pydantic models with constraints (Field(min_length=1), EmailStr); FastAPI returns 422 on invalid input.', docs: 'https://fastapi.tiangolo.com/tutorial/body-fields/' },
    django: { fix: 'Validate input with Django forms or ModelForms (form.is_valid() before using cleaned_data).', docs: 'https://docs.djangoproject.com/en/stable/topics/forms/' },
    'django-rest-framework': { fix: 'Validate with serializers: serializer.is_valid(raise_exception=True) before save(), with field validators and validate_<field> methods.', docs: 'https://www.django-rest-framework.org/api-guide/serializers/#validation' },
    gin: { fix: 'Bind with c.ShouldBindJSON(&req) into structs with binding tags (binding:"required,email") and return 400 on the error.', docs: 'https://gin-gonic.com/en/docs/examples/binding-and-validation/' },
    laravel: { fix: 'Validate with Form Requests (`php artisan make:request StorePostRequest`, rules()) or $request->validate([...]), and use $request->validated().', docs: 'https://laravel.com/docs/validation' },
    rails: { fix: 'Validate in the model (validates :title, presence: true) and whitelist input with strong parameters (params.require(:post).permit(:title, :body)).', docs: 'https://guides.rubyonrails.org/active_record_validations.html' },
  },
};

/** Where a stack reads configuration from the environment, for the secret and env-template fixes. */
const ENV = {
  javascript: { read: 'process.env.NAME (loaded from .env with node --env-file=.env or dotenv)', docs: 'https://nodejs.org/api/cli.html#--env-filefile' },
  python: { read: 'os.environ["NAME"] (pydantic-settings or python-dotenv load .env locally)', docs: 'https://docs.pydantic.dev/latest/concepts/pydantic_settings/' },
  java: { read: 'System.getenv("NAME") or ${NAME} placeholders in the application\'s config file', docs: 'https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/System.html#getenv(java.lang.String)' },
  go: { read: 'os.Getenv("NAME") (github.com/joho/godotenv loads .env locally)', docs: 'https://pkg.go.dev/os#Getenv' },
  php: { read: '$_ENV / getenv() (vlucas/phpdotenv loads .env locally)', docs: 'https://github.com/vlucas/phpdotenv' },
  csharp: { read: 'IConfiguration, fed by environment variables (Jwt__Key for Jwt:Key) and `dotnet user-secrets` in development', docs: 'https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets' },
  ruby: { read: 'ENV.fetch("NAME") (dotenv loads .env locally)', docs: 'https://github.com/bkeepers/dotenv' },
} as const;

type Eco = keyof typeof ENV;
const ECOSYSTEMS = Object.keys(ENV) as Eco[];

export const envExample: RuleAdvice = {
  ecosystems: Object.fromEntries(ECOSYSTEMS.map((e) => [e, { fix: `Commit a .env.example that lists every variable the code reads through ${ENV[e].read}, with placeholder values.`, docs: ENV[e].docs }])),
  frameworks: {
    'spring-boot': { fix: 'Commit a .env.example with every ${NAME} placeholder of application.properties or application.yml (Spring Boot also binds variables like SPRING_DATASOURCE_URL to spring.datasource.url), with placeholder values.', docs: 'https://docs.spring.io/spring-boot/reference/features/external-config.html' },
    django: { fix: 'Commit a .env.example with every variable settings.py reads (SECRET_KEY, DEBUG, DATABASE_URL…), read with django-environ (environ.Env.read_env()) or os.environ.', docs: 'https://django-environ.readthedocs.io/en/latest/quickstart.html' },
    laravel: { fix: 'Keep .env.example in step with every env() key of config/*.php (APP_KEY empty: `php artisan key:generate` fills .env), so `cp .env.example .env` is the whole setup.', docs: 'https://laravel.com/docs/configuration#environment-configuration' },
    symfony: { fix: 'Commit .env with non-secret defaults for every variable (Symfony loads it) and keep real values in .env.local or `php bin/console secrets:set`.', docs: 'https://symfony.com/doc/current/configuration.html#configuring-environment-variables-in-env-files' },
    rails: { fix: 'Commit a .env.example with every ENV.fetch key (dotenv-rails loads .env in development); keep secrets in `bin/rails credentials:edit`.', docs: 'https://guides.rubyonrails.org/security.html#custom-credentials' },
  },
};

export const noCommittedSecrets: RuleAdvice = {
  ecosystems: Object.fromEntries(ECOSYSTEMS.map((e) => [e, { fix: `Rotate the secret, read it from the environment through ${ENV[e].read} with no literal fallback, and purge it from the history with git filter-repo.`, docs: ENV[e].docs }])),
  frameworks: {
    laravel: { fix: 'Rotate the secret, move it to .env and read it only through config/*.php (env() there, config() in code), and purge it from the history with git filter-repo.', docs: 'https://laravel.com/docs/configuration#environment-configuration' },
    rails: { fix: 'Rotate the secret, move it to encrypted credentials (`bin/rails credentials:edit`, read with Rails.application.credentials) or ENV, and purge it from the history with git filter-repo.', docs: 'https://guides.rubyonrails.org/security.html#custom-credentials' },
  },
};

export const noCommittedEnv: RuleAdvice = {
  ecosystems: Object.fromEntries(ECOSYSTEMS.map((e) => [e, { fix: `Remove the file from git (git rm --cached .env), add .env to .gitignore, rotate the leaked secrets, and commit a .env.example with placeholders; the code reads them through ${ENV[e].read}.`, docs: ENV[e].docs }])),
  frameworks: {
    laravel: { fix: 'Remove .env from git (git rm --cached .env), keep it in .gitignore, run `php artisan key:generate` for a new APP_KEY, rotate the other secrets, and commit .env.example with placeholders.', docs: 'https://laravel.com/docs/configuration#environment-configuration' },
    'aspnet-core': { fix: 'Remove the file from git, rotate the secrets, and keep development secrets in `dotnet user-secrets set "Jwt:Key" …` (and environment variables in production) instead of committed files.', docs: 'https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets' },
  },
};

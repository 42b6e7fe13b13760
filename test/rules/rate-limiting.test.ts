import rule from '../../rules/rate-limiting.js';
import { packageJson } from '../helpers/snippets.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'a hand-written limiter that answers 429 (IgorKondratyuk1/blog-api-express)',
      files: { 'package.json': '{"dependencies":{"express":"^4"}}\n', 'src/middlewares/requestsLimiter.ts': 'export const limiter = (req, res, next) => {\n  if (count > 5) { res.sendStatus(HTTP_STATUSES.TOO_MANY_REQUESTS_429); return; }\n  next();\n};\n' },
      findings: [{ file: 'src/middlewares/requestsLimiter.ts', line: 2 }],
    },
    { name: 'express-rate-limit registered', files: { 'package.json': packageJson({ dependencies: { express: '^4', 'express-rate-limit': '^7' } }), 'src/app.js': "const rateLimit = require('express-rate-limit');\napp.use(rateLimit({ windowMs: 60000, limit: 100 }));\n" } },
    { name: 'DRF throttling settings', files: { 'requirements.txt': 'djangorestframework\n', 'config/settings.py': "REST_FRAMEWORK = {\n    'DEFAULT_THROTTLE_CLASSES': ['rest_framework.throttling.AnonRateThrottle'],\n}\n" } },
    { name: 'ASP.NET Core rate limiter', files: { 'Api/Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>\n', 'Api/Program.cs': 'builder.Services.AddRateLimiter(o => {});\napp.UseRateLimiter();\n' } },
    { name: 'Rack::Attack', files: { 'Gemfile': "gem 'rails'\n", 'config/initializers/rack_attack.rb': "Rack::Attack.throttle('logins', limit: 5, period: 60) { |r| r.ip }\n" } },
    { name: 'not a web service', outcome: 'not-applicable', files: { 'package.json': packageJson(), 'index.js': 'module.exports = 1;\n' } },
  ],
  invalid: [
    { name: 'declared, never registered', files: { 'package.json': packageJson({ dependencies: { express: '^4', 'express-rate-limit': '^7' } }), 'index.js': "require('express');\n" }, outcome: 'partial', score: 0.5 },
    {
      name: 'a package name in a string is not an import (a checker listing package names)',
      files: { 'package.json': packageJson({ dependencies: { express: '^4' } }), 'src/catalog.js': "const LIMITERS = ['express-rate-limit', 'rate-limiter-flexible'];\n" },
      outcome: 'fail',
    },
    { name: 'an API without limits', files: { 'package.json': packageJson({ dependencies: { express: '^4' } }), 'index.js': "require('express');\n" }, outcome: 'fail' },
  ],
});

import type { Ecosystem, Manifest } from './manifests/types.js';

export interface FrameworkSignature {
  id: string;
  name: string;
  ecosystem: Ecosystem;
  /** Dependency names (exact) that declare the framework. */
  dependencies: string[];
  /** An HTTP server framework (as opposed to a front-end or CLI library). */
  http: boolean;
}

/** Framework identification from manifests (signals §2.2). */
export const FRAMEWORKS: readonly FrameworkSignature[] = [
  { id: 'express', name: 'Express', ecosystem: 'javascript', dependencies: ['express'], http: true },
  { id: 'nestjs', name: 'NestJS', ecosystem: 'javascript', dependencies: ['@nestjs/core'], http: true },
  { id: 'fastify', name: 'Fastify', ecosystem: 'javascript', dependencies: ['fastify'], http: true },
  { id: 'koa', name: 'Koa', ecosystem: 'javascript', dependencies: ['koa'], http: true },
  { id: 'hapi', name: 'hapi', ecosystem: 'javascript', dependencies: ['@hapi/hapi'], http: true },
  { id: 'hono', name: 'Hono', ecosystem: 'javascript', dependencies: ['hono'], http: true },
  { id: 'nextjs', name: 'Next.js', ecosystem: 'javascript', dependencies: ['next'], http: true },
  { id: 'fastapi', name: 'FastAPI', ecosystem: 'python', dependencies: ['fastapi'], http: true },
  { id: 'django', name: 'Django', ecosystem: 'python', dependencies: ['django'], http: true },
  { id: 'django-rest-framework', name: 'Django REST framework', ecosystem: 'python', dependencies: ['djangorestframework'], http: true },
  { id: 'flask', name: 'Flask', ecosystem: 'python', dependencies: ['flask'], http: true },
  { id: 'starlette', name: 'Starlette', ecosystem: 'python', dependencies: ['starlette', 'litestar', 'sanic', 'aiohttp', 'tornado', 'falcon', 'quart', 'bottle'], http: true },
  { id: 'spring-boot', name: 'Spring Boot', ecosystem: 'java', dependencies: ['org.springframework.boot:spring-boot-starter-web', 'org.springframework.boot:spring-boot-starter-webflux', 'org.springframework.boot:spring-boot-starter-parent', 'plugin:org.springframework.boot'], http: true },
  { id: 'ktor', name: 'Ktor', ecosystem: 'java', dependencies: ['io.ktor:ktor-server-core', 'io.ktor:ktor-server-netty', 'io.ktor:ktor-server-cio', 'io.ktor:ktor-server-jetty', 'io.ktor:ktor-server-tomcat'], http: true },
  { id: 'quarkus', name: 'Quarkus', ecosystem: 'java', dependencies: ['io.quarkus:quarkus-rest', 'io.quarkus:quarkus-resteasy', 'io.quarkus:quarkus-resteasy-reactive'], http: true },
  { id: 'gin', name: 'Gin', ecosystem: 'go', dependencies: ['github.com/gin-gonic/gin'], http: true },
  { id: 'echo', name: 'Echo', ecosystem: 'go', dependencies: ['github.com/labstack/echo/v4', 'github.com/labstack/echo'], http: true },
  { id: 'fiber', name: 'Fiber', ecosystem: 'go', dependencies: ['github.com/gofiber/fiber/v2', 'github.com/gofiber/fiber/v3'], http: true },
  { id: 'chi', name: 'chi', ecosystem: 'go', dependencies: ['github.com/go-chi/chi/v5', 'github.com/go-chi/chi'], http: true },
  { id: 'gorilla-mux', name: 'gorilla/mux', ecosystem: 'go', dependencies: ['github.com/gorilla/mux'], http: true },
  { id: 'laravel', name: 'Laravel', ecosystem: 'php', dependencies: ['laravel/framework', 'laravel/lumen-framework'], http: true },
  { id: 'symfony', name: 'Symfony', ecosystem: 'php', dependencies: ['symfony/framework-bundle'], http: true },
  { id: 'slim', name: 'Slim', ecosystem: 'php', dependencies: ['slim/slim'], http: true },
  { id: 'aspnet-core', name: 'ASP.NET Core', ecosystem: 'csharp', dependencies: [], http: true },
  { id: 'rails', name: 'Rails', ecosystem: 'ruby', dependencies: ['rails', 'railties'], http: true },
  { id: 'sinatra', name: 'Sinatra', ecosystem: 'ruby', dependencies: ['sinatra'], http: true },
  { id: 'grape', name: 'Grape', ecosystem: 'ruby', dependencies: ['grape', 'hanami', 'roda'], http: true },
];

/** The frameworks a set of manifests declares, in catalog order. */
export function detectFrameworks(manifests: readonly Manifest[]): FrameworkSignature[] {
  const names = new Set<string>();
  let webSdk = false;
  for (const m of manifests) {
    // Build plugins are dev-time, yet `plugin:org.springframework.boot` still declares the framework.
    for (const d of m.dependencies) if (!d.dev || d.name.startsWith('plugin:')) names.add(d.name);
    if (m.attributes.sdk === 'Microsoft.NET.Sdk.Web') webSdk = true;
    if (m.dependencies.some((d) => d.name.startsWith('Microsoft.AspNetCore.'))) webSdk = true;
  }
  return FRAMEWORKS.filter((f) => (f.id === 'aspnet-core' ? webSdk : f.dependencies.some((d) => names.has(d))));
}

import type { Facts } from './facts.js';
import { isExampleOrDocPath } from './path-roles.js';
import type { Ecosystem } from './manifests/types.js';

export type ApiDocKind = 'spec' | 'generator' | 'builtin' | 'collection' | 'graphql' | 'scaffold';

export interface ApiDocEvidence {
  kind: ApiDocKind;
  /** What was found, for the summary ("openapi.yaml (OpenAPI 3)", "@nestjs/swagger"). */
  label: string;
  file?: string;
  line?: number;
}

/** OpenAPI/Swagger by content, as linguist's heuristics classify JSON and YAML (signals §8.1). */
const OPENAPI_CONTENT = /^\s*["']?(openapi|swagger)["']?\s*:\s*["']?(3\.\d[\d.]*|2\.0)["']?/m;
const SPEC_NAME = /(^|\/)(openapi|swagger|api-docs|api-spec|asyncapi)[\w.-]*\.(json|ya?ml)$|(^|\/)(openapi|swagger)\/.+\.(json|ya?ml)$/i;
/** JSON/YAML files that are never specs; skipped before reading. */
const NOT_SPEC = /(^|\/)(package(-lock)?\.json|tsconfig[\w.-]*\.json|composer\.(json|lock)|\.eslintrc[\w.]*|\.prettierrc[\w.]*|[\w.-]*lock\.ya?ml|appsettings[\w.]*\.json|launchSettings\.json|(docker-)?compose[\w.-]*\.ya?ml|\.github\/.*|\.gitlab-ci\.yml|mkdocs\.yml|pubspec\.yaml|\.pre-commit-config\.yaml|renovate\.json|manifest\.json|[\w.-]*\.schema\.json)$/i;
const MAX_CONTENT_SCANS = 400;

/** In-code generators by dependency name (signals §8.3); a name ending in ':' or '/' is a prefix. */
const GENERATORS: { ecosystem: Ecosystem; names: string[] }[] = [
  { ecosystem: 'javascript', names: ['swagger-jsdoc', 'swagger-ui-express', '@nestjs/swagger', '@fastify/swagger', '@fastify/swagger-ui', 'fastify-swagger', 'tsoa', 'express-openapi-validator', 'express-oas-generator', '@asteasolutions/zod-to-openapi', 'next-swagger-doc', '@hono/zod-openapi', '@hono/swagger-ui', 'koa2-swagger-ui', 'redoc-express', '@scalar/express-api-reference', 'swagger-autogen', 'hapi-swagger', '@elysiajs/swagger', 'zod-openapi', 'trpc-openapi'] },
  { ecosystem: 'python', names: ['drf-spectacular', 'drf-yasg', 'django-ninja', 'flasgger', 'flask-smorest', 'flask-restx', 'flask-restplus', 'apispec', 'spectree', 'flask-openapi3', 'connexion', 'litestar'] },
  { ecosystem: 'java', names: ['org.springdoc:', 'io.springfox:', 'org.springframework.restdocs:', 'io.swagger.core.v3:', 'io.swagger:', 'io.smallrye:smallrye-open-api', 'io.quarkus:quarkus-smallrye-openapi'] },
  { ecosystem: 'go', names: ['github.com/swaggo/', 'github.com/oapi-codegen/', 'github.com/deepmap/oapi-codegen', 'github.com/ogen-go/ogen', 'github.com/go-swagger/', 'github.com/danielgtaylor/huma', 'github.com/gofiber/swagger', 'github.com/getkin/kin-openapi'] },
  { ecosystem: 'php', names: ['darkaonline/l5-swagger', 'zircote/swagger-php', 'dedoc/scramble', 'knuckleswtf/scribe', 'nelmio/api-doc-bundle', 'api-platform/core', 'api-platform/symfony', 'vyuldashev/laravel-openapi'] },
  { ecosystem: 'csharp', names: ['Swashbuckle.AspNetCore', 'Microsoft.AspNetCore.OpenApi', 'NSwag.AspNetCore', 'Scalar.AspNetCore', 'NSwag.MSBuild'] },
  { ecosystem: 'ruby', names: ['rswag', 'rswag-api', 'rswag-ui', 'rswag-specs', 'rspec-openapi', 'oas_rails', 'apipie-rails', 'grape-swagger', 'committee', 'dox'] },
];

const COLLECTIONS: { path: RegExp; label: string }[] = [
  { path: /\.postman_collection\.json$|(^|\/)postman\/collections\//i, label: 'Postman collection' },
  { path: /(^|\/)\.insomnia\/|(^|\/)insomnia[\w.-]*\.(json|ya?ml)$/i, label: 'Insomnia export' },
  { path: /(^|\/)bruno\.json$|\.bru$|(^|\/)opencollection\.ya?ml$/i, label: 'Bruno collection' },
  { path: /\.(http|rest)$/i, label: 'HTTP request file' },
  { path: /\.hurl$/i, label: 'Hurl file' },
  { path: /(^|\/)thunder-tests\/|(^|\/)hoppscotch[\w.-]*\.json$/i, label: 'API client collection' },
];
const GRAPHQL = /\.(graphql|gql|graphqls)$/i;
/** API Blueprint (what dox and Apiary write): a spec in Markdown. */
const API_BLUEPRINT = /\.apib$/i;

/** Every piece of API documentation evidence, strongest kinds first. */
export function apiDocEvidence(facts: Facts): Promise<ApiDocEvidence[]> {
  return facts.derive('api-docs', async () => {
    const [files, manifests, ecos] = await Promise.all([facts.files(), facts.manifests(), facts.ecosystems()]);
    const out: ApiDocEvidence[] = [];

    // Spec files by content: named candidates first, then other JSON/YAML files up to a bound.
    const candidates = files.all.filter((f) => /\.(json|ya?ml)$/i.test(f.base) && !NOT_SPEC.test(f.path));
    candidates.sort((a, b) => Number(!SPEC_NAME.test(a.path)) - Number(!SPEC_NAME.test(b.path)));
    for (const entry of candidates.slice(0, MAX_CONTENT_SCANS)) {
      const text = await facts.scan(entry.path, 8 * 1024);
      const m = text && OPENAPI_CONTENT.exec(text.text);
      if (m) out.push({ kind: 'spec', label: `${entry.path} (${m[1]!.toLowerCase() === 'swagger' ? 'Swagger' : 'OpenAPI'} ${m[2]})`, file: entry.path, line: text!.lineAt(m.index + m[0].search(/\S/)) });
    }

    for (const m of manifests) {
      const list = GENERATORS.find((g) => g.ecosystem === m.ecosystem)?.names ?? [];
      for (const d of m.dependencies) {
        const name = d.name.toLowerCase();
        const hit = list.map((n) => n.toLowerCase()).find((n) => (/[:/]$/.test(n) ? name.startsWith(n) : name === n));
        if (hit) out.push({ kind: 'generator', label: d.name, file: m.path, ...(d.line ? { line: d.line } : {}) });
      }
    }
    if (ecos.frameworks.some((f) => f.id === 'fastapi')) out.push({ kind: 'builtin', label: "FastAPI's built-in /docs" });

    for (const entry of files.all) {
      if (GRAPHQL.test(entry.base) && !isExampleOrDocPath(entry.path)) {
        out.push({ kind: 'graphql', label: `${entry.path} (GraphQL schema)`, file: entry.path });
        continue;
      }
      if (API_BLUEPRINT.test(entry.base)) {
        out.push({ kind: 'spec', label: `${entry.path} (API Blueprint)`, file: entry.path });
        continue;
      }
      const collection = COLLECTIONS.find((c) => c.path.test(entry.path));
      if (!collection) continue;
      if (collection.label === 'HTTP request file' && (await isScaffoldHttpFile(facts, entry.path))) {
        out.push({ kind: 'scaffold', label: `${entry.path} (the dotnet new webapi sample request)`, file: entry.path });
      } else out.push({ kind: 'collection', label: `${entry.path} (${collection.label})`, file: entry.path });
    }
    const rank: Record<ApiDocKind, number> = { spec: 0, generator: 1, graphql: 2, collection: 3, builtin: 4, scaffold: 5 };
    return out.sort((a, b) => rank[a.kind] - rank[b.kind]);
  });
}

/** The single `<Project>.http` that `dotnet new webapi` writes: one weatherforecast request. */
async function isScaffoldHttpFile(facts: Facts, path: string): Promise<boolean> {
  const text = await facts.read(path, 16 * 1024);
  if (!text) return false;
  const requests = text.text.match(/^\s*(GET|POST|PUT|PATCH|DELETE)\s+/gm)?.length ?? 0;
  return requests <= 1 && /weatherforecast/i.test(text.text);
}

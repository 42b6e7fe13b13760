/**
 * FastAPI's generated /docs, and whether the route code describes its operations. Apart from
 * api-docs.ts, which the route inventory reads, so that the content pass it needs imports no circle.
 */
import { filesWithLine } from './content-pass.js';
import type { Facts } from './facts.js';
import { FASTAPI_DOCS_METADATA } from './line-detectors.js';

/** FastAPI route code: the module imports FastAPI, builds a router, or decorates an operation. */
const FASTAPI_ROUTES = /^\s*(?:from\s+fastapi\b|import\s+fastapi\b)|\bAPIRouter\s*\(|@\w+\.(?:get|post|put|patch|delete|api_route)\s*\(/m;
/** An argument that describes an operation in the generated docs (signals §8.3). */
const FASTAPI_ENRICHED = /\b(response_model|responses|summary|openapi_tags|description)\s*=/;

/**
 * The first place FastAPI route code enriches the generated /docs (response_model=, summary=,
 * description=, …); an argparse description= in a script is not route code.
 */
export function fastapiDocsEnrichment(facts: Facts): Promise<{ file: string; line: number } | undefined> {
  return facts.derive('fastapi-docs-enrichment', async () => {
    const [sources, hint] = await Promise.all([facts.sourceFiles(['python']), filesWithLine(facts, FASTAPI_DOCS_METADATA)]);
    for (const entry of sources.filter((f) => hint.has(f.path))) {
      const text = await facts.scan(entry.path, 256 * 1024);
      if (!text || !FASTAPI_ROUTES.test(text.text)) continue;
      const line = text.findLine(FASTAPI_ENRICHED);
      if (line) return { file: entry.path, line };
    }
    return undefined;
  });
}

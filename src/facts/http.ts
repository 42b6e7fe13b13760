import { inComment } from './code-scan.js';
import { filesWithLine } from './content-pass.js';
import type { Facts } from './facts.js';
import { JS_FRAMEWORK_IMPORT, STD_HTTP_SERVER } from './line-detectors.js';
import { servedRoutes } from './routes/index.js';

/**
 * A server started with the standard library, or an `http.Server{…}` configured to be started (with
 * any router as its Handler: gorilla/mux, chi, httprouter, a gin engine); a quoted name is a mention
 * (a pattern table), not a call, and a comment is no code.
 */
const GO_HTTP = /(?<!['"`])\bhttp\.(?:(?:ListenAndServe(?:TLS)?|HandleFunc|Handle|NewServeMux)\(|Server\s*\{)/g;
const NODE_HTTP = /(?<!['"`])\bhttp\.createServer\(|^\s*(?:import\s+[\w{}\s,*]+\s+from\s+|(?:const|let|var)\s+[\w{}\s,]+=\s*require\(\s*)['"](?:express|fastify|koa|@hapi\/hapi|hono)['"]/gm;

function inCode(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) if (!inComment(text, m.index)) return true;
  return false;
}

/**
 * Whether the project serves an HTTP API (the one answer every rule uses): a declared HTTP framework, routes the code declares, a server started with Go's or
 * Node's standard library, or an HTTP framework imported by the code (one declared as a dev
 * dependency, as Paulo-Mikhael/blog-api does with fastify).
 */
export function servesHttp(facts: Facts): Promise<boolean> {
  return facts.derive('serves-http', async () => {
    const ecos = await facts.ecosystems();
    if (ecos.http) return true;
    // Routes the code declares (src/facts/routes) are the direct observation; the signals below are the fallback.
    if ((await servedRoutes(facts)).routes.length > 0) return true;
    const [sources, std, imported] = await Promise.all([
      facts.sourceIndex(),
      filesWithLine(facts, STD_HTTP_SERVER),
      filesWithLine(facts, JS_FRAMEWORK_IMPORT),
    ]);
    const hint = new Set([...std, ...imported]);
    let scanned = 0;
    for (const { entry, ecosystem } of sources) {
      if ((ecosystem !== 'go' && ecosystem !== 'javascript') || !hint.has(entry.path)) continue;
      if (/_test\.go$|\.(test|spec)\.[jt]s$/.test(entry.base) || ++scanned > 300) continue;
      const text = await facts.scan(entry.path, 128 * 1024);
      if (!text) continue;
      if (inCode(ecosystem === 'go' ? GO_HTTP : NODE_HTTP, text.text)) return true;
    }
    return false;
  });
}

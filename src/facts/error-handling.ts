import type { SignalHit } from './code-scan.js';
import type { Facts } from './facts.js';
import { firstLines } from './content-pass.js';
import { JS_ERROR_MIDDLEWARE } from './line-detectors.js';
import { isTestPath } from './path-roles.js';

/** Express error middlewares defined by signature, (err, req, res, next): the first three files. */
export async function errorMiddlewares(facts: Facts): Promise<{ id: string; hit: SignalHit }[]> {
  const paths = (await facts.sourceFiles(['javascript'])).map((f) => f.path).filter((p) => !isTestPath(p));
  const hits = await firstLines(facts, paths, JS_ERROR_MIDDLEWARE, 3);
  return hits.map((hit) => ({ id: 'error:js-middleware', hit }));
}

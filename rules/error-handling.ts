import { defineRule } from '../src/engine/define-rule.js';
import { codeScan } from '../src/facts/code-scan.js';
import { signalHits } from '../src/facts/evidence.js';
import { servesHttp } from '../src/facts/api-docs.js';
import type { Facts } from '../src/facts/facts.js';
import { firstLines } from '../src/facts/grep.js';
import { isTestPath } from '../src/facts/path-roles.js';

/** A function with Express's error-middleware signature, whatever its name: (err, req, res, next). */
const ERROR_MIDDLEWARE = /^\s*(?:export\s+)?(?:const|let|function)\s+\w+\s*(?:=\s*(?:async\s*)?)?\(\s*(?:err|error)\s*(?::\s*[\w.<>| ]+)?,\s*(?:req|_req|request|_)\w*\s*(?::\s*[\w.<>]+)?,\s*(?:res|_res|response)\w*\s*(?::\s*[\w.<>]+)?,\s*(?:next|_next|_)\w*/;

/** Error middlewares defined by signature, from the tree grep's lines (no file is read). */
async function errorMiddlewares(facts: Facts): Promise<{ id: string; hit: { file: string; line: number } }[]> {
  const paths = (await facts.sourceFiles(['javascript'])).map((f) => f.path).filter((p) => !isTestPath(p));
  const hits = await firstLines(facts, paths, (text) => ERROR_MIDDLEWARE.test(text), 3);
  return hits.map((hit) => ({ id: 'error:js-middleware', hit }));
}

export default defineRule({
  meta: {
    id: 'error-handling',
    category: 'operations',
    title: 'Errors are handled in one place',
    rationale: 'A central error handler returns one consistent error shape, logs the failure and never leaks stack traces; reviewers look for it instead of try/catch in every handler.',
    fix: 'Add one error handler: Express 4-argument middleware, a Nest exception filter, FastAPI exception_handler, @RestControllerAdvice, Gin custom recovery/error middleware, Laravel exception handler, UseExceptionHandler, or rescue_from.',
    level: 'warn',
    weight: 2,
    stage: 7,
  },
  async check({ facts }) {
    const [scan, http] = await Promise.all([codeScan(facts), servesHttp(facts)]);
    const hits = [...signalHits(scan, ['error'], 3), ...(await errorMiddlewares(facts))].slice(0, 3);
    if (hits.length > 0) {
      return { outcome: 'pass', summary: `Central error handling found (${hits[0]!.hit.file}:${hits[0]!.hit.line}).`, findings: hits.map(({ hit }) => ({ message: 'Central error handler.', file: hit.file, line: hit.line })) };
    }
    if (!http) return { outcome: 'not-applicable', summary: 'No HTTP framework or server: no request errors to handle centrally.' };
    return { outcome: 'fail', summary: 'No central error handler.', findings: [{ message: 'No error middleware, exception filter or exception handler was found.' }] };
  },
});

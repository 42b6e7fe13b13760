import { defineRule } from '../src/engine/define-rule.js';
import { codeScan } from '../src/facts/code-scan.js';
import { signalHits } from '../src/facts/evidence.js';
import { servesHttp } from '../src/facts/http.js';
import { errorMiddlewares } from '../src/facts/error-handling.js';

export default defineRule({
  meta: {
    id: 'error-handling',
    category: 'operations',
    title: 'Errors are handled in one place',
    rationale: 'A central error handler returns one consistent error shape, logs the failure and never leaks stack traces; reviewers look for it instead of try/catch in every handler.',
    fix: 'Add one error handler: Express 4-argument middleware, a Nest exception filter, FastAPI exception_handler, @RestControllerAdvice, Gin custom recovery/error middleware, Laravel exception handler, UseExceptionHandler, or rescue_from.',
    level: 'warn',
    kind: 'evidence',
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

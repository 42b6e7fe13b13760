import type { SignalHit } from './code-scan.js';
import { gatherEvidence, type Evidence } from './evidence.js';
import type { Facts } from './facts.js';
import { firstLines } from './content-pass.js';
import { PYTHON_STDLIB_LOGGER } from './line-detectors.js';

/** Structured-logging libraries by manifest name. */
const LOGGER_DEPENDENCIES = [
  'pino', 'pino-http', 'nestjs-pino', 'winston', 'morgan', 'bunyan', 'log4js', 'structlog', 'loguru', 'python-json-logger',
  'net.logstash.logback:logstash-logback-encoder', 'go.uber.org/zap', 'github.com/rs/zerolog', 'github.com/sirupsen/logrus',
  'Serilog.AspNetCore', 'Serilog', 'NLog.Web.AspNetCore', 'lograge', 'rails_semantic_logger', 'semantic_logger', 'monolog/monolog', 'symfony/monolog-bundle',
];

/** A structured logger used in code or declared in a manifest. */
export function loggerEvidence(facts: Facts): Promise<Evidence> {
  return gatherEvidence(facts, { signals: ['log'], dependencies: LOGGER_DEPENDENCIES });
}

/**
 * Python modules that log through the standard library without configuring it. Nearly every module
 * does, so this is a line question to the content pass, not a code signal; the first such line is cited.
 */
export async function pythonStdlibLoggers(facts: Facts): Promise<{ id: string; hit: SignalHit }[]> {
  const paths = (await facts.sourceFiles(['python'])).map((f) => f.path).filter((p) => !/(^|\/)(tests?|migrations)\//.test(p));
  const hits = await firstLines(facts, paths, PYTHON_STDLIB_LOGGER, 1);
  return hits.map((hit) => ({ id: 'log-builtin:python', hit }));
}

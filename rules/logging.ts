import { defineRule } from '../src/engine/define-rule.js';
import { codeScan, type SignalHit } from '../src/facts/code-scan.js';
import type { Facts } from '../src/facts/facts.js';
import { gatherEvidence, judgeEvidence, signalHits } from '../src/facts/evidence.js';
import { firstLines } from '../src/facts/grep.js';

const LOGGER_DEPENDENCIES = [
  'pino', 'pino-http', 'nestjs-pino', 'winston', 'morgan', 'bunyan', 'log4js', 'structlog', 'loguru', 'python-json-logger',
  'net.logstash.logback:logstash-logback-encoder', 'go.uber.org/zap', 'github.com/rs/zerolog', 'github.com/sirupsen/logrus',
  'Serilog.AspNetCore', 'Serilog', 'NLog.Web.AspNetCore', 'lograge', 'rails_semantic_logger', 'semantic_logger', 'monolog/monolog', 'symfony/monolog-bundle',
];

export default defineRule({
  meta: {
    id: 'logging',
    category: 'operations',
    title: 'A structured logger is used',
    rationale: 'In production, logs are how you find out what went wrong; a configured logger with levels (not print statements) shows you have thought about running the service.',
    fix: 'Log through a structured logger with levels — pino/winston/morgan, logging.config or structlog, SLF4J/Logback, slog/zap/zerolog, Monolog, Serilog or lograge — including one request-logging middleware.',
    level: 'warn',
    weight: 2,
    stage: 7,
    presets: ['platform'],
  },
  async check({ facts }) {
    const [evidence, scan] = await Promise.all([gatherEvidence(facts, { signals: ['log'], dependencies: LOGGER_DEPENDENCIES }), codeScan(facts)]);
    const verdict = judgeEvidence(evidence, { what: 'a structured logger', fix: 'Create one logger and log through it with levels.', label: () => 'Structured logging in code' });
    if (verdict.outcome === 'pass') return verdict;
    // The framework's built-in logger (ILogger<T>, logging.getLogger, Rails.logger) is used but not configured.
    const builtin = [...signalHits(scan, ['log-builtin'], 3), ...(await pythonLoggers(facts))];
    if (builtin.length > 0 && (verdict.outcome === 'fail' || (verdict.score ?? 0) < 0.6)) {
      return {
        outcome: 'partial',
        score: 0.6,
        summary: 'The framework\'s built-in logger is used, without structured output configured.',
        findings: builtin.map(({ id, hit }) => ({
          message: id === 'log-builtin:config' ? 'Only levels or a pattern are set for the default logger; no code logs through a logger of its own.' : 'Built-in logger used.',
          file: hit.file,
          line: hit.line,
          fix: id === 'log-builtin:config' ? 'Log through SLF4J (LoggerFactory.getLogger or @Slf4j) where things happen, and set logging.structured.format.console for JSON.' : 'Configure JSON output and levels from the environment (dictConfig, Serilog, lograge).',
        })),
      };
    }
    return verdict;
  },
});

/**
 * Python modules that log through the standard library without configuring it. Nearly every module
 * does, so this is a question to the shared tree grep's lines (LINE_TERMS.pythonLogger), not part
 * of the shared scan; the first such line is cited.
 */
async function pythonLoggers(facts: Facts): Promise<{ id: string; hit: SignalHit }[]> {
  const paths = (await facts.sourceFiles(['python'])).map((f) => f.path).filter((p) => !/(^|\/)(tests?|migrations)\//.test(p));
  const hits = await firstLines(facts, paths, (text) => text.includes('logging.getLogger'), 1);
  return hits.map((hit) => ({ id: 'log-builtin:python', hit }));
}

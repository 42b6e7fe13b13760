import { defineRule } from '../src/engine/define-rule.js';
import { codeScan } from '../src/facts/code-scan.js';
import { judgeEvidence } from '../src/engine/judge.js';
import { signalHits } from '../src/facts/evidence.js';
import { loggerEvidence, pythonStdlibLoggers } from '../src/facts/logging.js';

export default defineRule({
  meta: {
    id: 'logging',
    category: 'operations',
    title: 'A structured logger is used',
    rationale: 'In production, logs are how you find out what went wrong; a configured logger with levels (not print statements) shows you have thought about running the service.',
    fix: 'Log through a structured logger with levels — pino/winston/morgan, logging.config or structlog, SLF4J/Logback, slog/zap/zerolog, Monolog, Serilog or lograge — including one request-logging middleware.',
    level: 'warn',
    kind: 'evidence',
    weight: 3,
    stage: 7,
    presets: ['platform'],
  },
  async check({ facts }) {
    const [evidence, scan] = await Promise.all([loggerEvidence(facts), codeScan(facts)]);
    const verdict = judgeEvidence(evidence, { what: 'a structured logger', fix: 'Create one logger and log through it with levels.', label: () => 'Structured logging in code' });
    if (verdict.outcome === 'pass') return verdict;
    // The framework's built-in logger (ILogger<T>, logging.getLogger, Rails.logger) is used but not configured.
    const builtin = [...signalHits(scan, ['log-builtin'], 3), ...(await pythonStdlibLoggers(facts))];
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
          ...(id === 'log-builtin:config' ? {} : { advice: 'structured' }),
        })),
      };
    }
    return verdict;
  },
});

import { defineRule } from '../src/engine/define-rule.js';
import { codeScan } from '../src/facts/code-scan.js';
import { signalHits } from '../src/facts/evidence.js';
import { loggerEvidence, ownLoggerModules, pythonStdlibLoggers } from '../src/facts/logging.js';
import type { Finding } from '../src/types.js';

/** Leveled calls through the framework's default logger that make it "used": at least this many, in two files. */
const MIN_CALLS = 3;

export default defineRule({
  meta: {
    id: 'logging',
    category: 'operations',
    title: 'A leveled logger is configured and used',
    rationale: 'In production, logs are how you find out what went wrong; a configured logger with levels (not print statements) shows you have thought about running the service.',
    fix: 'Log through a structured logger with levels — pino/winston, logging.config or structlog, SLF4J/Logback, slog/zap/zerolog, Monolog, Serilog or lograge — where things happen, not only a request logger.',
    level: 'warn',
    kind: 'evidence',
    weight: 3,
    stage: 7,
    presets: ['platform'],
  },
  async check({ facts }) {
    const [evidence, scan, own] = await Promise.all([loggerEvidence(facts), codeScan(facts), ownLoggerModules(facts)]);
    if (evidence.used.length > 0) {
      const first = evidence.used[0]!.hit;
      return {
        outcome: 'pass',
        summary: `A leveled logger is configured or used in code (${first.file}:${first.line}).`,
        findings: evidence.used.map(({ hit }) => ({ message: 'Structured logging in code.', file: hit.file, line: hit.line })),
      };
    }
    // The framework's default logger called with levels where things happen.
    const calls = signalHits(scan, ['log-call'], 8);
    const callFiles = new Set(calls.map((c) => c.hit.file));
    const logsThroughout = calls.length >= MIN_CALLS && callFiles.size >= 2;
    // A logging module of its own: a leveled logger it wrote, or a wrapper the application logs through.
    const modules = own.filter((m) => m.levels >= 2 || logsThroughout);
    if (modules.length > 0) {
      return {
        outcome: 'pass',
        summary: `A logging module of the project's own (${modules[0]!.file})${logsThroughout ? ', logged through with levels' : ', with levels'}.`,
        findings: modules.map((hit) => ({ message: 'Logging module of the project.', file: hit.file, line: hit.line })),
      };
    }
    // Used where things happen, never configured.
    if (logsThroughout) {
      return {
        outcome: 'partial',
        score: 0.4,
        summary: `Leveled log calls in ${callFiles.size}+ files go through the framework's default logger; no logger is configured.`,
        findings: calls.slice(0, 3).map(({ hit }) => ({
          message: 'Log call through the default logger.',
          file: hit.file,
          line: hit.line,
          fix: 'Configure the logger once — JSON output and a level from the environment (dictConfig, a Monolog channel, Serilog, lograge) — and keep logging through it.',
          advice: 'structured',
        })),
      };
    }
    // Nothing a reviewer credits: a request logger, generated configuration, an unused dependency, a stray call.
    const findings: Finding[] = [];
    for (const { hit } of signalHits(scan, ['log-access'], 2)) {
      findings.push({ message: 'Only a request-log middleware: it records each request, nothing the application says about what it does.', file: hit.file, line: hit.line, fix: 'Add a leveled logger next to it and log errors and important events through it.' });
    }
    for (const { id, hit } of [...signalHits(scan, ['log-builtin'], 2), ...(await pythonStdlibLoggers(facts))].slice(0, 2)) {
      findings.push({
        message: id === 'log-builtin:config' ? 'Only levels or a pattern are set for the default logger; no code logs through a logger of its own.' : "The framework's default logger, as generated or injected, with no configuration of the project's own.",
        file: hit.file,
        line: hit.line,
        fix: id === 'log-builtin:config' ? 'Log through SLF4J (LoggerFactory.getLogger or @Slf4j) where things happen, and set logging.structured.format.console for JSON.' : 'Configure JSON output and levels from the environment (dictConfig, Serilog, a Monolog channel, lograge) and log through it.',
        ...(id === 'log-builtin:config' ? {} : { advice: 'structured' }),
      });
    }
    for (const d of evidence.declared.slice(0, 2)) {
      findings.push({ message: `${d.name} is ${d.indirect ? 'only an indirect requirement' : 'a dependency'}, but no code configures or calls it.`, file: d.manifest, ...(d.line ? { line: d.line } : {}), fix: `Create one logger with ${d.name} and log through it with levels (or remove it).` });
    }
    for (const { hit } of calls.slice(0, 2)) findings.push({ message: 'A stray log call: too few to say the application logs.', file: hit.file, line: hit.line });
    if (findings.length === 0) findings.push({ message: 'No logger in code or manifests.', fix: 'Create one logger and log through it with levels.' });
    return { outcome: 'fail', summary: findings.length > 1 || findings[0]!.file ? 'No leveled logger is configured and used: only a request logger, framework defaults or unused declarations.' : 'No structured logger found.', findings };
  },
});

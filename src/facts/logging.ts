import type { SignalHit } from './code-scan.js';
import { gatherEvidence, type Evidence } from './evidence.js';
import type { Facts } from './facts.js';
import { firstLines } from './content-pass.js';
import { PYTHON_STDLIB_LOGGER } from './line-detectors.js';

/** Structured-logging libraries by manifest name. */
const LOGGER_DEPENDENCIES = [
  'pino', 'pino-http', 'nestjs-pino', 'winston', 'bunyan', 'log4js', 'structlog', 'loguru', 'python-json-logger',
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

/**
 * A source file named for logging: `logger.ts`, `logging.py`, `log_config.py`, `LogHelper.java`,
 * `ApiLogger.php`, `pkg/logging/logger.go`.
 */
const LOGGER_FILE = /^(?:[\w-]*[-_.])?(?:log|logs|logger|logging)(?:[-_.]?(?:config|conf|setup|helper|helpers|utils?|service|factory|middleware))?\.\w+$/i;
const LOGGER_CLASS_FILE = /^(?:\w*[a-z])?(?:Logger|Logging|LogHelper|LogService)\w*\.\w+$/;
const isLoggerFile = (path: string): boolean => {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return LOGGER_FILE.test(name) || LOGGER_CLASS_FILE.test(name);
};
/** Files a framework generates for its own default logger (Laravel's `config/logging.php`), and translation files (`lang/en/log.php`). */
const NOT_A_LOGGER = /(^|\/)config\/logging\.php$|(^|\/)(lang|locales?|i18n|translations)\//;
/** A level named as a word (a home-made leveled logger defines several). */
const LEVEL_WORD = /\b(?:debug|info|warn|warning|error|fatal|critical|trace)\b/gi;
/** A request logger only (morgan's formats): the file logs requests, not what the app does. */
const ACCESS_LOG_ONLY = /\bmorgan\b/;
/** Files read at most: a project has one or two logging modules. */
const MAX_CANDIDATES = 12;

/** A logging module of the project's own, with the number of distinct levels its text names. */
export interface LoggerModule extends SignalHit {
  levels: number;
}

/**
 * Logging modules of the project's own: non-test source files named for logging (outside the
 * framework's generated configuration and request loggers such as morgan) — a home-made leveled
 * logger, a wrapper that configures one, or a logging middleware that logs through one. The rule
 * decides what they are worth with the levels they name and the log calls of the application.
 */
export function ownLoggerModules(facts: Facts): Promise<LoggerModule[]> {
  return facts.derive('own-logger-modules', async () => {
    const files = await facts.files();
    const candidates = (await facts.sourceFiles())
      .filter((f) => isLoggerFile(f.path) && !files.hasRole(f.path, 'test') && !NOT_A_LOGGER.test(f.path))
      .slice(0, MAX_CANDIDATES);
    const out: LoggerModule[] = [];
    for (const f of candidates) {
      const text = await facts.scan(f.path, 256 * 1024);
      if (!text || ACCESS_LOG_ONLY.test(text.text)) continue;
      const levels = new Set((text.text.match(LEVEL_WORD) ?? []).map((l) => l.toLowerCase().replace(/^warning$/, 'warn')));
      out.push({ file: f.path, line: 1, levels: levels.size });
    }
    return out;
  });
}

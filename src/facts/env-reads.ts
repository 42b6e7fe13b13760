import type { Detector } from './detector.js';
import type { Ecosystem } from './manifests/types.js';

/** An environment variable's name (the first capture group of every read pattern). */
export const NAME = '([A-Z][A-Z0-9_]{1,63})';

const read = (ecosystem: Ecosystem, terms: string[], source: string): Detector => ({ terms, re: new RegExp(source, 'g'), ecosystems: [ecosystem] });

/**
 * Reads of an environment variable per ecosystem, each with the terms that bring its lines into the
 * content pass. Group 1 is the name; group 2, when it matched, says the code supplies a fallback.
 */
export const ENV_READS: Record<Ecosystem, Detector[]> = {
  javascript: [
    read('javascript', ['process.env'], String.raw`process\.env\.${NAME}\b(\s*(\|\||\?\?))?`),
    read('javascript', ['process.env'], String.raw`process\.env\[\s*['"\`]${NAME}['"\`]\s*\](\s*(\|\||\?\?))?`),
    read('javascript', ['import.meta.env'], String.raw`import\.meta\.env\.${NAME}\b(\s*(\|\||\?\?))?`),
    read('javascript', ['Deno.env'], String.raw`Deno\.env\.get\(\s*['"]${NAME}['"]\s*\)(\s*(\|\||\?\?))?`),
  ],
  python: [
    read('python', ['environ'], String.raw`os\.environ\[\s*['"]${NAME}['"]\s*\]()`),
    read('python', ['environ', 'getenv'], String.raw`(?:os\.environ\.get|os\.getenv|getenv)\(\s*['"]${NAME}['"]\s*(,)?`),
    read('python', ['env(', 'env.'], String.raw`\benv(?:\.(?:str|int|bool|list|float|url|db))?\(\s*['"]${NAME}['"]\s*(,\s*default)?`),
  ],
  java: [read('java', ['getenv'], String.raw`System\.getenv\(\s*"${NAME}"\s*\)()`)],
  go: [
    read('go', ['Getenv'], String.raw`os\.Getenv\(\s*"${NAME}"\s*\)()`),
    read('go', ['LookupEnv'], String.raw`os\.LookupEnv\(\s*"${NAME}"\s*(\))`), // the caller handles absence
    read('go', ['env:"'], String.raw`\benv:"${NAME}(?:,[^"]*)?"(\s+envDefault:)?`),
  ],
  php: [
    read('php', ['env('], String.raw`\benv\(\s*['"]${NAME}['"]\s*(,)?`),
    read('php', ['getenv'], String.raw`getenv\(\s*['"]${NAME}['"]\s*\)()`),
    read('php', ['$_ENV'], String.raw`\$_ENV\[\s*['"]${NAME}['"]\s*\](\s*\?\?)?`),
  ],
  csharp: [read('csharp', ['GetEnvironmentVariable'], String.raw`Environment\.GetEnvironmentVariable\(\s*"${NAME}"\s*\)(\s*\?\?)?`)],
  ruby: [
    // `ENV['X'] ||= …` sets the variable (config/boot.rb's BUNDLE_GEMFILE): not a read.
    read('ruby', ['ENV['], String.raw`ENV\[\s*['"]${NAME}['"]\s*\](?!\s*\|\|=)(\s*\|\|)?`),
    read('ruby', ['ENV.fetch'], String.raw`ENV\.fetch\(\s*['"]${NAME}['"]\s*(,|\)\s*\{)?`),
  ],
};

/** Python reads through a bare `environ` after `from os import environ`. */
export const BARE_ENVIRON: Detector[] = [
  read('python', ['environ'], String.raw`(?<![\w.])environ\[\s*['"]${NAME}['"]\s*\]()`),
  read('python', ['environ'], String.raw`(?<![\w.])environ\.get\(\s*['"]${NAME}['"]\s*(,)?`),
];

import { readFileSync } from 'node:fs';

declare const __PORTFOLIO_CHECK_VERSION__: string | undefined;

/** The tool's version: injected by the bundler, read from package.json when running from source. */
export const VERSION: string =
  typeof __PORTFOLIO_CHECK_VERSION__ === 'string'
    ? __PORTFOLIO_CHECK_VERSION__
    : (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

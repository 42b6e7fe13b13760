import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

/** The environment variables that name a browser for the HTML report's tests, first wins. */
export const CHROMIUM_ENV = ['PORTFOLIO_CHECK_CHROMIUM', 'CHROME_PATH'] as const;

/** Where Debian/Ubuntu packages, Google's installers and macOS applications put Chromium or Chrome. */
export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string[] {
  if (platform === 'darwin') {
    const apps = ['Chromium.app/Contents/MacOS/Chromium', 'Google Chrome.app/Contents/MacOS/Google Chrome', 'Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing'];
    return [...apps.map((app) => path.join('/Applications', app)), ...apps.map((app) => path.join(homedir(), 'Applications', app))];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => Boolean(r));
    return roots.flatMap((root) => [path.join(root, 'Google/Chrome/Application/chrome.exe'), path.join(root, 'Chromium/Application/chrome.exe')]);
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome', '/snap/bin/chromium', '/opt/google/chrome/chrome'];
}

/**
 * The browser to test the HTML report with: the one an environment variable names (which must
 * exist), else the first installed one. Throws one line that says what to install otherwise.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, exists: (file: string) => boolean = existsSync): string {
  for (const name of CHROMIUM_ENV) {
    const value = env[name];
    if (!value) continue;
    if (exists(value)) return value;
    throw new Error(`${name}=${value} does not exist: point it at a Chromium or Chrome executable, or unset it.`);
  }
  const found = chromiumCandidates(env, platform).find((file) => exists(file));
  if (found) return found;
  const install =
    platform === 'darwin'
      ? 'install Chromium or Google Chrome (brew install --cask chromium, or google-chrome)'
      : platform === 'win32'
        ? 'install Google Chrome'
        : 'install Chromium (sudo apt-get install chromium, or your distribution\'s chromium package)';
  return fail(`The HTML report's browser tests need Chromium or Chrome and none was found: ${install}, or set ${CHROMIUM_ENV[0]}=/path/to/chrome.`);
}

function fail(message: string): never {
  throw new Error(message);
}

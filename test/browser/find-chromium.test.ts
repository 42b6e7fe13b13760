import { describe, expect, it } from 'vitest';
import { findChromium } from '../helpers/chromium.js';

const only = (...files: string[]) => (file: string) => files.includes(file);

describe('findChromium', () => {
  it('takes the environment variable first, and says when it names nothing', () => {
    expect(findChromium({ PORTFOLIO_CHECK_CHROMIUM: '/opt/c/chrome' }, 'linux', only('/opt/c/chrome', '/usr/bin/chromium'))).toBe('/opt/c/chrome');
    expect(findChromium({ CHROME_PATH: '/x/chrome' }, 'linux', only('/x/chrome'))).toBe('/x/chrome');
    expect(() => findChromium({ CHROME_PATH: '/x/chrome' }, 'linux', only('/usr/bin/chromium'))).toThrow('CHROME_PATH=/x/chrome does not exist');
  });

  it("finds Debian's chromium, Google Chrome and macOS applications", () => {
    expect(findChromium({}, 'linux', only('/usr/bin/chromium'))).toBe('/usr/bin/chromium');
    expect(findChromium({}, 'linux', only('/usr/bin/google-chrome-stable'))).toBe('/usr/bin/google-chrome-stable');
    expect(findChromium({}, 'darwin', only('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'))).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
  });

  it('fails with one line that says what to install and which variable to set', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      let message = '';
      try {
        findChromium({}, platform, () => false);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).not.toContain('\n');
      expect(message).toContain('PORTFOLIO_CHECK_CHROMIUM=');
      expect(message).toMatch(platform === 'darwin' ? /brew install --cask chromium/ : /apt-get install chromium/);
    }
  });
});

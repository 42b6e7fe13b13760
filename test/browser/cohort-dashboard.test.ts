import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatEntry, type CohortEntry } from '../../src/cohort/batch.js';
import { formatCohortHtml } from '../../src/cohort/dashboard.js';
import { mergeCohort, type Cohort } from '../../src/cohort/merge.js';
import { fixtureResult } from '../report/sample-result.js';

declare const document: any;

/** The browser the HTML reports are tested in: $PORTFOLIO_CHECK_CHROMIUM, else the usual places. */
function findChromium(): string {
  const candidates = [
    process.env.PORTFOLIO_CHECK_CHROMIUM,
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('No Chromium or Chrome found: install one (Debian: apt-get install chromium; macOS: Google Chrome) or set PORTFOLIO_CHECK_CHROMIUM to its path.');
  return found;
}

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let context: BrowserContext;
let userDataDir: string;
let dir: string;
let cohort: Cohort;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'pc-dashboard-'));
  const names = ['js-good', 'js-weak', 'python-good', 'python-weak'];
  for (const [i, name] of names.entries()) {
    const entry: CohortEntry = {
      kind: 'portfolio-check/cohort-entry',
      version: 1,
      target: `classroom/${name}`,
      key: `classroom+${name}`,
      commit: `${i}`.repeat(40),
      url: `https://github.com/classroom/${name}`,
      config: { name: 'portfolio-check:recommended' },
      result: await fixtureResult(name),
    };
    writeFileSync(path.join(dir, `${entry.key}@${entry.commit}.json`), formatEntry(entry));
  }
  writeFileSync(path.join(dir, 'classroom+gone.failed.json'), JSON.stringify({ kind: 'portfolio-check/cohort-failure', version: 1, target: 'classroom/gone', key: 'classroom+gone', reason: 'not-found', message: 'classroom/gone not found' }));
  cohort = await mergeCohort([dir]);
  userDataDir = mkdtempSync(path.join(tmpdir(), 'pc-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, { executablePath: findChromium(), headless: true, args: ARGS, viewport: { width: 1280, height: 900 } });
}, 60_000);

afterAll(async () => {
  await context?.close();
  for (const d of [userDataDir, dir]) if (d) rmSync(d, { recursive: true, force: true });
});

async function open(width = 1280): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setContent(formatCohortHtml(cohort, { reportHref: (row) => `cohort-reports/${row.key}.html` }), { waitUntil: 'load' });
  return { page, requests, errors };
}

const column = (page: Page, index: number) => page.$$eval(`table.board tbody tr`, (rows: any[], i: number) => rows.map((r) => r.cells[i].getAttribute('data-sort')), index);

describe('the cohort dashboard in Chromium', () => {
  it('makes no request and runs its script without errors under its CSP', async () => {
    const { page, requests, errors } = await open();
    expect(requests.filter((u) => !/^(data|about):/.test(u))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sorts the leaderboard by the clicked column, both ways, and says so', async () => {
    const { page } = await open();
    const scores = (await column(page, 2)).map(Number);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    await page.click('table.board th:nth-child(2) button');
    expect(await column(page, 1)).toEqual(['classroom/js-good', 'classroom/js-weak', 'classroom/python-good', 'classroom/python-weak']);
    expect(await page.getAttribute('table.board th:nth-child(2)', 'aria-sort')).toBe('ascending');
    await page.click('table.board th:nth-child(2) button');
    expect(await column(page, 1)).toEqual(['classroom/python-weak', 'classroom/python-good', 'classroom/js-weak', 'classroom/js-good']);
    await page.click('table.board th:nth-child(3) button');
    const ascending = (await column(page, 2)).map(Number);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(await page.$$eval('table.board th[aria-sort]', (ths: any[]) => ths.length)).toBe(1);
    await page.close();
  });

  it('links each repository to its own report and to GitHub, and lists what could not be checked', async () => {
    const { page } = await open();
    const links = await page.$$eval('table.board tbody th a', (as: any[]) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain('cohort-reports/classroom+js-good.html');
    expect(links).toContain('https://github.com/classroom/js-good');
    expect(await page.textContent('#fail-h + .scroll')).toContain('classroom/gone');
    expect(await page.textContent('.gaps')).toMatch(/\d of 4/);
    await page.close();
  });

  it('fits a 375 px phone: wide tables scroll in their own region', async () => {
    const { page } = await open(375);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const cells = await page.$$eval('table.heat tbody td span[aria-label]', (spans: any[]) => spans.length);
    expect(cells).toBeGreaterThan(0);
    await page.close();
  });
});

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/report/html.js';
import type { Result } from '../../src/types.js';
import { findChromium } from '../helpers/chromium.js';
import { fixtureResult } from '../report/sample-result.js';

// The page functions below run in the browser; these module-local declarations stand in for the DOM
// library, which the project's tsconfig leaves out so Node code cannot use browser globals by mistake.
declare const document: any;
declare const getComputedStyle: (el: any) => { color: string; backgroundColor: string; visibility: string };
declare const NodeFilter: { SHOW_TEXT: number };
declare const location: { hash: string };
type Element = any;
type HTMLElement = { offsetHeight: number; offsetParent: unknown };
type HTMLDetailsElement = { open: boolean };

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = path.join(ROOT, 'test-output');
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Set in beforeAll: a missing browser fails the file with one line saying what to install.
let CHROMIUM: string;
let context: BrowserContext;
let userDataDir: string;
const results: Record<'good' | 'weak', Result> = {} as never;

beforeAll(async () => {
  CHROMIUM = findChromium();
  mkdirSync(OUT, { recursive: true });
  userDataDir = mkdtempSync(path.join(tmpdir(), 'pc-chromium-'));
  // A persistent context is the only way playwright accepts a chosen (fresh) user-data-dir.
  context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 900 } });
  results.good = await fixtureResult('js-good');
  results.weak = await fixtureResult('js-weak');
}, 60_000);

afterAll(async () => {
  await context?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  requests: string[];
  errors: string[];
}

/** Opens the report as a page; records every request and every console error. */
async function open(result: Result): Promise<Opened> {
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setContent(formatHtml(result), { waitUntil: 'load' });
  return { page, requests, errors };
}

function expectClean({ requests, errors }: Opened) {
  expect(requests.filter((u) => !/^(data|about):/.test(u))).toEqual([]);
  expect(errors).toEqual([]);
}

describe.each(['good', 'weak'] as const)('the HTML report of js-%s in Chromium', (name) => {
  it('shows the overall and category scores in the gauges', async () => {
    const result = results[name];
    const opened = await open(result);
    const { page } = opened;
    expect(await page.locator('[data-overall] .gauge-value').textContent()).toBe(String(result.score));
    expect(await page.locator('[data-overall] .ring').getAttribute('aria-label')).toBe(`Overall: ${result.score} out of 100, ${result.bandLabel}`);
    for (const cat of result.categories) {
      const value = await page.locator(`[data-category="${cat.id}"] .gauge-value`).textContent();
      expect(value, cat.id).toBe(cat.score === null ? '–' : String(cat.score));
    }
    // The arc is drawn in proportion to the score.
    const dash = await page.locator('[data-overall] .arc').getAttribute('stroke-dasharray');
    const [arc, full] = dash!.split(' ').map(Number);
    expect(arc! / full!).toBeCloseTo(result.score / 100, 2);
    expect(await page.locator('.stage').count()).toBe(7);
    expect(await page.locator('details.rule').count()).toBe(result.rules.length);
    await page.screenshot({ path: path.join(OUT, `report-${name}.png`), fullPage: true });
    if (name === 'weak' && process.env.UPDATE_SCREENSHOT) {
      // The README's picture: the top of the report with the first rule row open.
      await page.locator('details.rule summary').first().click();
      await page.evaluate(() => document.activeElement?.blur());
      await page.screenshot({ path: path.join(ROOT, 'docs', 'report-screenshot.png'), clip: { x: 0, y: 0, width: 1280, height: 1900 }, fullPage: true });
    }
    expectClean(opened);
    await page.close();
  });

  it('expands rule rows by click and by keyboard, with findings, fix and doc link', async () => {
    const result = results[name];
    const opened = await open(result);
    const { page } = opened;
    // Keyboard: from the top of the page, Tab reaches the skip link first.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the rules');

    const rows = page.locator('details.rule');
    const first = rows.first();
    expect(await first.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    await expect.poll(() => first.locator('.rule-body').isVisible()).toBe(false);
    await first.locator('summary').click();
    expect(await first.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    expect(await first.locator('.rule-body').isVisible()).toBe(true);
    expect(await first.locator('a', { hasText: 'Rule documentation' }).getAttribute('href')).toMatch(/^https:\/\//);

    // Enter and Space toggle a focused row.
    const second = rows.nth(1);
    await second.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await second.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    await page.keyboard.press('Space');
    expect(await second.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);

    // The costliest rule shows its points and a finding with file:line when it has one.
    const costly = [...result.rules].sort((a, b) => b.pointsLost - a.pointsLost)[0]!;
    if (costly.pointsLost > 0) {
      const row = page.locator(`details[data-rule="${costly.id}"]`);
      expect(await row.locator('.points').textContent()).toContain(costly.pointsLost.toFixed(1));
      const located = costly.findings.find((f) => f.file && f.line);
      if (located) {
        await row.locator('summary').click();
        expect(await row.locator('.where', { hasText: `${located.file}:${located.line}` }).first().isVisible()).toBe(true);
      }
    }
    expectClean(opened);
    await page.close();
  });

  it('has landmarks, one h1, readable contrast and no horizontal scroll at 375 px', async () => {
    const opened = await open(results[name]);
    const { page } = opened;
    expect(await page.locator('header, main, footer').count()).toBe(3);
    expect(await page.locator('h1').count()).toBe(1);
    // Every visible text run against its effective background (WCAG AA: 4.5:1).
    const contrast = await page.evaluate(CONTRAST_CHECK);
    expect(contrast.checked).toBeGreaterThan(50);
    expect(contrast.problems).toEqual([]);
    // The check itself catches grey-on-white text.
    await page.addStyleTag({ content: '.legend{color:#aaa}' });
    expect((await page.evaluate(CONTRAST_CHECK)).problems.length).toBeGreaterThan(0);

    await page.setViewportSize({ width: 375, height: 812 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(OUT, `report-${name}-375.png`), fullPage: true });
    expectClean(opened);
    await page.close();
  });

  it('prints every rule expanded', async () => {
    const opened = await open(results[name]);
    const { page } = opened;
    await page.emulateMedia({ media: 'print' });
    const closed = await page.locator('details.rule:not([open]) .rule-body').evaluateAll((bodies) => bodies.map((b) => (b as HTMLElement).offsetHeight));
    expect(closed.length).toBeGreaterThan(0);
    expect(closed.filter((height) => height === 0)).toEqual([]);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expectClean(opened);
    await page.close();
  });
});

it('keeps hostile text inert', async () => {
  const result = structuredClone(results.weak);
  result.target.name = '<img src=x onerror="console.error(1)">';
  result.rules[0]!.summary = '<script>console.error("xss")</script>';
  const opened = await open(result);
  expect(await opened.page.locator('img').count()).toBe(0);
  expect(await opened.page.locator('main script').count()).toBe(0);
  expect(await opened.page.locator('h1 .target').textContent()).toBe(result.target.name);
  expectClean(opened);
  await opened.page.close();
});

it('opens rows and shows every number with JavaScript switched off', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pc-chromium-nojs-'));
  const noJs = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless: true, args: ARGS, javaScriptEnabled: false });
  try {
    const page = await noJs.newPage();
    await page.setContent(formatHtml(results.weak), { waitUntil: 'load' });
    expect(await page.locator('[data-overall] .gauge-value').textContent()).toBe(String(results.weak.score));
    const row = page.locator('details.rule').first();
    await row.locator('summary').click();
    expect(await row.locator('.rule-body').isVisible()).toBe(true);
  } finally {
    await noJs.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

it('renders the project-depth checklist when the Result has one', async () => {
  const result: Result = {
    ...results.good,
    depth: [
      { id: 'defines-schema', title: 'Defines a schema', met: true, rules: ['migrations-present'] },
      { id: 'deploys', title: 'Deploys', met: false, rules: ['container-present'] },
    ],
  };
  const opened = await open(result);
  const items = opened.page.locator('#depth-heading + p + .checklist li');
  expect(await items.allInnerTexts()).toEqual([expect.stringContaining('Defines a schema'), expect.stringContaining('Deploys')]);
  // The evidence links jump to the rule's row.
  await items.nth(1).locator('a').click();
  expect(await opened.page.evaluate(() => location.hash)).toBe('#rule-container-present');
  expect((await opened.page.evaluate(CONTRAST_CHECK)).problems).toEqual([]);
  expectClean(opened);
  await opened.page.close();
});

it('sorts the endpoint table by any column, both ways, and says so to assistive technology', async () => {
  const opened = await open(results.good);
  const { page } = opened;
  const cells = (col: number) => page.locator(`.endpoint-table tbody tr td:nth-child(${col})`).allInnerTexts();
  expect(await cells(2)).toEqual(['/health', '/tasks', '/tasks', '/tasks/{id}']);
  const method = page.locator('.endpoint-table th').nth(0);
  await method.locator('button').click();
  expect(await cells(1)).toEqual(['GET', 'GET', 'GET', 'POST']);
  expect(await method.getAttribute('aria-sort')).toBe('ascending');
  await method.locator('button').press('Enter');
  expect(await cells(1)).toEqual(['POST', 'GET', 'GET', 'GET']);
  expect(await method.getAttribute('aria-sort')).toBe('descending');
  // Sorting by another column moves aria-sort there; ties keep file order.
  await page.locator('.endpoint-table th').nth(5).locator('button').click();
  expect(await method.getAttribute('aria-sort')).toBeNull();
  expect(await page.locator('.endpoint-table th[aria-sort]').count()).toBe(1);
  expect(await cells(2)).toEqual(['/health', '/tasks', '/tasks', '/tasks/{id}']);
  expect((await page.evaluate(CONTRAST_CHECK)).problems).toEqual([]);
  expectClean(opened);
  await opened.page.close();
});

/** Runs in the page: lists text whose contrast with its background is under 4.5:1. */
const CONTRAST_CHECK = () => {
  const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
  const lum = ([r, g, b]: number[]) =>
    [r!, g!, b!]
      .map((v) => v / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
      .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
  const background = (el: Element | null): number[] => {
    for (let e = el; e; e = e.parentElement) {
      const bg = parse(getComputedStyle(e).backgroundColor);
      if (bg.length === 3 || (bg.length === 4 && bg[3]! > 0)) return bg.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const problems: string[] = [];
  let checked = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || !node.textContent?.trim() || !(el as HTMLElement).offsetParent) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || el.closest('.visually-hidden, .skip')) continue;
    checked++;
    const fg = lum(parse(style.color));
    const bg = lum(background(el));
    const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    if (ratio < 4.5) problems.push(`${ratio.toFixed(2)} "${node.textContent.trim().slice(0, 30)}" (${el.className || el.tagName})`);
  }
  return { checked, problems };
};

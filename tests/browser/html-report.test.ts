// Real-browser test of the HTML report (src/output/html.ts): headless Chromium draws the marks, runs nothing, loads nothing.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (page.evaluate callbacks run in the browser: they use its globals.)
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { formatHtml } from '../../src/output/html.js';
import { hostileRecord, sampleErrorRecord, sampleRecord } from '../helpers/sample-record.js';

/** Debian's Chromium (`apt-get install -y chromium`); playwright never downloads a browser here. */
const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

// Locally a missing browser skips, loudly; under CI it must be there, so the test runs and fails instead.
const missing = !existsSync(CHROMIUM);
const skip = missing && !process.env.CI;
if (skip) console.warn(`tests/browser: SKIPPED — ${CHROMIUM} is missing (install it: apt-get install -y chromium)`);

describe.skipIf(skip)(`HTML report in headless Chromium${skip ? ` (skipped: ${CHROMIUM} missing)` : ''}`, () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'news-extract-browser-'));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The page with every console error, page error and network request recorded; requests are refused. */
  async function open(html: string): Promise<{ page: Page; errors: string[]; requests: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.abort();
    });
    await page.setContent(html, { waitUntil: 'load' });
    return { page, errors, requests };
  }

  it('shows every kind of highlight with a visible box, and logs no error', async () => {
    const { page, errors, requests } = await open(formatHtml([sampleRecord()]));
    for (const selector of [
      '.text mark.actor[data-id="A1"]',
      '.text mark.actor.organization[data-id="A3"]',
      '.text mark.place[data-id="P1"]',
      '.text mark.number',
      '.text mark.date',
      '.text mark.cue',
      '.text mark.source',
      '.text .claim[data-id="C2"]',
      'aside li.actor',
    ]) {
      const box = await page.locator(selector).first().boundingBox();
      expect(box, selector).not.toBeNull();
      expect(box!.width, selector).toBeGreaterThan(0);
      expect(box!.height, selector).toBeGreaterThan(0);
    }
    // The hover text carries type and id.
    expect(await page.locator('.text mark.actor[data-id="A1"]').first().getAttribute('title')).toBe('person A1: Jane Okafor');
    // The claim's source is drawn after its content by CSS, not written into the text.
    const after = await page.locator('.claim-source').first().evaluate((el) => getComputedStyle(el, '::after').content);
    expect(after).toContain('Mayor Jane Okafor');
    const shot = join(dir, 'report.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(1000);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  }, 60_000);

  it('runs nothing from a hostile article and shows its markup as text', async () => {
    const { page, errors, requests } = await open(formatHtml([hostileRecord(), sampleErrorRecord()]));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('script, img, svg, iframe').count()).toBe(0);
    // the text as written, except its control characters (an ESC), shown as U+FFFD
    expect(await page.locator('.text').first().textContent()).toBe(hostileRecord().article.text.replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, '\ufffd'));
    const mark = page.locator('.text mark.actor').first();
    expect(await mark.textContent()).toBe('<b>Evil & Co</b>');
    expect((await mark.boundingBox())!.width).toBeGreaterThan(0);
    await page.screenshot({ path: join(dir, 'hostile.png'), fullPage: true });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  }, 60_000);

  it('never breaks a one-word mention across lines, at any width', async () => {
    // Regression: a page rule meant for the source path (word-break: break-all) also matched mark.source.
    const { page, errors } = await open(formatHtml([sampleRecord()]));
    for (let width = 320; width <= 960; width += 23) {
      await page.setViewportSize({ width, height: 800 });
      const broken = await page.evaluate(() =>
        [...document.querySelectorAll('.text mark')]
          .filter((m) => !/[\s-]/.test(m.textContent ?? ''))
          .filter((m) => [...m.getClientRects()].filter((r) => r.width > 0.5).length > 1)
          .map((m) => m.textContent),
      );
      expect(broken, `viewport ${width}px`).toEqual([]);
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('links the index to each record', async () => {
    const { page, errors } = await open(formatHtml([sampleRecord(), sampleErrorRecord(), hostileRecord()]));
    const links = page.locator('nav.index a');
    expect(await links.count()).toBe(3);
    await links.nth(1).click();
    expect(await page.evaluate(() => location.hash)).toBe('#doc2');
    expect(await page.locator('#doc2').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});

// What the WordPress tests do in Chromium, as a visitor would: open a page, check that each
// widget works, measure where the widgets sit. puppeteer-core drives Debian's Chromium.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findBrowsers } from '../../scripts/browsers.mjs';

const ANSWERS = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/answer-paths.json'), 'utf8'),
)['self-care after more mileage'];

export async function launch() {
  const chromium = findBrowsers().find(({ name }) => name === 'chromium');
  if (!chromium) throw new Error('Chromium is not installed (apt-get install chromium)');
  return puppeteer.launch({
    executablePath: chromium.path,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
}

/**
 * Opens `url` in a new page (of a browser or a browser context) at `width`×`height`, recording console errors, uncaught errors and
 * every request for the widgets' script. The browser's own favicon request is not the page's.
 */
export async function open(browser, url, { width, height }) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  const errors = [];
  const scriptRequests = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (message.location()?.url?.endsWith('/favicon.ico')) return;
    errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => {
    if (/\/ispine-widgets(-[\d.]+)?\.js/.test(request.url())) scriptRequests.push(request.url());
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors, scriptRequests };
}

/** Waits until every widget on the page (at least one) has rendered its parts. */
export async function rendered(page) {
  await page.waitForFunction(
    () => {
      const widgets = [
        ...document.querySelectorAll(
          'ispine-call-book-button, ispine-symptom-checker, ispine-location-picker',
        ),
      ];
      return (
        widgets.length > 0 && widgets.every((widget) => widget.shadowRoot?.querySelector('[part]'))
      );
    },
    { timeout: 20_000 },
  );
}

/** The call link's href and text. */
export function callLink(page) {
  return page.evaluate(() => {
    const link = document
      .querySelector('ispine-call-book-button')
      .shadowRoot.querySelector('[part~="call"]');
    return { href: link.getAttribute('href'), text: link.textContent.trim() };
  });
}

/** Types 55369 (Maple Grove) into the picker and presses Enter: the clinics' names and miles. */
export async function sortByZip(page, zip) {
  const input = await page.waitForSelector('ispine-location-picker >>> [part="zip-input"]');
  await input.click();
  await input.type(zip);
  await input.press('Enter');
  await page.waitForFunction(
    () =>
      document
        .querySelector('ispine-location-picker')
        .shadowRoot.querySelectorAll('[part="distance"]').length > 0,
    { timeout: 10_000 },
  );
  return page.evaluate(() =>
    [
      ...document
        .querySelector('ispine-location-picker')
        .shadowRoot.querySelectorAll('[part~="clinic"]'),
    ].map((row) => ({
      text: row.textContent.replace(/\s+/g, ' ').trim(),
      miles: Number.parseFloat(row.querySelector('[part="distance"]')?.textContent ?? 'NaN'),
    })),
  );
}

/**
 * Answers the checker's questions (the self-care path) inside its frame, on the clinic's host,
 * starting it first where it shows a start card. Resolves with the result's part names.
 */
export async function checkerResult(page) {
  const start = await page.$('ispine-symptom-checker >>> [part~="start"]');
  if (start) await start.click();
  const frameElement = await page.waitForSelector('ispine-symptom-checker >>> iframe');
  const frame = await frameElement.contentFrame();
  const inChecker = (selector) => `ispine-symptom-checker >>> ${selector}`;
  await frame.waitForSelector(inChecker('[part="next"]'), { timeout: 20_000 });
  const progress = () =>
    frame.evaluate(
      () =>
        document
          .querySelector('ispine-symptom-checker')
          .shadowRoot.querySelector('[part="progress"]')?.textContent ?? 'result',
    );
  for (const options of ANSWERS) {
    const question = await progress();
    for (const option of options) {
      await (
        await frame.waitForSelector(inChecker(`[part="option-input"][value="${option}"]`))
      ).click();
    }
    await (await frame.waitForSelector(inChecker('[part="next"]'))).click();
    // The next question (or the result) replaces this one before its options are clicked.
    await frame.waitForFunction(
      (before) =>
        (document
          .querySelector('ispine-symptom-checker')
          .shadowRoot.querySelector('[part="progress"]')?.textContent ?? 'result') !== before,
      { timeout: 5_000 },
      question,
    );
  }
  const result = await frame.waitForSelector(inChecker('[part~="result"]'), { timeout: 10_000 });
  return result.evaluate((element) => element.getAttribute('part'));
}

/** Boxes (x, y, width, height, bottom, right) of the first element matching each selector. */
export function boxes(page, selectors) {
  return page.evaluate(
    (list) =>
      Object.fromEntries(
        list.map((selector) => {
          const box = document.querySelector(selector)?.getBoundingClientRect();
          return [
            selector,
            box && { x: box.x, y: box.y, width: box.width, bottom: box.bottom, right: box.right },
          ];
        }),
      ),
    selectors,
  );
}

export { assert };

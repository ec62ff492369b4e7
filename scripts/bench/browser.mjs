// Driving Chromium: opening a page cold (no CPU throttle: CPU time is judged, not the wall clock), reading what bench.js recorded,
// the checker frame's own record, heap, and clicks timed with the Event Timing API.
import puppeteer from 'puppeteer-core';
import { CHROMIUM, FLAGS, SETTLE_MS, TRACE_CATEGORIES, VIEWPORT } from './options.mjs';

export const launch = () =>
  puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    protocolTimeout: 30_000,
  });

/**
 * Opens `url` in a fresh browser context (cold HTTP and code caches) and
 * waits for the page's bench record (`waitFor: 'bench'`) or sort result (`'sort'`). Every request
 * is listed with the frame that made it: `top` (the page's own document) or `child` (a frame).
 */
export async function open(browser, url, { trace = false, waitFor = 'bench' } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(VIEWPORT);
  const requests = [];
  const problems = [];
  page.on('request', (r) => {
    const top = r.frame() === page.mainFrame();
    requests.push({
      url: r.url(),
      type: r.resourceType(),
      frame: top ? 'top' : 'child',
      document: r.isNavigationRequest(),
    });
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  let tracing = false;
  try {
    if (trace) {
      await page.tracing.start({ categories: TRACE_CATEGORIES });
      tracing = true;
    }
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    let result;
    if (waitFor === 'bench') {
      result = await page.evaluate(() => window.__bench.done);
      await settle(page);
    } else {
      await page.waitForFunction(() => window.__sort, { timeout: 60_000 });
      result = await page.evaluate(() => window.__sort);
    }
    return { context, page, result, requests, problems, tracing };
  } catch (error) {
    // Tracing is browser-wide: a load that failed must not leave it on for the next one.
    if (tracing) await page.tracing.stop().catch(() => undefined);
    await context.close().catch(() => undefined);
    throw error;
  }
}

/** Stops the trace that `open(…, { trace: true })` started; resolves with its bytes. */
export async function stopTrace(opened) {
  if (!opened.tracing) return undefined;
  opened.tracing = false;
  return opened.page.tracing.stop();
}

/**
 * The page's first child frame that has bench.js (injected by the `files` origin), once its
 * widgets have rendered, with its bench record (without `painted`: the checker's frame waits in
 * its closed dialog, where nothing is drawn until Start is pressed). Gives up after 20 s.
 */
export async function benchFrame(page) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    for (const frame of page.mainFrame().childFrames()) {
      const ready = await frame.evaluate(() => Boolean(window.__bench)).catch(() => false);
      if (!ready) continue;
      const record = await frame.evaluate(
        (ms) =>
          Promise.race([
            window.__bench.rendered,
            new Promise((_, fail) => {
              setTimeout(
                () => fail(new Error("the frame's widgets did not render within 20 s")),
                ms,
              );
            }),
          ]),
        Math.max(0, deadline - Date.now()),
      );
      return { frame, record };
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error('no child frame with bench.js within 20 s');
}

/**
 * The bench record of the page's child frame (see `benchFrame`), its times converted to the top
 * page's clock (both documents' performance.timeOrigin are wall-clock).
 */
export async function childFrameRecord(page, topTimeOrigin) {
  const { frame, record } = await benchFrame(page);
  const shift = record.timeOrigin - topTimeOrigin;
  const toTop = (t) => (t === null ? null : t + shift);
  return {
    url: frame.url(),
    start: toTop(record.start),
    done: toTop(record.done),
    painted: toTop(record.painted),
    widgets: record.widgets.map((w) => ({ ...w, renderedAt: toTop(w.renderedAt) })),
    errors: record.errors,
  };
}

/** Two frames and `ms`: late entries (paint-timed, layout shifts) have arrived by then. */
export const settle = (page, ms = SETTLE_MS) =>
  page.evaluate(
    (wait) =>
      new Promise((ok) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, wait))),
      ),
    ms,
  );

/** The performance entries of `type` that bench.js buffered. */
export const entries = (page, type) => page.evaluate((t) => window.__bench.entries[t], type);

/** JS heap in use after a full garbage collection (CDP), in bytes. */
export async function heapAfterGc(page) {
  const client = await page.createCDPSession();
  await client.send('HeapProfiler.collectGarbage');
  await client.send('HeapProfiler.collectGarbage');
  await client.send('Performance.enable');
  const { metrics } = await client.send('Performance.getMetrics');
  await client.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
}

/**
 * Clicks what `pick` returns in `page` (a page, or a frame such as the checker's) (an element,
 * or a string saying why there is none) and reads the
 * Event Timing entries of that interaction: INP for this one click is the longest of them.
 * Entries under 16 ms are not reported (durationThreshold 16): then the figure is "< 16".
 */
export async function clickInp(page, pick) {
  const handle = await page.evaluateHandle(pick);
  const element = handle.asElement();
  if (!element) return { na: String(await handle.jsonValue()) };
  const before = await page.evaluate(() => performance.now());
  await element.click();
  await settle(page, 200);
  return interactionSince(page, before);
}

/**
 * Presses the checker's Start on the page (`frame`: its child frame, from `benchFrame`), as a
 * visitor does, and waits until the frame has drawn its first question (its `frame:painted`,
 * after the first frame drawn once the dialog shows it). Returns the page's clock when the press
 * began and the INP of the press. Gives up after 20 s.
 */
export async function pressStart(page, frame) {
  const handle = await page.evaluateHandle(PICK.start);
  const element = handle.asElement();
  if (!element) throw new Error(String(await handle.jsonValue()));
  const before = await page.evaluate(() => performance.now());
  await element.click();
  await frame.evaluate(() =>
    Promise.race([
      window.__bench.done,
      new Promise((_, fail) => {
        setTimeout(() => fail(new Error('no first question drawn within 20 s of Start')), 20_000);
      }),
    ]),
  );
  await settle(page, 200);
  return { at: before, inp: await interactionSince(page, before) };
}

/** INP of the interactions since `before` (page ms): the longest Event Timing entry of them. */
async function interactionSince(page, before) {
  const seen = await page.evaluate(
    (t) =>
      [...window.__bench.entries.event, ...window.__bench.entries['first-input']].filter(
        (e) => e.startTime >= t && e.interactionId > 0,
      ),
    before,
  );
  if (!seen.length) return { value: 16, below: true, entries: [] };
  return { value: Math.max(...seen.map((e) => e.duration)), below: false, entries: seen };
}

/** What the INP figures click, found in the page (run in the browser). */
export const PICK = {
  start: () =>
    document
      .querySelector('ispine-symptom-checker')
      ?.shadowRoot?.querySelector('[part~="start"]') ?? 'the symptom checker has no Start button',
  partner: () =>
    document.querySelector('.newsletter button') ?? 'the page has no newsletter button',
  checker: () => {
    const root = document.querySelector('ispine-symptom-checker')?.shadowRoot;
    if (!root) return '<ispine-symptom-checker> has no shadow root';
    const input = root.querySelector('input');
    if (input) {
      const box = input.getBoundingClientRect();
      return box.width >= 1 && box.height >= 1 ? input : (input.closest('label') ?? input);
    }
    return root.querySelector('button') ?? 'the symptom checker renders no input and no button yet';
  },
  picker: () => {
    const root = document.querySelector('ispine-location-picker')?.shadowRoot;
    if (!root) return '<ispine-location-picker> has no shadow root';
    // Never "Use my location" (a permission prompt) nor the ZIP submit (would fetch the ZIP data).
    return (
      root.querySelector('button[part~="choose"]') ??
      [...root.querySelectorAll('button')].find(
        (b) => !b.matches('[part~="locate"], [part~="zip-submit"], [type="submit"]'),
      ) ??
      'the location picker renders no clickable button yet'
    );
  },
};

import { waitUntil } from '@open-wc/testing';

/** The second origin that serves the same files, like a CDN (started by the test runner). */
export async function scriptOrigin(): Promise<string> {
  const response = await fetch('/test/script-origin.json');
  return ((await response.json()) as { origin: string }).origin;
}

/** A loader tag for the script served from the second origin: the page is then a partner's page. */
export async function crossOriginLoader(attributes = ''): Promise<string> {
  return `<script src="${await scriptOrigin()}/dist/ispine-widgets.js"${attributes ? ` ${attributes}` : ''}></script>`;
}

/** open-wc's `waitUntil` with room for a frame or a second origin to load (5 s by default). */
export function until(predicate: () => boolean, timeout = 5000): Promise<void> {
  return waitUntil(predicate, `not met in time: ${predicate.toString()}`, { timeout });
}

/**
 * A keyboard user starts the `checker` on a partner page: into the page, Tab until the start
 * card's Start has focus, Space. Waits for the checker's frame (created once the page is idle)
 * and retries while it is still loading; resolves once the page has seen `ispine-checker-start`.
 */
export async function startCheckerByKeyboard(
  checker: Element,
  started: () => boolean,
): Promise<void> {
  const { sendKeys } = await import('@web/test-runner-commands');
  await until(() => checker.shadowRoot?.querySelector('iframe') != null);
  const onStart = () => checker.shadowRoot!.activeElement?.getAttribute('part') === 'start';
  checker.scrollIntoView();
  for (let attempt = 0; attempt < 20 && !started(); attempt++) {
    checker.ownerDocument.defaultView!.focus();
    for (let tab = 0; tab < 20 && !onStart(); tab++) await sendKeys({ press: 'Tab' });
    await sendKeys({ type: ' ' });
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await until(started);
}

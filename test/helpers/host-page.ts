import { expect } from '@open-wc/testing';

/** What a host page saw while the widgets ran (recorded by test/fixtures/capture.js). */
export interface Captured {
  errors: string[];
  warnings: string[];
  uncaught: string[];
  csp: string[];
}

export interface HostPage {
  window: Window & { captured: Captured; ISpineWidgets?: { version: string } };
  document: Document;
  captured: Captured;
}

/** The drop-in script tag as partners paste it. */
export const LOADER = '<script src="/dist/ispine-widgets.js"></script>';

/**
 * Opens `body` as a partner's page in an iframe (same origin as the test, so the test can look
 * inside) and waits until it has loaded and the widgets have rendered.
 */
export async function openHostPage(body: string, head = '', width = 800): Promise<HostPage> {
  return openDocument(
    `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}<script src="/test/fixtures/capture.js"></script></head><body>${body}</body></html>`,
    width,
  );
}

/**
 * Opens a whole document `html` as a partner's page, `width` × `height` px, in a frame with the
 * `sandbox` flags given (none: not sandboxed); see openHostPage.
 */
export async function openDocument(
  html: string,
  width = 800,
  height = 600,
  sandbox?: string,
): Promise<HostPage> {
  const frame = appendHostFrame(html, width, height, sandbox);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as HostPage['window'];
  await settle(win);
  return { window: win, document: win.document, captured: win.captured };
}

/**
 * Starts loading a whole document `html` as a partner's page in a frame, `width` × `height` px,
 * sandboxed with `sandbox` (none: not sandboxed), without waiting for it (see openDocument).
 * closeHostPages removes it.
 */
export function appendHostFrame(
  html: string,
  width = 800,
  height = 600,
  sandbox?: string,
): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
  frame.src = `/test/host-page.html?html=${encodeURIComponent(html)}`;
  document.body.append(frame);
  return frame;
}

/**
 * Three timer turns of `win` (150 ms): enough for its same-origin fetches, microtasks and Lit
 * renders here. Tests that wait for a frame or another origin poll with `until` instead.
 */
export async function settle(win: Window): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => win.setTimeout(resolve, 50));
  }
}

/** The shadow-DOM element `selector` inside the first `tag` of the page. */
export function inWidget(page: HostPage, tag: string, selector: string): HTMLElement | null {
  return page.document.querySelector(tag)?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
}

/** Removes the frames opened by openHostPage. */
export function closeHostPages(): void {
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
}

/** The page saw no uncaught error, no CSP violation and no console error. */
export function expectClean(page: HostPage): void {
  expect(page.captured.uncaught, 'uncaught errors').to.deep.equal([]);
  expect(page.captured.csp, 'CSP violations').to.deep.equal([]);
  expect(page.captured.errors, 'console errors').to.deep.equal([]);
}

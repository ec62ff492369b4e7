import { scriptOrigin, until } from './script-origin.js';
import type { SymptomChecker } from '../../src/symptom-checker/symptom-checker.js';
import type { Backdrop } from './contrast.js';

/**
 * A partner's page as every real partner runs it: the page on one origin (the second test
 * server), the widgets' files on another (this test page's origin, under `/test/cdn/<mode>/`).
 * The checker's frame is then on the test page's own origin, so the test can act inside it as
 * the visitor would, while the partner page in between can reach neither.
 */
export interface PartnerPage {
  /** The frame holding the partner's page (cross-origin: only postMessage reaches it). */
  frame: HTMLIFrameElement;
}

/** How the files' host serves the checker's frame page (see web-test-runner.config.mjs). */
export type CdnMode = 'probe' | 'text-plain' | 'missing' | 'xfo' | 'stall' | 'trickle' | 'reset';

declare global {
  interface Window {
    /** Checker frames on this origin, handed over by test/fixtures/frame-probe.js. */
    checkerFrames?: Window[];
  }
}

/** The drop-in's URL on this page's origin, served in `mode`. */
export const cdnScript = (mode: CdnMode = 'probe') =>
  `${location.origin}/test/cdn/${mode}/dist/ispine-widgets.js`;

/** The loader tag a partner pastes, with extra attributes. */
export const partnerLoader = (attributes = '', mode: CdnMode = 'probe') =>
  `<script src="${cdnScript(mode)}"${attributes ? ` ${attributes}` : ''}></script>`;

/** Opens `body` as a partner's page with the session recorder loaded first. */
export async function openPartnerPage(
  body: string,
  { head = '', width = 800, height = 700 } = {},
): Promise<PartnerPage> {
  window.checkerFrames = [];
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}<script src="/test/fixtures/recorder.js"></script><script src="/test/fixtures/visitor.js"></script></head><body>${body}</body></html>`;
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
  // What a top-level partner page may grant its own frames.
  frame.allow = 'clipboard-write';
  frame.src = `${await scriptOrigin()}/test/host-page.html?html=${encodeURIComponent(html)}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame };
}

/** What the partner page's session recorder saw so far. */
export async function recorded(page: PartnerPage): Promise<string[]> {
  const reply = new Promise<string[]>((resolve) => {
    const listen = (event: MessageEvent) => {
      if (event.source !== page.frame.contentWindow) return;
      window.removeEventListener('message', listen);
      resolve((event.data as { record: string[] }).record);
    };
    window.addEventListener('message', listen);
  });
  page.frame.contentWindow!.postMessage('record?', '*');
  return reply;
}

/**
 * The visitor scrolls the partner page so that the checker card's top is `below` px above the
 * viewport; resolves once the page has drawn the scroll.
 */
export async function scrollToCard(page: PartnerPage, below: number): Promise<void> {
  const done = new Promise<void>((resolve) => {
    const listen = (event: MessageEvent) => {
      if (event.source !== page.frame.contentWindow || event.data !== 'scrolled') return;
      window.removeEventListener('message', listen);
      resolve();
    };
    window.addEventListener('message', listen);
  });
  page.frame.contentWindow!.postMessage({ scrollToCard: below }, '*');
  return done;
}

/** What the partner page shows of the checker (test/fixtures/visitor.js). */
interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface Seen {
  open: boolean;
  modal: boolean;
  card: Box;
  frame: Box | null;
  /** The sheet's Close button. */
  close: Box | null;
  viewport: { width: number; height: number };
  scrollY: number;
  focused: string | null;
  /** What the page draws behind the frame (on `look` only). */
  backdrop: Backdrop | null;
}

/** Presses Start or Close on the partner page as the visitor would, or just looks. */
export async function visit(
  page: PartnerPage,
  action: 'start' | 'close' | 'escape' | 'look',
): Promise<Seen> {
  const reply = new Promise<Seen>((resolve) => {
    const listen = (event: MessageEvent) => {
      const data = event.data as { seen?: Seen } | null;
      if (event.source !== page.frame.contentWindow || !data?.seen) return;
      window.removeEventListener('message', listen);
      resolve(data.seen);
    };
    window.addEventListener('message', listen);
  });
  page.frame.contentWindow!.postMessage({ visitor: action }, '*');
  return reply;
}

/**
 * The checker inside its frame on the partner page, once the visitor has pressed Start on the
 * page's checker (when `page` has one) and its first question has been drawn.
 */
export async function framedChecker(page?: PartnerPage): Promise<SymptomChecker> {
  await until(() => (window.checkerFrames?.length ?? 0) > 0, 8000);
  const frameWindow = window.checkerFrames![0];
  // The frame loads while the start card shows: the visitor presses Start once it is ready (its
  // handshake came before its first render), so that a recorder sees the same order every time.
  await until(() => {
    const el = frameWindow.document.querySelector('ispine-symptom-checker');
    return Boolean(el?.shadowRoot?.querySelector('[part="base"]'));
  }, 8000);
  if (page) await visit(page, 'start');
  // After the frame's own first animation frame, which posts `shown`: what the partner page
  // sees next comes from the visitor.
  await new Promise((resolve) => frameWindow.requestAnimationFrame(resolve));
  return frameWindow.document.querySelector('ispine-symptom-checker')!;
}

/** Removes the partner pages. */
export function closePartnerPages(): void {
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
  window.checkerFrames = [];
}

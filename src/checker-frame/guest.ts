import { configure } from '../core/state.js';
import { readFrameSettings } from './settings.js';
import type { FrameMessage } from './settings.js';

/**
 * Runs inside `checker-frame.html` on the script's origin: applies the settings from the fragment
 * to the page's one `<ispine-symptom-checker>` and posts only its height and the content-free
 * start/complete events to the embedding page. The frame accepts no messages at all, so a
 * script on the host page has nothing to fake.
 */
export function runCheckerFrame(): void {
  const checker = document.querySelector('ispine-symptom-checker');
  if (!checker || window.parent === window) return;
  let origin: string | undefined;
  const post = (message: FrameMessage) => {
    if (origin) window.parent.postMessage(message, origin);
  };

  const postHeight = () =>
    post({ ispine: 'height', height: Math.ceil(document.body.getBoundingClientRect().height) });

  const apply = () => {
    const settings = readFrameSettings(location.hash);
    if (!settings) {
      console.error('ispine-widgets: the checker frame was opened without valid settings.');
      return;
    }
    origin = settings.origin;
    configure(settings.config);
    checker.lang = settings.lang;
    checker.theme = settings.theme;
    checker.partner = settings.partner;
    checker.clinic = settings.clinic;
    // CSSOM, not a style attribute: allowed by the frame's strict CSP.
    document.body.style.margin = '0';
    document.body.style.color = settings.color ?? '';
    document.body.style.fontFamily = settings.font ?? '';
    // Browsers pause rendering work, ResizeObserver included, in cross-origin frames out of
    // view: measure once the checker has rendered, so the page sizes the frame right away.
    void checker.updateComplete.then(postHeight);
  };
  apply();
  window.addEventListener('hashchange', apply);

  for (const type of ['ispine-checker-start', 'ispine-checker-complete'] as const) {
    document.addEventListener(type, () => post({ ispine: type }));
  }
  new ResizeObserver(postHeight).observe(document.body);
}

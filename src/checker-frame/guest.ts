/**
 * `dist/checker-frame.js`: runs first inside `checker-frame.html`, on the script's origin, before
 * the widgets script. It turns the settings in the frame's fragment into what the widgets read on
 * any page — a `data-ispine-config` block (validated again by the widgets) and attributes on the
 * `<ispine-symptom-checker>` — and posts only the frame's height and the content-free
 * start/complete events to the embedding page. The frame accepts no messages at all, so a script
 * on the host page has nothing to fake. Kept out of the drop-in: only the frame needs it.
 */
import type { FrameMessage, FrameSettings } from './settings.js';

const checker = document.querySelector('ispine-symptom-checker');

type Settings = Partial<FrameSettings> & Pick<FrameSettings, 'origin'>;

/** The fragment's settings, or undefined when malformed or not from a proper origin. */
function readSettings(): Settings | undefined {
  try {
    const settings = JSON.parse(decodeURIComponent(location.hash.slice(1))) as Settings;
    return settings.origin === new URL(settings.origin).origin ? settings : undefined;
  } catch {
    return undefined;
  }
}

/** A computed colour or font list, never anything that could end a CSS declaration. */
const cssValue = (value: unknown, pattern: RegExp) =>
  typeof value === 'string' && value.length <= 200 && pattern.test(value) ? value : '';

const initial = readSettings();

if (checker && initial && window.parent !== window) {
  const { origin } = initial;
  const post = (message: FrameMessage) => window.parent.postMessage(message, origin);
  const postHeight = () =>
    post({ ispine: 'height', height: Math.ceil(document.body.getBoundingClientRect().height) });

  const block = document.createElement('script');
  block.type = 'application/json';
  block.dataset.ispineConfig = '';
  block.textContent = JSON.stringify(initial.config ?? null);
  document.head.append(block);

  /** The elements validate their own attributes (unknown language → English, bad ids ignored). */
  const apply = (settings: Settings) => {
    for (const name of ['lang', 'theme', 'partner', 'clinic'] as const) {
      const value = settings[name];
      if (typeof value === 'string') checker.setAttribute(name, value);
      else checker.removeAttribute(name);
    }
    // CSSOM, not a style attribute: allowed by the frame's strict CSP.
    document.body.style.margin = '0';
    document.body.style.color = cssValue(settings.color, /^rgba?\([\d.,\s%/]+\)$/);
    document.body.style.fontFamily = cssValue(settings.font, /^[\w\s"',-]+$/);
  };
  apply(initial);

  window.addEventListener('hashchange', () => {
    const settings = readSettings();
    if (!settings || settings.origin !== origin) return;
    // The configuration is read once, when the widgets start: a new one needs a fresh start.
    if (JSON.stringify(settings.config ?? null) !== block.textContent) location.reload();
    else apply(settings);
  });

  for (const type of ['ispine-checker-start', 'ispine-checker-complete'] as const) {
    document.addEventListener(type, () => post({ ispine: type }));
  }
  // Browsers pause rendering work, ResizeObserver included, in cross-origin frames out of view:
  // measure once the checker has rendered too, so the page sizes the frame right away.
  new ResizeObserver(postHeight).observe(document.body);
  void customElements
    .whenDefined('ispine-symptom-checker')
    .then(() => checker.updateComplete)
    .then(postHeight);
} else if (checker) {
  console.error('ispine-widgets: the checker frame was opened without valid settings.');
}

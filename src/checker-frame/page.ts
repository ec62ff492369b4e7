/**
 * `dist/checker-frame.js`: the symptom checker's frame and its own page, served with the hosted
 * files. Framed by a page, it applies that page's settings from the URL fragment (language,
 * theme, colours, text size, clinic, partner) and tells the page only that it is ready, that its
 * first question was drawn, that Escape was pressed, and that a call or booking link was used —
 * the same messages on every answer path. It accepts no messages. Framed or opened directly (the fallback's link, or a race
 * page that allows no scripts), its configuration comes from the clinic's origin only: the
 * built-in one, or a file the clinic publishes under `config/` next to this page, named in the
 * fragment. No page or link can put its own words or phone numbers on the clinic's checker.
 */
import { CallBookButton } from '../call-book-button/call-book-button.js';
import type { AttributionDetail } from '../core/events.js';
import { resolvePartner } from '../core/contact.js';
import { startPage } from '../core/state.js';
import { define } from '../define.js';
import { SymptomChecker } from '../symptom-checker/symptom-checker.js';
import { renderQuestionsInline } from '../symptom-checker/with-questions.js';
import { FRAME_STRINGS } from '../symptom-checker/frame-strings.js';
import { configFile, readFrameSettings } from './protocol.js';
import type { FrameMessage, FrameSettings } from './protocol.js';

type Settings = Partial<FrameSettings>;

const checker = document.querySelector('ispine-symptom-checker');
const root = document.documentElement.style;

/** The embedding page's origin, when framed by one that said who it is. */
function embedderOrigin(settings: Settings): string | undefined {
  const { origin } = settings;
  if (window.parent === window || typeof origin !== 'string' || !URL.canParse(origin)) {
    return undefined;
  }
  return new URL(origin).origin === origin ? origin : undefined;
}

/** A computed style value from the page, never anything that could end a CSS declaration. */
const cssValue = (value: unknown, pattern: RegExp) =>
  typeof value === 'string' && value.length <= 200 && pattern.test(value) ? value : '';

/** The elements validate their own attributes (unknown language → English, bad ids ignored). */
function applyAttributes(settings: Settings): void {
  for (const name of ['lang', 'theme', 'partner', 'clinic'] as const) {
    const value = settings[name];
    if (typeof value === 'string') checker?.setAttribute(name, value);
    else checker?.removeAttribute(name);
  }
}

/** Whether a computed `rgb()` text colour is light: the page behind it is dark. */
function isLight(color: string): boolean {
  const [r = 0, g = 0, b = 0] = color.match(/[\d.]+/g)?.map(Number) ?? [];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 128;
}

/** Matches the embedding page where the checker sits (through CSSOM: the frame's CSP allows it). */
function applyLook(settings: Settings): void {
  root.colorScheme = cssValue(settings.scheme, /^[a-z ]+$/) || 'normal';
  root.color = cssValue(settings.color, /^rgba?\([\d.,\s%/]+\)$/);
  // Light text means a dark page, whatever scheme it declares: the checker takes a dark scheme
  // (its care cards and controls) unless its theme says otherwise. The root keeps the page's
  // scheme, which its frame element has: a different one would paint the frame opaque.
  document.body.style.colorScheme = isLight(root.color) ? 'dark' : '';
  root.fontFamily = cssValue(settings.font, /^[\w\s"',-]+$/);
  root.fontSize = cssValue(settings.fontSize, /^\d+(\.\d+)?px$/);
}

const initial = readFrameSettings(location.hash) ?? {};
const origin = embedderOrigin(initial);
const partner = typeof initial.partner === 'string' ? resolvePartner(initial.partner) : undefined;

startPage(null, {
  partner,
  site: origin ? new URL(origin).hostname : location.hostname,
  configUrl: configFile(initial),
  filesUrl: new URL('.', location.href).href,
});
document.documentElement.lang = initial.lang === 'es' ? 'es' : 'en';
applyAttributes(initial);
root.height = '100%';
document.body.style.margin = '0';

if (origin) {
  applyLook(initial);
  // The card around the frame, on the page, has the title, the border and the margins.
  checker?.setAttribute('heading', '');
  checker?.style.setProperty('--ispine-checker-height', '100vh');
  checker?.toggleAttribute('framed', true);
  const post = (message: FrameMessage) => window.parent.postMessage(message, origin);
  window.addEventListener('hashchange', () => {
    const settings = readFrameSettings(location.hash);
    if (!settings || settings.origin !== origin) return;
    // The configuration is read once, when the widgets start: a new one needs a fresh start.
    if (configFile(settings) !== configFile(initial)) location.reload();
    applyAttributes(settings);
    applyLook(settings);
  });
  // Escape closes the sheet around the frame, which a key pressed in here never reaches.
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.defaultPrevented) post({ ispine: 'close' });
  });
  const relay = (ispine: 'call' | 'book') => (event: CustomEvent<AttributionDetail>) =>
    post({ ispine, clinicId: event.detail.clinicId });
  document.body.addEventListener('ispine-call', relay('call'));
  document.body.addEventListener('ispine-book', relay('book'));
  post({ ispine: 'ready' });
  // Animation frames wait while the browser does not draw this frame (out of view).
  requestAnimationFrame(() => post({ ispine: 'shown' }));
} else {
  // The checker's own page.
  document.title = FRAME_STRINGS[initial.lang === 'es' ? 'es' : 'en'].title;
  document.body.style.cssText =
    'max-width: 40em; margin: 0 auto; padding: 1em; font-family: system-ui, sans-serif;';
  checker?.style.setProperty('--ispine-checker-height', 'calc(100vh - 2em)');
}

renderQuestionsInline();
define('ispine-call-book-button', CallBookButton);
define('ispine-symptom-checker', SymptomChecker);

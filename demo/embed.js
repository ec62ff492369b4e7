// The embed generator: builds the partner snippet from the form and previews it live.
// The base URL, version and integrity hash come from dist/embed.json, written at build time
// (ISPINE_BASE_URL); a build without a public base URL gets instructions, never a snippet that
// names a placeholder host. `?build=<same-origin path>` reads another build's embed.json.
import { copyButton } from './copy.js';

const PARTNER = /^[a-z0-9-]{1,64}$/;

const form = document.querySelector('#options');
const snippetOut = document.querySelector('#snippet');
const noBaseUrl = document.querySelector('#no-base-url');
const snippetParts = document.querySelectorAll('[data-needs-base-url]');
const preview = document.querySelector('#preview');
const copyStatus = document.querySelector('#copy-status');
const partnerError = document.querySelector('#partner-error');
const configWhere = document.querySelector('#config-where');
const configError = document.querySelector('#config-error');

/** This page's build description; `?build=` may name another one on this origin. */
function buildUrl() {
  const asked = new URLSearchParams(location.search).get('build');
  const url = new URL(asked ?? '../dist/embed.json', location.href);
  return url.origin === location.origin ? url : new URL('../dist/embed.json', location.href);
}

const [build, reserveSpace] = await Promise.all([
  fetch(buildUrl()).then((response) => response.json()),
  fetch('../dist/reserve-space.min.css').then((response) => response.text()),
]);

/** The snippet for the chosen options, with the script at `scriptUrl`: at most 5 lines. */
function snippet(options, scriptUrl) {
  const attributes = [
    options.theme !== 'auto' && `theme="${options.theme}"`,
    options.lang && `lang="${options.lang}"`,
  ].filter(Boolean);
  const attrs = attributes.length ? ` ${attributes.join(' ')}` : '';
  // The fallback link's text is the button's label, number unbroken: the reserve CSS then holds
  // the rendered box at every width and text size (two lines on a phone with large text).
  const call = `${options.lang === 'es' ? 'Llamar al' : 'Call'} (763)&nbsp;201&#8209;8191`;
  const elements = {
    'call-book-button': `<ispine-call-book-button${attrs}><a href="tel:+17632018191">${call}</a></ispine-call-book-button>`,
    'symptom-checker': `<ispine-symptom-checker${attrs}></ispine-symptom-checker>`,
    'location-picker': `<ispine-location-picker${attrs}></ispine-location-picker>`,
  };
  const tags = options.widgets.map((widget) => `ispine-${widget}`).join(',');
  const colors =
    options.customColors && tags
      ? `${tags}{--ispine-color-primary:${options.primary};--ispine-color-on-primary:${options.onPrimary}}`
      : '';
  const partner = options.partner ? ` data-partner="${options.partner}"` : '';
  const config = options.config ? ` data-config="${options.config}"` : '';
  return [
    // In an HTML comment: where a CMS strips <style> (WordPress for authors), the CSS stays a
    // comment instead of showing as page text. CSS itself ignores <!-- and --> around its rules.
    `<style><!--${reserveSpace.trim()}${colors}--></style>`,
    `<script src="${scriptUrl}" integrity="${build.integrity}" crossorigin="anonymous"${partner}${config} async></script>`,
    ...options.widgets.map((widget) => elements[widget]),
  ].join('\n');
}

/**
 * The configuration file's address for what was typed: a name (`north-loop-10k`) or the file's
 * address, under the clinic's `<base>config/`, where the hosting kit serves config files with
 * CORS. `undefined` for anything else (nothing: `''`).
 */
function configUrl(typed) {
  if (typed === '') return '';
  const folder = `${build.baseUrl}config/`;
  const name = typed.startsWith(folder) ? typed.slice(folder.length) : typed;
  const match = /^([a-z0-9-]{1,64})(\.json)?$/.exec(name);
  return match ? `${folder}${match[1]}.json` : undefined;
}

function readOptions() {
  const data = new FormData(form);
  const partner = String(data.get('partner') ?? '').trim();
  const partnerValid = partner === '' || PARTNER.test(partner);
  partnerError.hidden = partnerValid;
  const config = configUrl(String(data.get('config') ?? '').trim());
  configError.hidden = config !== undefined;
  // A build with no public address names no folder: it would be this computer's.
  const folder = build.baseUrlIsLocal ? "the clinic's config/ folder" : `${build.baseUrl}config/`;
  const address = build.baseUrlIsLocal ? '' : `, ${folder}<name>.json`;
  configError.textContent = `Use the file's name (lowercase letters, digits and hyphens) or its address${address}.`;
  configWhere.textContent = config
    ? `The widgets will read ${config}.`
    : `Files the clinic publishes sit under ${folder}.`;
  return {
    widgets: data.getAll('widget').map(String),
    partner: partnerValid ? partner : '',
    config: config ?? '',
    theme: String(data.get('theme')),
    lang: String(data.get('lang')),
    customColors: data.get('customColors') === 'on',
    primary: String(data.get('primary')),
    onPrimary: String(data.get('onPrimary')),
  };
}

function render() {
  const options = readOptions();
  // The released, never-changing copy of the drop-in, which the integrity hash pins.
  const published = `${build.baseUrl}ispine-widgets-${build.version}.js`;
  noBaseUrl.hidden = !build.baseUrlIsLocal;
  snippetParts.forEach((part) => (part.hidden = build.baseUrlIsLocal));
  snippetOut.textContent = build.baseUrlIsLocal ? '' : snippet(options, published);
  // The preview runs the described build's copy on this server (the same bytes, so the same
  // hash).
  const local = new URL('ispine-widgets.js', buildUrl()).href;
  preview.srcdoc = `<!doctype html><html lang="en"><body>${snippet(options, local)}</body></html>`;
}

form.addEventListener('input', render);
copyButton(
  document.querySelector('#copy'),
  () => snippetOut.textContent,
  copyStatus,
  () => ({
    copied: 'Snippet copied.',
    copyBlocked: 'Copying is blocked here: select the snippet and copy it by hand.',
  }),
);
render();

// The embed generator: builds the partner snippet from the form and previews it live.
// The version and integrity hash come from dist/embed.json, written at build time.
const CDN = 'https://cdn.example';
const PARTNER = /^[a-z0-9-]{1,64}$/;

const form = document.querySelector('#options');
const snippetOut = document.querySelector('#snippet');
const preview = document.querySelector('#preview');
const copyStatus = document.querySelector('#copy-status');
const partnerError = document.querySelector('#partner-error');
const [build, reserveSpace] = await Promise.all([
  fetch('../dist/embed.json').then((response) => response.json()),
  fetch('../dist/reserve-space.css').then((response) => response.text()),
]);

/** The snippet for the chosen options, with the script at `scriptUrl`. */
function snippet(options, scriptUrl) {
  const attributes = [
    options.theme !== 'auto' && `theme="${options.theme}"`,
    options.lang && `lang="${options.lang}"`,
  ].filter(Boolean);
  const attrs = attributes.length ? ` ${attributes.join(' ')}` : '';
  const elements = {
    'call-book-button': `<ispine-call-book-button${attrs}>\n  <a href="tel:+17632018191">Call iSpine Pain Physicians: (763) 201-8191</a>\n</ispine-call-book-button>`,
    'symptom-checker': `<ispine-symptom-checker${attrs}></ispine-symptom-checker>`,
    'location-picker': `<ispine-location-picker${attrs}></ispine-location-picker>`,
  };
  const tags = options.widgets.map((widget) => `ispine-${widget}`).join(',\n');
  const colors = options.customColors
    ? `\n${tags} {\n  --ispine-color-primary: ${options.primary};\n  --ispine-color-on-primary: ${options.onPrimary};\n}`
    : '';
  const partner = options.partner ? ` data-partner="${options.partner}"` : '';
  return [
    `<style>\n${reserveSpace.trim()}${colors}\n</style>`,
    `<script src="${scriptUrl}" integrity="${build.integrity}" crossorigin="anonymous"${partner} async></script>`,
    ...options.widgets.map((widget) => elements[widget]),
  ].join('\n');
}

function readOptions() {
  const data = new FormData(form);
  const partner = String(data.get('partner') ?? '').trim();
  const partnerValid = partner === '' || PARTNER.test(partner);
  partnerError.hidden = partnerValid;
  return {
    widgets: data.getAll('widget').map(String),
    partner: partnerValid ? partner : '',
    theme: String(data.get('theme')),
    lang: String(data.get('lang')),
    customColors: data.get('customColors') === 'on',
    primary: String(data.get('primary')),
    onPrimary: String(data.get('onPrimary')),
  };
}

function render() {
  const options = readOptions();
  snippetOut.textContent = snippet(
    options,
    `${CDN}/ispine-widgets@${build.version}/dist/ispine-widgets.js`,
  );
  const local = new URL('../dist/ispine-widgets.js', location.href).href;
  preview.srcdoc = `<!doctype html><html lang="en"><body>${snippet(options, local)}</body></html>`;
}

form.addEventListener('input', render);
document.querySelector('#copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippetOut.textContent);
    copyStatus.textContent = 'Snippet copied.';
  } catch {
    copyStatus.textContent = 'Copying is blocked here: select the snippet and copy it by hand.';
  }
});
render();

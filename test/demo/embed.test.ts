import { expect } from '@open-wc/testing';
import { closeHostPages, inWidget, openHostPage } from '../helpers/host-page.js';
import { closePartnerPages, framedChecker } from '../helpers/partner-page.js';
import { until } from '../helpers/script-origin.js';

async function sha384(url: string): Promise<string> {
  const bytes = await (await fetch(url)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

/** This build's embed.json as a build with a public base URL would write it. */
async function publicBuild(): Promise<string> {
  const local = (await (await fetch('/dist/embed.json')).json()) as Record<string, unknown>;
  const build = { ...local, baseUrl: 'https://widgets.example.org/ispine/', baseUrlIsLocal: false };
  // Served as a same-origin URL, as the generator's ?build= requires.
  return `/test/host-page.html?html=${encodeURIComponent(JSON.stringify(build))}`;
}

/** The embed generator, as a partner opens it; resolves with its document once it has rendered. */
async function openGenerator(build?: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.src = `/demo/embed.html${build ? `?build=${encodeURIComponent(build)}` : ''}`;
  document.body.append(frame);
  await until(
    () =>
      (frame.contentDocument?.querySelector<HTMLIFrameElement>('#preview')?.srcdoc ?? '') !== '',
  );
  return frame.contentDocument!;
}

/** Sets the generator's form field `name` as a person typing would. */
function fill(generator: Document, name: string, value: string): void {
  const field = generator.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/** The snippet of a generator built with ISPINE_BASE_URL=https://widgets.example.org/ispine/. */
async function generatorSnippet(): Promise<string> {
  const generator = await openGenerator(await publicBuild());
  return generator.querySelector('#snippet')!.textContent;
}

describe('the embed generator', () => {
  afterEach(closeHostPages);
  afterEach(closePartnerPages);

  it('names the clinic’s configuration file in data-config, under <base>config/', async () => {
    const generator = await openGenerator(await publicBuild());
    const snippet = () => generator.querySelector('#snippet')!.textContent;
    const error = generator.querySelector<HTMLElement>('#config-error')!;
    expect(snippet()).to.not.contain('data-config');
    const file = 'https://widgets.example.org/ispine/config/north-loop-10k.json';
    for (const typed of ['north-loop-10k', 'north-loop-10k.json', file]) {
      fill(generator, 'config', typed);
      expect(snippet()).to.contain(`data-config="${file}"`);
      expect(error.hidden).to.equal(true);
    }
    expect(generator.querySelector('#config-where')!.textContent).to.equal(
      `The widgets will read ${file}.`,
    );
    // Another host's file would be refused by the widgets' CORS rules and the frame: not offered.
    for (const typed of ['https://other.example.com/x.json', 'North Loop']) {
      fill(generator, 'config', typed);
      expect(snippet()).to.not.contain('data-config');
      expect(error.hidden).to.equal(false);
      expect(error.textContent).to.contain('https://widgets.example.org/ispine/config/<name>.json');
    }
  });

  it('previews the real checker, its first question showing, in the srcdoc preview', async function () {
    // Three pages deep (generator, preview, the checker's frame) on a loaded machine.
    this.timeout(30000);
    // The build served from this origin with the frame handing its window to this test.
    const generator = await openGenerator('/test/cdn/probe/dist/embed.json');
    // The partner presses Start in the preview, as a visitor would on the page.
    const preview = generator.querySelector<HTMLIFrameElement>('#preview')!;
    const start = () =>
      preview.contentDocument
        ?.querySelector('ispine-symptom-checker')
        ?.shadowRoot?.querySelector<HTMLElement>('[part="start"]');
    await until(() => !!start());
    start()!.click();
    const checker = await framedChecker();
    await until(() => !!checker.shadowRoot!.querySelector('[part="question"]'));
    expect(checker.shadowRoot!.querySelector('[part="question"]')!.textContent.trim()).to.not.equal(
      '',
    );
  });

  it('built with a base URL, names it with the exact version and the integrity hash', async () => {
    const snippet = await generatorSnippet();
    const { version } = (await (await fetch('/package.json')).json()) as { version: string };
    expect(snippet).to.contain(
      `src="https://widgets.example.org/ispine/ispine-widgets-${version}.js"`,
    );
    expect(snippet).to.contain(`integrity="${await sha384('/dist/ispine-widgets.js')}"`);
    expect(snippet).to.contain('crossorigin="anonymous"');
  });

  it('gives a snippet of at most 10 lines, the reserve CSS on one', async () => {
    const snippet = await generatorSnippet();
    const lines = snippet.split('\n');
    expect(lines.length).to.be.at.most(10);
    const css = await (await fetch('/dist/reserve-space.min.css')).text();
    expect(lines[0]).to.equal(`<style><!--${css.trim()}--></style>`);
  });

  it('built without a base URL, says how to set it and offers nothing to copy', async function () {
    // The case needs such a build, as CI makes; one made with ISPINE_BASE_URL set has a snippet.
    const build = (await (await fetch('/dist/embed.json')).json()) as { baseUrlIsLocal: boolean };
    if (!build.baseUrlIsLocal) this.skip();
    const generator = await openGenerator();
    const notice = generator.querySelector<HTMLElement>('#no-base-url')!;
    expect(notice.hidden).to.equal(false);
    expect(notice.textContent).to.contain('ISPINE_BASE_URL=');
    expect(generator.querySelector('#snippet')!.textContent).to.equal('');
    expect(generator.querySelector<HTMLElement>('#copy')!.hidden).to.equal(true);
    expect(generator.body.textContent).to.not.contain('127.0.0.1');
    // The local preview still runs.
    const preview = generator.querySelector<HTMLIFrameElement>('#preview')!;
    await until(
      () => !!preview.contentDocument?.querySelector('ispine-call-book-button')?.shadowRoot,
    );
  });

  it('gives a snippet that works when pasted into a blank page (integrity checked)', async () => {
    const snippet = await generatorSnippet();
    const local = snippet.replace(/src="[^"]+"/, 'src="/dist/ispine-widgets.js"');
    const page = await openHostPage(local);
    const call = inWidget(page, 'ispine-call-book-button', '[part="call"]');
    expect(call?.getAttribute('href')).to.equal('tel:+17632018191');
    expect(page.document.querySelector('ispine-symptom-checker')!.shadowRoot).to.not.equal(null);
    expect(page.captured.uncaught).to.deep.equal([]);
  });

  it('produces a snippet whose script is refused if the file does not match its hash', async () => {
    const snippet = await generatorSnippet();
    const tampered = snippet
      .replace(/src="[^"]+"/, 'src="/dist/ispine-widgets.js"')
      .replace(/integrity="sha384-[^"]+"/, `integrity="${await sha384('/dist/embed.json')}"`);
    const page = await openHostPage(tampered);
    expect(page.window.customElements.get('ispine-call-book-button')).to.equal(undefined);
  });
});

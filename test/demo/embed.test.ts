import { expect } from '@open-wc/testing';
import { closeHostPages, inWidget, openHostPage } from '../helpers/host-page.js';
import { until } from '../helpers/script-origin.js';

async function sha384(url: string): Promise<string> {
  const bytes = await (await fetch(url)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

/** The embed generator, as a partner opens it; resolves with its snippet once it shows. */
async function generatorSnippet(): Promise<string> {
  const frame = document.createElement('iframe');
  frame.src = '/demo/embed.html';
  document.body.append(frame);
  await until(() => (frame.contentDocument?.querySelector('#snippet')?.textContent ?? '') !== '');
  return frame.contentDocument!.querySelector('#snippet')!.textContent;
}

describe('the embed generator', () => {
  afterEach(closeHostPages);

  it('gives a snippet with an exact-version URL and the integrity hash of the built file', async () => {
    const snippet = await generatorSnippet();
    const { version } = (await (await fetch('/package.json')).json()) as { version: string };
    expect(snippet).to.contain(`/ispine-widgets@${version}/dist/ispine-widgets.js"`);
    expect(snippet).to.contain(`integrity="${await sha384('/dist/ispine-widgets.js')}"`);
    expect(snippet).to.contain('crossorigin="anonymous"');
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

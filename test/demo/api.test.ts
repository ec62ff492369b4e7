import { expect } from '@open-wc/testing';
import { until } from '../helpers/script-origin.js';

const ELEMENTS = ['ispine-call-book-button', 'ispine-location-picker', 'ispine-symptom-checker'];

/** The API page as `npm start` serves it; resolves with its viewer once it has read the manifest. */
async function openApiPage(): Promise<HTMLElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1280px; height: 900px; border: 0';
  frame.src = '/demo/api.html';
  document.body.append(frame);
  await until(() => !!frame.contentDocument?.querySelector('api-viewer')?.shadowRoot);
  const viewer = frame.contentDocument!.querySelector<HTMLElement>('api-viewer')!;
  await until(() => !!viewer.shadowRoot!.querySelector('select'), 8000);
  return viewer;
}

/** Our elements anywhere under `root`, through shadow roots. */
function elementsUnder(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [
    ...(ELEMENTS.includes(el.localName) ? [el] : []),
    ...(el.shadowRoot ? elementsUnder(el.shadowRoot) : []),
  ]);
}

describe('the API page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('lists the three elements and plays one live, all from this machine', async () => {
    const viewer = await openApiPage();
    const select = viewer.shadowRoot!.querySelector('select')!;
    expect([...select.options].map((option) => option.textContent.trim()).sort()).to.deep.equal(
      ELEMENTS,
    );
    // The playground renders the real element, drawn by the widgets' script.
    await until(
      () => elementsUnder(viewer.shadowRoot!).some((el) => el.shadowRoot?.querySelector('[part]')),
      8000,
    );
    // No CDN: every file the page loaded came from this machine.
    const page = viewer.ownerDocument.defaultView!;
    for (const { name } of page.performance.getEntriesByType('resource')) {
      expect(['127.0.0.1', 'localhost'], name).to.include(new URL(name).hostname);
    }
  });
});

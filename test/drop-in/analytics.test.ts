import { expect } from '@open-wc/testing';
import { closeHostPages, inWidget, openHostPage } from '../helpers/host-page.js';
import { scriptOrigin, startCheckerByKeyboard } from '../helpers/script-origin.js';

const DATA_LAYER = '<script src="/test/fixtures/data-layer.js"></script>';
const WIDGETS =
  '<ispine-call-book-button></ispine-call-book-button><ispine-symptom-checker></ispine-symptom-checker>';

type DataLayerWindow = Window & { dataLayer: Record<string, unknown>[] };

/** Calls, then starts the checker in its frame (the page sees only that it was started). */
async function callAndCheck(page: Awaited<ReturnType<typeof openHostPage>>) {
  const call = inWidget(page, 'ispine-call-book-button', '[part="call"]')!;
  call.addEventListener('click', (event) => event.preventDefault());
  call.click();
  let started = false;
  page.document.addEventListener('ispine-checker-start', () => (started = true));
  const checker = page.document.querySelector('ispine-symptom-checker')!;
  await startCheckerByKeyboard(checker, () => started);
}

describe('analytics opt-in (data-analytics="datalayer")', () => {
  afterEach(closeHostPages);

  it('pushes the widgets’ events to window.dataLayer when the loader opts in', async () => {
    const page = await openHostPage(
      `${DATA_LAYER}<script src="${await scriptOrigin()}/dist/ispine-widgets.js" data-partner="twin-cities-running" data-analytics="datalayer"></script>${WIDGETS}`,
    );
    await callAndCheck(page);
    expect((page.window as DataLayerWindow).dataLayer).to.deep.equal([
      { event: 'ispine-call', partner: 'twin-cities-running', clinicId: null },
      { event: 'ispine-checker-start' },
    ]);
  });

  it('pushes nothing without the opt-in, even when the page has a dataLayer', async () => {
    const page = await openHostPage(
      `${DATA_LAYER}<script src="${await scriptOrigin()}/dist/ispine-widgets.js"></script>${WIDGETS}`,
    );
    await callAndCheck(page);
    expect((page.window as DataLayerWindow).dataLayer).to.deep.equal([]);
  });

  it('creates no dataLayer when the page has none', async () => {
    const page = await openHostPage(
      `<script src="${await scriptOrigin()}/dist/ispine-widgets.js" data-analytics="datalayer"></script>${WIDGETS}`,
    );
    await callAndCheck(page);
    expect('dataLayer' in page.window).to.equal(false);
  });
});

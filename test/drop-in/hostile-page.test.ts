import { expect } from '@open-wc/testing';
import { closeHostPages, openHostPage } from '../helpers/host-page.js';
import type { HostPage } from '../helpers/host-page.js';
import { crossOriginLoader, until } from '../helpers/script-origin.js';

/** The checker with the no-script fallback a partner pastes inside it. */
const CHECKER =
  '<ispine-symptom-checker><a id="fallback" href="tel:+17632018191">Call (763) 201-8191</a></ispine-symptom-checker>';

const frameOf = (page: HostPage) =>
  page.document.querySelector('ispine-symptom-checker')?.shadowRoot?.querySelector('iframe');

/** The page gave the widgets no chance: one console error, no uncaught exception, the fallback. */
function expectFallback(page: HostPage, cause: string) {
  expect(page.captured.uncaught).to.deep.equal([]);
  expect(page.captured.errors).to.have.length(1);
  expect(page.captured.errors[0]).to.contain(cause);
  expect(page.document.querySelector('#fallback')!.getClientRects().length).to.be.above(0);
}

describe('a page that gets in the widgets’ way', () => {
  afterEach(closeHostPages);

  it('defines the widgets although an element has the id ISpineWidgets', async () => {
    const page = await openHostPage(
      `<div id="ISpineWidgets"></div>${await crossOriginLoader()}${CHECKER}`,
    );
    expect(page.window.customElements.get('ispine-symptom-checker')).to.not.equal(undefined);
    expect(page.captured.warnings.join('\n')).to.not.contain('loaded twice');
    expect(page.window.ISpineWidgets?.version).to.match(/^\d+\.\d+\.\d+/);
  });

  it('reads data-partner although an image is named currentScript', async () => {
    const page = await openHostPage(
      `<img name="currentScript" alt="">${await crossOriginLoader('data-partner="twin-cities-running"')}<ispine-call-book-button action="call"></ispine-call-book-button>`,
    );
    const seen: unknown[] = [];
    page.document.addEventListener('ispine-call', (event) => seen.push(event.detail));
    const button = page.document.querySelector('ispine-call-book-button')!;
    await until(() => button.shadowRoot?.querySelector('[part="call"]') != null);
    const call = button.shadowRoot!.querySelector<HTMLAnchorElement>('[part="call"]')!;
    call.addEventListener('click', (event) => event.preventDefault());
    call.click();
    expect(seen).to.deep.equal([{ partner: 'twin-cities-running', clinicId: null }]);
    expect(page.captured.warnings.join('\n')).to.not.contain('cannot be found');
  });

  it('keeps the fallback when the page breaks customElements.define', async () => {
    const page = await openHostPage(
      `<script>customElements.define = () => { throw new Error('registry closed'); };</script>${await crossOriginLoader()}${CHECKER}<ispine-call-book-button></ispine-call-book-button>`,
    );
    expectFallback(page, 'registry closed');
  });

  it('keeps the fallback when the page’s Trusted Types policies leave out lit-html', async () => {
    const page = await openHostPage(
      `${await crossOriginLoader()}${CHECKER}`,
      `<meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types page-policy">`,
    );
    // Only engines that enforce Trusted Types stop the widgets; the others run them.
    if (!('trustedTypes' in page.window)) {
      expect(page.captured.uncaught).to.deep.equal([]);
      return;
    }
    expectFallback(page, 'lit-html');
  });

  it('still opens the checker’s frame without IntersectionObserver or a working JSON.stringify', async () => {
    const page = await openHostPage(
      `<script>delete window.IntersectionObserver; JSON.stringify = () => { throw new Error('no JSON'); };</script>${await crossOriginLoader()}${CHECKER}`,
    );
    await until(() => frameOf(page) != null, 8000);
    const shadow = page.document.querySelector('ispine-symptom-checker')!.shadowRoot!;
    shadow.querySelector<HTMLElement>('[part="start"]')!.click();
    await until(() => shadow.querySelector('.loading') === null, 8000);
    expect(shadow.querySelector('[part="fallback-box"]')).to.equal(null);
    expect(page.captured.uncaught).to.deep.equal([]);
    expect(page.captured.errors).to.deep.equal([]);
  });
});

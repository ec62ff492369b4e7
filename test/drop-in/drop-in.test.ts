import { expect } from '@open-wc/testing';
import { closeHostPages, inWidget, LOADER, openHostPage, settle } from '../helpers/host-page.js';
import { until } from '../helpers/script-origin.js';
import type { HostPage } from '../helpers/host-page.js';

const BUTTON = '<ispine-call-book-button></ispine-call-book-button>';
const callLink = (page: HostPage) =>
  inWidget(page, 'ispine-call-book-button', '[part="call"]') as HTMLAnchorElement | null;
const bookLink = (page: HostPage) =>
  inWidget(page, 'ispine-call-book-button', '[part="book"]') as HTMLAnchorElement | null;

const PARTNER_BLOCK = `<script type="application/json" data-ispine-config>${JSON.stringify({
  organization: 'iSpine Pain Physicians',
  phone: '+17632018191',
  bookingUrl: 'https://book.example.org/ispine',
  clinics: [
    { id: 'sartell', name: 'Sartell', city: 'Sartell', state: 'MN', lat: 45.62, lng: -94.21 },
  ],
  partners: { 'twin-cities-running': { phone: '+16125550199' } },
})}</script>`;

function expectQuiet(page: HostPage) {
  expect(page.captured.uncaught, 'uncaught errors').to.deep.equal([]);
  expect(page.captured.errors, 'console errors').to.deep.equal([]);
}

describe('the drop-in script', () => {
  afterEach(closeHostPages);

  it('turns a bare <ispine-call-book-button> into a call link to the main line', async () => {
    const page = await openHostPage(`${LOADER}${BUTTON}`);
    expect(callLink(page)!.getAttribute('href')).to.equal('tel:+17632018191');
    expect(callLink(page)!.textContent).to.contain('(763)\u00a0201\u20118191');
    expect(page.window.ISpineWidgets?.version).to.match(/^\d+\.\d+\.\d+$/);
    expectQuiet(page);
  });

  it('defines all three elements', async () => {
    const page = await openHostPage(LOADER);
    for (const tag of [
      'ispine-call-book-button',
      'ispine-location-picker',
      'ispine-symptom-checker',
    ]) {
      expect(page.window.customElements.get(tag), tag).to.not.equal(undefined);
    }
  });

  for (const [story, markup] of [
    [
      'async, before the elements',
      `<script src="/dist/ispine-widgets.js" async></script>${BUTTON}`,
    ],
    [
      'defer, before the elements',
      `<script src="/dist/ispine-widgets.js" defer></script>${BUTTON}`,
    ],
    ['after the elements', `${BUTTON}${LOADER}`],
  ]) {
    it(`works when loaded ${story}`, async () => {
      const page = await openHostPage(markup);
      expect(callLink(page)!.getAttribute('href')).to.equal('tel:+17632018191');
      expectQuiet(page);
    });
  }

  it('renders buttons added to the page long after load', async () => {
    const page = await openHostPage(LOADER);
    page.document.body.insertAdjacentHTML('beforeend', BUTTON);
    await page.document.querySelector('ispine-call-book-button')!.updateComplete;
    expect(callLink(page)!.getAttribute('href')).to.equal('tel:+17632018191');
  });

  it('shows the light-DOM fallback until the script runs', async () => {
    const page = await openHostPage(
      '<ispine-call-book-button><a href="tel:+17632018191">Call (763) 201-8191</a></ispine-call-book-button>',
    );
    const fallback = page.document.querySelector('a')!;
    expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  describe('loaded twice', () => {
    it('keeps the first copy and warns once when the same script is included twice', async () => {
      const page = await openHostPage(`${LOADER}${LOADER}${BUTTON}`);
      expect(page.captured.warnings).to.have.length(1);
      expect(page.captured.warnings[0]).to.contain('twice');
      expect(callLink(page)!.getAttribute('href')).to.equal('tel:+17632018191');
      expectQuiet(page);
    });

    it('names both versions when another version already runs, and never throws', async () => {
      const page = await openHostPage(
        `<script src="/test/fixtures/other-copy.js"></script>${LOADER}${BUTTON}`,
      );
      expect(page.captured.warnings).to.have.length(1);
      expect(page.captured.warnings[0]).to.contain('version 0.0.9 is running');
      expect(page.captured.warnings[0]).to.match(/this copy, version \d+\.\d+\.\d+/);
      expect(page.window.ISpineWidgets?.version).to.equal('0.0.9');
      expectQuiet(page);
    });
  });

  describe("on a partner's page", () => {
    const partnerPage = () =>
      openHostPage(
        `${PARTNER_BLOCK}<script src="/dist/ispine-widgets.js" data-partner="twin-cities-running"></script>${BUTTON}`,
      );

    it("shows the partner's tracking number and attributes bookings to the partner", async () => {
      const page = await partnerPage();
      expect(callLink(page)!.getAttribute('href')).to.equal('tel:+16125550199');
      const book = bookLink(page)!;
      expect(book.target).to.equal('_blank');
      expect(book.rel).to.equal('noopener');
      expect(book.href).to.contain('utm_source=twin-cities-running&utm_medium=widget');
      expectQuiet(page);
    });

    it('fires ispine-call and ispine-book with { partner, clinicId } on clicks', async () => {
      const page = await partnerPage();
      const seen: unknown[] = [];
      for (const type of ['ispine-call', 'ispine-book']) {
        page.document.addEventListener(type, (event) => {
          seen.push([type, (event as CustomEvent).detail]);
          event.preventDefault();
        });
      }
      page.document.addEventListener('click', (event) => event.preventDefault());
      callLink(page)!.click();
      bookLink(page)!.click();
      expect(seen).to.deep.equal([
        ['ispine-call', { partner: 'twin-cities-running', clinicId: null }],
        ['ispine-book', { partner: 'twin-cities-running', clinicId: null }],
      ]);
    });

    it('loads the configuration from data-config on the same origin', async () => {
      const page = await openHostPage(
        `<script src="/dist/ispine-widgets.js" data-config="/test/fixtures/partner-config.json" data-partner="lakes-marathon"></script>${BUTTON}`,
      );
      expect(callLink(page)!.getAttribute('href')).to.equal('tel:+16125550123');
      expectQuiet(page);
    });
  });

  describe('invalid configuration', () => {
    const cases: [string, string, string][] = [
      [
        'a block that is not JSON',
        '<script type="application/json" data-ispine-config>{ "phone": </script>',
        'not valid JSON',
      ],
      [
        'a javascript: booking URL',
        `<script type="application/json" data-ispine-config>${PARTNER_BLOCK.replace(/.*data-ispine-config>|<\/script>/g, '').replace('https://book.example.org/ispine', 'javascript:alert(1)')}</script>`,
        'config.bookingUrl must be an absolute https:// URL',
      ],
      ['a config URL on another origin', '', "must be on this page's origin"],
      ['a config URL that does not exist', '', 'HTTP 404'],
    ];
    for (const [story, block, message] of cases) {
      it(`reports ${story} once, then uses the default`, async () => {
        const configUrl = story.includes('another origin')
          ? 'https://config.example.net/clinic.json'
          : '/test/fixtures/missing.json';
        const loader = block
          ? LOADER
          : `<script src="/dist/ispine-widgets.js" data-config="${configUrl}"></script>`;
        const page = await openHostPage(`${block}${loader}${BUTTON}`);
        // A page's own configuration waits for its file and the validator beside the script:
        // on a busy machine that can take longer than openHostPage's settling.
        await until(() => page.captured.errors.length > 0);
        await settle(page.window);
        expect(page.captured.errors).to.have.length(1);
        expect(page.captured.errors[0]).to.contain(message);
        expect(page.captured.uncaught).to.deep.equal([]);
        expect(callLink(page)!.getAttribute('href')).to.equal('tel:+17632018191');
        expect(bookLink(page)).to.equal(null);
      });
    }

    it('shows HTML in a configured name as text', async () => {
      const block = PARTNER_BLOCK.replace(
        '"iSpine Pain Physicians"',
        '"<img src=x onerror=alert(1)> Spine"',
      );
      const page = await openHostPage(`${block}${LOADER}${BUTTON}`);
      // The name is in the link's accessible name (its aria-label), as text.
      expect(callLink(page)!.getAttribute('aria-label')).to.contain(
        '<img src=x onerror=alert(1)> Spine',
      );
      expect(callLink(page)!.querySelector('img')).to.equal(null);
    });
  });
});

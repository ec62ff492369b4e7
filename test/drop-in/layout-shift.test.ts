import { expect } from '@open-wc/testing';
import { closeHostPages, openHostPage } from '../helpers/host-page.js';
import { until } from '../helpers/script-origin.js';

interface ShiftWindow {
  layoutShifts: number[];
  positionsBefore: number[];
}

/** A partner page with the snippet the README gives; the script arrives 800 ms late. */
async function partnerPage(
  width: number,
  loader = '<script src="/dist/ispine-widgets.js?delay=800" async></script>',
) {
  const css = await (await fetch('/dist/reserve-space.css')).text();
  return openHostPage(
    `<script src="/test/fixtures/layout-shift.js"></script>
    ${loader}
    <style>${css} body { margin: 0; font: 16px/1.5 sans-serif; }</style>
    <header style="display: flex; gap: 1rem; align-items: center">
      <strong>Northside Stride</strong>
      <ispine-call-book-button action="call"><a href="tel:+17632018191">Call (763) 201-8191</a></ispine-call-book-button>
      <span class="sentinel">Shoes</span>
    </header>
    <p class="sentinel">Running with back pain? Our friends at iSpine Pain Physicians can help.</p>
    <ispine-symptom-checker></ispine-symptom-checker>
    <p class="sentinel">Find the nearest clinic:</p>
    <ispine-location-picker></ispine-location-picker>
    <p class="sentinel">Thanks for running with us.</p>`,
    '',
    width,
  );
}

describe('no layout shift when the script arrives late', () => {
  afterEach(closeHostPages);

  for (const width of [412, 800]) {
    it(`keeps the page still at ${width} px wide (CLS < 0.01)`, async () => {
      const page = await partnerPage(width);
      const picker = page.document.querySelector('ispine-location-picker')!;
      await until(() => picker.shadowRoot?.querySelector('[part="list"]') != null, 8000);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const shift = page.window as unknown as ShiftWindow;
      const cls = shift.layoutShifts.reduce((sum, value) => sum + value, 0);
      expect(cls, 'cumulative layout shift').to.be.below(0.01);
      const after = [...page.document.querySelectorAll('.sentinel')].map(
        (node) => node.getBoundingClientRect().top,
      );
      expect(after, 'content around the widgets did not move').to.deep.equal(shift.positionsBefore);
    });
  }

  it('shows the light-DOM call link, styled as a 48 px button, while the script is not there', async () => {
    const page = await partnerPage(412, '');
    const fallback = page.document.querySelector<HTMLAnchorElement>('ispine-call-book-button > a')!;
    expect(fallback.getAttribute('href')).to.equal('tel:+17632018191');
    expect(fallback.getBoundingClientRect().height).to.be.at.least(44);
    expect(page.document.querySelector('ispine-call-book-button')!.matches(':defined')).to.equal(
      false,
    );
  });
});

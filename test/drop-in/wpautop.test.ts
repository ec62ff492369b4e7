import { expect } from '@open-wc/testing';
import { closeHostPages, LOADER, openHostPage } from '../helpers/host-page.js';
import { until } from '../helpers/script-origin.js';

/** The generator's fallback link: the button's label, the number unbroken. */
const CALL = '<a href="tel:+17632018191">Call (763)&nbsp;201&#8209;8191</a>';

/** The snippet's three elements, one per line, as a partner pastes them. */
const PASTED = `<ispine-call-book-button>${CALL}</ispine-call-book-button>
<ispine-symptom-checker></ispine-symptom-checker>
<ispine-location-picker></ispine-location-picker>`;

/**
 * The same lines after WordPress's wpautop (classic content, the Shortcode block): it knows no
 * custom element as a block, so the lines become one paragraph with a line break after each.
 */
const AUTOP = `<p><ispine-call-book-button>${CALL}</ispine-call-book-button><br />
<ispine-symptom-checker></ispine-symptom-checker><br />
<ispine-location-picker></ispine-location-picker></p>`;

/** The gaps between the three widgets' boxes on a page with `body`, the reserve CSS and the script. */
async function gaps(body: string, width: number) {
  const css = await (await fetch('/dist/reserve-space.css')).text();
  const page = await openHostPage(
    `<style>${css} body { margin: 8px; font: 16px/1.5 sans-serif }</style>${body}${LOADER}`,
    '',
    width,
  );
  const box = (tag: string) => page.document.querySelector(tag)!.getBoundingClientRect();
  await until(() =>
    ['ispine-call-book-button', 'ispine-symptom-checker', 'ispine-location-picker'].every((tag) =>
      page.document.querySelector(tag)!.matches(':defined'),
    ),
  );
  const [button, checker, picker] = [
    box('ispine-call-book-button'),
    box('ispine-symptom-checker'),
    box('ispine-location-picker'),
  ];
  return {
    buttonToChecker: checker.top - button.bottom,
    checkerToPicker: picker.top - checker.bottom,
  };
}

describe('the snippet after WordPress adds paragraphs and line breaks (wpautop)', () => {
  afterEach(closeHostPages);

  for (const width of [390, 1280]) {
    it(`keeps the same gaps between the widgets at ${width} px`, async () => {
      const pasted = await gaps(PASTED, width);
      const autop = await gaps(AUTOP, width);
      expect(autop.buttonToChecker).to.be.closeTo(pasted.buttonToChecker, 4);
      expect(autop.checkerToPicker).to.be.closeTo(pasted.checkerToPicker, 4);
    });
  }
});

import { expect } from '@open-wc/testing';
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import { closeHostPages, inWidget, LOADER, openHostPage, settle } from '../helpers/host-page.js';

/** A Spanish partner page whose configuration rewords some strings. */
function page(strings: object) {
  const config = { ...DEFAULT_CONFIG, bookingUrl: 'https://book.example.org/ispine', strings };
  return openHostPage(
    `<script type="application/json" data-ispine-config>${JSON.stringify(config)}</script>
    ${LOADER}
    <ispine-call-book-button></ispine-call-book-button>
    <ispine-symptom-checker></ispine-symptom-checker>
    <ispine-location-picker></ispine-location-picker>`,
  ).then(async (opened) => {
    opened.document.documentElement.lang = 'es';
    await settle(opened.window);
    return opened;
  });
}

describe('the clinic’s own wording in the configuration', () => {
  afterEach(closeHostPages);

  it('changes what the Spanish widgets show, and only in Spanish', async () => {
    const opened = await page({
      es: {
        'call-book-button.book': 'Reservar una cita',
        'symptom-checker.title': '¿Le duele la espalda al correr?',
        'location-picker.heading': 'Nuestras clínicas',
      },
    });
    const book = inWidget(opened, 'ispine-call-book-button', '[part="book"]')!;
    expect(book.textContent).to.contain('Reservar una cita');
    expect(inWidget(opened, 'ispine-symptom-checker', '[part="heading"]')!.textContent).to.equal(
      '¿Le duele la espalda al correr?',
    );
    expect(inWidget(opened, 'ispine-location-picker', '[part="heading"]')!.textContent).to.contain(
      'Nuestras clínicas',
    );
    opened.document.documentElement.lang = 'en';
    await settle(opened.window);
    expect(inWidget(opened, 'ispine-call-book-button', '[part="book"]')!.textContent).to.contain(
      'Book online',
    );
    expect(opened.captured.errors).to.deep.equal([]);
  });

  it('reports a misspelt key like any configuration error, and uses the built-in configuration', async () => {
    const opened = await page({ es: { 'call-book-button.bok': 'Reservar una cita' } });
    expect(opened.captured.errors).to.have.length(1);
    expect(opened.captured.errors[0]).to.contain('strings.es["call-book-button.bok"]');
    // The built-in configuration has no booking page: the button calls.
    expect(inWidget(opened, 'ispine-call-book-button', '[part="book"]')).to.equal(null);
    expect(inWidget(opened, 'ispine-call-book-button', '[part="call"]')!.textContent).to.contain(
      'Llamar',
    );
  });
});

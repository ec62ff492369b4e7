import { expect, fixture, html } from '@open-wc/testing';
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import { configure } from '../../src/core/state.js';
import { WidgetElement } from '../../src/core/widget-element.js';

/** A widget with a bug: rendering throws once `broken` is set. */
class FlakyWidget extends WidgetElement {
  static override properties = { broken: { type: Boolean } };
  broken = false;

  protected override renderWidget() {
    if (this.broken) throw new Error('internal bug');
    return html`<p>working</p>`;
  }
}
customElements.define('test-flaky-widget', FlakyWidget);

describe('WidgetElement', () => {
  let errors: unknown[][];
  const { error } = console;

  beforeEach(() => {
    configure({ ...DEFAULT_CONFIG, partners: { 'lakes-marathon': { phone: '+16125550123' } } });
    errors = [];
    console.error = (...args: unknown[]) => errors.push(args);
  });
  afterEach(() => {
    console.error = error;
  });

  it('replaces a widget that fails to render with a working call link, reported once', async () => {
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.message);
    window.addEventListener('error', onError);
    const el = await fixture<FlakyWidget>(
      html`<test-flaky-widget partner="lakes-marathon"></test-flaky-widget>`,
    );
    expect(el.shadowRoot!.textContent).to.contain('working');

    el.broken = true;
    await el.updateComplete;
    el.lang = 'es';
    await el.updateComplete;
    window.removeEventListener('error', onError);

    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="fallback"]')!;
    expect(link.getAttribute('href')).to.equal('tel:+16125550123');
    expect(link.textContent).to.contain('Llamar al (612)\u00a0555\u20110123');
    expect(errors).to.have.length(1);
    expect(String(errors[0][0])).to.contain('<test-flaky-widget> failed');
    expect(uncaught).to.deep.equal([]);
  });

  it('renders its own content, not the light-DOM fallback, once the configuration is known', async () => {
    const el = await fixture<FlakyWidget>(
      html`<test-flaky-widget><a href="tel:+17632018191">Call</a></test-flaky-widget>`,
    );
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('working');
  });
});

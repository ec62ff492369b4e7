import { expect } from '@open-wc/testing';
import {
  closeHostPages,
  expectClean,
  inWidget,
  LOADER,
  openHostPage,
} from '../helpers/host-page.js';
import type { HostPage } from '../helpers/host-page.js';
import { crossOriginLoader, scriptOrigin, until } from '../helpers/script-origin.js';

// The drop-in carries no configuration validator: it imports ispine-config.js beside itself only
// when the page brings its own configuration (src/config/validator-loader.script.ts).

const BUTTON =
  '<ispine-call-book-button><a href="tel:+17632018191">Call (763) 201-8191</a></ispine-call-book-button>';
const PARTNER_PHONE = 'tel:+16125550199';
const CONFIG = {
  organization: 'iSpine Pain Physicians',
  phone: '+17632018191',
  clinics: [
    { id: 'sartell', name: 'Sartell', city: 'Sartell', state: 'MN', lat: 45.62, lng: -94.21 },
  ],
  partners: { 'twin-cities-running': { phone: '+16125550199' } },
};
const block = (config: unknown) =>
  `<script type="application/json" data-ispine-config>${JSON.stringify(config)}</script>`;
const PARTNER_LOADER =
  '<script src="/dist/ispine-widgets.js" data-partner="twin-cities-running"></script>';
const STRICT_CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'">`;
/** Run by the page right after the drop-in: whether the button was defined at once. */
const DEFINED_AT_ONCE =
  "<script>window.definedAtOnce = !!customElements.get('ispine-call-book-button')</script>";

/** Every request the page made for the validator, as URLs. */
const validatorRequests = (page: HostPage) =>
  page.window.performance
    .getEntriesByType('resource')
    .map(({ name }) => new URL(name))
    .filter(({ pathname }) => pathname.endsWith('/ispine-config.js'))
    .map(({ href }) => href);

const callHref = (page: HostPage) =>
  inWidget(page, 'ispine-call-book-button', '[part="call"]')?.getAttribute('href');

describe('the configuration validator, loaded only for a page’s own configuration', () => {
  afterEach(closeHostPages);

  it('is not requested by a page without its own configuration, whose widgets are defined at once', async () => {
    const page = await openHostPage(`${LOADER}${DEFINED_AT_ONCE}${BUTTON}`);
    expect((page.window as unknown as { definedAtOnce: boolean }).definedAtOnce).to.equal(true);
    expect(callHref(page)).to.equal('tel:+17632018191');
    expect(validatorRequests(page)).to.deep.equal([]);
    expectClean(page);
  });

  it('checks a block with ispine-config.js from beside the script, once, under a strict CSP with Trusted Types', async () => {
    const page = await openHostPage(`${block(CONFIG)}${PARTNER_LOADER}${BUTTON}`, STRICT_CSP);
    await until(() => callHref(page) === PARTNER_PHONE);
    expect(validatorRequests(page)).to.deep.equal([
      new URL('/dist/ispine-config.js', location.href).href,
    ]);
    expectClean(page);
  });

  it('is imported from the script’s folder when the script’s address has a query and a hash', async () => {
    const page = await openHostPage(
      `${block(CONFIG)}<script src="/dist/ispine-widgets.js?delay=10#v1" data-partner="twin-cities-running"></script>${BUTTON}`,
    );
    await until(() => callHref(page) === PARTNER_PHONE);
    expect(validatorRequests(page)).to.deep.equal([
      new URL('/dist/ispine-config.js', location.href).href,
    ]);
    expectClean(page);
  });

  it('leaves the elements undefined, their fallback drawn by the reserve CSS, until the block is checked', async () => {
    const page = await openHostPage(`${block(CONFIG)}${PARTNER_LOADER}${DEFINED_AT_ONCE}${BUTTON}`);
    expect((page.window as unknown as { definedAtOnce: boolean }).definedAtOnce).to.equal(false);
    await until(() => callHref(page) === PARTNER_PHONE);
    expectClean(page);
  });

  it('reports a bad block once, naming the field, and uses the default', async () => {
    const bad = { ...CONFIG, clinics: [{ ...CONFIG.clinics[0], phone: '763-201-8191' }] };
    const page = await openHostPage(`${block(bad)}${PARTNER_LOADER}${BUTTON}`);
    await until(() => callHref(page) != null);
    expect(page.captured.errors).to.have.length(1);
    expect(page.captured.errors[0]).to.contain(
      'data-ispine-config block: config.clinics[0].phone must be an E.164 phone number',
    );
    expect(callHref(page)).to.equal('tel:+17632018191');
    expect(page.captured.uncaught).to.deep.equal([]);
  });

  it('reports a block that is not JSON without loading the validator', async () => {
    const page = await openHostPage(
      `<script type="application/json" data-ispine-config>{ "phone": </script>${LOADER}${BUTTON}`,
    );
    expect(page.captured.errors).to.have.length(1);
    expect(page.captured.errors[0]).to.contain('not valid JSON');
    expect(callHref(page)).to.equal('tel:+17632018191');
    expect(validatorRequests(page)).to.deep.equal([]);
  });

  it('applies a block parsed after the script, once the document is parsed', async () => {
    const page = await openHostPage(`${PARTNER_LOADER}${BUTTON}${block(CONFIG)}`);
    await until(() => callHref(page) === PARTNER_PHONE);
    expect(validatorRequests(page)).to.have.length(1);
    expectClean(page);
  });

  it('loads the validator beside the script while a data-config file loads', async () => {
    const page = await openHostPage(
      `<script src="/dist/ispine-widgets.js" data-config="/test/fixtures/partner-config.json" data-partner="lakes-marathon"></script>${BUTTON}`,
    );
    await until(() => callHref(page) === 'tel:+16125550123');
    expect(validatorRequests(page)).to.have.length(1);
    expectClean(page);
  });

  it('uses the default, with one error naming the file, when the validator cannot be loaded', async () => {
    const page = await openHostPage(
      `${block(CONFIG)}<script src="/test/cdn/missing/dist/ispine-widgets.js" data-partner="twin-cities-running"></script>${BUTTON}`,
    );
    await until(() => callHref(page) != null);
    expect(callHref(page)).to.equal('tel:+17632018191');
    expect(page.captured.errors).to.have.length(1);
    expect(page.captured.errors[0]).to.contain('ispine-config.js did not load');
    expect(page.captured.uncaught).to.deep.equal([]);
  });

  it('comes from the script’s origin on a partner page whose CSP allows that host only', async () => {
    const origin = await scriptOrigin();
    const page = await openHostPage(
      `${block(CONFIG)}${await crossOriginLoader('data-partner="twin-cities-running"')}${BUTTON}`,
      `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' ${origin}; connect-src 'self' ${origin}; style-src 'self'; require-trusted-types-for 'script'">`,
    );
    await until(() => callHref(page) === PARTNER_PHONE);
    expect(validatorRequests(page)).to.deep.equal([`${origin}/dist/ispine-config.js`]);
    const requested = page.window.performance
      .getEntriesByType('resource')
      .map(({ name }) => new URL(name).origin);
    expect(requested.filter((at) => at !== page.window.origin && at !== origin)).to.deep.equal([]);
    expectClean(page);
  });
});

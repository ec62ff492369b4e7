import { expect } from '@open-wc/testing';
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import { fetchConfig } from '../../src/config/load.js';
import { closeHostPages, inWidget, openHostPage } from '../helpers/host-page.js';
import { scriptOrigin } from '../helpers/script-origin.js';

/** Runs `action` with console.error recorded; resolves with its result and the errors. */
async function withErrors<T>(action: () => Promise<T>): Promise<{ result: T; errors: string[] }> {
  const errors: string[] = [];
  const { error } = console;
  console.error = (...args: unknown[]) => errors.push(args.join(' '));
  try {
    return { result: await action(), errors };
  } finally {
    console.error = error;
  }
}

describe('loading the configuration from data-config', () => {
  afterEach(closeHostPages);

  it('refuses a same-origin URL that redirects to a third origin, never contacting it', async () => {
    // localhost and 127.0.0.1 are two origins of the same test server, which records the token.
    const token = `config-${Math.random()}`;
    const third = `http://127.0.0.1:${location.port}/test/fixtures/partner-config.json?seen=${token}`;
    const { result, errors } = await withErrors(() =>
      fetchConfig(`/test/redirect?to=${encodeURIComponent(third)}`, `${location.origin}/dist/`),
    );
    expect(result).to.equal(DEFAULT_CONFIG);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('redirects are not followed');
    expect(await (await fetch('/test/seen.json')).json()).to.not.include(token);
  });

  it('refuses a configuration on any host but the page’s and the script’s', async () => {
    const { result, errors } = await withErrors(() =>
      fetchConfig('https://third-party.example/clinic.json', `${location.origin}/dist/`),
    );
    expect(result).to.equal(DEFAULT_CONFIG);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('not https://third-party.example');
  });

  it('gives up on a stalled server and uses the default, with one clear error', async () => {
    const started = Date.now();
    const { result, errors } = await withErrors(() =>
      fetchConfig('/test/fixtures/partner-config.json?delay=4000', `${location.origin}/dist/`, 300),
    );
    expect(Date.now() - started).to.be.below(2500);
    expect(result).to.equal(DEFAULT_CONFIG);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('did not arrive within 0.3 s');
  });

  it('still loads a configuration that arrives in time', async () => {
    const { result, errors } = await withErrors(() =>
      fetchConfig('/test/fixtures/partner-config.json', `${location.origin}/dist/`),
    );
    expect(errors).to.deep.equal([]);
    expect(result.partners?.['lakes-marathon']?.phone).to.equal('+16125550123');
  });
});

describe('a configuration file the clinic publishes under <base>config/', () => {
  it('reaches a page on another origin when the host serves it with CORS, as the hosting kit does', async () => {
    const files = `${await scriptOrigin()}/test/cdn/probe/dist/`;
    const { result, errors } = await withErrors(() =>
      fetchConfig(`${files}config/partner-config.json`, files),
    );
    expect(errors).to.deep.equal([]);
    expect(result.partners?.['lakes-marathon']?.phone).to.equal('+16125550123');
  });

  it('names CORS and the hosting kit when the host serves it without CORS', async () => {
    const files = `${await scriptOrigin()}/test/cdn/no-cors/dist/`;
    const { result, errors } = await withErrors(() =>
      fetchConfig(`${files}config/partner-config.json`, files),
    );
    expect(result).to.equal(DEFAULT_CONFIG);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('without CORS').and.to.contain('hosting kit');
  });
});

describe('a host page that pollutes Object.prototype', () => {
  afterEach(closeHostPages);

  const POLLUTE = `<script>
    Object.prototype.phone = '+15555550100';
    Object.prototype.bookingUrl = 'javascript:alert(1)';
  </script>`;
  const BUTTON = '<ispine-call-book-button clinic="sartell"></ispine-call-book-button>';

  it('changes no number and renders no javascript: link (embedded default)', async () => {
    const page = await openHostPage(
      `<script src="/dist/ispine-widgets.js"></script>${BUTTON}`,
      POLLUTE,
    );
    const call = inWidget(page, 'ispine-call-book-button', '[part="call"]');
    expect(call?.getAttribute('href')).to.equal('tel:+17632018191');
    expect(inWidget(page, 'ispine-call-book-button', '[part="book"]')).to.equal(null);
    expect(page.captured.uncaught).to.deep.equal([]);
  });

  it('changes no number and renders no javascript: link (page configuration)', async () => {
    const config = JSON.stringify({
      organization: 'iSpine Pain Physicians',
      phone: '+17632018191',
      clinics: [
        { id: 'sartell', name: 'Sartell', city: 'Sartell', state: 'MN', lat: 45.62, lng: -94.21 },
      ],
      partners: { 'lakes-marathon': {} },
    });
    const page = await openHostPage(
      `<script type="application/json" data-ispine-config>${config}</script><script src="/dist/ispine-widgets.js" data-partner="lakes-marathon"></script>${BUTTON}`,
      POLLUTE,
    );
    const call = inWidget(page, 'ispine-call-book-button', '[part="call"]');
    expect(call?.getAttribute('href')).to.equal('tel:+17632018191');
    const links = [...page.document.querySelectorAll('ispine-call-book-button')].flatMap((el) =>
      [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    );
    expect(links.filter((href) => href?.startsWith('javascript:'))).to.deep.equal([]);
  });
});

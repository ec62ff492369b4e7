import { expect } from '@open-wc/testing';
import {
  closeHostPages,
  expectClean,
  inWidget,
  LOADER,
  openHostPage,
  settle,
} from '../helpers/host-page.js';
import type { HostPage } from '../helpers/host-page.js';
import { crossOriginLoader, scriptOrigin, until } from '../helpers/script-origin.js';

const ALL_THREE =
  '<ispine-call-book-button></ispine-call-book-button><ispine-symptom-checker></ispine-symptom-checker><ispine-location-picker></ispine-location-picker>';

const STRICT_CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'">`;

/** Each widget shows something a visitor can use: a call link, a first question, a clinic list. */
function expectUsable(page: HostPage) {
  const call = inWidget(page, 'ispine-call-book-button', '[part="call"]');
  expect(call?.getAttribute('href'), 'call link').to.equal('tel:+17632018191');
  const checker = page.document.querySelector('ispine-symptom-checker')!.shadowRoot!;
  expect(checker.querySelector('fieldset, button, iframe'), 'checker step').to.not.equal(null);
  const picker = page.document.querySelector('ispine-location-picker')!.shadowRoot!;
  expect(picker.textContent, 'clinic list').to.contain('Sartell');
}

/** The search's files (its code and the ZIP data) the page has fetched so far. */
const searchFiles = (page: HostPage) =>
  page.window.performance
    .getEntriesByType('resource')
    .map(({ name }) => new URL(name).pathname)
    .filter((path) => /\/ispine-(search\.js|zips\.bin)$/.test(path))
    .sort();

/** A visitor searches the picker for `text` and sees `clinic` first. */
async function searchPicker(page: HostPage, text: string, clinic: string) {
  const picker = page.document.querySelector('ispine-location-picker')!.shadowRoot!;
  const status = () => picker.querySelector('[part="status"]')!.textContent;
  const before = status();
  picker.querySelector<HTMLInputElement>('[part="zip-input"]')!.value = text;
  picker.querySelector<HTMLElement>('[part="zip-submit"]')!.click();
  await until(() => status() !== before && status().includes('Sorted'));
  expect(picker.querySelector('[part~="clinic"] strong')!.textContent).to.equal(clinic);
}

const SEARCH_FILES = ['/dist/ispine-search.js', '/dist/ispine-zips.bin'];

describe('host pages', () => {
  afterEach(closeHostPages);

  it('work under a strict CSP with Trusted Types required', async () => {
    const page = await openHostPage(`${LOADER}${ALL_THREE}`, STRICT_CSP);
    expectUsable(page);
    expectClean(page);
  });

  it('find a town and a ZIP code under a strict CSP with Trusted Types required', async () => {
    const page = await openHostPage(
      `${LOADER}<ispine-location-picker></ispine-location-picker>`,
      STRICT_CSP,
    );
    // The search's code and data come with the first search, not with the page.
    expect(searchFiles(page), 'before a search').to.deep.equal([]);
    await searchPicker(page, 'Sartell, MN', 'Sartell');
    expect(searchFiles(page)).to.deep.equal(SEARCH_FILES);
    await searchPicker(page, '55318', 'Chaska');
    expect(searchFiles(page), 'fetched once').to.deep.equal(SEARCH_FILES);
    expectClean(page);
  });

  it('find a town on a partner page whose CSP allows the script’s host only', async () => {
    const origin = await scriptOrigin();
    const page = await openHostPage(
      `${await crossOriginLoader()}<ispine-location-picker></ispine-location-picker>`,
      `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' ${origin}; connect-src 'self' ${origin}; style-src 'self'; require-trusted-types-for 'script'">`,
    );
    await searchPicker(page, 'Sartell', 'Sartell');
    expect(searchFiles(page)).to.deep.equal(SEARCH_FILES);
    expectClean(page);
  });

  it('ask for the ZIP search anew when a visitor retries after it failed to load', async () => {
    const page = await openHostPage(
      '<script src="/test/cdn/missing/dist/ispine-widgets.js"></script><ispine-location-picker></ispine-location-picker>',
    );
    const picker = page.document.querySelector('ispine-location-picker')!.shadowRoot!;
    /** The queries of the ZIP search's requests: a browser keeps a failed module for good. */
    const requests = () =>
      page.window.performance
        .getEntriesByType('resource')
        .map(({ name }) => new URL(name))
        .filter(({ pathname }) => pathname.endsWith('/ispine-search.js'))
        .map(({ search }) => search);
    for (const tries of [1, 2]) {
      picker.querySelector<HTMLInputElement>('[part="zip-input"]')!.value = '56377';
      picker.querySelector<HTMLElement>('[part="zip-submit"]')!.click();
      await until(
        () =>
          requests().length === tries &&
          picker.querySelector('[part="status"]')!.textContent.includes("couldn't be loaded"),
      );
    }
    expect(requests(), 'one request per try').to.have.length(2);
  });

  it('work with the script loaded twice under the strict CSP', async () => {
    const page = await openHostPage(`${LOADER}${ALL_THREE}${LOADER}`, STRICT_CSP);
    expectUsable(page);
    expect(page.captured.warnings).to.have.length(1);
    expect(page.captured.uncaught).to.deep.equal([]);
  });

  for (const [story, markup] of [
    [
      'async, before the elements',
      `<script src="/dist/ispine-widgets.js" async></script>${ALL_THREE}`,
    ],
    [
      'defer, after the elements',
      `${ALL_THREE}<script src="/dist/ispine-widgets.js" defer></script>`,
    ],
  ]) {
    it(`work with the script ${story}`, async () => {
      const page = await openHostPage(markup, STRICT_CSP);
      expectUsable(page);
      expectClean(page);
    });
  }

  it('render widgets added long after the script loaded', async () => {
    const page = await openHostPage(LOADER, STRICT_CSP);
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const tag of [
      'ispine-call-book-button',
      'ispine-symptom-checker',
      'ispine-location-picker',
    ]) {
      page.document.body.append(page.document.createElement(tag));
    }
    await settle(page.window);
    expectUsable(page);
    expectClean(page);
  });

  it('render 200 call/book buttons on one page', async () => {
    const page = await openHostPage(
      `${LOADER}<script src="/test/fixtures/many-buttons.js"></script>`,
    );
    const links = [...page.document.querySelectorAll('ispine-call-book-button')].map((button) =>
      button.shadowRoot?.querySelector('a[href="tel:+17632018191"]'),
    );
    expect(links.filter(Boolean)).to.have.length(200);
    expectClean(page);
  });

  it('stay usable under an aggressive host stylesheet', async () => {
    const page = await openHostPage(
      `${LOADER}${ALL_THREE}`,
      '<link rel="stylesheet" href="/test/fixtures/aggressive.css">',
    );
    expectUsable(page);
    const call = inWidget(page, 'ispine-call-book-button', '[part="call"]')!;
    const box = call.getBoundingClientRect();
    expect(box.height, 'call link height').to.be.at.least(44);
    expect(page.window.getComputedStyle(call).display).to.not.equal('none');
    expectClean(page);
  });

  it('speak Spanish on a page in Spanish', async () => {
    const page = await openHostPage(`${LOADER}${ALL_THREE}`);
    page.document.documentElement.lang = 'es';
    await settle(page.window);
    expect(inWidget(page, 'ispine-call-book-button', '[part="call"]')!.textContent).to.contain(
      'Llamar',
    );
    // The frame is created once the page has loaded and is idle: waited for, since
    // on a busy machine that can come after the language change has settled.
    const checker = page.document.querySelector('ispine-symptom-checker')!;
    await until(() => checker.shadowRoot?.querySelector('iframe') != null);
    const frame = checker.shadowRoot!.querySelector('iframe')!;
    expect(frame.title).to.equal('Preguntas sobre su dolor de espalda');
    // The frame is on this page's origin here, so the test can look inside it.
    await until(() =>
      frame.contentWindow!.location.hash.includes(encodeURIComponent('"lang":"es"')),
    );
  });

  it('follow <html lang> after the page rewrites itself with document.open()', async () => {
    const page = await openHostPage(`${LOADER}<ispine-call-book-button></ispine-call-book-button>`);
    page.document.open();
    // Old page builders still rewrite whole pages this way; the widgets must keep up.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    page.document.write(
      '<!doctype html><html lang="en"><body><ispine-call-book-button></ispine-call-book-button></body></html>',
    );
    page.document.close();
    await settle(page.window);
    page.document.documentElement.lang = 'es';
    await settle(page.window);
    expect(inWidget(page, 'ispine-call-book-button', '[part="call"]')!.textContent).to.contain(
      'Llamar',
    );
  });
});

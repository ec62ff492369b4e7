import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { closeHostPages, openHostPage } from '../helpers/host-page.js';
import type { HostPage } from '../helpers/host-page.js';
import { crossOriginLoader, scriptOrigin, until } from '../helpers/script-origin.js';

const CHECKER = '<ispine-symptom-checker></ispine-symptom-checker>';

function checkerFrame(page: HostPage): HTMLIFrameElement | null {
  return page.document.querySelector('ispine-symptom-checker')!.shadowRoot!.querySelector('iframe');
}

/** Records the checker events the host page sees, with their details. */
function recordEvents(page: HostPage): [string, unknown][] {
  const seen: [string, unknown][] = [];
  for (const type of ['ispine-checker-start', 'ispine-checker-complete']) {
    page.document.addEventListener(type, (event) =>
      seen.push([type, (event as CustomEvent).detail]),
    );
  }
  return seen;
}

async function press(key: string, times = 1) {
  // WebKit's WebDriver knows no "Space" key name; typing a space works everywhere.
  for (let i = 0; i < times; i++) await sendKeys(key === 'Space' ? { type: ' ' } : { press: key });
}

describe('the checker on a partner page (another origin than the script)', () => {
  afterEach(closeHostPages);

  it('runs the questions in a frame served next to the script, titled for screen readers', async () => {
    const page = await openHostPage(`${await crossOriginLoader()}${CHECKER}`);
    const frame = checkerFrame(page)!;
    expect(frame, 'frame').to.not.equal(null);
    expect(new URL(frame.src).origin).to.equal(await scriptOrigin());
    expect(new URL(frame.src).pathname).to.equal('/dist/checker-frame.html');
    expect(frame.title).to.equal('Back pain checker');
  });

  it('keeps the answers out of reach of the host page scripts', async () => {
    const page = await openHostPage(`${await crossOriginLoader()}${CHECKER}`);
    const frame = checkerFrame(page)!;
    expect(frame.contentDocument).to.equal(null);
    expect(() => frame.contentWindow!.document.body).to.throw();
  });

  it('carries no health data in the frame URL: only language, theme, clinic and configuration', async () => {
    const page = await openHostPage(
      `${await crossOriginLoader('data-partner="lakes-marathon"')}${CHECKER}`,
    );
    const settings = JSON.parse(
      decodeURIComponent(new URL(checkerFrame(page)!.src).hash.slice(1)),
    ) as object;
    const allowed = ['origin', 'lang', 'theme', 'partner', 'clinic', 'color', 'font', 'config'];
    expect(Object.keys(settings).filter((key) => !allowed.includes(key))).to.deep.equal([]);
    expect(settings).to.include({
      lang: 'en',
      partner: 'lakes-marathon',
      origin: page.window.origin,
    });
  });

  it('sizes itself to its content, without a scrollbar', async () => {
    const page = await openHostPage(`${await crossOriginLoader()}${CHECKER}`);
    const frame = checkerFrame(page)!;
    await until(() => frame.style.height.endsWith('px'));
    expect(parseFloat(frame.style.height)).to.be.greaterThan(200);
  });

  it('lets a keyboard user answer inside the frame; only content-free events come out', async () => {
    const page = await openHostPage(`${await crossOriginLoader()}${CHECKER}`);
    const seen = recordEvents(page);
    const frame = checkerFrame(page)!;
    await until(() => frame.style.height.endsWith('px'));
    const firstHeight = frame.style.height;
    frame.contentWindow!.focus();
    await press('Tab');
    await press('Space');
    await until(() => seen.length === 1);
    // Six red flags and "None of these", then Next: the red flag ends on the emergency screen.
    await press('Tab', 7);
    await press('Enter');
    await until(() => seen.length === 2);
    expect(seen).to.deep.equal([
      ['ispine-checker-start', {}],
      ['ispine-checker-complete', {}],
    ]);
    await until(() => frame.style.height !== firstHeight);
  });

  it('ignores messages a host-page script fakes', async () => {
    const page = await openHostPage(`${await crossOriginLoader()}${CHECKER}`);
    const seen = recordEvents(page);
    const frame = checkerFrame(page)!;
    await until(() => frame.style.height.endsWith('px'));
    const height = frame.style.height;
    page.window.postMessage({ ispine: 'ispine-checker-complete' }, '*');
    page.window.postMessage({ ispine: 'height', height: 5 }, '*');
    // Into the frame: it accepts no messages at all (its settings come only from its URL).
    frame.contentWindow!.postMessage({ ispine: 'settings', lang: 'es' }, '*');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(seen).to.deep.equal([]);
    expect(frame.style.height).to.equal(height);
  });

  it('renders inline, without a frame, on the script’s own origin (the clinic’s site)', async () => {
    const page = await openHostPage(`<script src="/dist/ispine-widgets.js"></script>${CHECKER}`);
    expect(checkerFrame(page)).to.equal(null);
    const checker = page.document.querySelector('ispine-symptom-checker')!.shadowRoot!;
    expect(checker.querySelector('fieldset')).to.not.equal(null);
  });
});

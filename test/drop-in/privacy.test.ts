import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { closeHostPages, openHostPage } from '../helpers/host-page.js';
import type { HostPage } from '../helpers/host-page.js';
import {
  crossOriginLoader,
  scriptOrigin,
  startCheckerByKeyboard,
  until,
} from '../helpers/script-origin.js';

interface PrivacyWindow {
  storageWrites: string[];
  ispineEvents: [string, Record<string, unknown>][];
}

const SPY = '<script src="/test/fixtures/spy-storage.js"></script>';
const WIDGETS =
  '<ispine-symptom-checker></ispine-symptom-checker><ispine-call-book-button></ispine-call-book-button><ispine-location-picker></ispine-location-picker>';

const shadow = (page: HostPage, tag: string) => page.document.querySelector(tag)!.shadowRoot!;

/** A runner uses all three widgets: answers the checker, calls, finds the nearest clinic by ZIP. */
async function useEverything(page: HostPage) {
  const events = (page.window as unknown as PrivacyWindow).ispineEvents;
  const checker = page.document.querySelector('ispine-symptom-checker')!;
  await startCheckerByKeyboard(checker, () => events.length > 0);
  // Six red flags and "None of these", then Next: the red flag ends on the emergency screen.
  for (let i = 0; i < 7; i++) await sendKeys({ press: 'Tab' });
  await sendKeys({ press: 'Enter' });

  shadow(page, 'ispine-call-book-button').querySelector<HTMLElement>('[part="call"]')!.click();

  const picker = shadow(page, 'ispine-location-picker');
  picker.querySelector<HTMLInputElement>('[part="zip-input"]')!.value = '56377';
  picker.querySelector<HTMLElement>('[part="zip-submit"]')!.click();
  await until(() => picker.querySelector('[part="status"]')!.textContent.includes('56377'));
  picker.querySelector<HTMLElement>('[part~="clinic"] [part="choose"]')!.click();
  picker.querySelector<HTMLElement>('[part="directions"]')!.click();
}

describe('privacy, end to end on a partner page', () => {
  afterEach(closeHostPages);

  it('sends nothing to third parties and keeps no cookie, storage or URL trace', async () => {
    const page = await openHostPage(
      `${SPY}${await crossOriginLoader('data-partner="twin-cities-running"')}${WIDGETS}`,
    );
    const url = page.window.location.href;
    await useEverything(page);

    const allowed = [page.window.origin, await scriptOrigin()];
    const requested = page.window.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).origin);
    expect(requested.filter((origin) => !allowed.includes(origin))).to.deep.equal([]);
    expect(requested).to.include(await scriptOrigin());

    const privacy = page.window as unknown as PrivacyWindow;
    expect(privacy.storageWrites).to.deep.equal([]);
    expect(page.document.cookie).to.equal('');
    expect(page.window.localStorage.length + page.window.sessionStorage.length).to.equal(0);
    expect(page.window.location.href).to.equal(url);
    expect(page.captured.uncaught).to.deep.equal([]);
  });

  it('fires events that carry only partner and clinic, never an answer', async () => {
    const page = await openHostPage(
      `${SPY}${await crossOriginLoader('data-partner="twin-cities-running"')}${WIDGETS}`,
    );
    await useEverything(page);
    const events = (page.window as unknown as PrivacyWindow).ispineEvents;
    expect(events.map(([type]) => type)).to.deep.equal([
      'ispine-checker-start',
      'ispine-call',
      'ispine-location-change',
      'ispine-directions',
    ]);
    for (const [type, detail] of events) {
      expect(
        Object.keys(detail).filter((key) => key !== 'partner' && key !== 'clinicId'),
        type,
      ).to.deep.equal([]);
    }
    expect(events[1][1]).to.deep.equal({ partner: 'twin-cities-running', clinicId: null });
    expect(events[2][1]).to.deep.equal({ clinicId: 'sartell' });
  });
});

import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { SymptomChecker } from '../../src/symptom-checker/symptom-checker.js';
import { FRAME_STRINGS } from '../../src/symptom-checker/frame-strings.js';
import { PARTNER_CONFIG } from '../helpers/config.js';
import { appendHostFrame, closeHostPages, inWidget, openHostPage } from '../helpers/host-page.js';
import type { HostPage } from '../helpers/host-page.js';
import {
  closePartnerPages,
  framedChecker,
  openPartnerPage,
  partnerLoader,
  recorded,
  visit,
} from '../helpers/partner-page.js';
import type { PartnerPage, Seen } from '../helpers/partner-page.js';
import { scriptOrigin, until } from '../helpers/script-origin.js';
import { PATHS, part, pause, walk } from '../helpers/answer-walk.js';
import type { Step } from '../helpers/answer-walk.js';

const CHECKER = '<ispine-symptom-checker></ispine-symptom-checker>';

/** A phone, as most runners visit: 390 × 844 CSS px. */
const PHONE = { width: 390, height: 844 };

/** Chooses a step's options inside the frame, as a visitor would, then Next. */
async function answer(el: SymptomChecker, step: Step): Promise<void> {
  for (const id of step) {
    el.shadowRoot!.querySelector<HTMLInputElement>(`[part="option-input"][value="${id}"]`)!.click();
  }
  await el.updateComplete;
  part(el, 'next')!.click();
  await el.updateComplete;
}
/** Where the call link of the result on screen dials. */
async function resultCallHref(el: SymptomChecker): Promise<string> {
  const button = part(el, 'result')!.querySelector('ispine-call-book-button')!;
  await button.updateComplete;
  return button.shadowRoot!.querySelector<HTMLAnchorElement>('[part="call"]')!.href;
}

/** The frame of the checker on a same-origin host page. */
const frameIn = (page: HostPage) =>
  page.document.querySelector('ispine-symptom-checker')!.shadowRoot!.querySelector('iframe');

describe('the partner path: the checker in its frame, script and page on two origins', () => {
  afterEach(() => {
    closePartnerPages();
    closeHostPages();
  });

  it('keeps the card the same size at every step: the frame never reports a height', async () => {
    const partner = await openPartnerPage(partnerLoader() + CHECKER);
    const el = await framedChecker(partner);
    // The frame fills the card below its title: 34em (544 px here) less the title and padding.
    await until(() => el.getBoundingClientRect().height > 440);
    const before = el.getBoundingClientRect().height;
    await walk(el, PATHS['self-care with every training habit']);
    expect(el.getBoundingClientRect().height).to.equal(before);
    const messages = (await recorded(partner)).filter(
      (line) => line.startsWith('message') && line.includes('"ispine"'),
    );
    expect(messages.map((line) => line.split(' ').slice(2).join(' '))).to.deep.equal([
      '{"ispine":"ready"}',
      '{"ispine":"shown"}',
    ]);
  });

  it('tells the partner page about a call from a result, with its partner id and no answer', async () => {
    const partner = await openPartnerPage(partnerLoader('data-partner="lakes-marathon"') + CHECKER);
    const el = await framedChecker(partner);
    await walk(el, PATHS['urgent: fever']);
    const button = part(el, 'result')!.querySelector('ispine-call-book-button')!;
    await button.updateComplete;
    const call = button.shadowRoot!.querySelector<HTMLAnchorElement>('[part="call"]')!;
    call.addEventListener('click', (event) => event.preventDefault());
    call.click();
    await pause(200);
    expect((await recorded(partner)).filter((line) => line.startsWith('event'))).to.deep.equal([
      'event ispine-checker-start {}',
      'event ispine-call {"partner":"lakes-marathon","clinicId":null}',
    ]);
  });

  it('takes the clinic’s published configuration by name: the partner’s tracking number and booking page', async () => {
    const published = `data-config="${location.origin}/test/cdn/probe/dist/config/partner-config.json"`;
    const partner = await openPartnerPage(
      partnerLoader(`${published} data-partner="lakes-marathon"`) + CHECKER,
    );
    const el = await framedChecker(partner);
    await walk(el, PATHS['urgent: fever']);
    // test/fixtures/partner-config.json: the clinic's entry for lakes-marathon.
    expect(await resultCallHref(el)).to.equal('tel:+16125550123');
  });

  it('attributes a booking from the checker to the partner page, not the widgets’ host', async () => {
    const published = `data-config="${location.origin}/test/cdn/probe/dist/config/partner-config.json"`;
    const partner = await openPartnerPage(partnerLoader(published) + CHECKER);
    const el = await framedChecker(partner);
    await walk(el, PATHS['specialist: leg pain']);
    const button = part(el, 'result')!.querySelector('ispine-call-book-button')!;
    await button.updateComplete;
    const book = button.shadowRoot!.querySelector<HTMLAnchorElement>('[part="book"]')!;
    const source = new URL(book.href).searchParams.get('utm_source');
    expect(source).to.equal(new URL(await scriptOrigin()).hostname);
    expect(source).to.not.equal(location.hostname);
  });

  it('keeps the clinic’s safety wording and numbers when the page brings its own configuration', async () => {
    const block = (config: object) =>
      `<script type="application/json" data-ispine-config>${JSON.stringify(config)}</script>`;
    const reworded = {
      ...PARTNER_CONFIG,
      strings: {
        en: {
          'symptom-checker.call911': 'No need to call 911. Rest and take a painkiller.',
          'symptom-checker.notDiagnosis': 'This is a diagnosis.',
        },
      },
    };
    let page = await openPartnerPage(block(reworded) + partnerLoader() + CHECKER);
    let el = await framedChecker(page);
    await walk(el, PATHS['emergency: a red flag']);
    const call911 = part(el, 'call-911') as HTMLAnchorElement;
    expect(call911.href).to.equal('tel:911');
    expect(call911.textContent).to.equal('Call 911');
    const errors = (await recorded(page)).filter((line) => line.startsWith('console.error'));
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('"symptom-checker.call911", "symptom-checker.notDiagnosis"');
    closePartnerPages();

    // Valid, with the page's own numbers: the frame still dials the clinic's.
    const ownNumbers = {
      ...PARTNER_CONFIG,
      phone: '+16125550100',
      partners: { 'lakes-marathon': { phone: '+16125550111' } },
    };
    page = await openPartnerPage(
      block(ownNumbers) + partnerLoader('data-partner="lakes-marathon"') + CHECKER,
    );
    el = await framedChecker(page);
    await walk(el, PATHS['urgent: fever']);
    expect(await resultCallHref(el)).to.equal('tel:+17632018191');
  });

  it('keeps the clinic’s wording and numbers in a frame a third-party page points at with its own settings', async () => {
    const settings = {
      origin: await scriptOrigin(),
      lang: 'en',
      partner: 'lakes-marathon',
      config: {
        ...PARTNER_CONFIG,
        phone: '+16125550100',
        strings: { en: { 'symptom-checker.call911': 'Rest and take a painkiller.' } },
      },
    };
    for (const [path, check] of [
      ['emergency: a red flag', (el: SymptomChecker) => part(el, 'call-911')!.textContent],
      ['urgent: fever', resultCallHref],
    ] as const) {
      const src = `${location.origin}/test/cdn/probe/dist/checker-frame.html#${encodeURIComponent(JSON.stringify(settings))}`;
      await openPartnerPage(`<iframe src="${src}" style="width: 400px; height: 600px"></iframe>`);
      const el = await framedChecker();
      await walk(el, PATHS[path]);
      expect(await check(el)).to.equal(
        path.startsWith('emergency') ? 'Call 911' : 'tel:+17632018191',
      );
      closePartnerPages();
    }
  });

  it('keeps the frame’s URL short whatever the page’s configuration (20,000 clinics)', async () => {
    // Written by the page itself: 20,000 clinics do not fit in the test page's own URL.
    const block = `<script>
      const clinics = Array.from({ length: 20000 }, (_, i) => ({
        id: 'clinic-' + i, name: 'Clinic ' + i, city: 'Delano', state: 'MN', lat: 45.04, lng: -93.79,
      }));
      const block = document.createElement('script');
      block.type = 'application/json';
      block.dataset.ispineConfig = '';
      block.textContent = JSON.stringify({ ...${JSON.stringify(PARTNER_CONFIG)}, clinics });
      document.head.append(block);
    </script>`;
    const page = await openHostPage(
      `${block}<script src="${await scriptOrigin()}/dist/ispine-widgets.js"></script>${CHECKER}`,
    );
    // The frame is created once the page has loaded and is idle.
    await until(() => frameIn(page) !== null);
    const frame = frameIn(page)!;
    await until(() => frame.src !== '');
    expect(frame.src.length).to.be.below(1000);
    const shadow = page.document.querySelector('ispine-symptom-checker')!.shadowRoot!;
    // The frame loads behind the start card and draws its first question once Start is pressed.
    shadow.querySelector<HTMLElement>('[part="start"]')!.click();
    await until(() => shadow.querySelector('.loading') === null);
    expect(shadow.querySelector('[part="fallback-box"]')).to.equal(null);
  });

  it('matches a dark page: the frame uses the page’s colour scheme and text colour', async () => {
    const partner = await openPartnerPage(partnerLoader() + CHECKER, {
      head: '<style>:root { color-scheme: dark; background: #111; color: #eee; }</style>',
    });
    const el = await framedChecker(partner);
    const root = el.ownerDocument.documentElement;
    const style = el.ownerDocument.defaultView!.getComputedStyle(root);
    expect(style.colorScheme).to.equal('dark');
    expect(style.color).to.equal('rgb(238, 238, 238)');
  });

  it('lets "Copy summary" use the clipboard inside the frame', async () => {
    const partner = await openPartnerPage(partnerLoader() + CHECKER);
    const el = await framedChecker(partner);
    const policy = (
      el.ownerDocument as Document & { featurePolicy?: { allowsFeature(name: string): boolean } }
    ).featurePolicy;
    // Only Chromium exposes the policy to scripts; there the frame must be allowed to write.
    if (policy) expect(policy.allowsFeature('clipboard-write')).to.equal(true);
    const page = await openHostPage(
      `<script src="${await scriptOrigin()}/dist/ispine-widgets.js"></script>${CHECKER}`,
    );
    await until(() => frameIn(page) !== null);
    expect(frameIn(page)!.allow).to.contain('clipboard-write');
  });

  it('changes language without a history entry, keeping the answers', async () => {
    const setLang = `<script>addEventListener('message', (e) => { if (e.data && e.data.lang) document.querySelector('ispine-symptom-checker').lang = e.data.lang; });</script>`;
    const partner = await openPartnerPage(partnerLoader() + CHECKER + setLang);
    const el = await framedChecker(partner);
    el.shadowRoot!.querySelector<HTMLInputElement>('[value="none"]')!.click();
    part(el, 'next')!.click();
    await el.updateComplete;
    const history = (await recorded(partner)).find((line) => line.startsWith('history'));
    partner.frame.contentWindow!.postMessage({ lang: 'es' }, '*');
    await until(() => el.getAttribute('lang') === 'es');
    await el.updateComplete;
    expect(part(el, 'progress')!.textContent).to.contain('Paso 2');
    expect((await recorded(partner)).find((line) => line.startsWith('history'))).to.equal(history);
  });

  it('sends its settings intact, and no configuration, even when the page redefines toJSON', async () => {
    const page = await openHostPage(
      `<script>Object.prototype.toJSON = function () { return 'broken'; };</script><script src="${await scriptOrigin()}/dist/ispine-widgets.js"></script>${CHECKER}`,
    );
    // The frame is created once the page has loaded and is idle.
    await until(() => frameIn(page) !== null);
    const frame = frameIn(page)!;
    await until(() => frame.src !== '');
    const settings = JSON.parse(decodeURIComponent(new URL(frame.src).hash.slice(1))) as object;
    expect(settings).to.include({ lang: 'en', theme: 'auto', origin: page.window.origin });
    const allowed = ['origin', 'lang', 'theme', 'clinic', 'color', 'font', 'fontSize', 'scheme'];
    expect(Object.keys(settings).filter((key) => !allowed.includes(key))).to.deep.equal([]);
  });

  it('ignores messages a host-page script fakes', async () => {
    const page = await openHostPage(
      `<script src="${await scriptOrigin()}/dist/ispine-widgets.js"></script>${CHECKER}`,
    );
    const seen: string[] = [];
    page.document.addEventListener('ispine-checker-start', () => seen.push('start'));
    page.document.addEventListener('ispine-call', () => seen.push('call'));
    page.window.postMessage({ ispine: 'start' }, '*');
    page.window.postMessage({ ispine: 'call', clinicId: null }, '*');
    await pause(300);
    expect(seen).to.deep.equal([]);
  });
});

describe('the start card and the sheet on a phone', () => {
  afterEach(closePartnerPages);

  /** Looks at the partner page until `check` holds (5 s at most). */
  async function seeing(partner: PartnerPage, check: (seen: Seen) => boolean): Promise<void> {
    for (let i = 0; i < 50; i++) {
      if (check(await visit(partner, 'look'))) return;
      await pause(100);
    }
    throw new Error(`not seen in time: ${check.toString()}`);
  }

  /** The parts of the checker in its frame that lie wholly on screen, without any scrolling. */
  function onScreen(el: SymptomChecker, seen: Seen) {
    const win = el.ownerDocument.defaultView!;
    const content = part(el, 'base')!.querySelector('.content')!;
    const box = content.getBoundingClientRect();
    // The frame's own viewport, where the partner page shows it.
    const bottom = Math.min(win.innerHeight, seen.viewport.height - seen.frame!.top);
    const whole = (item: Element, clip = box) => {
      const r = item.getBoundingClientRect();
      return r.top >= clip.top - 1 && r.bottom <= Math.min(clip.bottom, bottom) + 1;
    };
    const options = [...el.shadowRoot!.querySelectorAll('[part="option"]')].filter((o) => whole(o));
    const next = whole(part(el, 'next')!, new DOMRect(0, 0, win.innerWidth, win.innerHeight));
    return { options: options.length, next, scrolled: content.scrollTop + win.scrollY };
  }

  const cases: [string, { width: number; height: number }, number, number][] = [
    ['390 × 844, 16 px text', PHONE, 16, 3],
    ['390 × 844, 24 px text', PHONE, 24, 3],
    ['640 × 450 (200% zoom)', { width: 640, height: 450 }, 16, 2],
  ];
  for (const [name, size, rootPx, least] of cases) {
    it(`opens full screen at ${name}: ${least} choices and Next on screen, nothing scrolled`, async () => {
      const partner = await openPartnerPage(`${partnerLoader()}<p>Race info</p>${CHECKER}`, {
        ...size,
        head: `<style>:root { font-size: ${rootPx}px; }</style>`,
      });
      const before = await visit(partner, 'look');
      expect(before.open, 'the start card first').to.equal(false);
      const el = await framedChecker(partner);
      const seen = await visit(partner, 'look');
      expect(seen.modal, 'a modal sheet').to.equal(true);
      expect(seen.frame!.top).to.be.at.least(0);
      expect(seen.frame!.bottom).to.be.at.most(seen.viewport.height + 1);
      expect(seen.scrollY, 'the page did not scroll').to.equal(before.scrollY);
      const shown = onScreen(el, seen);
      expect(shown.options, 'choices wholly on screen').to.be.at.least(least);
      expect(shown.next, 'Next on screen').to.equal(true);
      expect(shown.scrolled).to.equal(0);
    });
  }

  it('closes with Close or Escape, keeps the answers, and never reloads the frame', async () => {
    const partner = await openPartnerPage(partnerLoader() + CHECKER, PHONE);
    const el = await framedChecker(partner);
    await answer(el, ['none']);
    el.shadowRoot!.querySelector<HTMLInputElement>('[value="fever"]')!.click();
    // The visitor's own click on Close. (A scripted one is no user interaction: WebKit then
    // refuses any focus() in the partner page, a cross-origin frame here, a top page in life.)
    const { frame } = partner;
    const { close } = await visit(partner, 'look');
    const { left, top } = frame.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [
        Math.round(left + (close!.left + close!.right) / 2),
        Math.round(top + (close!.top + close!.bottom) / 2),
      ],
    });
    await seeing(partner, (seen) => !seen.open);
    // Focus goes back to Start.
    await seeing(partner, (seen) => seen.focused === 'start');
    await visit(partner, 'start');
    // A real Escape in the frame, where the visitor's focus is.
    el.shadowRoot!.querySelector<HTMLInputElement>('[value="fever"]')!.focus();
    await sendKeys({ press: 'Escape' });
    await seeing(partner, (seen) => !seen.open && seen.focused === 'start');
    const again = await visit(partner, 'start');
    expect(again.open).to.equal(true);
    expect(window.checkerFrames, 'one frame document, never reloaded').to.have.length(1);
    expect(el.isConnected).to.equal(true);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('[value="fever"]')!.checked).to.equal(
      true,
    );
    expect(part(el, 'progress')!.textContent).to.contain('2');
  });

  it('runs in the card where there is room, and moves to the sheet and back as the window turns', async () => {
    const partner = await openPartnerPage(partnerLoader() + CHECKER, { width: 800, height: 700 });
    const card = await visit(partner, 'look');
    const el = await framedChecker(partner);
    const inCard = await visit(partner, 'look');
    expect([inCard.open, inCard.modal]).to.deep.equal([true, false]);
    expect(inCard.frame!.top).to.be.above(inCard.card.top);
    expect(inCard.frame!.bottom).to.be.at.most(inCard.card.bottom);
    // The card's first box is the compact start card; it grows only while the questions run in it.
    expect(card.card.bottom - card.card.top).to.be.below(inCard.card.bottom - inCard.card.top);
    el.shadowRoot!.querySelector<HTMLInputElement>('[value="none"]')!.click();
    Object.assign(partner.frame.style, { width: '390px', height: '844px' });
    await seeing(partner, (seen) => seen.modal);
    Object.assign(partner.frame.style, { width: '800px', height: '700px' });
    await seeing(partner, (seen) => seen.open && !seen.modal);
    expect(window.checkerFrames).to.have.length(1);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('[value="none"]')!.checked).to.equal(
      true,
    );
  });
});

describe('while the checker’s frame loads', () => {
  afterEach(closeHostPages);

  const loadingLine = (page: HostPage) =>
    page.document.querySelector('ispine-symptom-checker')!.shadowRoot!.querySelector('.loading');

  /** The frame loads behind the start card; the visitor sees it once they press Start. */
  const pressStart = (page: HostPage) =>
    inWidget(page, 'ispine-symptom-checker', '[part="start"]')!.click();

  it('says what the box is for until the frame is ready, then shows only the frame', async () => {
    // The frame page is missing here: the card waits for a handshake that never comes.
    const origin = await scriptOrigin();
    const missing = await openHostPage(
      `<script src="${origin}/test/cdn/missing/dist/ispine-widgets.js"></script>${CHECKER}`,
    );
    await until(() => frameIn(missing) !== null);
    pressStart(missing);
    expect(loadingLine(missing)?.textContent).to.equal('Loading the back pain checker…');
    const { top, bottom } = frameIn(missing)!.getBoundingClientRect();
    const line = loadingLine(missing)!.getBoundingClientRect();
    expect(line.top).to.be.at.least(top);
    expect(line.bottom).to.be.at.most(bottom);
    closeHostPages();

    const page = await openHostPage(
      `<script src="${origin}/dist/ispine-widgets.js"></script>${CHECKER}`,
    );
    pressStart(page);
    await until(() => loadingLine(page) === null);
    expect(frameIn(page)).to.not.equal(null);
  });

  it('creates the frame with its address, never empty first (a blank document costs a long task)', async () => {
    // Watches the widgets' shadow roots from birth: which frames are inserted, and any `src`
    // set on a frame already in the page.
    const watch = `<script>
      window.frameLog = [];
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        const root = attach.call(this, init);
        new MutationObserver((records) => {
          for (const { type, target, addedNodes } of records) {
            if (type === 'attributes') frameLog.push('src set on ' + target.localName);
            for (const node of addedNodes) if (node.localName === 'iframe') frameLog.push('inserted with src ' + node.getAttribute('src')?.split('#')[0]);
          }
        }).observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['src'] });
        return root;
      };
    </script>`;
    const origin = await scriptOrigin();
    const page = await openHostPage(
      `${watch}<script src="${origin}/dist/ispine-widgets.js"></script>${CHECKER}`,
    );
    pressStart(page);
    await until(() => loadingLine(page) === null);
    const log = (page.window as unknown as { frameLog: string[] }).frameLog;
    expect(log).to.deep.equal([`inserted with src ${origin}/dist/checker-frame.html`]);
  });

  it('titles the start card by heading, and hides the title when heading is empty', async () => {
    const origin = await scriptOrigin();
    const page = await openHostPage(
      `<script src="${origin}/dist/ispine-widgets.js"></script><ispine-symptom-checker heading="Back hurts after a run?"></ispine-symptom-checker><ispine-symptom-checker heading=""></ispine-symptom-checker>`,
    );
    const [titled, untitled] = page.document.querySelectorAll('ispine-symptom-checker');
    const heading = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="heading"]')!;
    expect(heading(titled).textContent).to.equal('Back hurts after a run?');
    expect(heading(titled).getClientRects()).to.have.length(1);
    expect(heading(untitled).getClientRects()).to.have.length(0);
    expect(untitled.shadowRoot!.querySelector('[part="start"]')!.getClientRects()).to.have.length(
      1,
    );
  });

  it('creates the frame only once the page has loaded, or at once when Start is pressed', async () => {
    const origin = await scriptOrigin();
    // A picture held back 2 s: the page's load waits for it, the widgets do not.
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><img alt="" src="/test/fixtures/visitor.js?delay=2000"><script src="${origin}/dist/ispine-widgets.js"></script>${CHECKER}${CHECKER}</body></html>`;
    const host = appendHostFrame(html, 800, 1200);
    const checkers = () => [
      ...(host.contentDocument?.querySelectorAll<SymptomChecker>('ispine-symptom-checker') ?? []),
    ];
    const frameOf = (el: SymptomChecker) => el.shadowRoot!.querySelector('iframe');
    await until(
      () =>
        checkers().length === 2 &&
        checkers().every((el) => el.shadowRoot?.querySelector('[part="start"]')),
    );
    await pause(300);
    expect(host.contentDocument!.readyState).to.not.equal('complete');
    const [pressed, waiting] = checkers();
    expect(checkers().map(frameOf)).to.deep.equal([null, null]);
    part(pressed, 'start')!.click();
    await pressed.updateComplete;
    expect(frameOf(pressed)).to.not.equal(null);
    expect(frameOf(waiting)).to.equal(null);
    await until(() => frameOf(waiting) !== null);
    expect(host.contentDocument!.readyState).to.equal('complete');
    await until(() => pressed.shadowRoot!.querySelector('.loading') === null);
  });

  it('opens the frame of a card far down the page once the page is idle, before any scroll', async () => {
    const origin = await scriptOrigin();
    const page = await openHostPage(
      `<div style="height: 4000px"></div><script src="${origin}/dist/ispine-widgets.js"></script>${CHECKER}`,
    );
    await until(() => frameIn(page) !== null);
    expect(page.window.scrollY).to.equal(0);
    // Whether a browser draws a frame out of view varies (Chromium sometimes draws one frame
    // before throttling it), so the line is only checked once the card is in view.
    page.document.querySelector('ispine-symptom-checker')!.scrollIntoView();
    pressStart(page);
    await until(() => loadingLine(page) === null);
  });
});

describe('the partner path fails closed', () => {
  afterEach(closeHostPages);

  const hostText = (page: HostPage): string => {
    const texts = [page.document.documentElement.textContent];
    const visit = (root: ParentNode) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) {
          texts.push(el.shadowRoot.textContent);
          visit(el.shadowRoot);
        }
      }
    };
    visit(page.document);
    return texts.join(' ');
  };

  it('isolates the questions when the snippet sits in a shadow root (no currentScript)', async () => {
    const origin = await scriptOrigin();
    const page = await openHostPage(
      `<div id="builder"></div><script>
        const root = document.getElementById('builder').attachShadow({ mode: 'open' });
        const script = document.createElement('script');
        script.src = '${origin}/dist/ispine-widgets.js';
        root.append(script, document.createElement('ispine-symptom-checker'));
      </script>`,
    );
    const host = page.document.getElementById('builder')!.shadowRoot!;
    const checker = () => host.querySelector('ispine-symptom-checker')?.shadowRoot;
    await until(() => checker()?.querySelector('iframe, [part="fallback-box"]') != null);
    await pause(500);
    expect(checker()!.querySelector('fieldset, input, legend')).to.equal(null);
    expect(hostText(page)).to.not.contain('Do you have any of these');
    expect(page.captured.warnings.join('\n')).to.contain('cannot be found');
  });

  const failures: [string, string, string][] = [
    ['blocked by the page’s CSP', 'probe', 'frame-src'],
    ['served as text/plain', 'text-plain', 'text/plain'],
    ['missing (404)', 'missing', 'HTTP 404'],
    ['refused by X-Frame-Options: DENY', 'xfo', 'X-Frame-Options'],
    ['on a server that accepts and never answers', 'stall', 'sent no answer within 5 s'],
    ['on a server that trickles a byte at a time', 'trickle', 'did not finish loading'],
    ['on a server that resets the connection', 'reset', 'connection to its server failed'],
  ];
  for (const [name, mode, cause] of failures) {
    it(`shows a call link and the checker's own page when the frame is ${name}`, async () => {
      const origin = await scriptOrigin();
      const csp =
        mode === 'probe'
          ? `<meta http-equiv="Content-Security-Policy" content="default-src 'self' ${origin}; script-src 'self' 'unsafe-inline' ${origin}; frame-src 'none'">`
          : '';
      const start = Date.now();
      const page = await openHostPage(
        `<script src="${origin}/test/cdn/${mode}/dist/ispine-widgets.js"></script>${CHECKER}`,
        csp,
      );
      const checker = page.document.querySelector('ispine-symptom-checker')!.shadowRoot!;
      await until(() => checker.querySelector('[part="fallback-box"]') !== null, 6000);
      expect(Date.now() - start).to.be.below(6000);
      const call = checker.querySelector<HTMLAnchorElement>('[part="fallback"]')!;
      expect(call.href).to.equal('tel:+17632018191');
      const open = checker.querySelector<HTMLAnchorElement>('[part="open-page"]')!;
      expect(open.target).to.equal('_blank');
      expect(new URL(open.href).pathname).to.equal(`/test/cdn/${mode}/dist/checker-frame.html`);
      expect(open.href).to.not.contain('config');
      expect(page.captured.errors).to.have.length(1);
      expect(page.captured.errors[0]).to.contain(cause);
      expect(page.captured.uncaught).to.deep.equal([]);
    });
  }
});

describe('the checker’s own page (the frame page opened directly)', () => {
  afterEach(closeHostPages);

  it('runs the questions in the link’s language and ignores a configuration in the link', async () => {
    const settings = encodeURIComponent(
      JSON.stringify({ lang: 'es', config: { ...PARTNER_CONFIG, phone: '+16125550100' } }),
    );
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 400px; height: 700px';
    frame.src = `/dist/checker-frame.html#${settings}`;
    document.body.append(frame);
    await until(() => {
      const el = frame.contentDocument?.querySelector('ispine-symptom-checker');
      return Boolean(el?.shadowRoot?.querySelector('[part="question"]'));
    });
    const doc = frame.contentDocument!;
    expect(doc.documentElement.lang).to.equal('es');
    expect(doc.title).to.equal(FRAME_STRINGS.es.title);
    const el = doc.querySelector('ispine-symptom-checker')!;
    el.shadowRoot!.querySelector<HTMLInputElement>('[value="both_legs"]')!.click();
    await el.updateComplete;
    part(el, 'next')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[href="tel:911"]')).to.not.equal(null);
  });
});

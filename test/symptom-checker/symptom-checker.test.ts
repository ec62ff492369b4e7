import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/symptom-checker/inline.js';
import type { SymptomChecker } from '../../src/symptom-checker/symptom-checker.js';
import { STRINGS } from '../../src/symptom-checker/strings.js';
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import { configure, selectClinic } from '../../src/core/state.js';
import { QUESTIONS } from '../../src/triage/index.js';
import {
  $,
  answer,
  buttons,
  byLabel,
  checked,
  checker,
  heading,
  headingText,
  inputs,
  label,
  links,
  part,
  PATHS,
  walk,
} from '../helpers/checker.js';
import { PARTNER_CONFIG } from '../helpers/config.js';

const en = STRINGS.en;

// --- Keyboard: real key presses through the browser. -----------------------------------------

const active = (el: SymptomChecker) => el.shadowRoot!.activeElement;

async function tabTo(el: SymptomChecker, found: (focused: Element | null) => boolean) {
  for (let i = 0; i < 40 && !found(active(el)); i++) await sendKeys({ press: 'Tab' });
  expect(found(active(el)), 'reached by Tab').to.equal(true);
}

/** Chooses an option with the keyboard: Space on a checkbox, arrow keys in a radio group. */
async function keyPick(el: SymptomChecker, text: string) {
  const input = byLabel(el, text);
  if (input.type === 'checkbox') {
    await tabTo(el, (f) => f === input);
    await sendKeys({ press: ' ' });
  } else {
    await tabTo(el, (f) => f instanceof HTMLInputElement && f.name === input.name);
    for (let i = 0; i < 8 && active(el) !== input; i++) await sendKeys({ press: 'ArrowDown' });
    if (!input.checked) await sendKeys({ press: ' ' });
  }
  await el.updateComplete;
  expect(input.checked, `${text} chosen`).to.equal(true);
}

async function keyPress(el: SymptomChecker, name: string) {
  await tabTo(el, (f) => f === part(el, name));
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

describe('<ispine-symptom-checker>', () => {
  beforeEach(() => configure(DEFAULT_CONFIG));

  describe('accessibility', () => {
    for (const lang of ['en', 'es'] as const) {
      it(`passes axe on every question in ${lang}, and with the validation message`, async () => {
        const el = await checker(
          html`<ispine-symptom-checker lang=${lang} theme="light"></ispine-symptom-checker>`,
        );
        part(el, 'next')!.click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
        await answer(el, STRINGS[lang].none);
        for (let step = 1; step < QUESTIONS.length; step++) {
          await expect(el).to.be.accessible();
          await answer(el);
        }
        expect(part(el, 'result')).to.not.equal(null);
      });

      for (const level of ['emergency', 'urgent', 'specialist', 'self_care'] as const) {
        it(`passes axe on the ${level} result in ${lang}`, async () => {
          const el = await checker(
            html`<ispine-symptom-checker lang=${lang}></ispine-symptom-checker>`,
          );
          await walk(el, level, lang);
          expect(part(el, level)).to.not.equal(null);
          await expect(el).to.be.accessible();
        });
      }
    }

    // Only Chromium's driver can emulate forced colours; the other engines check light and dark.
    const forcedColorModes = navigator.userAgent.includes('Chrome')
      ? (['none', 'active'] as const)
      : (['none'] as const);
    for (const theme of ['light', 'dark'] as const) {
      it(`passes axe on every result card in the ${theme} theme, in forced colours too`, async () => {
        for (const forcedColors of forcedColorModes) {
          if (forcedColorModes.length > 1) await emulateMedia({ forcedColors });
          for (const level of ['emergency', 'urgent', 'specialist', 'self_care'] as const) {
            const el = await checker(
              html`<ispine-symptom-checker theme=${theme}></ispine-symptom-checker>`,
            );
            await walk(el, level);
            await expect(el).to.be.accessible();
          }
        }
        if (forcedColorModes.length > 1) await emulateMedia({ forcedColors: 'none' });
      });
    }

    it('asks each question as a fieldset whose legend is the question', async () => {
      const el = await checker();
      const fieldset = $(el, 'fieldset')!;
      expect(fieldset.querySelector('legend')!.textContent).to.contain(en.questions.redFlags[0]);
      expect(fieldset.querySelectorAll('input[type="checkbox"]')).to.have.length(7);
      await answer(el, en.none);
      await answer(el);
      expect($(el, 'legend')!.textContent).to.contain(en.questions.age[0]);
      expect($(el, 'fieldset')!.querySelectorAll('input[type="radio"]')).to.have.length(4);
    });

    it('gives every choice and button a touch target of at least 44 px', async () => {
      const el = await checker();
      const targets = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="option"], button')];
      expect(targets.length).to.be.greaterThan(7);
      for (const target of targets) {
        expect(target.getBoundingClientRect().height).to.be.at.least(44);
      }
    });

    it('links the validation message to the question and names what to do', async () => {
      const el = await checker();
      part(el, 'next')!.click();
      await el.updateComplete;
      const error = part(el, 'error')!;
      expect(error.textContent).to.equal(en.required);
      expect($(el, 'fieldset')!.getAttribute('aria-describedby')!.split(' ')).to.include(error.id);
      expect(headingText(el)).to.contain('Step 1 of 8');
      byLabel(el, en.none).click();
      await el.updateComplete;
      expect(part(el, 'error')).to.equal(null);
    });

    it('shows why each question is asked, under the question', async () => {
      const el = await checker();
      for (const q of QUESTIONS) {
        expect(part(el, 'why')!.textContent).to.contain(en.questions[q.id][1]);
        await answer(el, ...(q.required ? [en.none] : []));
      }
    });

    it('keeps its content within a 320 px wide column, without sideways scrolling', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 320px"><ispine-symptom-checker></ispine-symptom-checker></div>`,
      );
      const el = wrapper.querySelector('ispine-symptom-checker')!;
      await el.updateComplete;
      const fits = () => {
        for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
          expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(
            el.getBoundingClientRect().right + 0.5,
          );
        }
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      };
      fits();
      await walk(el, 'self_care');
      fits();
    });

    it('keeps its content within a 160 px column too (320 px at 200% zoom)', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 160px"><ispine-symptom-checker></ispine-symptom-checker></div>`,
      );
      const el = wrapper.querySelector('ispine-symptom-checker')!;
      await el.updateComplete;
      await walk(el, 'urgent');
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    });
  });

  describe('defaults', () => {
    it('opens on the red-flag question with the intended use above it', async () => {
      const el = await checker();
      expect(part(el, 'intro')!.textContent).to.contain(en.use);
      expect(headingText(el)).to.equal(`Step 1 of 8 ${en.questions.redFlags[0]}`);
      expect(inputs(el).map((i) => i.value)).to.deep.equal([...QUESTIONS[0].options, 'none']);
    });

    it('does not take focus when the page loads', async () => {
      const el = await checker();
      expect(el.shadowRoot!.activeElement).to.equal(null);
    });

    it('asks for an explicit answer on the red-flag step', async () => {
      const el = await checker();
      part(el, 'next')!.click();
      await el.updateComplete;
      expect(headingText(el)).to.contain('Step 1 of 8');
      expect(part(el, 'error')).to.not.equal(null);
    });

    it('lets every later question be skipped', async () => {
      const el = await checker();
      await answer(el, en.none);
      for (let step = 2; step <= QUESTIONS.length; step++) {
        expect(headingText(el)).to.contain(`Step ${step} of 8`);
        expect(part(el, 'next')!.textContent.trim()).to.equal(en.skip);
        await answer(el);
      }
      expect(part(el, 'specialist')).to.not.equal(null);
      expect(links(el).some((a) => a.href === 'tel:911')).to.equal(false);
    });

    it('makes "None of these" exclusive', async () => {
      const el = await checker();
      byLabel(el, en.options.both_legs).click();
      byLabel(el, en.options.leg_weakness).click();
      await el.updateComplete;
      expect(checked(el)).to.deep.equal(['both_legs', 'leg_weakness']);
      byLabel(el, en.none).click();
      await el.updateComplete;
      expect(checked(el)).to.deep.equal(['none']);
      byLabel(el, en.options.chest_abdomen).click();
      await el.updateComplete;
      expect(checked(el)).to.deep.equal(['chest_abdomen']);
    });

    it('keeps the answers when going Back, from a step and from the result', async () => {
      const el = await checker();
      await answer(el, en.none);
      await answer(el, en.options.fever, en.options.night_pain);
      await answer(el, en.options['50_69']);
      part(el, 'back')!.click();
      await el.updateComplete;
      expect(checked(el)).to.deep.equal(['50_69']);
      part(el, 'back')!.click();
      await el.updateComplete;
      expect(checked(el)).to.deep.equal(['fever', 'night_pain']);
      part(el, 'back')!.click();
      await el.updateComplete;
      expect(checked(el)).to.deep.equal(['none']);
      expect(part(el, 'back')).to.equal(null);

      const red = await checker();
      await answer(red, en.options.saddle_numbness);
      expect(part(red, 'emergency')).to.not.equal(null);
      part(red, 'back')!.click();
      await red.updateComplete;
      expect(checked(red)).to.deep.equal(['saddle_numbness']);
    });

    it('clears every answer on Start over', async () => {
      const el = await checker();
      await walk(el, 'self_care');
      part(el, 'restart')!.click();
      await el.updateComplete;
      expect(headingText(el)).to.contain('Step 1 of 8');
      expect(checked(el)).to.deep.equal([]);
      for (let step = 1; step < QUESTIONS.length; step++) {
        await answer(el, ...(step === 1 ? [en.none] : []));
        expect(checked(el)).to.deep.equal([]);
      }
    });

    it('ends on the emergency screen at once when a red flag is chosen', async () => {
      const el = await checker();
      await answer(el, en.options.bladder_bowel);
      expect(part(el, 'emergency')).to.not.equal(null);
      expect(headingText(el)).to.equal(en.care.emergency[0]);
    });

    it('explains the result in hedged words, with what led to it and what to watch for', async () => {
      const el = await checker();
      await walk(el, 'specialist');
      const text = part(el, 'result')!.textContent;
      expect(text).to.contain('Your answers fit a pattern often seen with a disc problem');
      expect(text).to.contain(en.ledToThis);
      expect(text).to.contain(en.because.radiates_leg);
      expect(text).to.contain(en.sooner.specialist);
      for (const id of QUESTIONS[0].options) expect(text).to.contain(en.options[id]);
      expect(text).to.contain(en.emergencyNote);
      expect(text).to.contain(en.notDiagnosis);
      expect(text).to.contain(en.preventTips.strength);
      expect(text).not.to.match(/%|you have/i);
    });

    for (const level of ['emergency', 'urgent', 'specialist', 'self_care'] as const) {
      it(`leads the ${level} result with its coloured care card and one line of what to do`, async () => {
        const el = await checker();
        await walk(el, level);
        const card = part(el, 'result')!.firstElementChild!;
        expect(card.getAttribute('part')).to.equal('care-card');
        expect(card.classList.contains(level)).to.equal(true);
        expect(card.querySelector('svg')).to.not.equal(null);
        expect(card.querySelector('h2')!.textContent.trim()).to.equal(en.care[level][0]);
        const style = getComputedStyle(card);
        expect(style.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
      });
    }

    it('gives an urgent result no pattern paragraph (no muscle advice), and "Call 911 if…"', async () => {
      const el = await checker();
      await walk(el, 'urgent');
      const text = part(el, 'result')!.textContent;
      expect(part(el, 'pattern')).to.equal(null);
      for (const paragraph of Object.values(en.patterns)) expect(text).not.to.contain(paragraph);
      expect(part(el, 'safety-net')!.querySelector('summary')!.textContent).to.equal(
        en.sooner.urgent,
      );
    });

    it('fits the action to the level: urgent calls, specialist books with call beside', async () => {
      configure(PARTNER_CONFIG);
      const urgent = await checker();
      await walk(urgent, 'urgent');
      const urgentActions = [
        ...part(urgent, 'care-card')!.querySelectorAll('ispine-call-book-button'),
      ];
      expect(urgentActions.map((b) => b.getAttribute('action'))).to.deep.equal(['call']);
      const specialist = await checker();
      await walk(specialist, 'specialist');
      const actions = [
        ...part(specialist, 'care-card')!.querySelectorAll('ispine-call-book-button'),
      ];
      expect(
        actions.map((b) => [b.getAttribute('action'), b.getAttribute('variant')]),
      ).to.deep.equal([
        ['book', 'solid'],
        ['call', 'outline'],
      ]);
    });

    it('starts self-care at home: no action in the card, booking after the home tips', async () => {
      configure(PARTNER_CONFIG);
      const el = await checker();
      await walk(el, 'self_care');
      expect(part(el, 'care-card')!.querySelector('ispine-call-book-button')).to.equal(null);
      const result = part(el, 'result')!;
      const text = result.textContent;
      expect(text.indexOf(en.homeTips[0])).to.be.below(text.indexOf(en.bookLater));
      expect(result.querySelector('ispine-call-book-button')!.getAttribute('variant')).to.equal(
        'outline',
      );
    });

    it('never repeats a tip, whatever the running answers', async () => {
      const el = await checker();
      const steps = PATHS.self_care.slice(0, -1);
      for (const ids of steps) await answer(el, ...ids.map((id) => label(id)));
      await answer(
        el,
        ...(
          [
            'mileage_increase',
            'no_strength_training',
            'new_or_worn_shoes',
            'marathon_block',
          ] as const
        ).map((id) => en.options[id]),
      );
      const items = [...part(el, 'result')!.querySelectorAll('li')]
        .filter((li) => !li.closest('[part="safety-net"]'))
        .map((li) => li.textContent.trim());
      expect(items.length).to.be.above(5);
      expect(new Set(items).size).to.equal(items.length);
      expect(items).not.to.include(en.preventTips.strength);
      expect(items).not.to.include(en.preventTips.shoes);
    });

    it('makes Skip a secondary button: skipping is never the suggested choice', async () => {
      const el = await checker();
      await answer(el, en.none);
      await answer(el, en.none);
      expect(part(el, 'next')!.textContent.trim()).to.equal(en.skip);
      expect(part(el, 'next')!.classList.contains('primary')).to.equal(false);
      byLabel(el, en.options['18_49']).click();
      await el.updateComplete;
      expect(part(el, 'next')!.classList.contains('primary')).to.equal(true);
    });

    it('shapes the tips by the running answers', async () => {
      const el = await checker();
      await walk(el, 'self_care');
      const text = part(el, 'result')!.textContent;
      expect(text).to.contain(en.tip.mileage_increase);
      expect(text).not.to.contain(en.tip.marathon_block);
      expect(text).to.contain(en.homeTips[0]);
      expect(text).to.contain(en.care.self_care[1]);
    });

    it("calls the page's selected clinic, or the clinic attribute", async () => {
      configure(PARTNER_CONFIG);
      selectClinic('sartell');
      const el = await checker();
      await walk(el, 'urgent');
      const button = buttons(el)[0];
      await button.updateComplete;
      const call = button.shadowRoot!.querySelector<HTMLAnchorElement>('[part="call"]')!;
      expect(call.getAttribute('href')).to.equal('tel:+13205550142');

      const fixed = await checker(
        html`<ispine-symptom-checker clinic="maple-grove"></ispine-symptom-checker>`,
      );
      await walk(fixed, 'specialist');
      expect(buttons(fixed)[0].getAttribute('clinic')).to.equal('maple-grove');
    });
  });

  describe('keyboard', function () {
    // A path is many key presses, and WebKit's driver sends each as its own command: on a
    // loaded machine the longest path (self_care) took over the default 10 s.
    this.timeout(30_000);
    for (const level of ['emergency', 'urgent', 'specialist', 'self_care'] as const) {
      it(`reaches the ${level} result with the keyboard alone`, async () => {
        const wrapper = await fixture<HTMLElement>(
          html`<div>
            <button>Before</button>
            <ispine-symptom-checker></ispine-symptom-checker>
          </div>`,
        );
        const el = wrapper.querySelector('ispine-symptom-checker')!;
        await el.updateComplete;
        wrapper.querySelector('button')!.focus();
        for (const ids of PATHS[level]) {
          for (const id of ids) await keyPick(el, label(id));
          await keyPress(el, 'next');
          // Focus moves to the new step's heading, so the next Tab starts from there.
          expect(active(el)).to.equal(heading(el));
        }
        while (!part(el, 'result')) await keyPress(el, 'next');

        expect(part(el, level)).to.not.equal(null);
        expect(active(el)).to.equal(heading(el));
        const tel911 = links(el).filter((a) => a.getAttribute('href') === 'tel:911');
        if (level === 'emergency') {
          expect(tel911).to.have.length(1);
          expect(links(el)).to.have.length(1);
          expect(buttons(el)).to.have.length(0);
          expect(part(el, 'copy')).to.equal(null);
          expect(part(el, 'result')!.textContent).to.contain(en.care.emergency[0]);
        } else {
          expect(tel911).to.have.length(0);
          // Without a booking page (the default), each result offers one call button.
          expect(buttons(el)).to.have.length(1);
          expect(buttons(el)[0].getAttribute('action')).to.equal(
            level === 'self_care' ? 'both' : 'call',
          );
          expect(part(el, 'copy')).to.not.equal(null);
          expect(part(el, 'result')!.textContent).to.contain(en.care[level][1]);
        }
        // The result's own actions are reachable too.
        await keyPress(el, 'restart');
        expect(headingText(el)).to.contain('Step 1 of 8');
        expect(active(el)).to.equal(heading(el));
      });
    }

    it('moves focus to the first choice when Next is pressed with nothing chosen', async () => {
      const el = await checker();
      part(el, 'next')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(active(el)).to.equal(inputs(el)[0]);
    });
  });

  describe('events', () => {
    it('fires ispine-checker-start with {} on the first answer only', async () => {
      const el = await checker();
      let starts = 0;
      el.addEventListener('ispine-checker-start', () => starts++);
      setTimeout(() => byLabel(el, en.options.both_legs).click());
      const event = await oneEvent(document.body, 'ispine-checker-start');
      expect(event.detail).to.deep.equal({});
      expect(event.bubbles && event.composed).to.equal(true);
      byLabel(el, en.none).click();
      await el.updateComplete;
      expect(starts).to.equal(1);
    });

    it('keeps the answers when the page moves the checker mid-flow', async () => {
      const el = await checker();
      await answer(el, en.none);
      byLabel(el, en.options.fever).click();
      const elsewhere = document.createElement('div');
      document.body.append(elsewhere);
      elsewhere.append(el);
      await el.updateComplete;
      expect(part(el, 'progress')!.textContent).to.contain('2');
      expect(checked(el)).to.deep.equal(['fever']);
      elsewhere.remove();
    });

    it('copies a plain-words summary on click and says so in a live region', async () => {
      const el = await checker();
      await walk(el, 'self_care');
      let copied = '';
      const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: (text: string) => ((copied = text), Promise.resolve()) },
      });
      try {
        const status = part(el, 'status')!;
        expect(status.getAttribute('role')).to.equal('status');
        expect(status.textContent.trim()).to.equal('');
        part(el, 'copy')!.click();
        await new Promise((resolve) => setTimeout(resolve));
        await el.updateComplete;
        expect(status.textContent.trim()).to.equal(en.copied);
        expect(copied).to.contain(`${en.questions.duration[0]} ${en.options.lt_2w}`);
        expect(copied).to.contain(`${en.questions.redFlags[0]} ${en.none}`);
        expect(copied).to.contain(en.care.self_care[0]);
        expect(copied).to.contain(en.notDiagnosis);
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
        if (clipboard && !('clipboard' in navigator)) {
          Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
        }
      }
    });

    it('explains and shows the summary when the clipboard is unavailable', async () => {
      const el = await checker();
      await walk(el, 'urgent');
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
      try {
        part(el, 'copy')!.click();
        await new Promise((resolve) => setTimeout(resolve));
        await el.updateComplete;
        expect(part(el, 'status')!.textContent.trim()).to.equal(en.noCopy);
        const summary = el.shadowRoot!.querySelector('textarea')!;
        expect(summary.value).to.contain(en.options.fever);
        await expect(el).to.be.accessible();
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
      }
    });

    it('sends, stores and puts in the URL nothing, through the whole flow', async () => {
      const requests = performance.getEntriesByType('resource').length;
      const observed: string[] = [];
      const observer = new PerformanceObserver((list) =>
        list.getEntries().forEach((entry) => observed.push(entry.name)),
      );
      observer.observe({ type: 'resource' });
      const writes: string[] = [];
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        writes.push(key);
        setItem.call(this, key, value);
      };
      const { href } = location;
      const history = window.history.length;
      const cookie = document.cookie;
      const storage = [localStorage.length, sessionStorage.length];
      const details: unknown[] = [];
      const record = (event: Event) => details.push((event as CustomEvent).detail);
      document.addEventListener('ispine-checker-start', record);
      try {
        for (const level of ['emergency', 'urgent', 'specialist', 'self_care'] as const) {
          const el = await checker();
          await walk(el, level);
          part(el, 'copy')?.click();
          part(el, 'restart')!.click();
          await el.updateComplete;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      } finally {
        Storage.prototype.setItem = setItem;
        observer.disconnect();
        document.removeEventListener('ispine-checker-start', record);
      }
      expect(observed).to.deep.equal([]);
      expect(performance.getEntriesByType('resource').length).to.equal(requests);
      expect(writes).to.deep.equal([]);
      expect([localStorage.length, sessionStorage.length]).to.deep.equal(storage);
      expect(document.cookie).to.equal(cookie);
      expect(location.href).to.equal(href);
      expect(window.history.length).to.equal(history);
      expect(details).to.have.length(4);
      for (const detail of details) expect(detail).to.deep.equal({});
    });
  });

  describe('languages', () => {
    it('speaks Spanish inside a page section marked lang="es"', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<section lang="es-MX"><ispine-symptom-checker></ispine-symptom-checker></section>`,
      );
      const el = wrapper.querySelector('ispine-symptom-checker')!;
      await el.updateComplete;
      expect(headingText(el)).to.equal(`Paso 1 de 8 ${STRINGS.es.questions.redFlags[0]}`);
      await answer(el, STRINGS.es.options.major_trauma);
      expect(headingText(el)).to.equal(STRINGS.es.care.emergency[0]);
      expect(links(el)[0].textContent).to.equal('Llamar al 911');
    });

    it('switches language mid-flow and keeps the answers', async () => {
      const el = await checker();
      await answer(el, en.none);
      byLabel(el, en.options.fever).click();
      el.setAttribute('lang', 'es');
      await el.updateComplete;
      expect(headingText(el)).to.contain('Paso 2 de 8');
      expect(byLabel(el, STRINGS.es.options.fever).checked).to.equal(true);
    });

    it('has a Spanish text for every English one', () => {
      const keys = (value: unknown): string[] =>
        value && typeof value === 'object'
          ? Object.entries(value).flatMap(([k, v]) => [k, ...keys(v).map((s) => `${k}.${s}`)])
          : [];
      expect(keys(STRINGS.es)).to.deep.equal(keys(STRINGS.en));
      const texts = (value: unknown): string[] =>
        typeof value === 'string'
          ? [value]
          : value && typeof value === 'object'
            ? Object.values(value).flatMap(texts)
            : [];
      expect(texts(STRINGS.es).filter((s, i) => s === texts(STRINGS.en)[i] && s)).to.deep.equal([]);
    });
  });
});

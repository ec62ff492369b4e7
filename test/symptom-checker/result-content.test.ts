// What a runner reads on each result, in English and Spanish (CLINICAL.md "What each result
// says", LANGUAGE-REVIEW.md): red flags in everyday words, a 911 safety net on every level, the
// 911 screen's disclaimer tied to its action, a timeframe and a running line per level, "What
// led to this" as statements, and a copied summary that says what the screen says.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/symptom-checker/inline.js';
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import { configure } from '../../src/core/state.js';
import { STRINGS } from '../../src/symptom-checker/strings.js';
import type { SymptomChecker } from '../../src/symptom-checker/symptom-checker.js';
import { RED_FLAGS } from '../../src/triage/questions.js';
import { answer, checker, label, part, walk } from '../helpers/checker.js';
import { ratio } from '../helpers/contrast.js';
import type { Path } from '../helpers/checker.js';

const LANGS = ['en', 'es'] as const;
const LEVELS = ['emergency', 'urgent', 'specialist', 'self_care'] as const;
type Lang = (typeof LANGS)[number];

const words = (node: Element | null) => node?.textContent.replace(/\s+/g, ' ').trim() ?? '';
const result = (el: SymptomChecker) => part(el, 'result')!;

async function checkerIn(lang: Lang, theme = 'light') {
  return checker(
    html`<ispine-symptom-checker lang=${lang} theme=${theme}></ispine-symptom-checker>`,
  );
}

/** Answers `path` (option ids per step) and skips the rest until the result shows. */
async function follow(el: SymptomChecker, path: Path, lang: Lang) {
  for (const ids of path) await answer(el, ...ids.map((id) => label(id, lang)));
  while (!part(el, 'result')) await answer(el);
}

/** Runs `action` with a clipboard that records what is written, and returns the text. */
async function copiedBy(action: () => Promise<void>) {
  let copied = '';
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: (text: string) => ((copied = text), Promise.resolve()) },
  });
  try {
    await action();
  } finally {
    delete (navigator as { clipboard?: unknown }).clipboard;
  }
  return copied;
}

describe('what a runner reads on a result', () => {
  beforeEach(() => configure(DEFAULT_CONFIG));

  for (const lang of LANGS) {
    const t = STRINGS[lang];

    describe(lang, () => {
      it('names the red flags in everyday words, with their plain glosses', async () => {
        const glosses = {
          en: {
            redFlags: ['(pee or poop)', 'Numbness in the groin', 'a foot that drags'],
            systemic: ['steroids like prednisone'],
            onset: ['a fall, a blow or a small accident'],
          },
          es: {
            redFlags: [
              'hacer pipí o popó (orina o heces)',
              'Adormecimiento (se siente dormido, sin sensación)',
            ],
            systemic: ['esteroides (como prednisona o cortisona)', 'Fiebre (calentura)'],
            onset: ['una caída, un golpe o un accidente leve', 'de repente'],
          },
        }[lang];
        const el = await checkerIn(lang);
        const seen: string[] = [];
        for (const step of ['redFlags', 'systemic', 'age', 'onset', 'pattern'] as const) {
          const text = words(part(el, 'question'));
          seen.push(text);
          for (const gloss of step in glosses ? glosses[step as keyof typeof glosses] : []) {
            expect(text, step).to.contain(gloss);
          }
          await answer(el, ...(step === 'redFlags' ? [t.none] : []));
        }
        expect(seen.join(' ')).not.to.match(
          /evacuar|entumecimiento|de golpe|emergency department/i,
        );
      });

      it("ties the 911 screen's disclaimer to the action, in its card", async () => {
        const el = await checkerIn(lang);
        await walk(el, 'emergency', lang);
        const card = part(el, 'care-card')!;
        expect(words(card.querySelector('h2'))).to.equal(t.care.emergency[0]);
        expect(words(card.querySelector('p'))).to.equal(t.care.emergency[1]);
        expect(t.care.emergency[1]).to.match(
          lang === 'en' ? /not a diagnosis, but/ : /no es un diagnóstico, pero/,
        );
        expect(card.querySelector('[part="call-911"]')!.getAttribute('href')).to.equal('tel:911');
        // Nothing after the card says "not a diagnosis" on its own, nor any running advice.
        expect(words(result(el))).not.to.contain(t.notDiagnosis);
        expect(words(result(el))).not.to.contain(t.runTips);
        expect(part(el, 'safety-net')).to.equal(null);
      });

      for (const level of ['urgent', 'specialist', 'self_care'] as const) {
        it(`gives the ${level} result its timeframe, running line and 911 safety net`, async () => {
          const el = await checkerIn(lang);
          await walk(el, level, lang);
          const card = part(el, 'care-card')!;
          expect(words(card)).to.contain(t.care[level][1]);
          expect(words(result(el))).to.contain(t.running[level]);
          const net = part(el, 'safety-net') as HTMLDetailsElement;
          expect(words(net.querySelector('summary'))).to.equal(
            lang === 'en'
              ? 'Call 911 or go to the emergency room if you get any of these:'
              : 'Llame al 911 o vaya a la sala de emergencias si le pasa algo de esto:',
          );
          expect([...net.querySelectorAll('li')].map(words)).to.deep.equal(
            RED_FLAGS.map((id) => t.options[id]),
          );
          // Open where the runner must not miss it; elsewhere its summary line stays in view.
          expect(net.open).to.equal(level === 'urgent');
        });
      }

      it('says when: urgent today, specialist in 1–2 weeks, self-care 2 weeks', () => {
        const when = {
          en: [
            /today/,
            /next 1–2 weeks, sooner if it gets worse/,
            /not better in 2 weeks, or sooner/,
          ],
          es: [
            /hoy/,
            /próximas 1 a 2 semanas, o antes si empeora/,
            /no mejora en 2 semanas, o antes/,
          ],
        }[lang];
        expect(t.care.urgent.join(' ')).to.match(when[0]);
        expect(t.care.specialist[1]).to.match(when[1]);
        expect(t.care.self_care[1]).to.match(when[2]);
      });

      for (const level of LEVELS) {
        it(`lists what led to the ${level} result as statements about the runner`, async () => {
          const el = await checkerIn(lang);
          await walk(el, level, lang);
          const led = [...result(el).querySelectorAll('h3')].find((h) => words(h) === t.ledToThis)!;
          const reasons = [...led.nextElementSibling!.querySelectorAll('li')].map(words);
          expect(reasons.length).to.be.greaterThan(0);
          const labels = Object.values(t.options);
          for (const reason of reasons) {
            expect(labels).not.to.include(reason);
            expect(reason).to.match(/\.$/);
          }
          // Second person throughout: no first-person option label ("I can still run").
          expect(reasons.join(' ')).not.to.match(/\b(I|puedo|camino|me cuesta)\b/);
        });
      }

      it('keeps the result in CLINICAL order: card, what led there, pattern, running, safety net', async () => {
        const el = await checkerIn(lang);
        await walk(el, 'self_care', lang);
        const text = words(result(el));
        const at = (needle: string) => {
          expect(text).to.contain(needle);
          return text.indexOf(needle);
        };
        const order = [
          at(t.care.self_care[0]),
          at(t.ledToThis),
          at(t.patterns.muscular),
          at(t.running.self_care),
          at(t.prevent),
          at(t.sooner.self_care),
        ];
        expect(order).to.deep.equal([...order].sort((a, b) => a - b));
      });

      it('copies an urgent summary (fever + spasm) with no muscle advice and the number to call', async () => {
        const el = await checkerIn(lang);
        const feverAndSpasm: Path = [
          ['none'],
          ['fever'],
          ['18_49'],
          ['sudden_activity'],
          ['spasm'],
        ];
        await follow(el, feverAndSpasm, lang);
        expect(part(el, 'urgent')).to.not.equal(null);
        const copied = await copiedBy(async () => {
          part(el, 'copy')!.click();
          await new Promise((resolve) => setTimeout(resolve));
          await el.updateComplete;
        });
        expect(words(part(el, 'status'))).to.equal(t.copied);
        // The answers are there (the runner's own "spasms"), the pattern and its advice are not.
        expect(copied).to.contain(t.options.spasm);
        for (const paragraph of Object.values(t.patterns)) expect(copied).not.to.contain(paragraph);
        expect(copied).not.to.match(
          /sore or strained|massage|foam|músculos adoloridos|masaje|rodillo|tirón/i,
        );
        expect(copied).to.contain(t.care.urgent[0]);
        expect(copied).to.contain(
          lang === 'en'
            ? 'Call the clinic at (763) 201-8191.'
            : 'Llame a la clínica al (763) 201-8191.',
        );
        expect(copied).to.contain(t.running.urgent);
        expect(copied).to.contain(t.sooner.urgent);
        // Nothing on the screen says more than the summary about the pattern either.
        expect(part(el, 'pattern')).to.equal(null);
      });

      it('shows dark care cards as dark surfaces with the level as an accent, text at 7:1', async () => {
        for (const level of LEVELS) {
          const el = await checkerIn(lang, 'dark');
          await walk(el, level, lang);
          const card = part(el, 'care-card')!;
          const style = getComputedStyle(card);
          const heading = getComputedStyle(card.querySelector('h2')!);
          expect(ratio(heading.color, style.backgroundColor), level).to.be.at.least(7);
          // A dark surface: far darker than the white of the light theme's slabs.
          expect(ratio(style.backgroundColor, 'rgb(0, 0, 0)'), level).to.be.below(2.5);
          if (level !== 'emergency') {
            expect(style.borderInlineStartWidth).to.equal('6px');
            expect(getComputedStyle(card.querySelector('svg')!).fill).to.equal(
              style.borderTopColor,
            );
          }
        }
      });
    });
  }

  it('keeps the number on the urgent call button on one line at 24 px text', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 390px; font-size: 24px">
        <ispine-symptom-checker theme="light"></ispine-symptom-checker>
      </div>`,
    );
    const el = wrapper.querySelector('ispine-symptom-checker')!;
    await el.updateComplete;
    await walk(el, 'urgent');
    const button = part(el, 'care-card')!.querySelector('ispine-call-book-button')!;
    await (button as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const link = button.shadowRoot!.querySelector('[part="call"]')!;
    const texts = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
    let label = texts.nextNode() as Text | null;
    while (label && !label.data.includes('(')) label = texts.nextNode() as Text | null;
    if (!label) throw new Error('no number on the call button');
    const start = label.data.indexOf('(');
    const range = document.createRange();
    range.setStart(label, start);
    range.setEnd(label, start + '(763) 201-8191'.length);
    const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
    expect(
      lines.size,
      JSON.stringify([...range.getClientRects()].map((r) => [r.top, r.bottom, r.left, r.width])),
    ).to.equal(1);
  });
});

// Every error and result a visitor reads, measured as drawn: the checker's required-answer
// message and each care level's result (inside its frame on a partner page, in the card and in
// a phone's sheet), the picker's problems and its sorted list, and the `nearest` strip. Light and
// dark pages, the widgets' own light and dark themes, a dark system setting and forced colours.
// Text is at least 4.5:1 over what is really behind it, care cards' text at least 7:1, and axe
// passes in each state.
import { expect, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import { configure } from '../../src/core/state.js';
import type { LocationPicker } from '../../src/location-picker/location-picker.js';
import type { SymptomChecker } from '../../src/symptom-checker/symptom-checker.js';
import { PATHS, part, walk } from '../helpers/answer-walk.js';
import {
  flatten,
  layersFrom,
  lowest,
  measureTexts,
  parseColour,
  ratio,
} from '../helpers/contrast.js';
import type { Backdrop, Measured } from '../helpers/contrast.js';
import {
  closePartnerPages,
  framedChecker,
  openPartnerPage,
  partnerLoader,
  visit,
} from '../helpers/partner-page.js';
import { picker, status, typeZip } from '../location-picker/harness.js';

/** A partner page's look, the widgets' `theme`, and the visitor's emulated colour settings. */
interface Mode {
  name: string;
  /** The page's own style (applied to this test page for the picker, which is not framed). */
  page: string;
  theme?: 'light' | 'dark';
  emulate?: { scheme?: 'dark'; forced?: boolean };
  /** The visitor sees a dark page: care cards must be dark surfaces too, not light slabs. */
  dark?: boolean;
}

const DARK_PAGE = 'background: #121212; color: #e8eaed';
const MODES: Mode[] = [
  { name: 'light page', page: '' },
  { name: 'light theme', page: '', theme: 'light' },
  { name: 'dark page', page: DARK_PAGE, dark: true },
  { name: 'dark theme on a dark page', page: DARK_PAGE, theme: 'dark', dark: true },
  // A page that follows the system (`color-scheme: light dark`), on a phone set to dark.
  {
    name: 'dark system setting',
    page: 'color-scheme: light dark',
    emulate: { scheme: 'dark' },
    dark: true,
  },
  { name: 'forced colours', page: '', emulate: { forced: true } },
  { name: 'forced colours, dark', page: '', emulate: { scheme: 'dark', forced: true } },
];

const LEVELS = {
  emergency: PATHS['emergency: a red flag'],
  urgent: PATHS['urgent: fever'],
  specialist: PATHS['specialist: leg pain'],
  self_care: PATHS['self-care'],
};

/** The lowest ratio seen per mode and state, printed at the end for the record. */
const lowestSeen: string[] = [];

/** Fails with every text below `least`, and records the lowest. */
function expectReadable(texts: Measured[], least: number, label: string) {
  const low = lowest(texts);
  lowestSeen.push(
    `${label}: ${low.ratio.toFixed(2)} (${low.where} "${low.text.slice(0, 30)}" ${low.colour} on ${low.background})`,
  );
  const failing = texts.filter((text) => text.ratio < least);
  expect(
    failing.map(
      (t) =>
        `${t.where} "${t.text.slice(0, 40)}" ${t.ratio.toFixed(2)}:1 (${t.colour} on ${t.background})`,
    ),
    `${label}: below ${least}:1`,
  ).to.deep.equal([]);
}

/** What axe reports of a rule that failed. */
interface AxeViolation {
  id: string;
  nodes: { target: string[]; failureSummary: string }[];
}

/**
 * axe inside the checker's frame, with the frame's root painted in what the partner page shows
 * behind it (axe cannot see through a frame; the visitor does).
 */
async function axeInFrame(el: SymptomChecker, backdrop: Backdrop): Promise<string[]> {
  const win = el.ownerDocument.defaultView! as Window & {
    axe?: { run: (context: Element) => Promise<{ violations: AxeViolation[] }> };
  };
  if (!win.axe) {
    const script = el.ownerDocument.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve));
    el.ownerDocument.head.append(script);
    await loaded;
  }
  const root = el.ownerDocument.documentElement;
  const [r, g, b] = flatten(layersFrom(root, backdrop));
  root.style.backgroundColor = `rgb(${r}, ${g}, ${b})`;
  try {
    const { violations } = await win.axe!.run(el);
    return violations.flatMap((v) =>
      v.nodes.map((node) => `${v.id}: ${node.target.join(' ')} (${node.failureSummary})`),
    );
  } finally {
    root.style.backgroundColor = '';
  }
}

/** The visitor's colour settings for `mode`; false where the engine cannot emulate them. */
async function emulate(mode: Mode): Promise<boolean> {
  if (!mode.emulate) return true;
  return executeServerCommand<boolean, Mode['emulate']>('emulate-colours', mode.emulate);
}

describe('every error and result text is readable: light, dark and forced colours', () => {
  after(() => console.log(`Lowest contrast per state:\n${lowestSeen.join('\n')}`));

  for (const mode of MODES) {
    describe(mode.name, () => {
      before(async function () {
        // WebKit's WebDriver emulates no colour setting, Firefox's no colour scheme.
        if (!(await emulate(mode))) this.skip();
      });
      after(async () => {
        if (mode.emulate) await executeServerCommand('emulate-colours', {});
      });

      const layouts = [
        ['in the card', { width: 800, height: 700 }],
        ["in a phone's sheet", { width: 390, height: 844 }],
      ] as const;
      for (const [where, size] of layouts) {
        it(`the checker ${where}: the required-answer message and every care level`, async () => {
          const theme = mode.theme ? ` theme="${mode.theme}"` : '';
          const partner = await openPartnerPage(
            `${partnerLoader()}<ispine-symptom-checker${theme}></ispine-symptom-checker>`,
            { ...size, head: `<style>html { ${mode.page} }</style>` },
          );
          try {
            const el = await framedChecker(partner);
            const { backdrop, modal } = await visit(partner, 'look');
            expect(modal, 'the sheet on a phone only').to.equal(size.width < 500);
            part(el, 'next')!.click();
            await el.updateComplete;
            const error = part(el, 'error')!;
            expectReadable(measureTexts(error, backdrop!), 4.5, `${mode.name}, ${where}, error`);
            expect(await axeInFrame(el, backdrop!), 'axe').to.deep.equal([]);
            for (const [level, path] of Object.entries(LEVELS)) {
              expect(await walk(el, path)).to.contain(level);
              const result = part(el, 'result')!;
              result.querySelectorAll('details').forEach((details) => (details.open = true));
              await el.updateComplete;
              const card = part(el, 'care-card')!;
              const label = `${mode.name}, ${where}, ${level}`;
              expectReadable(measureTexts(card, backdrop!), 7, `${label} care card`);
              if (mode.dark) {
                const surface = flatten(layersFrom(card, backdrop!));
                expect(ratio(surface, [0, 0, 0, 1]), `${label}: a dark card`).to.be.below(2.5);
              }
              const rest = measureTexts(result, backdrop!).filter(
                (text) =>
                  !measureTexts(card, backdrop!).some(
                    (c) => c.where === text.where && c.text === text.text,
                  ),
              );
              expectReadable(rest, 4.5, label);
              expect(await axeInFrame(el, backdrop!), `axe on ${level}`).to.deep.equal([]);
              part(el, 'restart')!.click();
              await el.updateComplete;
            }
          } finally {
            closePartnerPages();
          }
        });
      }

      describe('the picker', () => {
        before(() => configure(DEFAULT_CONFIG));
        beforeEach(() => {
          document.documentElement.style.cssText = mode.page;
        });
        afterEach(() => {
          document.documentElement.style.cssText = '';
          delete (navigator as { geolocation?: unknown }).geolocation;
        });

        const pickerIn = (variant = '') =>
          picker(
            html`<div style="width: 390px">
              <ispine-location-picker
                theme=${mode.theme ?? 'auto'}
                variant=${variant || 'solid'}
              ></ispine-location-picker>
            </div>`,
          );

        /** The visitor's location: found at `coords`, or refused. */
        const locatedAt = (coords?: { latitude: number; longitude: number }) =>
          Object.defineProperty(navigator, 'geolocation', {
            configurable: true,
            value: {
              getCurrentPosition: (found: PositionCallback, failure: PositionErrorCallback) =>
                coords
                  ? found({ coords, timestamp: Date.now() } as GeolocationPosition)
                  : failure({ code: 1, message: '' } as GeolocationPositionError),
            },
          });

        const measured = (el: LocationPicker, name: string) =>
          measureTexts(el.shadowRoot!.querySelector(`[part~="${name}"]`)!);

        it('an invalid ZIP, an unknown town and a refused location read as errors', async () => {
          const el = await pickerIn();
          for (const [what, zip] of [
            ['invalid ZIP', '5637'],
            ['unknown town', 'Atlantis'],
          ]) {
            await typeZip(el, zip);
            expect(el.shadowRoot!.querySelector('.problem'), what).to.exist;
            expectReadable(measured(el, 'status'), 4.5, `${mode.name}, picker, ${what}`);
            await expect(el).to.be.accessible();
          }
          locatedAt();
          el.shadowRoot!.querySelector<HTMLElement>('[part="locate"]')!.click();
          await waitUntil(() => /location/i.test(status(el)), 'no word on the refused location');
          await el.updateComplete;
          expectReadable(measured(el, 'status'), 4.5, `${mode.name}, picker, location refused`);
          await expect(el).to.be.accessible();
        });

        it('the clinics sorted by distance: the status, every row and its hours', async () => {
          const el = await pickerIn();
          await typeZip(el, '56377');
          el.shadowRoot!.querySelectorAll('details').forEach((details) => (details.open = true));
          await el.updateComplete;
          const texts = [...measured(el, 'status'), ...measured(el, 'list')];
          expect(
            texts.some((text) => text.where === 'distance' || /mi\b/.test(text.text)),
          ).to.equal(true);
          expectReadable(texts, 4.5, `${mode.name}, picker, sorted list`);
          await expect(el).to.be.accessible();
        });

        it('the nearest strip: a clinic found, and a refused location', async () => {
          locatedAt({ latitude: 45.62, longitude: -94.21 });
          const found = await pickerIn('nearest');
          found.shadowRoot!.querySelector<HTMLElement>('[part="locate"]')!.click();
          await waitUntil(() => /Sartell/.test(status(found)), 'Sartell never came first');
          await found.updateComplete;
          expectReadable(measured(found, 'base'), 4.5, `${mode.name}, nearest, found`);
          await expect(found).to.be.accessible();
          locatedAt();
          const refused = await pickerIn('nearest');
          refused.shadowRoot!.querySelector<HTMLElement>('[part="locate"]')!.click();
          await waitUntil(() => refused.shadowRoot!.querySelector('.problem'), 'no refusal');
          await refused.updateComplete;
          expectReadable(measured(refused, 'base'), 4.5, `${mode.name}, nearest, refused`);
          await expect(refused).to.be.accessible();
        });
      });
    });
  }

  it('measures what is drawn: a translucent layer counts, and pale text on white fails', () => {
    const box = document.createElement('div');
    box.style.cssText = 'background: rgb(0 0 0 / 0.5); color: rgb(255 255 255 / 0.5)';
    box.append(Object.assign(document.createElement('p'), { textContent: 'half and half' }));
    document.body.append(box);
    try {
      const [text] = measureTexts(box);
      // Black at 50% over the white page: rgb(128, 128, 128); white at 50% over that: 191.
      expect(text.background).to.equal('rgb(128, 128, 128)');
      expect(text.colour).to.equal('rgb(191, 191, 191)');
      expect(text.ratio).to.be.closeTo(2.17, 0.01);
      expect(parseColour('color(srgb 1 0 0 / 0.5)')).to.deep.equal([255, 0, 0, 0.5]);
    } finally {
      box.remove();
    }
  });
});

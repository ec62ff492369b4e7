import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot, executeServerCommand } from '@web/test-runner-commands';
import '../../src/call-book-button/index.js';
import type { CallBookButton } from '../../src/call-book-button/call-book-button.js';
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import { configure, selectClinic } from '../../src/core/state.js';
import { PARTNER_CONFIG } from '../helpers/config.js';

const callLink = (el: CallBookButton) =>
  el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="call"]');
const bookLink = (el: CallBookButton) =>
  el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="book"]');

/**
 * Accessible name as a screen reader computes it for these links: the `aria-label`, else the
 * text content (the browser's own computation is checked against it below, where it tells).
 */
const spokenName = (link: HTMLElement | null) =>
  link && spoken(link.getAttribute('aria-label') ?? link.textContent);

/** Text as it is spoken: runs of white space (no-break spaces too) are one space. */
const spoken = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A node of the browser's accessibility tree, as the test runner returns it. */
interface AccessibleNode {
  role: string;
  name: string;
  children?: AccessibleNode[];
}

/** Every link's accessible name in the page, in order, as the browser computed it. */
const linkNames = (node: AccessibleNode): string[] => [
  ...(node.role === 'link' ? [node.name] : []),
  ...(node.children ?? []).flatMap(linkNames),
];

async function button(markup: ReturnType<typeof html>): Promise<CallBookButton> {
  const el = await fixture<CallBookButton>(markup);
  await el.updateComplete;
  return el;
}

describe('<ispine-call-book-button>', () => {
  beforeEach(() => configure(PARTNER_CONFIG));

  describe('accessibility', () => {
    for (const lang of ['en', 'es']) {
      for (const theme of ['light', 'dark', 'auto']) {
        for (const variant of ['solid', 'outline']) {
          it(`is accessible in ${lang}, ${theme} theme, ${variant}`, async () => {
            const el = await button(
              html`<ispine-call-book-button
                lang=${lang}
                theme=${theme}
                variant=${variant}
              ></ispine-call-book-button>`,
            );
            await expect(el).to.be.accessible();
          });
        }
      }
    }

    it('says who and what in each link name', async () => {
      const el = await button(html`<ispine-call-book-button></ispine-call-book-button>`);
      expect(spokenName(callLink(el))).to.equal('Call (763) 201\u20118191, iSpine Pain Physicians');
      expect(spokenName(bookLink(el))).to.equal(
        'Book online with iSpine Pain Physicians (opens in a new tab)',
      );
    });

    it('names each link as the browser tells screen readers, starting with its visible text', async function () {
      const el = await button(html`<ispine-call-book-button></ispine-call-book-button>`);
      let tree: AccessibleNode;
      try {
        tree = (await a11ySnapshot({})) as unknown as AccessibleNode;
      } catch {
        this.skip(); // The engine's driver has no accessibility tree to read (WebDriver).
      }
      const names = linkNames(tree).map(spoken);
      expect(names).to.include.members([spokenName(callLink(el)), spokenName(bookLink(el))]);
      for (const link of [callLink(el)!, bookLink(el)!]) {
        // Label in name: a voice-control user says what they see.
        expect(spokenName(link)!.startsWith(spoken(link.textContent))).to.equal(true);
      }
    });

    it("draws the phone icon in the link text's colour, also in forced colours", async () => {
      const el = await button(html`<ispine-call-book-button></ispine-call-book-button>`);
      const link = callLink(el)!;
      const iconMatchesText = () => {
        const style = getComputedStyle(link);
        const layers = style.backgroundImage;
        // A quarter ring and two blocks, painted by the link itself: no image to fetch.
        expect(layers.match(/radial-gradient/g), layers).to.have.length(1);
        expect(layers.match(/linear-gradient/g), layers).to.have.length(2);
        expect(layers).not.to.contain('url(');
        // Each stop is the text's colour (resolved or not) or transparent.
        const colours = layers.match(/currentcolor|rgba?\([^)]*\)|#[0-9a-f]+/gi) ?? [];
        const seen = new Set(colours.map((c) => c.toLowerCase()));
        seen.delete('currentcolor');
        seen.delete('rgba(0, 0, 0, 0)');
        seen.delete('#0000');
        expect([...seen], layers).to.deep.equal([style.color]);
        // In the room before the text: the icon's 1.1em square and the 0.4em gap.
        expect(parseFloat(style.paddingLeft)).to.be.closeTo(2.6 * parseFloat(style.fontSize), 0.5);
      };
      iconMatchesText();
      expect(getComputedStyle(bookLink(el)!).backgroundImage, 'only the call link').to.equal(
        'none',
      );
      expect(link.querySelector('svg, .visually-hidden'), 'no element drawn for it').to.equal(null);
      const forced = await executeServerCommand<boolean, object>('emulate-colours', {
        forced: true,
      });
      try {
        if (forced) {
          expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
          iconMatchesText();
        }
      } finally {
        await executeServerCommand('emulate-colours', {});
      }
    });

    it('gives every link a touch target of at least 44 × 44 px', async () => {
      const el = await button(html`<ispine-call-book-button></ispine-call-book-button>`);
      for (const link of [callLink(el)!, bookLink(el)!]) {
        const { width, height } = link.getBoundingClientRect();
        expect(width).to.be.at.least(44);
        expect(height).to.be.at.least(44);
      }
    });
  });

  describe('defaults', () => {
    it('calls the main line in E.164 and shows it formatted, with no configuration', async () => {
      configure(DEFAULT_CONFIG);
      const el = await button(html`<ispine-call-book-button></ispine-call-book-button>`);
      expect(callLink(el)!.getAttribute('href')).to.equal('tel:+17632018191');
      // On one line: a no-break space and a no-break hyphen.
      expect(callLink(el)!.textContent).to.contain('(763)\u00a0201\u20118191');
    });

    it('renders no book link when no booking URL is configured, even for action="book"', async () => {
      configure(DEFAULT_CONFIG);
      const el = await button(
        html`<ispine-call-book-button action="book"></ispine-call-book-button>`,
      );
      expect(bookLink(el)).to.equal(null);
      expect(callLink(el)!.getAttribute('href')).to.equal('tel:+17632018191');
    });
    it('reads its defaults from the properties, reflects none, and returns to them when an attribute is removed', async () => {
      const el = await button(html`<ispine-call-book-button></ispine-call-book-button>`);
      const values = () => [el.action, el.variant, el.theme, el.lang];
      const looksDefault = () => {
        expect(values()).to.deep.equal(['both', 'solid', 'auto', '']);
        expect(el.getAttributeNames()).to.deep.equal([]);
        expect(callLink(el)!.className).to.equal('primary');
        expect(callLink(el)!.textContent).to.contain('Call');
        expect(bookLink(el)).to.not.equal(null);
      };
      looksDefault();

      const set = { action: 'call', variant: 'outline', theme: 'dark', lang: 'es' };
      for (const [name, value] of Object.entries(set)) el.setAttribute(name, value);
      await el.updateComplete;
      expect(values()).to.deep.equal(Object.values(set));
      expect(bookLink(el)).to.equal(null);
      expect(callLink(el)!.className).to.equal('');
      expect(callLink(el)!.textContent).to.contain('Llamar');

      for (const name of Object.keys(set)) el.removeAttribute(name);
      await el.updateComplete;
      looksDefault();

      // A value the page sets is reflected, the default too once set explicitly.
      el.action = 'call';
      await el.updateComplete;
      expect(el.getAttribute('action')).to.equal('call');
      el.action = 'both';
      await el.updateComplete;
      expect(el.getAttribute('action')).to.equal('both');
      expect(bookLink(el)).to.not.equal(null);
    });
  });

  describe('attributes', () => {
    it('opens the booking page in a new tab with noopener and attribution', async () => {
      const el = await button(
        html`<ispine-call-book-button partner="twin-cities-running"></ispine-call-book-button>`,
      );
      const link = bookLink(el)!;
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener');
      const url = new URL(link.href);
      expect(url.origin + url.pathname).to.equal('https://book.example.org/ispine');
      expect(url.searchParams.get('utm_source')).to.equal('twin-cities-running');
      expect(url.searchParams.get('utm_medium')).to.equal('widget');
      expect(url.searchParams.get('utm_content')).to.equal('call-book-button');
    });

    it('uses the host name as utm_source when no partner is known', async () => {
      const el = await button(
        html`<ispine-call-book-button action="book"></ispine-call-book-button>`,
      );
      expect(new URL(bookLink(el)!.href).searchParams.get('utm_source')).to.equal(
        location.hostname,
      );
    });

    it("shows a partner's call-tracking number instead of the main line", async () => {
      const el = await button(
        html`<ispine-call-book-button partner="twin-cities-running"></ispine-call-book-button>`,
      );
      expect(callLink(el)!.getAttribute('href')).to.equal('tel:+16125550199');
      expect(callLink(el)!.textContent).to.contain('(612)\u00a0555\u20110199');
    });

    it('ignores an invalid partner id and keeps the main line', async () => {
      const el = await button(
        html`<ispine-call-book-button partner="Not Valid!"></ispine-call-book-button>`,
      );
      expect(callLink(el)!.getAttribute('href')).to.equal('tel:+17632018191');
    });

    it("uses a clinic's own number and booking page when clinic is set", async () => {
      const el = await button(
        html`<ispine-call-book-button clinic="sartell"></ispine-call-book-button>`,
      );
      expect(callLink(el)!.getAttribute('href')).to.equal('tel:+13205550142');
      expect(spokenName(callLink(el))).to.equal(
        'Call (320) 555\u20110142, iSpine Pain Physicians Sartell',
      );
      expect(bookLink(el)!.href).to.match(/^https:\/\/book\.example\.org\/sartell\?/);
    });

    it('warns once about an unknown clinic id and calls the main line', async () => {
      const warnings: unknown[] = [];
      const { warn } = console;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const el = await button(
          html`<ispine-call-book-button clinic="duluth"></ispine-call-book-button>`,
        );
        el.variant = 'outline';
        await el.updateComplete;
        expect(callLink(el)!.getAttribute('href')).to.equal('tel:+17632018191');
      } finally {
        console.warn = warn;
      }
      expect(warnings).to.have.length(1);
      expect(String(warnings[0])).to.contain('clinic="duluth"');
    });

    it('shows only what action asks for', async () => {
      const call = await button(
        html`<ispine-call-book-button action="call"></ispine-call-book-button>`,
      );
      expect(callLink(call)).to.not.equal(null);
      expect(bookLink(call)).to.equal(null);
      const book = await button(
        html`<ispine-call-book-button action="book"></ispine-call-book-button>`,
      );
      expect(callLink(book)).to.equal(null);
      expect(bookLink(book)).to.not.equal(null);
    });

    it("follows the page's selected clinic when clinic is not set", async () => {
      const el = await button(
        html`<ispine-call-book-button action="call"></ispine-call-book-button>`,
      );
      selectClinic('sartell');
      await el.updateComplete;
      expect(callLink(el)!.getAttribute('href')).to.equal('tel:+13205550142');
      selectClinic('maple-grove');
      await el.updateComplete;
      expect(callLink(el)!.getAttribute('href')).to.equal('tel:+17632018191');
    });
  });

  describe('events', () => {
    it('fires ispine-call with partner and clinic, bubbling out of the shadow root', async () => {
      const el = await button(
        html`<ispine-call-book-button
          partner="twin-cities-running"
          clinic="sartell"
        ></ispine-call-book-button>`,
      );
      const link = callLink(el)!;
      link.addEventListener('click', (event) => event.preventDefault(), { once: true });
      setTimeout(() => link.click());
      const event = await oneEvent(document.body, 'ispine-call');
      expect(event.detail).to.deep.equal({ partner: 'twin-cities-running', clinicId: 'sartell' });
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('fires ispine-book with partner and no clinic for the organisation', async () => {
      const el = await button(
        html`<ispine-call-book-button partner="twin-cities-running"></ispine-call-book-button>`,
      );
      const link = bookLink(el)!;
      link.addEventListener('click', (event) => event.preventDefault(), { once: true });
      setTimeout(() => link.click());
      const event = await oneEvent(el, 'ispine-book');
      expect(event.detail).to.deep.equal({ partner: 'twin-cities-running', clinicId: null });
    });
  });

  describe('languages', () => {
    it('speaks Spanish inside a page section marked lang="es"', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<section lang="es-MX"><ispine-call-book-button></ispine-call-book-button></section>`,
      );
      const el = wrapper.querySelector('ispine-call-book-button')!;
      await el.updateComplete;
      expect(spokenName(callLink(el))).to.equal(
        'Llamar al (763) 201\u20118191, iSpine Pain Physicians',
      );
      expect(spokenName(bookLink(el))).to.equal(
        'Pedir cita en línea con iSpine Pain Physicians (se abre en una pestaña nueva)',
      );
    });

    it('takes the nearest language, across the shadow roots it sits in', async () => {
      const section = await fixture<HTMLElement>(html`<section lang="es"><div></div></section>`);
      const root = section.querySelector('div')!.attachShadow({ mode: 'open' });
      root.innerHTML = `<p><ispine-call-book-button></ispine-call-book-button></p>
        <p lang="en"><ispine-call-book-button></ispine-call-book-button></p>`;
      const [outer, inner] = root.querySelectorAll('ispine-call-book-button');
      await Promise.all([outer.updateComplete, inner.updateComplete]);
      expect(callLink(outer)!.textContent).to.contain('Llamar');
      expect(callLink(inner)!.textContent).to.contain('Call');
    });

    it('falls back to English for an unsupported language', async () => {
      const el = await button(html`<ispine-call-book-button lang="fr"></ispine-call-book-button>`);
      expect(callLink(el)!.textContent).to.contain('Call');
    });
  });
});

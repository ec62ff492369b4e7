import { expect } from '@open-wc/testing';
import { PATHS, pause, walk } from '../helpers/answer-walk.js';
import {
  closePartnerPages,
  framedChecker,
  openPartnerPage,
  partnerLoader,
  recorded,
  scrollToCard,
  visit,
} from '../helpers/partner-page.js';

const CHECKER = '<ispine-symptom-checker></ispine-symptom-checker>';

describe('a session recorder on a partner page sees the same thing for every answer path', () => {
  afterEach(closePartnerPages);

  // The card fully on screen; then phones where the card's top is off screen (the visitor
  // scrolled down to reach Next, or the card is taller than the viewport) and the visitor scrolls
  // back to the same place before each step: if anything in the frame moved the page, the
  // record gains a scroll, and where it stopped, at that step.
  const viewports = [
    { width: 800, height: 700, below: 0 },
    { width: 412, height: 700, below: 120 },
    { width: 390, height: 480, below: 200 },
  ];
  for (const { width, height, below } of viewports) {
    it(`shows a session recorder on a ${width}×${height} partner page the same thing for every answer path`, async function () {
      // A partner page for each path, each loaded and walked to its result.
      this.timeout(90000);
      const records: string[][] = [];
      const levels = new Set<string>();
      const spacer = '<div style="height: 900px">Race info</div>';
      for (const [name, steps] of Object.entries(PATHS)) {
        // The page opens already scrolled, before the frame exists, as after a visitor's scroll.
        const scrolled = below
          ? `<script>scrollTo(0, document.querySelector('ispine-symptom-checker').getBoundingClientRect().top + ${below})</script>`
          : '';
        const page = await openPartnerPage(
          `${partnerLoader('data-partner="lakes-marathon"')}${below ? spacer : '<p>Race info</p>'}${CHECKER}${spacer}${scrolled}`,
          { width, height },
        );
        const el = await framedChecker(page);
        const result = await walk(el, steps, async () => {
          if (below) await scrollToCard(page, below);
        });
        levels.add(result.split(' ')[1]);
        // The visitor closes the questions, opens them again (the result still there), closes.
        await visit(page, 'close');
        await visit(page, 'start');
        await visit(page, 'close');
        await pause(200);
        const record = await recorded(page);
        expect(
          record.filter((line) => line.startsWith('event')),
          name,
        ).to.deep.equal(['event ispine-checker-start {}']);
        if (below)
          expect(record.filter((line) => line.startsWith('scroll ')).length, name).to.be.above(0);
        records.push(record);
        closePartnerPages();
      }
      expect([...levels].sort()).to.deep.equal(['emergency', 'self_care', 'specialist', 'urgent']);
      // Compared as a whole (every line, as many times) and in order. Three kinds of line land
      // where timing puts them, the same on every path: the test's own scrolls, and the frame's
      // content-free "shown" with the loading line it removes (drawn before or after Start). An
      // answer that moved the page or showed anything would add lines, so they count in the
      // whole; the order is compared without them.
      const timingOnly = (line: string) =>
        line.startsWith('scroll ') ||
        line.includes('{"ispine":"shown"}') ||
        /^mutation childList div +p$/.test(line);
      const split = (record: string[]) => ({
        whole: [...record].sort(),
        order: record.filter((line) => !timingOnly(line)),
      });
      for (const [i, name] of Object.keys(PATHS).entries()) {
        expect(split(records[i]), name).to.deep.equal(split(records[0]));
      }
    });
  }
});

/**
 * Where the questionnaire opens. Both answers depend only on the viewport, the card's width, the
 * text size and the page's colours: never on the answers.
 */

/** The card is wide enough and the viewport tall enough to run the questions in the card. */
export function roomInCard(card: HTMLElement): boolean {
  const em = parseFloat(getComputedStyle(card).fontSize);
  return card.clientWidth >= 30 * em && innerHeight >= 40 * em;
}

/** A colour with no alpha, or none at all (computed as `rgba(…, 0)`, `… / 0)` or `transparent`). */
const CLEAR = /^transparent$|[,/]\s*0\)$/;

/**
 * The background the card is drawn on (the first opaque one from the card up, across shadow
 * roots): the sheet covers the page, so it takes the page's colour under the page's text colour.
 */
export function pageBackground(card: Element): string {
  for (let el: Element | null = card; el;) {
    const color = getComputedStyle(el).backgroundColor;
    if (!CLEAR.test(color)) return color;
    el = el.parentElement ?? (el.getRootNode() as Partial<ShadowRoot>).host ?? null;
  }
  return 'Canvas';
}

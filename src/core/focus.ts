/**
 * Moves focus to `target` without letting the browser scroll anything to reveal it, then brings
 * it into view inside `scroller` only. A browser's own reveal scrolls every ancestor up to the
 * top page: on a partner page that is the page itself, and where its scroll stops would tell a
 * session recorder how many steps the visitor took and which result came.
 * @internal
 */
export function focusInside(target: HTMLElement | null, scroller: HTMLElement | null): void {
  if (!target) return;
  target.focus({ preventScroll: true });
  if (!scroller) return;
  const box = scroller.getBoundingClientRect();
  const { top, bottom } = target.getBoundingClientRect();
  // Its top first: a target taller than the box shows its start.
  if (top < box.top || bottom - top > box.height) scroller.scrollTop += top - box.top;
  else if (bottom > box.bottom) scroller.scrollTop += bottom - box.bottom;
}

// Walking the checker's questions as a visitor, inside its frame (the test page shares the
// frame's origin: see test/fixtures/frame-probe.js).
import type { SymptomChecker } from '../../src/symptom-checker/symptom-checker.js';

/** One step's answers: option ids (`[]` skips). */
export type Step = string[];

/** Named answer paths (option ids per step; `[]` skips) covering the four care levels. */
export const PATHS = (await (await fetch('/test/fixtures/answer-paths.json')).json()) as Record<
  string,
  Step[]
>;

/** The checker's shadow-DOM element with `part` `name`. */
export const part = (el: SymptomChecker, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** Lets the frame's messages reach the page before a record is read. */
export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Answers inside the frame as a visitor would, step by step, until a result shows; `between`
 * runs before each step (a visitor scrolling the page, say).
 */
export async function walk(
  el: SymptomChecker,
  steps: Step[],
  between: () => Promise<void> = async () => {},
): Promise<string> {
  for (const step of [...steps, ...Array<Step>(8).fill([])]) {
    if (part(el, 'result')) break;
    await between();
    for (const id of step) {
      el.shadowRoot!.querySelector<HTMLInputElement>(
        `[part="option-input"][value="${id}"]`,
      )!.click();
    }
    await el.updateComplete;
    part(el, 'next')!.click();
    await el.updateComplete;
  }
  return part(el, 'result')!.getAttribute('part')!;
}
